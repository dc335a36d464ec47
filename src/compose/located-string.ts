import type { SourceFile } from '../core/source.js';
import type { Range, ScalarNode } from '../parse/tree.js';

/** A run of a value's characters written side by side: value[at, at+length) is file.text[offset, …). */
export interface Span {
  at: number;
  length: number;
  file: SourceFile;
  offset: number;
  /** Why these characters are reported but never edited (an unclosed quote or `${`). */
  noFix?: string;
}

/**
 * A string value with where its characters are written, so a value assembled from
 * `${VAR:-default}` and `.env` lines can still be pointed at (and edited) exactly. Characters
 * outside every span (escapes, folded lines) are known only as part of `range`.
 */
export interface LocatedString {
  value: string;
  spans: Span[];
  /** Where the whole value is written, for when characters cannot be mapped one by one. */
  file: SourceFile;
  range: Range;
}

/** A value known only as a whole (an escaped or folded scalar, a quoted .env value with escapes). */
export function unlocated(file: SourceFile, value: string, range: Range): LocatedString {
  return { value, spans: [], file, range };
}

/**
 * Maps a scalar's characters to offsets where its source spells them verbatim: all of them when
 * there is no escape and no folding, else those before the first escape (`\`, `''`) or line
 * break. `from`: the value from that character on.
 */
export function locateScalar(file: SourceFile, node: ScalarNode, from = 0): LocatedString {
  const value = String(node.value ?? '');
  const [start, end] = node.range;
  const quoted = node.style === 'single' || node.style === 'double';
  const inner = start + (quoted ? 1 : 0);
  const written = file.text.slice(inner, end - (quoted ? 1 : 0));
  // A prefix for strings only: a number or boolean spelled otherwise (`1e3`, `0x10`) is not its text.
  if (node.style === 'block') {
    const whole: LocatedString = { value, spans: blockSpans(file, node, value), file, range: node.range };
    return from ? sliceLocated(whole, from, value.length) : whole;
  }
  const verbatim = written === value ? value.length : typeof node.value === 'string' ? verbatimPrefix(written, value, node.style === 'single') : 0;
  const whole: LocatedString = { value, spans: verbatim ? [{ at: 0, length: verbatim, file, offset: inner }] : [], file, range: node.range };
  return from ? sliceLocated(whole, from, value.length) : whole;
}

/**
 * A literal (`|`) or folded (`>`) block: each content line, without its indentation, is a span
 * of the value. Line breaks and folds between them are not spans (a fold is a space in the value
 * but a line break in the file), so only text within one line is located exactly — which is
 * what a model id or a setting is. A line maps only where the value holds exactly its text, a
 * separator or two after the previous one; anything else ends the mapping there.
 */
function blockSpans(file: SourceFile, node: ScalarNode, value: string): Span[] {
  const [start, end] = node.range;
  const headerEnd = file.text.indexOf('\n', start);
  if (headerEnd < 0 || headerEnd >= end) return [];
  const spans: Span[] = [];
  let indent = -1;
  let cursor = 0;
  let blanks = 0;
  for (let lineStart = headerEnd + 1; lineStart < end && cursor < value.length; ) {
    const nl = file.text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 || nl > end ? end : nl;
    const line = file.text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (line.trim() === '') blanks++;
    else {
      if (indent < 0) indent = line.length - line.trimStart().length;
      const text = line.slice(indent);
      // A line break or fold before this line, and one more per blank line.
      let at = -1;
      for (let c = cursor; c <= cursor + blanks + 1 && at < 0; c++) if (value.startsWith(text, c) && (spans.length === 0 || c > cursor)) at = c;
      if (at < 0) break;
      spans.push({ at, length: text.length, file, offset: lineStart + indent });
      cursor = at + text.length;
      blanks = 0;
    }
    lineStart = lineEnd + 1;
  }
  return spans;
}

/** How many leading characters `written` and `value` share before the first escape or line fold. */
function verbatimPrefix(written: string, value: string, single: boolean): number {
  let stop = written.search(single ? /[\\'\r\n]/ : /[\\\r\n]/);
  if (stop < 0) stop = written.length;
  // Folding trims the spaces before a line break.
  if (written[stop] === '\n' || written[stop] === '\r') while (stop > 0 && (written[stop - 1] === ' ' || written[stop - 1] === '\t')) stop--;
  return written.slice(0, stop) === value.slice(0, stop) ? stop : 0;
}

export function locatedText(file: SourceFile, value: string, start: number, range: Range): LocatedString {
  return { value, spans: value.length ? [{ at: 0, length: value.length, file, offset: start }] : [], file, range };
}

export function sliceLocated(s: LocatedString, start: number, end: number): LocatedString {
  const spans: Span[] = [];
  // Spans are in order: start at the first that ends after `start` (a value may have many).
  for (let k = firstEndingAfter(s.spans, start); k < s.spans.length && s.spans[k].at < end; k++) {
    const sp = s.spans[k];
    const a = Math.max(sp.at, start);
    const b = Math.min(sp.at + sp.length, end);
    if (b > a) spans.push({ ...sp, at: a - start, length: b - a, offset: sp.offset + (a - sp.at) });
  }
  return { value: s.value.slice(start, end), spans, file: s.file, range: s.range };
}

function firstEndingAfter(spans: Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].at + spans[mid].length <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The same value with every located character marked as reported-only, for `reason`. */
export function markNoFix(s: LocatedString, reason: string): LocatedString {
  return { ...s, spans: s.spans.map((sp) => ({ ...sp, noFix: sp.noFix ?? reason })) };
}

/** Joins parts; spans that continue each other in the same file become one. */
export function concatLocated(parts: LocatedString[], fallback: LocatedString): LocatedString {
  const spans: Span[] = [];
  let at = 0;
  for (const p of parts) {
    for (const sp of p.spans) {
      const last = spans[spans.length - 1];
      if (last && last.file === sp.file && last.noFix === sp.noFix && last.at + last.length === at + sp.at && last.offset + last.length === sp.offset) last.length += sp.length;
      else spans.push({ ...sp, at: at + sp.at });
    }
    at += p.value.length;
  }
  const value = parts.length === 1 ? parts[0].value : parts.map((p) => p.value).join('');
  return { value, spans, file: fallback.file, range: fallback.range };
}

/**
 * The exact written range of value[start, end), when those characters sit side by side in one
 * file; otherwise undefined (the caller reports the whole value instead and offers no fix).
 */
export function exactRange(s: LocatedString, start: number, end: number): { file: SourceFile; range: Range; noFix?: string } | undefined {
  if (end <= start) return undefined;
  const sp = s.spans[firstEndingAfter(s.spans, start)];
  if (!sp || sp.at > start || end > sp.at + sp.length) return undefined;
  const range: Range = [sp.offset + (start - sp.at), sp.offset + (end - sp.at)];
  return sp.noFix ? { file: sp.file, range, noFix: sp.noFix } : { file: sp.file, range };
}

/**
 * Exact range if the characters are contiguous, else where the value is written. `noFix`: why
 * those characters must not be edited, when they must not.
 */
export function reportRange(s: LocatedString, start = 0, end = s.value.length): { file: SourceFile; range: Range; exact: boolean; noFix?: string } {
  const exact = exactRange(s, start, end);
  if (exact) return { ...exact, exact: true };
  return { file: s.file, range: s.range, exact: false };
}
