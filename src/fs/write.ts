import { closeSync, constants, fchmodSync, fchownSync, fsyncSync, lstatSync, mkdirSync, openSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { relativeInside } from '../discover/paths.js';

/** A report file that was not written: refused (a link, outside the workspace) or failed (ENOSPC, EACCES…). */
export class OutputError extends Error {}

export interface AtomicWriteOptions {
  /** Permission bits for the new file; without them it gets 0666 less the umask, as a new file does. */
  mode?: number;
  /** Owner to keep, where the process may set it (a root process rewriting a user's file). */
  owner?: { uid: number; gid: number };
  /** Runs once the new text is safely on disk, right before it replaces `target`; throwing cancels. */
  beforeRename?: () => void;
}

const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * Replaces (or creates) `target` atomically: the text goes to a fresh temporary file beside it,
 * created exclusively and never through a link, then is renamed over `target`. A reader sees the
 * old file or the new one, never half of either, and a link at `target` is replaced, not followed.
 */
export function writeAtomic(target: string, text: string, options: AtomicWriteOptions = {}): void {
  const tmp = join(dirname(target), `.${basename(target)}.clawcheck-${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | O_NOFOLLOW, options.mode ?? 0o666);
  let renamed = false;
  try {
    try {
      writeFileSync(fd, text);
      if (options.mode !== undefined) fchmodSync(fd, options.mode); // the umask must not narrow a copied mode
      if (options.owner && process.getuid?.() === 0) fchownSync(fd, options.owner.uid, options.owner.gid);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    options.beforeRename?.();
    renameSync(tmp, target);
    renamed = true;
  } finally {
    if (!renamed) {
      try {
        unlinkSync(tmp);
      } catch {
        /* already gone */
      }
    }
  }
}

function errnoMessage(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return code ? `${code}` : String((e as Error)?.message ?? e);
}

/**
 * Creates each missing folder of `rel` under `base` one level at a time, refusing any that is a
 * symbolic link: `mkdir -p` would follow a committed `reports -> /etc` and write there.
 */
function makeFolders(base: string, rel: string, shown: (p: string) => string): void {
  let dir = base;
  for (const part of rel.split('/').filter((p) => p !== '' && p !== '.')) {
    dir = join(dir, part);
    let info = lstatSync(dir, { throwIfNoEntry: false });
    if (!info) {
      try {
        mkdirSync(dir);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new OutputError(`cannot create the folder ${shown(dir)} (${errnoMessage(e)})`);
      }
      info = lstatSync(dir);
    }
    if (info.isSymbolicLink()) throw new OutputError(`${shown(dir)} is a symbolic link; clawcheck does not write through links`);
    if (!info.isDirectory()) throw new OutputError(`${shown(dir)} is not a folder`);
  }
}

export interface OutputFileOptions {
  /** Relative paths start here; no folder below it may be a link. */
  base: string;
  /** Refuse paths outside `base` (the Action's workspace); otherwise they are the caller's own choice. */
  confine: boolean;
  /** How `base` is named in messages. */
  baseName: string;
}

/**
 * Writes a report file the way a hostile tree cannot redirect: missing folders are created, no
 * folder below `base` nor the file itself may be a symbolic link, and with `confine` the path must
 * lie inside `base`. Throws OutputError; returns the absolute path written.
 */
export function writeOutputFile(path: string, text: string, options: OutputFileOptions): string {
  const abs = resolve(options.base, path);
  const rel = relativeInside(options.base, abs);
  const shown = (p: string) => relativeInside(options.base, p) ?? p;
  if (rel === '') throw new OutputError(`${path} is the ${options.baseName} folder itself, not a file`);
  if (rel === undefined) {
    if (options.confine) throw new OutputError(`${path} is outside the ${options.baseName}; clawcheck writes only inside it`);
    try {
      mkdirSync(dirname(abs), { recursive: true }); // a folder the caller named outside the tree is theirs
    } catch (e) {
      throw new OutputError(`cannot create the folder ${dirname(abs)} (${errnoMessage(e)})`);
    }
  } else {
    makeFolders(options.base, dirname(rel), shown);
  }
  const info = lstatSync(abs, { throwIfNoEntry: false });
  if (info?.isSymbolicLink()) throw new OutputError(`${shown(abs)} is a symbolic link; clawcheck does not write through links`);
  if (info?.isCharacterDevice() && rel === undefined) {
    // `-o /dev/null` and the like, named by the caller outside the tree: written, never replaced.
    try {
      const fd = openSync(abs, constants.O_WRONLY | constants.O_NOFOLLOW);
      try {
        writeFileSync(fd, text);
      } finally {
        closeSync(fd);
      }
    } catch (e) {
      throw new OutputError(`cannot write ${abs} (${errnoMessage(e)})`);
    }
    return abs;
  }
  if (info && !info.isFile()) throw new OutputError(`${shown(abs)} is not a regular file`);
  try {
    writeAtomic(abs, text, info ? { mode: info.mode & 0o7777 } : {});
  } catch (e) {
    throw new OutputError(`cannot write ${shown(abs)} (${errnoMessage(e)})`);
  }
  return abs;
}
