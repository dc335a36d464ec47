import { realpathSync } from 'node:fs';
import { DEFAULT_MAX_FILE_SIZE, readGuardedSync } from '../discover/read.js';

/**
 * A policy file's text, read with the guards of every other read: a regular file inside the
 * scan root, not in or through a `.git` folder, within the default size limit, not binary. A
 * FIFO, a device (`/dev/zero`, `/dev/stdin`) or a path outside the root is refused before a
 * single byte is read, so nothing of it can end up quoted in an error message.
 */
export type PolicyRead = { text: string } | { refused: string } | { missing: true };

export function readPolicyFile(root: string, absPath: string): PolicyRead {
  let realRoot: string;
  try {
    realRoot = realpathSync.native(root);
  } catch {
    return { refused: 'cannot be read: the scan root is not a folder' };
  }
  const r = readGuardedSync(root, absPath, DEFAULT_MAX_FILE_SIZE, realRoot);
  if (r.file) return { text: r.file.text };
  if (r.skipped) return { refused: r.skipped.message };
  return { missing: true };
}
