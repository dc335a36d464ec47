/** Banned model ids: policy patterns turned into matchers for ids and for free text. */
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

const cache = new Map<string, ModelMatcher>();

export function modelMatcher(patterns: string[]): ModelMatcher {
  const key = patterns.join('\u0000');
  const hit = cache.get(key);
  if (hit) return hit;
  const body = patterns.map((p) => `(?:${p})`).join('|') || '(?!)';
  const id = new RegExp(`(?:^|/)(${body})$`, 'i');
  const text = new RegExp(`(?<![A-Za-z0-9_.-])(${body})(?![A-Za-z0-9_.-])`, 'i');
  const m = (re: RegExp, v: string): ModelMatch | undefined => {
    const r = re.exec(v.trim());
    if (!r) return undefined;
    const lead = v.length - v.trimStart().length;
    const start = lead + r.index + r[0].length - r[1].length;
    return { start, end: start + r[1].length, text: r[1] };
  };
  const matcher: ModelMatcher = { matchId: (v) => m(id, v), matchText: (v) => m(text, v) };
  cache.set(key, matcher);
  return matcher;
}
