import { loadOpenclawSchema } from '../openclaw/schema.js';
import { join, posix, resolve } from 'node:path';
import picomatch from 'picomatch';
import { discover, DiscoverError } from '../discover/index.js';
import { kindOf } from '../discover/targets.js';
import { byPath, relativeInside } from '../discover/paths.js';
import type { DiscoveredFile } from '../discover/index.js';
import type { Policy } from '../policy/types.js';
import { zonedPolicy } from '../policy/zones.js';
import type { PolicyFinder, PolicyZone } from '../policy/zones.js';
import { describeReference } from '../compose/env-files.js';
import { envFilesToRead, judge, parseFile, skippedFindings } from './engine.js';
import type { ParsedFile } from './engine.js';
import type { Finding } from './finding.js';
import { sortAndDedupe } from './finding.js';
import type { CheckResult, SkippedPath } from './result.js';
import { SourceFile } from './source.js';
import { includedFor, readOpenclawIncludes } from './includes.js';
import { diskSource } from './file-source.js';
import type { FileSource } from './file-source.js';
import type { OpenclawIncludes } from './includes.js';

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
  /**
   * Named paths and `include` globs (not the policy's) that match no file are a DiscoverError,
   * checked before anything is judged or fixed: the CLI's usage error, as in ESLint.
   */
  errorOnUnmatched?: boolean;
  /** Called as files are parsed, for a progress line. */
  onProgress?: (parsed: number, total: number) => void;
  /**
   * Finds the policy files of the folders checked (none named with --config): each file is then
   * judged by the nearest one at or above its folder, `policy` being the one at the root.
   */
  policies?: PolicyFinder;
  /** `--no-ignore`: neither .gitignore nor exclude globs leave files out. */
  noIgnore?: boolean;
  /** false: `paths` were not named by the user (the current folder by default), so finding nothing there is no error. */
  pathsNamed?: boolean;
  /** Where the `.env` and `$include` files the checked files name are read (default: the disk under `root`). */
  source?: FileSource;
}

/** What discovery found, and the policy it leaves in force (with nested policy files applied). */
export interface Discovered {
  root: string;
  found: DiscoveredFile[];
  skipped: SkippedPath[];
  policy: Policy;
  zones: PolicyZone[];
  warnings: string[];
}

/** Files judged together: whole folders (a folder is one Compose project), about this many files. */
export const BATCH_FILES = 128;

/**
 * The one entry both shells call for a check: discover, then parse and judge folder by folder,
 * so only one batch of parsed trees is alive at a time (a large monorepo stays small in memory).
 */
export async function check(options: CheckOptions): Promise<CheckResult> {
  const discovered = await discoverFor(options);
  const { root, found, skipped } = discovered;
  options = { ...options, policy: discovered.policy };
  const findings: Finding[] = [];
  const sources = new Map<string, SourceFile>();
  const includes = await readOpenclawIncludes(root, found, options.policy, skipped, options.source);
  for await (const batch of judgeFolders(root, found, options, skipped, sources, includes)) findings.push(...batch.findings);
  return { ...resultOf(root, findings, skipped, sources, options.policy), zones: discovered.zones, warnings: discovered.warnings };
}

export interface JudgedBatch {
  files: DiscoveredFile[];
  /** The batch's files and the `.env` files they read, parsed. */
  parsed: ParsedFile[];
  findings: Finding[];
}

/**
 * Parses and judges `found` a batch of whole folders at a time. Every file read, `.env` files
 * included, lands in `sources`, which also serves later batches that read the same `.env`.
 */
export async function* judgeFolders(
  root: string,
  found: DiscoveredFile[],
  options: CheckOptions,
  skipped: SkippedPath[],
  sources: Map<string, SourceFile>,
  includes?: OpenclawIncludes,
): AsyncGenerator<JudgedBatch> {
  let done = 0;
  for (const files of folderBatches(found)) {
    const parsed = await parseWithEnvFiles(root, files, options.policy, skipped, sources, includes, options.source);
    if (parsed.some((p) => p.file.kind === 'openclaw')) await loadOpenclawSchema(options.policy.openclaw.version);
    const findings = judge(parsed, options.policy, { refused: includes?.refused });
    for (const p of parsed) sources.set(p.file.path, p.file);
    done += files.length;
    options.onProgress?.(done, found.length);
    yield { files, parsed, findings };
  }
}

/** A check's result: findings sorted (a `file-skipped` one per skipped path among them), files and sources in path order. */
export function resultOf(root: string, findings: Finding[], skipped: SkippedPath[], sources: Map<string, SourceFile>, policy: Policy): CheckResult {
  const files = [...sources.keys()].sort();
  const all = sortAndDedupe([...findings, ...skippedFindings(skipped, policy)]);
  return { root, files, findings: all, skipped: sortSkipped(skipped), sources: new Map(files.map((f) => [f, sources.get(f)!])) };
}

