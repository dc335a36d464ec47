import picomatch from 'picomatch';
import type { FileKind } from '../core/source.js';
import { DiscoverError } from './errors.js';

/**
 * Files checked when no include globs are given, relative to the scan root. Matched
 * case-insensitively: Docker Compose and OpenClaw run on case-insensitive file systems
 * (macOS, Windows) where `Docker-Compose.YML` is a real, used file; the parsers decide
 * what is actually inside, so over-matching by case costs nothing.
 */
export const DEFAULT_TARGETS: string[] = [
  '**/docker-compose*.y{a,}ml',
  '**/compose*.y{a,}ml',
  '**/*.compose.y{a,}ml',
  '**/openclaw.json',
  '**/openclaw*.json5',
  '**/.openclaw/openclaw.json',
];

/**
 * The kind of a file judged by its name alone. Extensions win over `.env` prefixes so that
 * `.env.yml` stays YAML. Undefined: not a file clawcheck knows how to read.
 */
export function kindOf(path: string): FileKind | undefined {
  const base = (path.split(/[\\/]/).pop() ?? '').toLowerCase();
  if (/\.ya?ml$/.test(base)) return 'compose';
  if (/\.json5?$/.test(base)) return 'openclaw';
  if (base === '.env' || base.endsWith('.env') || base.startsWith('.env.')) return 'dotenv';
  return undefined;
}

/**
 * Refuses globs that could reach outside the root or mean something else than the user
 * thinks: absolute paths, `..` segments, negations (picomatch reads `!x` as "all but x",
 * which as an include would select everything), empty strings.
 */
function validateGlobs(globs: readonly string[], option: 'include' | 'exclude'): void {
  for (const glob of globs) {
    const problem =
      glob.trim() === ''
        ? 'is empty'
        : /^([\\/]|[A-Za-z]:)/.test(glob)
          ? 'is absolute; globs are relative to the scan root'
          : glob.split(/[\\/]/).includes('..')
            ? "contains '..'; globs cannot reach outside the scan root"
            : glob.startsWith('!')
              ? `starts with '!'; use ${option === 'include' ? 'exclude' : 'include'} instead of negation`
              : undefined;
    if (problem) throw new DiscoverError(`${option} glob ${JSON.stringify(glob)} ${problem}`);
  }
}

export type PathTest = (relPath: string) => boolean;

const never: PathTest = () => false;

/**
 * Which walked files are targets and which paths are excluded. User globs are
 * case-sensitive, like `.gitignore` patterns; `dot: true` so `**` crosses `.openclaw/`,
 * `.github/` and the like.
 */
export function buildMatchers(include: readonly string[], exclude: readonly string[]): { isTarget: PathTest; isExcluded: PathTest } {
  validateGlobs(include, 'include');
  validateGlobs(exclude, 'exclude');
  const defaults = picomatch(DEFAULT_TARGETS, { dot: true, nocase: true });
  const extra = include.length > 0 ? picomatch([...include], { dot: true }) : never;
  const excluded = exclude.length > 0 ? picomatch([...exclude], { dot: true }) : never;
  return {
    isTarget: (p) => defaults(p) || extra(p),
    isExcluded: excluded,
  };
}
