import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { relativeInside } from '../discover/paths.js';

/** The top of the git work tree holding `dir` (a `.git` folder, or the `.git` file of a worktree), if any. */
export function repositoryRoot(dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
}

/**
 * Where reported paths start: the repository root when the current folder is in a git work
 * tree (so annotations and SARIF name the right file from a `working-directory:` step), else the
 * current folder; arguments outside it move the root up to the folder that holds them all.
 */
export function scanRoot(cwd: string, paths: string[]): string {
  let root = repositoryRoot(cwd) ?? resolve(cwd);
  for (const p of paths) {
    const abs = resolve(cwd, p);
    while (relativeInside(root, abs) === undefined) {
      const up = dirname(root);
      if (up === root) break;
      root = up;
    }
  }
  return root;
}
