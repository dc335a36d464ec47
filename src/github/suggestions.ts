import { codeFence } from './markdown.js';
/**
 * GitHub suggestions from fix edits. A suggestion replaces whole lines of the head file, so the
 * edits (string offsets into the original text) are widened to the smallest run of whole lines
 * they touch and applied to that slice, as reviewdog rebuilds column ranges into whole lines.
 */
import type { Finding, TextEdit } from '../core/finding.js';
import { suggestionPublishesSecret } from '../core/redact.js';
import { LineIndex } from '../core/source.js';

export interface Suggestion {
  path: string;
  /** 1-based, inclusive range of original lines the suggestion replaces. */
  startLine: number;
  endLine: number;
  /** Those lines as they are now, joined by `\n`, without the final line break. */
  original: string;
  /** What replaces them, joined by `\n`, without the final line break; `''` deletes the lines. */
  replacement: string;
}

interface Attempt {
  startLine: number;
  endLine: number;
}

function lineEnd(lines: LineIndex, line: number): number {
  return line < lines.lineCount ? lines.lineStart(line + 1) : lines.text.length;
}

const toLf = (s: string) => s.replace(/\r\n/g, '\n');

/**
 * Applies `edits` to lines [startLine, endLine] (including the last line's break). Valid when the
 * result still ends where the slice did: with a line break, or with nothing at all (the lines were
 * removed), or anywhere at the end of the file (GitHub keeps the file's final newline as it is).
 */
function attempt(lines: LineIndex, edits: TextEdit[], a: Attempt): { original: string; replacement: string } | undefined {
  const from = lines.lineStart(a.startLine);
  const to = lineEnd(lines, a.endLine);
  if (edits[0].start < from || edits[edits.length - 1].end > to) return undefined;
  const slice = lines.text.slice(from, to);
  let out = '';
  let pos = from;
  for (const e of edits) {
    out += lines.text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  out += lines.text.slice(pos, to);
  if (to < lines.text.length && out !== '' && !out.endsWith('\n')) return undefined;
  const clean = (s: string) => {
    const body = toLf(s).replace(/\n$/, '');
    return a.startLine === 1 ? body.replace(/^\uFEFF/, '') : body;
  };
  return { original: clean(slice), replacement: clean(out) };
}

/**
 * The suggestion for a set of edits to one file's original `text`, or undefined when the edits are
 * empty, overlap, fall outside the text, or target several files.
 *
 * - A replacement inside a line covers that line.
 * - An edit that ends at the start of a line (it removes or rewrites whole lines, line break
 *   included) stops on the line before: removing `read_only: true\n` replaces that one line with
 *   nothing.
 * - Inserting whole lines at the start of a line anchors on the line before and suggests it plus
 *   the new lines (a suggestion cannot add lines without replacing one); at line 1 it anchors on
 *   line 1 itself.
 * - Where a narrower range would leave a line break unbalanced, the range grows by a line.
 */
export function computeSuggestion(text: string, edits: TextEdit[]): Suggestion | undefined {
  if (!edits.length) return undefined;
  const path = edits[0].file;
  if (edits.some((e) => e.file !== path || e.start > e.end || e.start < 0 || e.end > text.length)) return undefined;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) if (sorted[i].start < sorted[i - 1].end) return undefined;
  if (sorted.every((e) => e.text === text.slice(e.start, e.end))) return undefined; // changes nothing
  const lines = new LineIndex(text);
  const lo = sorted[0].start;
  const hi = sorted[sorted.length - 1].end;
  const first = lines.position(lo);
  const last = lines.position(hi);
  // GitHub numbers the lines of the file; the empty "line" after a final newline is not one.
  const lastLine = Math.max(1, text.endsWith('\n') ? lines.lineCount - 1 : lines.lineCount);
  const tries: Attempt[] = [];
  if (last.column === 1 && last.line > 1) {
    // The range ends at a line start (whole lines rewritten or inserted): try the lines before it.
    tries.push({ startLine: Math.min(first.line, last.line - 1), endLine: last.line - 1 });
  }
  tries.push({ startLine: Math.min(first.line, lastLine), endLine: Math.min(last.line, lastLine) });
  for (const t of tries) {
    const r = attempt(lines, sorted, t);
    if (r) return { path, ...t, ...r };
  }
  // An edit that joins a line with the next: grow until the line breaks balance.
  const t = tries[tries.length - 1];
  for (let end = t.endLine + 1; end <= lastLine; end++) {
    const r = attempt(lines, sorted, { startLine: t.startLine, endLine: end });
    if (r) return { path, startLine: t.startLine, endLine: end, ...r };
  }
  return undefined;
}

/**
 * The suggestion for a finding's fix, computed on its file's original text. A suggestion quotes
 * whole lines; one that would publish a secret is not offered (redacting it would change the fix).
 */
export function suggestionFor(finding: Finding, text: string): Suggestion | undefined {
  const s = finding.fix ? computeSuggestion(text, finding.fix.edits) : undefined;
  return s && !suggestionPublishesSecret(text, s) ? s : undefined;
}

/** A suggestion block holding only the replacement lines, fenced so backticks inside cannot close it. */
export function suggestionBlock(replacement: string): string {
  return codeFence(replacement, 'suggestion');
}
