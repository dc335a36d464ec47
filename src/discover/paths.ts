import { isAbsolute, relative, sep } from 'node:path';

/**
 * `dir` joined with one name from its listing: what `path.join` gives for a normalized absolute
 * `dir` and a name without separators, without join's normalizing pass, which allocates about
 * 2 KB a call and runs for every entry of every folder walked.
 */
export function childPath(dir: string, name: string): string {
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

export function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/** `child` relative to `parent` with `/`, or undefined when it lies outside `parent`. */
export function relativeInside(parent: string, child: string): string | undefined {
  const rel = relative(parent, child);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return toPosix(rel);
}

/** Orders anything with a `path` by that path (code-unit order, as every report lists files). */
export const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