export async function discoverFor(options: CheckOptions): Promise<Discovered> {
  const root = resolve(options.root);
  const cwd = resolve(options.cwd ?? process.cwd());
  // The policy files at or above the named paths count before discovery (their globs add and
  // drop files); those of folders below are known once the files are.
  const targets = (options.paths ?? []).map((p) => relativeInside(root, resolve(cwd, p))).filter((p): p is string => p !== undefined && p !== '');
  const before = options.policies ? zonedPolicy(options.policy, options.policies.zonesFor(targets.map((t) => `${t}/.`))).policy : options.policy;
  const found = await discover({
    root,
    paths: options.paths,
    include: [...before.include, ...(options.include ?? [])],
    exclude: [...before.exclude, ...(options.exclude ?? [])],
    maxFileSize: before.maxFileSize,
    cwd: options.cwd,
    errorOnUnmatched: options.errorOnUnmatched && options.pathsNamed !== false,
    noIgnore: options.noIgnore,
  });
  if (options.errorOnUnmatched) {
    const paths = [...found.files, ...found.skipped].map((f) => f.path);
    const glob = (options.include ?? []).find((g) => !paths.some((p) => picomatch.isMatch(p, g, { dot: true })));
    if (glob !== undefined) throw new DiscoverError(`no file matches the include glob ${JSON.stringify(glob)}`);
  }
  if (!options.policies) return { root, found: found.files, skipped: [...found.skipped], policy: options.policy, zones: [], warnings: [] };
  const zoned = zonedPolicy(options.policy, options.policies.zonesFor([...found.files, ...found.skipped].map((f) => f.path)));
  // A nested policy's exclude drops what the walk found in its folder (named files stay, as always).
  const excluded = !options.noIgnore && zoned.policy.exclude.length > before.exclude.length ? picomatch(zoned.policy.exclude, { dot: true }) : undefined;
  const keep = (f: { path: string; explicit?: boolean }) => !excluded || f.explicit || !excluded(f.path);
  return { root, found: found.files.filter(keep), skipped: found.skipped.filter((s) => keep(s)), policy: zoned.policy, zones: zoned.zones, warnings: zoned.warnings };
}

/** Files grouped by folder (a Compose project), folders in the order of their first file. */
export function byFolder(files: DiscoveredFile[]): DiscoveredFile[][] {
  const folders = new Map<string, DiscoveredFile[]>();
  for (const f of files) {
    const dir = posix.dirname(f.path);
    const folder = folders.get(dir);
    if (folder) folder.push(f);
    else folders.set(dir, [f]);
  }
  return [...folders.values()];
}

/**
 * Whole folders, about BATCH_FILES files a batch. Grouped by folder, not cut from the sorted
 * list: `p/compose.yaml` < `p/db/compose.yaml` < `p/docker-compose.override.yml`, so a cut by
 * position could judge an override without its base.
 */
function* folderBatches(files: DiscoveredFile[]): Generator<DiscoveredFile[]> {
  let batch: DiscoveredFile[] = [];
  for (const folder of byFolder([...files].sort(byPath))) {
    batch.push(...folder);
    if (batch.length >= BATCH_FILES) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/**
 * Parses the given files, the files their openclaw configs include, and the `.env` files their compose files read. A `.env` already read
 * for an earlier batch is taken from `seen` (it may be shared across folders); `skipped` gets
 * each skip once.
 */
export async function parseWithEnvFiles(
  root: string,
  files: DiscoveredFile[],
  policy: Policy,
  skipped: SkippedPath[],
  seen: Map<string, SourceFile>,
  includes?: OpenclawIncludes,
  source: FileSource = diskSource(root),
): Promise<ParsedFile[]> {
  const parsed = files.map((f) => parseFile(new SourceFile(f.path, f.text, f.kind)));
  parsed.push(...includedFor(parsed, includes));
  const known = new Set(parsed.map((p) => p.file.path));
  for (const [path, reference] of envFilesToRead(parsed)) {
    if (known.has(path)) continue;
    const again = seen.get(path);
    if (again) {
      parsed.push(parseFile(again));
      continue;
    }
    const r = await source.read(path, policy.maxFileSize);
    if (r.file) parsed.push(parseFile(new SourceFile(r.file.path, r.file.text, 'dotenv')));
    else if (r.skipped && !skipped.some((s) => s.path === r.skipped!.path)) {
      // Say which entry named it, so the reference can be fixed; never what the file holds.
      const namedAt = reference.range && { location: reference.file.location(reference.range[0], reference.range[1]), range: [reference.range[0], reference.range[1]] as [number, number] };
      skipped.push({ ...r.skipped, message: `${r.skipped.message} (${describeReference(reference)})`, ...(namedAt ? { namedAt } : {}) });
    }
  }
  return parsed.sort((a, b) => byPath(a.file, b.file));
}

export function sortSkipped(skipped: SkippedPath[]): SkippedPath[] {
  return skipped.sort(byPath);
}

/**
 * `--stdin`: one text judged as the file at `path` (relative to the root), as if it were on disk
 * there: the `.env` files it reads come from disk, and the policy is the one in force for `path`.
 */
export async function checkText(options: CheckOptions, path: string, text: string): Promise<{ result: CheckResult; parsed: ParsedFile[]; policy: Policy }> {
  const root = resolve(options.root);
  const policy = options.policies ? zonedPolicy(options.policy, options.policies.zonesFor([path])).policy : options.policy;
  const file: DiscoveredFile = { path, absPath: join(root, path), kind: kindOf(path) ?? 'compose', text, explicit: true };
  const skipped: SkippedPath[] = [];
  const sources = new Map<string, SourceFile>();
  const findings: Finding[] = [];
  let parsed: ParsedFile[] = [];
  for await (const batch of judgeFolders(root, [file], { ...options, policy }, skipped, sources)) {
    findings.push(...batch.findings);
    parsed = batch.parsed;
  }
  return { result: resultOf(root, findings, skipped, sources, policy), parsed, policy };
}
