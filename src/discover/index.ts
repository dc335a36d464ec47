import { realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { SkippedPath } from '../core/result.js';
import type { FileKind } from '../core/source.js';
import { DiscoverError } from './errors.js';
import { insideGit } from './git-dir.js';
import { isIgnored, levelsAbove } from './gitignore.js';
import { byPath, relativeInside } from './paths.js';
import { DEFAULT_MAX_FILE_SIZE, INSIDE_GIT, locate, mapBounded, OUTSIDE_ROOT, READ_CONCURRENCY, readText } from './read.js';
import type { ReadOutcome, Skip } from './read.js';
import { buildMatchers, kindOf } from './targets.js';
import { dedupeCandidates, Walker } from './walk.js';

export { DiscoverError } from './errors.js';
export { readGuarded, readGuardedSync } from './read.js';
export { DEFAULT_TARGETS, kindOf } from './targets.js';

export interface DiscoveredFile {
  /** Relative to the root, with `/` separators. */
  path: string;
  absPath: string;
  kind: FileKind;
  /** Exactly the bytes on disk decoded as UTF-8; a BOM is kept. */
  text: string;
  /** Named as a file argument (not found by walking a folder). */
  explicit: boolean;
}

export interface DiscoverOptions {
  /** Absolute scan root. */
  root: string;
  /** CLI arguments: files or folders, relative to cwd or absolute; empty = the whole root. */
  paths?: string[];
  include?: string[];
  exclude?: string[];
  /** Bytes; default 1048576. */
  maxFileSize?: number;
  cwd?: string;
  /** A named path (`paths`) under which nothing is found or skipped is a DiscoverError, as in ESLint. */
  errorOnUnmatched?: boolean;
  /** `--no-ignore`: .gitignore files and `exclude` globs leave nothing out (`.git` still does). */
  noIgnore?: boolean;
}

export interface DiscoverResult {
  files: DiscoveredFile[];
  skipped: SkippedPath[];
}

async function realRootOf(root: string): Promise<string> {
  try {
    if ((await stat(root)).isDirectory()) return await realpath(root);
  } catch {
    // reported below
  }
  throw new DiscoverError(`scan root ${root} is not a folder`);
}

/** An argument's path relative to the root, through its real location if need be (e.g. /tmp vs /private/tmp). */
async function relativeToRoot(arg: string, absPath: string, root: string, realRoot: string): Promise<string> {
  const logical = relativeInside(root, absPath);
  if (logical !== undefined) return logical;
  const real = await realpath(absPath).catch(() => undefined);
  const viaReal = real === undefined ? undefined : relativeInside(realRoot, real);
  if (viaReal !== undefined) return viaReal;
  throw new DiscoverError(`${arg} is outside the scan root ${root}`);
}

interface ArgumentContext {
  cwd: string;
  root: string;
  realRoot: string;
  walker: Walker;
  skipped: SkippedPath[];
  /** Whether .gitignore files count (not with --no-ignore). */
  gitignore: boolean;
}

/** A CLI argument: a folder is walked, a file is taken as is (typed by its name). */
async function addArgument(arg: string, ctx: ArgumentContext): Promise<string> {
  const { cwd, root, realRoot, walker, skipped } = ctx;
  const path = await relativeToRoot(arg, resolve(cwd, arg), root, realRoot);
  const absPath = join(root, path);
  const shown = path || '.';
  if (insideGit(path)) {
    skipped.push({ path: shown, ...INSIDE_GIT });
    return path;
  }
  const where = await locate(absPath, realRoot);
  if ('missing' in where) throw new DiscoverError(`${arg}: no such file or folder`);
  if ('skip' in where) skipped.push({ path: shown, ...where.skip });
  else if ('outside' in where) skipped.push({ path: shown, ...OUTSIDE_ROOT });
  else if ((await stat(absPath)).isDirectory()) {
    let levels = ctx.gitignore ? await levelsAbove(root, absPath) : [];
    // A folder named explicitly is walked even if .gitignore'd; the rules that ignore it
    // would otherwise swallow everything inside, so they are dropped for this walk.
    if (path !== '' && isIgnored(levels, absPath, true)) levels = [];
    await walker.walk({ absPath, path, realPath: where.real, levels });
  } else if (kindOf(path) === undefined) {
    skipped.push({ path, reason: 'unknown-type', message: 'is not a compose (.yml/.yaml), openclaw (.json/.json5) or .env file by its name' });
  } else {
    walker.addExplicitFile(path, absPath, where.real);
  }
  return path;
}

/** Whether `path` is `arg` (a path relative to the root, '' for the root) or lies under it. */
function under(path: string, arg: string): boolean {
  return arg === '' || path === arg || path.startsWith(`${arg}/`);
}

/**
 * Finds the files to check under `root` and reads them. Nothing outside the root is read;
 * everything found but not read is listed in `skipped` with the reason.
 * Throws DiscoverError for bad globs and for arguments that are missing or outside the root.
 */
export async function discover(options: DiscoverOptions): Promise<DiscoverResult> {
  const root = resolve(options.root);
  const cwd = resolve(options.cwd ?? process.cwd());
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (!Number.isInteger(maxFileSize) || maxFileSize <= 0) {
    throw new DiscoverError(`maxFileSize must be a positive whole number of bytes, got ${maxFileSize}`);
  }
  const { isTarget, isExcluded } = buildMatchers(options.include ?? [], options.noIgnore ? [] : (options.exclude ?? []));
  const realRoot = await realRootOf(root);
  const walker = new Walker(realRoot, isTarget, isExcluded, !options.noIgnore);
  const skipped: SkippedPath[] = [];

  const named: Array<[string, string]> = [];
  for (const arg of options.paths?.length ? options.paths : [root]) {
    named.push([arg, await addArgument(arg, { cwd, root, realRoot, walker, skipped, gitignore: !options.noIgnore })]);
  }
  await walker.walkLinkedDirs();
  skipped.push(...walker.skipped);

  const candidates = dedupeCandidates(walker.candidates, realRoot);
  type Read = { skip: Skip } | { kind: FileKind; outcome: ReadOutcome };
  const reads = await mapBounded(candidates, READ_CONCURRENCY, async (candidate): Promise<Read> => {
    const kind = kindOf(candidate.path);
    if (!kind) {
      // Matched by an include glob but of no type clawcheck reads.
      return { skip: { reason: 'unknown-type', message: 'matches an include glob but is not a compose, openclaw or .env file by its name' } };
    }
    return { kind, outcome: await readText(candidate.realPath, maxFileSize) };
  });

  const files: DiscoveredFile[] = [];
  candidates.forEach((candidate, i) => {
    const read = reads[i];
    if ('skip' in read) skipped.push({ path: candidate.path, ...read.skip });
    else if ('skip' in read.outcome) skipped.push({ path: candidate.path, ...read.outcome.skip });
    else if ('text' in read.outcome) {
      const { path, absPath, explicit } = candidate;
      files.push({ path, absPath, kind: read.kind, text: read.outcome.text, explicit });
    } // 'missing': deleted since the walk; nothing left to check or report
  });

  const uniqueSkipped = [...new Map(skipped.map((s) => [s.path, s])).values()];
  if (options.errorOnUnmatched && options.paths?.length) {
    const all = [...files, ...uniqueSkipped].map((f) => f.path);
    const unmatched = named.find(([, rel]) => !all.some((p) => under(p, rel)));
    if (unmatched) throw new DiscoverError(`no compose, openclaw or .env file found in ${JSON.stringify(unmatched[0])}`);
  }
  return { files: files.sort(byPath), skipped: uniqueSkipped.sort(byPath) };
}
