import { concatLocated, markNoFix, sliceLocated } from './located-string.js';
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

/** A variable's value; `site` is where the value names it (a value from the shell is reported there). */
export type Lookup = (name: string, site?: LocatedString) => LocatedString | undefined;

/** Counts the steps an algorithm takes, so tests can bound its cost without a clock. */
export interface Meter {
  steps: number;
}

export interface InterpolateOptions {
  meter?: Meter;
}

/**
 * How much longer than its own text a value may grow through variables before it counts as
 * unknown: `.env` lines that each double the one above would otherwise need 2^lines characters.
 * Model ids, URLs and flags are far shorter.
 */
export const MAX_GROWTH = 1024;

export const UNTERMINATED = 'a `${` in the value has no closing `}`, which Compose rejects';

/** The variable name `[A-Za-z_][A-Za-z0-9_]*` at `from`, or '' (a scan: a regex match allocates its result array). */
function nameAt(s: string, from: number): string {
  let i = from;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
    if (!letter && (i === from || c < 0x30 || c > 0x39)) break;
  }
  return i === from ? '' : s.slice(from, i);
}

/** The meter of a call that has none: counted and never read, so one object serves every such call. */
const UNMETERED: Meter = { steps: 0 };

/**
 * Compose interpolation: `$$` is a literal `$`; `${VAR}`, `$VAR`, `${VAR:-d}`, `${VAR-d}`,
 * `${VAR:?e}`, `${VAR?e}`, `${VAR:+a}`, `${VAR+a}`, with nesting in defaults.
 *
 * One pass, no recursion: braces are matched up front with a stack, and a default that is used
 * is scanned in place (its characters are the value's), so the work is linear in the input
 * however the `${` nest. A `${` without its `}` is read as closed at the end of the value (what
 * the writer meant), and every character of the result is marked never to be fixed.
 */
export function interpolate(input: LocatedString, lookup: Lookup, options?: InterpolateOptions): Interpolated {
  const meter = options?.meter ?? UNMETERED;
  const s = input.value;
  const references: Reference[] = [];
  if (!s.includes('$')) {
    meter.steps += s.length;
    return { value: input, references };
  }
  const close = matchBraces(s, meter);
  let unterminated = false;
  const limit = s.length + MAX_GROWTH;
  const parts: LocatedString[] = [];
  let produced = 0;
  let unknown = false;
  const push = (part: LocatedString) => {
    produced += part.value.length;
    if (produced > limit) unknown = true;
    else if (part.value) parts.push(part);
  };
  // Ends of the defaults being scanned in place, innermost last; after one, scanning resumes past its `}`.
  const ends: number[] = [];
  let end = s.length;
  let i = 0;
  let literalStart = 0;
  const flush = (to: number) => {
    if (to > literalStart) push(sliceLocated(input, literalStart, to));
  };
  for (;;) {
    meter.steps++;
    if (i >= end) {
      flush(end);
      if (!ends.length) break;
      i = end + 1; // past the default's `}`
      end = ends.pop()!;
      literalStart = i;
      continue;
    }
    if (s[i] !== '$') {
      const next = s.indexOf('$', i);
      meter.steps += (next < 0 || next > end ? end : next) - i;
      i = next < 0 || next > end ? end : next;
      continue;
    }
    if (s[i + 1] === '$') {
      flush(i + 1); // keep one `$`, drop the second
      i += 2;
      literalStart = i;
      continue;
    }
    if (s[i + 1] === '{') {
      flush(i);
      const closeAt = close[i + 1] ?? s.length;
      if (closeAt === s.length) unterminated = true;
      const site = sliceLocated(input, i, Math.min(closeAt + 1, s.length));
      const argument = braced(s, i + 2, closeAt, site, lookup, references, meter);
      if (argument === null) unknown = true;
      else if (typeof argument === 'number') {
        // Scan the default in place; its `}` is the end.
        ends.push(end);
        end = closeAt;
        i = argument;
        literalStart = i;
        continue;
      } else if (argument) push(argument);
      i = closeAt + 1;
      literalStart = i;
      continue;
    }
    const name = nameAt(s, i + 1);
    if (name && i + 1 + name.length <= end) {
      flush(i);
      const site = sliceLocated(input, i, i + 1 + name.length);
      meter.steps += name.length;
      const v = lookup(name, site);
      references.push({ name, site });
      if (v) push(v);
      else unknown = true;
      i += 1 + name.length;
      literalStart = i;
      continue;
    }
    i++;
  }
  if (unknown) return { value: null, references };
  const value = concatLocated(parts, input);
  return { value: unterminated ? markNoFix(value, UNTERMINATED) : value, references };
}

/**
 * One `${body}` with body s[from, to): a value to insert, '' for nothing, null when unknown, or
 * the offset its default starts at when that default is to be scanned in place.
 */
function braced(s: string, from: number, to: number, site: LocatedString, lookup: Lookup, references: Reference[], meter: Meter): LocatedString | number | '' | null {
  const name = nameAt(s, from);
  if (!name || from + name.length > to) return null;
  meter.steps += name.length;
  let at = from + name.length;
  let op = '';
  if (at < to) {
    const colon = s[at] === ':' ? 1 : 0;
    const sign = s[at + colon];
    if (at + colon >= to || (sign !== '-' && sign !== '?' && sign !== '+')) return null;
    op = s.slice(at, at + colon + 1);
    at += colon + 1;
  }
  references.push({ name, site });
  const set = lookup(name, site);
  const empty = !set || (op.startsWith(':') && set.value === '');
  switch (op) {
    case ':-':
    case '-':
      return (op === ':-' ? empty : !set) ? at : set!;
    case ':+':
    case '+':
      return (op === ':+' ? !empty : !!set) ? at : '';
    default:
      // `${VAR}`, `${VAR:?err}`, `${VAR?err}`: the value or nothing known.
      return set ?? null;
  }
}

/**
 * For each `{` of a `${`, the offset of its matching `}` (braces of any kind count, as Compose
 * counts them); none when it has none. One pass with a stack.
 */
function matchBraces(s: string, meter: Meter): number[] {
  // Sparse, and empty without a `{`: most values have none, and a typed array per value allocated its length.
  const close: number[] = [];
  const open: number[] = [];
  meter.steps += s.length;
  if (!s.includes('{')) return close;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x7b) open.push(i);
    else if (c === 0x7d && open.length) close[open.pop()!] = i;
  }
  return close;
}
