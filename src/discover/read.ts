import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { normalize, resolve } from 'node:path';
import type { SkippedPath } from '../core/result.js';
import { insideGit } from './git-dir.js';
import { relativeInside, toPosix } from './paths.js';

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

/** Only this much of a file is searched for NUL bytes, like git's binary heuristic. */
const BINARY_PROBE_BYTES = 8 * 1024;

/** How many files are open at once: enough to hide latency, far below fd limits. */
export const READ_CONCURRENCY = 16;

export type Skip = Omit<SkippedPath, 'path'>;
export type ReadOutcome = { text: string } | { skip: Skip } | { missing: true };

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? 'unknown error';
}

/** The skip reason for a failed open/realpath/readdir; undefined when the path has vanished. */
export function skipForError(error: unknown, what: 'file' | 'folder'): Skip | undefined {
  const code = errorCode(error);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return undefined;
    case 'EISDIR':
      return { reason: 'not-a-file', message: 'is a folder, not a file' };
    case 'ELOOP':
      return { reason: 'unreadable', message: 'is a symbolic link loop' };
    case 'EACCES':
    case 'EPERM':
      return { reason: 'unreadable', message: `${what} cannot be read: permission denied (${code})` };
    default:
      return { reason: 'unreadable', message: `${what} cannot be read (${code})` };
  }
}

export function tooLarge(size: number, maxFileSize: number): Skip {
  return {
    reason: 'too-large',
    message: `file is ${size} bytes, over the ${maxFileSize}-byte limit (maxFileSize)`,
  };
}

/**
 * Reads a file the caller has already placed inside the root. The size and type come from
 * the open handle, not from a separate stat, so a file swapped in between cannot slip
 * through; O_NONBLOCK keeps a FIFO named like a compose file from hanging the open.
 */
export async function readText(absPath: string, maxFileSize: number): Promise<ReadOutcome> {
  return readTextSync(absPath, maxFileSize);
}

export function readTextSync(absPath: string, maxFileSize: number): ReadOutcome {
  // Synchronous calls on purpose: for thousands of small files they are several times faster
  // than the promise API (no thread-pool round trip per call), and nothing runs meanwhile.
  let fd: number;
  try {
    // Callers pass the real path (symlinks already resolved and judged): O_NOFOLLOW refuses a
    // link swapped in since then instead of following it somewhere unjudged.
    fd = openSync(absPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    const skip = skipForError(error, 'file');
    return skip ? { skip } : { missing: true };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { skip: { reason: 'not-a-file', message: 'is not a regular file' } };
    if (info.size > maxFileSize) return { skip: tooLarge(info.size, maxFileSize) };
    // Read to EOF, not to the stat size: a file that grew since must not be cut short,
    // and one byte past the limit is enough to know it is too large.
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(info.size + 1, 4096), 64 * 1024, maxFileSize + 1 - length));
      const bytesRead = readSync(fd, chunk, 0, chunk.length, length);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > maxFileSize) break;
    }
    if (length > maxFileSize) {
      return { skip: { reason: 'too-large', message: `file grew past the ${maxFileSize}-byte limit (maxFileSize) while being read` } };
    }
    return textOf(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length), maxFileSize);
  } catch (error) {
    const skip = skipForError(error, 'file');
    return skip ? { skip } : { missing: true };
  } finally {
    closeSync(fd);
  }
}

/**
 * A file's bytes as discovery judges them, wherever they were read from (disk, a tarball): over
 * `maxFileSize` or with NUL bytes in the first 8 KiB it is skipped, else decoded as UTF-8 (a BOM
 * kept as U+FEFF: the parsers expect to see it).
 */
export function textOf(bytes: Buffer, maxFileSize: number): { text: string } | { skip: Skip } {
  if (bytes.length > maxFileSize) return { skip: tooLarge(bytes.length, maxFileSize) };
  if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) return { skip: binary(bytes) };
  return { text: bytes.toString('utf8') };
}

