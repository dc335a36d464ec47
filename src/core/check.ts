import { resolve } from 'node:path';
import { discover, readGuarded } from '../discover/index.js';
import type { Policy } from '../policy/types.js';
import { envFilesToRead, judge, parseFile } from './engine.js';
import type { ParsedFile } from './engine.js';
import type { CheckResult, SkippedPath } from './result.js';
import { SourceFile } from './source.js';

export interface CheckOptions {
  /** Scan root; reported paths are relative to it. */
  root: string;
  /** Files or folders to check (CLI arguments); empty = the whole root. */
  paths?: string[];
  policy: Policy;
  /** Extra include/exclude globs (CLI flags), added to the policy's. */
  include?: string[];
  exclude?: string[];
  cwd?: string;
  /** Called as files are parsed, for a progress line. */
  onProgress?: (parsed: number, total: number) => void;
}

export interface Collected {
  root: string;
  parsed: ParsedFile[];
  skipped: SkippedPath[];
}

/** The one entry both shells call: discover → parse → read .env files → judge. */
export async function check(options: CheckOptions): Promise<CheckResult> {
  const collected = await collect(options);
  return toResult(collected, judge(collected.parsed, options.policy));
}

export function toResult(collected: Collected, findings: CheckResult['findings'], parsed = collected.parsed): CheckResult {
  return {
    root: collected.root,
    files: parsed.map((p) => p.file.path),
    findings,
    skipped: collected.skipped,
    sources: new Map(parsed.map((p) => [p.file.path, p.file])),
  };
}

/** Discovers, reads and parses every file a check needs, the `.env` files compose files read included. */
export async function collect(options: CheckOptions): Promise<Collected> {
  const root = resolve(options.root);
  const { policy } = options;
  const found = await discover({
    root,
    paths: options.paths,
    include: [...policy.include, ...(options.include ?? [])],
    exclude: [...policy.exclude, ...(options.exclude ?? [])],
    maxFileSize: policy.maxFileSize,
    cwd: options.cwd,
  });
  const skipped: SkippedPath[] = [...found.skipped];
  const parsed: ParsedFile[] = [];
  for (const [i, f] of found.files.entries()) {
    parsed.push(parseFile(new SourceFile(f.path, f.text, f.kind)));
    if (options.onProgress && (i + 1) % 100 === 0) options.onProgress(i + 1, found.files.length);
  }
  const known = new Set(parsed.map((p) => p.file.path));
  for (const path of envFilesToRead(parsed)) {
    if (known.has(path)) continue;
    const r = await readGuarded(root, path, policy.maxFileSize);
    if (r.file) parsed.push(parseFile(new SourceFile(r.file.path, r.file.text, 'dotenv')));
    else if (r.skipped) skipped.push(r.skipped);
  }
  parsed.sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0));
  return { root, parsed, skipped: skipped.sort((a, b) => (a.path < b.path ? -1 : 1)) };
}
