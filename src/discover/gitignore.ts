import { lstatSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ignore from 'ignore';
import { relativeInside } from './paths.js';

/** The rules of one ignore file, relative to the folder that holds it. */
export interface IgnoreLevel {
  dir: string;
  rules: ignore.Ignore;
}

/** Ignore files bigger than this are not read: no real .gitignore comes near it. */
const MAX_IGNORE_FILE = 4 * 1024 * 1024;

/**
 * Reads one ignore file as rules for `dir`. Only regular files: git itself refuses a
 * symlinked .gitignore, and following one could read outside the root.
 */
export async function loadIgnoreFile(dir: string, file: string): Promise<IgnoreLevel | undefined> {
  try {
    const info = lstatSync(file, { throwIfNoEntry: false });
    if (!info?.isFile() || info.size > MAX_IGNORE_FILE) return undefined;
    const text = readFileSync(file, 'utf8');
    return { dir, rules: ignore().add(text) };
  } catch {
    return undefined; // an unreadable ignore file simply does not apply
  }
}

/**
 * Git semantics across levels: the deepest ignore file with a rule matching the path
 * decides, so a nested `!keep.yml` can re-include what a parent .gitignore ignored.
 * Directories are tested with a trailing `/` so that `build/`-style rules match them.
 */
export function isIgnored(levels: readonly IgnoreLevel[], absPath: string, isDir: boolean): boolean {
  for (let i = levels.length - 1; i >= 0; i--) {
    const rel = relativeInside(levels[i].dir, absPath);
    if (!rel) continue;
    const result = levels[i].rules.test(isDir ? `${rel}/` : rel);
    if (result.ignored) return true;
    if (result.unignored) return false;
  }
  return false;
}

async function exists(p: string): Promise<boolean> {
  try {
    return lstatSync(p, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}

/** The nearest folder at or above `dir` holding `.git` (a folder, or a file in worktrees). */
async function findGitRoot(dir: string): Promise<string | undefined> {
  for (let current = dir; ; current = dirname(current)) {
    if (await exists(join(current, '.git'))) return current;
    if (dirname(current) === current) return undefined;
  }
}

/**
 * Ignore levels that apply above `dir`: `.git/info/exclude` and the .gitignore files from
 * the repository top (or from `root` outside a repository) down to the parent of `dir`.
 * The walk adds `dir`'s own .gitignore when it enters it. Looking above the root means
 * running from a subfolder still honours the repository's .gitignore.
 */
export async function levelsAbove(root: string, dir: string): Promise<IgnoreLevel[]> {
  const gitRoot = await findGitRoot(root);
  const top = gitRoot ?? root;
  const levels: IgnoreLevel[] = [];
  if (gitRoot) {
    const info = await loadIgnoreFile(gitRoot, join(gitRoot, '.git', 'info', 'exclude'));
    if (info) levels.push(info);
  }
  // Folders from `top` down to the parent of `dir`; none when `dir` is `top` itself.
  const chain: string[] = [];
  for (let current = dir; current !== top && relativeInside(top, current) !== undefined; ) {
    current = dirname(current);
    chain.unshift(current);
  }
  for (const folder of chain) {
    const level = await loadIgnoreFile(folder, join(folder, '.gitignore'));
    if (level) levels.push(level);
  }
  return levels;
}
