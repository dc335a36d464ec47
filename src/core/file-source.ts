/**
 * Where the files a checked file names are read from: the `.env` files of `env_file:` and the
 * files of an openclaw `$include`. A check of a folder reads them from disk through the guarded
 * reader; a check of files held in memory (a repository's tarball, no checkout) reads them from
 * the same set, with the same guards: inside the root, never in a `.git` folder, a regular file,
 * within `maxFileSize`, not binary.
 */
import { realpathSync } from 'node:fs';
import { posix } from 'node:path';
import { readGuarded } from '../discover/index.js';
import type { GuardedRead } from '../discover/read.js';
import { INSIDE_GIT, OUTSIDE_PATH, textOf } from '../discover/read.js';
import type { Skip } from '../discover/read.js';
import { insideGit } from '../discover/git-dir.js';

export interface FileSource {
  /** A file by its path relative to the root (`..` allowed: refused when it leaves the root). */
  read(relPath: string, maxFileSize: number): Promise<GuardedRead>;
}

/** The files under `root` on disk, read with discovery's guards (the real root looked up once). */
export function diskSource(root: string): FileSource {
  let realRoot: string | undefined;
  return {
    read(relPath, maxFileSize) {
      realRoot ??= realpathSync.native(root);
      return readGuarded(root, relPath, maxFileSize, realRoot);
    },
  };
}

/** A file held in memory: its bytes, or why it was not kept (a link, a device, too large to keep). */
export type MemoryEntry = { bytes: Buffer } | { skip: Skip };

/** Paths relative to the root with `/`, normalised (no `.`, `..` or empty segments). */
export type MemoryFiles = Map<string, MemoryEntry>;

/** A path relative to the root, normalised; undefined when it leaves the root. */
export function normalInside(relPath: string): string | undefined {
  const p = posix.normalize(relPath.replace(/\\/g, '/'));
  if (p === '..' || p.startsWith('../') || p.startsWith('/')) return undefined;
  return p === '.' ? '' : p.replace(/\/+$/, '');
}

/** The files of `files` and nothing else: no path outside them is ever read, nothing touches the disk. */
export function memorySource(files: MemoryFiles, folders: ReadonlySet<string> = new Set()): FileSource {
  return {
    async read(relPath, maxFileSize) {
      const path = normalInside(relPath);
      if (path === undefined) return { skipped: { path: posix.normalize(relPath.replace(/\\/g, '/')), ...OUTSIDE_PATH } };
      if (path === '') return { skipped: { path: '.', reason: 'not-a-file', message: 'is the scan root folder' } };
      if (insideGit(path)) return { skipped: { path, ...INSIDE_GIT } };
      const entry = files.get(path);
      if (!entry) return folders.has(path) ? { skipped: { path, reason: 'not-a-file', message: 'is a folder, not a file' } } : { missing: true };
      if ('skip' in entry) return { skipped: { path, ...entry.skip } };
      const read = textOf(entry.bytes, maxFileSize);
      if ('skip' in read) return { skipped: { path, ...read.skip } };
      return { file: { path, absPath: path, text: read.text } };
    },
  };
}
