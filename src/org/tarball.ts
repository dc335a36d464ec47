/**
 * A repository's files at one commit, from its tarball, held in memory: no checkout, nothing
 * written. The archive (OrgApi.tarball streams it) goes through gunzip and the tar reader, and
 * only the entries a check may read are kept. Everything else is read past. No network here.
 */
import { posix } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type { MemoryTree } from '../core/check-files.js';
import type { MemoryEntry } from '../core/file-source.js';
import { kindOf } from '../discover/targets.js';
import { buildMatchers } from '../discover/targets.js';
import { UNREPORTABLE_NAME } from '../discover/walk.js';
import { POLICY_FILE_NAMES } from '../policy/load.js';
import type { TarballStream } from './api.js';
import { TarballError } from './errors.js';
import { TarError, tarEntries } from './tar.js';

export { TarballError } from './errors.js';

/** Default bound on one repository's tarball, counted on the compressed stream. */
export const MAX_TARBALL_BYTES = 512 * 1024 * 1024;
/** The uncompressed archive may be this many times the compressed bound (a gzip bomb stops there). */
export const MAX_EXPANSION = 16;
/** One kept file at most: a larger one is recorded as too large (discovery's maxFileSize is applied later, and is lower). */
export const MAX_ENTRY_BYTES = 8 * 1024 * 1024;
/** All kept files of one repository at most: compose and openclaw targets, `.env` files, policy files. */
export const MAX_KEPT_BYTES = 64 * 1024 * 1024;
/** Other YAML and JSON files (read only if a glob, `env_file:` or `$include` names them) are kept while the total is below this. */
export const MAX_SPARE_BYTES = 16 * 1024 * 1024;

export interface TreeLimits {
  maxTarballBytes: number;
  /** Largest file kept (default MAX_ENTRY_BYTES). */
  maxEntryBytes?: number;
}

const MiB = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MiB`;
const NOT_KEPT: MemoryEntry = { skip: { reason: 'unreadable', message: "is not a .yml, .yaml, .json, .json5 or .env file, the only files kept from a repository's tarball" } };
const SPARE_FULL: MemoryEntry = { skip: { reason: 'unreadable', message: `was not kept: a repository's other YAML and JSON files are kept up to ${MiB(MAX_SPARE_BYTES)} in all` } };
const LINK: MemoryEntry = { skip: { reason: 'unreadable', message: 'is a link in the repository; links in a tarball are not followed' } };
const SPECIAL: MemoryEntry = { skip: { reason: 'not-a-file', message: 'is not a regular file' } };

/** Which kept files matter most: the ones discovery finds by name, `.env` files and policy files. */
const { isTarget: isDefaultTarget } = buildMatchers([], []);
const isPolicyFile = (path: string) => POLICY_FILE_NAMES.includes(path.slice(path.lastIndexOf('/') + 1));

/** A file a check may read (a YAML, JSON or `.env` file, or a policy file): the kinds a tarball's files are kept for. */
export const mayBeRead = (path: string): boolean => kindOf(path) !== undefined || isPolicyFile(path);

/** Counts the bytes going through and stops past `limit`. */
async function* bounded(source: AsyncIterable<Buffer>, limit: number, error: () => TarballError): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of source) {
    total += chunk.length;
    if (total > limit) throw error();
    yield chunk;
  }
}

/**
 * The tree of a gzipped tarball whose entries all sit under one top folder (GitHub's
 * `<owner>-<repo>-<sha>/`, stripped). An absolute name, a `..` or `.` segment, or an entry outside
 * the top folder makes the whole tarball refused: GitHub never writes them.
 */
