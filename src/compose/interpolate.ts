import { concatLocated, sliceLocated } from './located-string.js';
import type { LocatedString } from './located-string.js';

/** A variable a value referred to, and where: for "${BIG_MODEL} is read here" related locations. */
export interface Reference {
  name: string;
  /** The `${...}` text inside the value (or the name passed through), located. */
  site: LocatedString;
}

export interface Interpolated {
  /** null when a variable has no value and no default: the outcome depends on the shell. */
  value: LocatedString | null;
  references: Reference[];
}

export type Lookup = (name: string) => LocatedString | undefined;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/**
 * Compose interpolation: `$$` is a literal `$`; `${VAR}`, `$VAR`, `${VAR:-d}`, `${VAR-d}`,
 * `${VAR:?e}`, `${VAR?e}`, `${VAR:+a}`, `${VAR+a}`, with nesting in defaults.
 */
export function interpolate(input: LocatedString, lookup: Lookup, depth = 0): Interpolated {
  const parts: LocatedString[] = [];
  const references: Reference[] = [];
  let unknown = false;
  const s = input.value;
  let i = 0;
  let literalStart = 0;
  const flush = (end: number) => {
    if (end > literalStart) parts.push(sliceLocated(input, literalStart, end));
  };
  while (i < s.length) {
    if (s[i] !== '$') {
      i++;
      continue;
    }
    if (s[i + 1] === '$') {
      flush(i + 1); // keep one `$`, drop the second
      i += 2;
      literalStart = i;
      continue;
    }
    if (s[i + 1] === '{') {
      const close = matchingBrace(s, i + 1);
      if (close < 0) {
        i++;
        continue;
      }
      flush(i);
      const body = sliceLocated(input, i + 2, close);
      const site = sliceLocated(input, i, close + 1);
      const r = expandBraced(body, site, lookup, depth, references);
      if (r === null) unknown = true;
      else parts.push(r);
      i = close + 1;
      literalStart = i;
      continue;
    }
    const m = NAME.exec(s.slice(i + 1));
    if (m) {
      flush(i);
      const site = sliceLocated(input, i, i + 1 + m[0].length);
      const v = lookup(m[0]);
      references.push({ name: m[0], site });
      if (v) parts.push(v);
      else unknown = true;
      i += 1 + m[0].length;
      literalStart = i;
      continue;
    }
    i++;
  }
  flush(s.length);
  return { value: unknown ? null : concatLocated(parts, input), references };
}

function expandBraced(
  body: LocatedString,
  site: LocatedString,
  lookup: Lookup,
  depth: number,
  references: Reference[],
): LocatedString | null {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([\s\S]*))?$/.exec(body.value);
  if (!m) return null;
  const [, name, op, rest] = m;
  const set = lookup(name);
  const argument = () => {
    if (depth > 20) return null;
    const arg = sliceLocated(body, body.value.length - (rest ?? '').length, body.value.length);
    const r = interpolate(arg, lookup, depth + 1);
    references.push(...r.references);
    return r.value;
  };
  const empty = !set || (op?.startsWith(':') && set.value === '');
  switch (op) {
    case ':-':
    case '-': {
      const useDefault = op === ':-' ? empty : !set;
      references.push({ name, site });
      return useDefault ? argument() : set!;
    }
    case ':+':
    case '+': {
      const useAlt = op === ':+' ? !empty : !!set;
      references.push({ name, site });
      return useAlt ? argument() : sliceLocated(body, 0, 0);
    }
    default:
      // `${VAR}`, `${VAR:?err}`, `${VAR?err}`: the value or nothing known.
      references.push({ name, site });
      return set ?? null;
  }
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}
