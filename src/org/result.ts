/**
 * One repository's result in the output folder: `<owner>__<repo>.json` (the JSON report, plus
 * the repository, the commit judged and whether it could be scanned) beside `<owner>__<repo>.sarif`.
 * GitHub owner names have no `_`, so the file name maps back to one repository.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonReport } from '../report/json.js';
import { isSafeFullName } from './plan.js';

export type FailReason =
  | 'not-found'
  | 'empty'
  | 'unavailable'
  | 'forbidden'
  | 'too-large'
  | 'bad-tarball'
  | 'download-failed'
  | 'policy'
  | 'rate-limited'
  | 'unreachable'
  | 'error';

export interface OrgResult extends JsonReport {
  repository: string;
  /** The commit judged; null when it could not be known (the repository is gone, empty, blocked). */
  commit: string | null;
  status: 'scanned' | 'failed';
  reason?: FailReason;
  message?: string;
}

/** Failures that the same commit would meet again: a resumed scan does not retry them. */
export const PERMANENT: ReadonlySet<FailReason> = new Set(['too-large', 'bad-tarball', 'policy']);

/** A result file larger than this is not one clawcheck wrote for a repository (it is refused, not read). */
const MAX_RESULT_BYTES = 256 * 1024 * 1024;

export function resultName(fullName: string): string {
  return fullName.replace('/', '__');
}

/** The temporary files writeAtomic leaves when killed mid-write, for this folder's results. */
const STALE_TEMP = /^\.[A-Za-z0-9-]+__[A-Za-z0-9._-]+\.(?:json|sarif)\.clawcheck-[0-9a-f]{8}\.tmp$/;

/** Removes the half-written files of a killed scan (regular files only, never through a link). */
export function removeStaleTemps(dir: string): number {
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (!STALE_TEMP.test(name) || !lstatSync(join(dir, name)).isFile()) continue;
    unlinkSync(join(dir, name));
    removed++;
  }
  return removed;
}

/** A regular file's text (not a link, not a device), or undefined when there is none or it is not one. */
function readRegular(path: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > MAX_RESULT_BYTES) return undefined;
    const buf = Buffer.allocUnsafe(info.size);
    let at = 0;
    while (at < info.size) {
      const n = readSync(fd, buf, at, info.size - at, at);
      if (n === 0) break;
      at += n;
    }
    return buf.subarray(0, at).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

const isCount = (v: unknown) => Array.isArray(v);

/** A result file parsed and its shape checked; undefined when it is missing, unreadable or not a result. */
export function parseResult(text: string | undefined): OrgResult | undefined {
  if (text === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  const r = raw as Partial<OrgResult> | null;
  if (!r || typeof r !== 'object' || !isSafeFullName(r.repository)) return undefined;
  if (r.status !== 'scanned' && r.status !== 'failed') return undefined;
  if (!(r.commit === null || (typeof r.commit === 'string' && /^[0-9a-f]{40,64}$/.test(r.commit)))) return undefined;
  if (!isCount(r.files) || !isCount(r.findings) || !isCount(r.skipped)) return undefined;
  return r as OrgResult;
}

/** The result of `fullName` in `dir`, if a readable one is there. */
export function readResult(dir: string, fullName: string): OrgResult | undefined {
  const r = parseResult(readRegular(join(dir, `${resultName(fullName)}.json`)));
  return r?.repository === fullName ? r : undefined;
}

/** Every result in `dir` (merged shard folders): files named `<owner>__<repo>.json` holding that repository's result. */
export function readResults(dir: string): { results: OrgResult[]; unreadable: string[] } {
  const results: OrgResult[] = [];
  const unreadable: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const m = /^([A-Za-z0-9-]+)__([A-Za-z0-9._-]+)\.json$/.exec(name);
    if (!m) continue;
    const r = parseResult(readRegular(join(dir, name)));
    if (r && r.repository === `${m[1]}/${m[2]}`) results.push(r);
    else unreadable.push(name);
  }
  return { results, unreadable };
}

/** The SARIF text beside a result, if there is a regular file. */
export function readSarif(dir: string, fullName: string): string | undefined {
  return readRegular(join(dir, `${resultName(fullName)}.sarif`));
}