function binary(bytes: Buffer): Skip {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return {
    reason: 'binary',
    message: utf16
      ? 'file is UTF-16 encoded (NUL bytes); save it as UTF-8'
      : `file contains NUL bytes in its first ${BINARY_PROBE_BYTES} bytes`,
  };
}

/**
 * Where a path really is; `outside` when a symlink leads out of the real root, a skip when it
 * leads into a `.git` folder (whose `config` holds the checkout's credentials).
 */
export async function locate(absPath: string, realRoot: string): Promise<Located> {
  return locateSync(absPath, realRoot);
}

type Located = { real: string } | { outside: true } | { skip: Skip } | { missing: true };

function locateSync(absPath: string, realRoot: string): Located {
  let real: string;
  try {
    real = realpathSync.native(absPath);
  } catch (error) {
    const skip = skipForError(error, 'file');
    return skip ? { skip } : { missing: true };
  }
  const rel = relativeInside(realRoot, real);
  if (rel === undefined) return { outside: true };
  return insideGit(rel) ? { skip: INTO_GIT } : { real };
}

export const OUTSIDE_ROOT: Skip = {
  reason: 'symlink-outside-root',
  message: 'is a symbolic link that resolves outside the scan root; not followed',
};

/** No reason of its own exists for these; 'unreadable' with an explicit message is the honest fit. */
export const INSIDE_GIT: Skip = { reason: 'unreadable', message: 'is inside a .git folder; files there are never read' };
export const INTO_GIT: Skip = { reason: 'unreadable', message: 'resolves into a .git folder through a symbolic link; files there are never read' };
export const OUTSIDE_PATH: Skip = { reason: 'unreadable', message: 'is outside the scan root; files outside it are not read' };

/**
 * Reads one more file by its path relative to root, or absolute: a `.env` named by `env_file:`,
 * a policy named by `--config` or `extends:`, and any file a later reader follows (openclaw
 * `$include`). Every read beyond discovery goes through here, so each gets the same guards:
 * inside the root after `..` and symlinks (parent folders included) are resolved, never in or
 * through a `.git` folder, a regular file, within `maxFileSize`, not binary. `realRoot` saves a
 * lookup per file when the caller reads many.
 */
export async function readGuarded(root: string, relPath: string, maxFileSize: number, realRoot?: string): Promise<GuardedRead> {
  return readGuardedSync(root, relPath, maxFileSize, realRoot);
}

export type GuardedRead = { file?: { path: string; absPath: string; text: string }; skipped?: SkippedPath; missing?: boolean };

/** readGuarded for a caller that cannot wait (the policy loader runs before anything else). */
export function readGuardedSync(root: string, relPath: string, maxFileSize: number, realRoot?: string): GuardedRead {
  const absPath = resolve(root, relPath);
  const path = relativeInside(root, absPath);
  if (path === undefined) return { skipped: { path: toPosix(normalize(relPath)), ...OUTSIDE_PATH } };
  if (path === '') return { skipped: { path: '.', reason: 'not-a-file', message: 'is the scan root folder' } };
  if (insideGit(path)) return { skipped: { path, ...INSIDE_GIT } };
  const real = realRoot ?? realpathSync.native(root);
  // Most of these reads are a project's `.env`, which most folders do not have: a path that is
  // not there costs one lstat, not a realpath and the error it throws (anything else goes on).
  if (absent(absPath)) return { missing: true };
  const where = locateSync(absPath, real);
  if ('missing' in where) return { missing: true };
  if ('skip' in where) return { skipped: { path, ...where.skip } };
  if ('outside' in where) return { skipped: { path, ...OUTSIDE_ROOT } };
  const outcome = readTextSync(where.real, maxFileSize);
  if ('missing' in outcome) return { missing: true };
  if ('skip' in outcome) return { skipped: { path, ...outcome.skip } };
  return { file: { path, absPath, text: outcome.text } };
}

function absent(absPath: string): boolean {
  try {
    return lstatSync(absPath, { throwIfNoEntry: false }) === undefined;
  } catch {
    return false;
  }
}

/** Runs `task` over `items` with at most `limit` in flight; results keep the input order. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
