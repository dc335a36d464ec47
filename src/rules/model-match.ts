/**
 * Banned model ids: policy patterns turned into matchers for ids and for free text.
 *
 * The patterns are written by whoever writes the policy and run on every model value, so they
 * run on RE2 (re2js): matching is linear in the value whatever the pattern, where a
 * backtracking engine takes exponential time on `(a+)+b`. RE2 has no backreferences or
 * lookaround; a pattern using them is refused when the policy is loaded (src/policy/patterns.ts).
 */
import { RE2JS } from 're2js';

export interface ModelMatch {
  start: number;
  end: number;
  text: string;
}

export interface ModelMatcher {
  /** A model id ending with a banned id (`cloudru-fm/zai-org/GLM-4.7`): the banned part. */
  matchId(value: string): ModelMatch | undefined;
  /** The first banned id mentioned in free text (`zai-org/GLM-4.7 (via proxy)`). */
  matchText(value: string): ModelMatch | undefined;
}

const NO_MATCH: ModelMatcher = { matchId: () => undefined, matchText: () => undefined };

const cache = new Map<string, ModelMatcher>();

/** Characters that continue a model id: a match must not start or end inside one. */
const ID_CHAR = 'A-Za-z0-9_.-';

/**
 * The two expressions a set of patterns becomes. The boundaries are matched, not looked
 * around (RE2 has no lookaround): the banned part is capture group 1 either way. Throws
 * re2js's syntax error for a pattern RE2 cannot run.
 */
export function compileModelPatterns(patterns: readonly string[]): { id: RE2JS; text: RE2JS } {
  const body = patterns.map((p) => `(?:${p})`).join('|');
  return {
    id: RE2JS.compile(`(?:^|/)(${body})$`, RE2JS.CASE_INSENSITIVE),
    text: RE2JS.compile(`(?:^|[^${ID_CHAR}])(${body})(?:[^${ID_CHAR}]|$)`, RE2JS.CASE_INSENSITIVE),
  };
}

export function modelMatcher(patterns: string[]): ModelMatcher {
  if (patterns.length === 0) return NO_MATCH;
  const key = patterns.join('\u0000');
  const hit = cache.get(key);
  if (hit) return hit;
  const { id, text } = compileModelPatterns(patterns);
  const m = (re: RE2JS, v: string): ModelMatch | undefined => {
    const matcher = re.matcher(v.trim());
    if (!matcher.find()) return undefined;
    const lead = v.length - v.trimStart().length;
    const start = lead + matcher.start(1);
    const found = matcher.group(1) ?? '';
    return { start, end: start + found.length, text: found };
  };
  const matcher: ModelMatcher = { matchId: (v) => m(id, v), matchText: (v) => m(text, v) };
  cache.set(key, matcher);
  return matcher;
}