export async function treeFromTarball(gzipped: AsyncIterable<Buffer>, limits: TreeLimits): Promise<{ tree: MemoryTree; bytes: number }> {
  const tree: MemoryTree = { files: new Map(), folders: new Set() };
  const maxEntry = limits.maxEntryBytes ?? MAX_ENTRY_BYTES;
  let compressed = 0;
  let kept = 0;
  let top: string | undefined;
  // The first refusal, whichever stage raised it: pipeline may report it as the abort it caused.
  let refused: TarballError | undefined;
  const refuse = (e: TarballError) => (refused ??= e);
  const tooLarge = () => new TarballError('too-large', `the tarball is larger than the ${MiB(limits.maxTarballBytes)} limit (--max-tarball-bytes)`);
  const relative = (path: string): string | undefined => {
    const slash = path.indexOf('/');
    const first = slash < 0 ? path : path.slice(0, slash);
    top ??= first;
    const rest = slash < 0 ? '' : path.slice(slash + 1).replace(/\/$/, '');
    const unsafe = path.startsWith('/') || first !== top || rest.split('/').some((s) => s === '..' || s === '.') || (rest !== '' && posix.normalize(rest) !== rest);
    if (unsafe) throw refuse(new TarballError('bad-tarball', 'the tarball has an entry outside its top folder (an absolute path or ..); nothing of it was checked'));
    return rest === '' ? undefined : rest;
  };
  const keepable = (path: string, size: number): boolean => {
    if (!mayBeRead(path)) return false;
    const kind = kindOf(path);
    if (size > maxEntry) return false;
    const vital = isDefaultTarget(path) || kind === 'dotenv' || isPolicyFile(path);
    return vital || kept + size <= MAX_SPARE_BYTES;
  };
  const counted = async function* (source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      compressed += chunk.length;
      if (compressed > limits.maxTarballBytes) throw refuse(tooLarge());
      yield chunk;
    }
  };
  try {
    await pipeline(Readable.from(counted(gzipped)), createGunzip(), async (unzipped: AsyncIterable<Buffer>) => {
      const expanded = bounded(unzipped, limits.maxTarballBytes * MAX_EXPANSION, () => refuse(new TarballError('too-large', `the tarball holds more than ${MiB(limits.maxTarballBytes * MAX_EXPANSION)} uncompressed`)));
      for await (const entry of tarEntries(expanded, (h) => h.validName && !!relative(h.path) && keepable(relative(h.path)!, h.size))) {
        const path = relative(entry.path);
        if (path === undefined) continue;
        if (entry.type === 'directory') {
          tree.folders.add(path);
          continue;
        }
        if (!entry.validName) tree.files.set(path, { skip: UNREPORTABLE_NAME });
        else if (entry.data) {
          kept += entry.data.length;
          if (kept > MAX_KEPT_BYTES) throw refuse(new TarballError('too-large', `the repository holds more than ${MiB(MAX_KEPT_BYTES)} of files to check`));
          tree.files.set(path, { bytes: entry.data });
        } else if (entry.type === 'symlink' || entry.type === 'hardlink') tree.files.set(path, LINK);
        else if (entry.type === 'other') tree.files.set(path, SPECIAL);
        else if (entry.size > maxEntry && (kindOf(path) || isPolicyFile(path)))
          tree.files.set(path, { skip: { reason: 'too-large', message: `file is ${entry.size} bytes, over the ${maxEntry}-byte limit of a file kept from a tarball` } });
        else tree.files.set(path, kindOf(path) ? SPARE_FULL : NOT_KEPT);
      }
    });
  } catch (e) {
    if (refused) throw refused;
    if (e instanceof TarballError) throw e;
    if (e instanceof TarError) throw new TarballError('bad-tarball', `the tarball cannot be read: ${e.message}`);
    const code = (e as NodeJS.ErrnoException)?.code ?? '';
    if (code.startsWith('Z_')) throw new TarballError('bad-tarball', `the tarball is not valid gzip (${code})`);
    throw e;
  }
  return { tree, bytes: compressed };
}

/** The tree of a downloaded tarball: refused at once when its announced length is over the limit. */
export async function treeOfDownload(download: TarballStream, limits: TreeLimits): Promise<{ tree: MemoryTree; bytes: number }> {
  if (download.length !== undefined && download.length > limits.maxTarballBytes) {
    await download.cancel?.();
    throw new TarballError('too-large', `the tarball is ${MiB(download.length)}, larger than the ${MiB(limits.maxTarballBytes)} limit (--max-tarball-bytes)`);
  }
  return treeFromTarball(download.body, limits);
}
