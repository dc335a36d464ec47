import type { SourceFile } from '../core/source.js';
import type { Range, ScalarNode } from '../parse/tree.js';

/** Where one character of a computed value is written, if it is written verbatim somewhere. */
export type CharOrigin = { file: SourceFile; offset: number } | null;

/**
 * A string value together with the source position of each of its characters, so a value
 * assembled from `${VAR:-default}` and `.env` lines can still be pointed at (and edited) exactly.
 */
export interface LocatedString {
  value: string;
  chars: CharOrigin[];
  /** Where the whole value is written, for when characters cannot be mapped one by one. */
  file: SourceFile;
  range: Range;
}

/** Maps a scalar's characters to offsets when its source spells them verbatim (no escapes, no folding). */
export function locateScalar(file: SourceFile, node: ScalarNode, from = 0): LocatedString {
  const value = String(node.value ?? '');
  const [start, end] = node.range;
  const raw = file.text.slice(start, end);
  const quoted = node.style === 'single' || node.style === 'double';
  const inner = quoted ? raw.slice(1, -1) : raw;
  const verbatim = node.style !== 'block' && inner === value;
  const base = start + (quoted ? 1 : 0);
  const chars: CharOrigin[] = [];
  for (let i = from; i < value.length; i++) chars.push(verbatim ? { file, offset: base + i } : null);
  return { value: value.slice(from), chars, file, range: node.range };
}

export function locatedText(file: SourceFile, value: string, start: number, range: Range): LocatedString {
  return { value, chars: [...value].map((_, i) => ({ file, offset: start + i })), file, range };
}

export function sliceLocated(s: LocatedString, start: number, end: number): LocatedString {
  return { value: s.value.slice(start, end), chars: s.chars.slice(start, end), file: s.file, range: s.range };
}

export function concatLocated(parts: LocatedString[], fallback: LocatedString): LocatedString {
  return {
    value: parts.map((p) => p.value).join(''),
    chars: parts.flatMap((p) => p.chars),
    file: fallback.file,
    range: fallback.range,
  };
}

/**
 * The exact written range of value[start, end), when those characters sit side by side in one
 * file; otherwise undefined (the caller reports the whole value instead and offers no fix).
 */
export function exactRange(s: LocatedString, start: number, end: number): { file: SourceFile; range: Range } | undefined {
  if (end <= start) return undefined;
  const first = s.chars[start];
  if (!first) return undefined;
  for (let i = start + 1; i < end; i++) {
    const c = s.chars[i];
    if (!c || c.file !== first.file || c.offset !== first.offset + (i - start)) return undefined;
  }
  return { file: first.file, range: [first.offset, first.offset + (end - start)] };
}

/** Exact range if the characters are contiguous, else where the value is written. */
export function reportRange(s: LocatedString, start = 0, end = s.value.length): { file: SourceFile; range: Range; exact: boolean } {
  const exact = exactRange(s, start, end);
  if (exact) return { ...exact, exact: true };
  return { file: s.file, range: s.range, exact: false };
}
