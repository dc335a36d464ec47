import { accessSync, closeSync, constants, lstatSync, openSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { relativeInside } from '../discover/paths.js';
import { writeAtomic } from '../fs/write.js';
import type { FixedFile } from './fix.js';

/** A fixed file that was left as it is on disk, and why (a `fix-failed` finding). */
export interface WriteFailure {
  path: string;
  reason: string;
}

function codeOf(e: unknown): string {
  return (e as NodeJS.ErrnoException | undefined)?.code ?? String((e as Error)?.message ?? e);
}

/**
 * Where the fixed text of `path` would be written (the real file, so a symlink stays a symlink),
 * or why it must not be: the link leads out of the root, the file is not a regular file, or the
 * user cannot write it. A file without any write permission bit counts as read-only even for root.
 */
export function writeTarget(root: string, realRoot: string, path: string): { target: string } | { refused: string } {
  const abs = join(root, path);
  let target: string;
  try {
    target = realpathSync.native(abs);
  } catch (e) {
    return { refused: `the file cannot be resolved (${codeOf(e)})` };
  }
  if (relativeInside(realRoot, target) === undefined) {
    return { refused: 'it is reached through a symbolic link that resolves outside the scan root; clawcheck does not write through it' };
  }
  let info;
  try {
    info = statSync(target);
  } catch (e) {
    return { refused: `the file cannot be read (${codeOf(e)})` };
  }
  if (!info.isFile()) return { refused: 'it is not a regular file' };
  if ((info.mode & 0o222) === 0) return { refused: 'the file is read-only' };
  try {
    accessSync(target, constants.W_OK);
  } catch (e) {
    return { refused: `you cannot write the file (${codeOf(e)})` };
  }
  try {
    // The new text is renamed into place: that needs the folder, not the file, to be writable.
    accessSync(dirname(target), constants.W_OK);
  } catch (e) {
    return { refused: `its folder is not writable (${codeOf(e)})` };
  }
  return { target };
}

/** The file's text now, read without following a link (the target is already resolved). */
function currentText(target: string): string {
  const fd = openSync(target, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  try {
    return readFileSync(fd).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

class ChangedMeanwhile extends Error {}

/**
 * Writes each fixed file over its real target. Each file is compared with the text it was judged
 * on right before it is replaced, so an edit made meanwhile is kept; a refusal or an I/O error
 * (EACCES, ENOSPC, EROFS…) leaves that file alone and the others are still written.
 */
export function writeFixes(root: string, files: FixedFile[]): { written: FixedFile[]; failures: WriteFailure[] } {
  const realRoot = realpathSync.native(root);
  const written: FixedFile[] = [];
  const failures: WriteFailure[] = [];
  const byTarget = new Map<string, string>();
  for (const file of files) {
    const where = writeTarget(root, realRoot, file.path);
    if ('refused' in where) {
      failures.push({ path: file.path, reason: where.refused });
      continue;
    }
    const done = byTarget.get(where.target);
    if (done !== undefined) {
      // Two names of one file (a .env read through a link): written once, or refused if they disagree.
      if (done === file.after) written.push(file);
      else failures.push({ path: file.path, reason: 'another name of the same file was fixed differently' });
      continue;
    }
    try {
      const info = lstatSync(where.target);
      writeAtomic(where.target, file.after, {
        mode: info.mode & 0o7777,
        owner: { uid: info.uid, gid: info.gid },
        beforeRename: () => {
          if (currentText(where.target) !== file.before) throw new ChangedMeanwhile();
        },
      });
      byTarget.set(where.target, file.after);
      written.push(file);
    } catch (e) {
      const reason = e instanceof ChangedMeanwhile ? 'the file changed after it was checked; it was not overwritten' : `the file could not be written (${codeOf(e)})`;
      failures.push({ path: file.path, reason });
    }
  }
  return { written, failures };
}
