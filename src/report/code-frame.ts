/** The source excerpt under a stylish finding: the reported line with a `^~~~` underline. */
import type { Location } from '../core/finding.js';
import { redactLine } from '../core/redact.js';
import type { SourceFile } from '../core/source.js';
import { layoutLine, type AnsiStyle, type Paint } from './terminal-text.js';

/** Source cells shown per frame line; longer lines are clipped around the reported column. */
export const MAX_FRAME_CELLS = 100;
/** Cells kept before the reported column when a long line is clipped. */
const CELLS_BEFORE_COLUMN = 30;
const ELLIPSIS = '…';

interface FrameLayout {
  /** The (possibly clipped) source line as printed. */
  text: string;
  /** Cells before the underline. */
  underlineStart: number;
  /** Cells underlined; at least 1. */
  underlineWidth: number;
}

/**
 * Place [startIndex, endIndex) of `line` (UTF-16 offsets) on screen. A range reaching past the
 * line (multi-line findings) is cut at the end of the line; a long line is clipped to a window
 * of MAX_FRAME_CELLS around the start, marked with `…` on the clipped sides.
 */
export function layoutFrame(line: string, startIndex: number, endIndex: number): FrameLayout {
  const units = layoutLine(line);
  const start = Math.max(0, Math.min(startIndex, units.length));
  const end = Math.max(start, Math.min(endIndex, units.length));
  const cellAt: number[] = [0];
  for (const unit of units) cellAt.push(cellAt[cellAt.length - 1] + unit.width);
  const totalCells = cellAt[units.length];
  const startCell = cellAt[start];
  const endCell = cellAt[end];

  if (totalCells <= MAX_FRAME_CELLS) {
    return {
      text: units.map((u) => u.text).join(''),
      underlineStart: startCell,
      underlineWidth: Math.max(1, endCell - startCell),
    };
  }

  const windowStart = Math.max(0, Math.min(startCell - CELLS_BEFORE_COLUMN, totalCells - MAX_FRAME_CELLS));
  const windowEnd = windowStart + MAX_FRAME_CELLS;
  // Whole units only: a wide character straddling the window edge is left out.
  let first = 0;
  while (first < units.length && cellAt[first] < windowStart) first++;
  let last = first;
  while (last < units.length && cellAt[last + 1] <= windowEnd) last++;
  const prefix = first > 0 ? ELLIPSIS : '';
  const suffix = last < units.length ? ELLIPSIS : '';
  const shownEndCell = cellAt[last];
  const underlineEndCell = Math.min(endCell, shownEndCell);
  return {
    text: prefix + units.slice(first, last).map((u) => u.text).join('') + suffix,
    underlineStart: prefix.length + Math.max(0, startCell - cellAt[first]),
    underlineWidth: Math.max(1, underlineEndCell - startCell),
  };
}

/**
 * Two lines: `  12 | <source line>` and `     | ^~~~`. Empty when the file's text is unknown
 * or the location lies outside it. Secrets on the line are redacted (judged with the whole
 * file, so a block scalar's lines are too); the underline follows the redacted text.
 */
export function codeFrame(source: SourceFile | undefined, loc: Location, paint: Paint, style: AnsiStyle): string[] {
  if (!source || loc.line < 1 || loc.line > source.lines.lineCount) return [];
  const raw = source.lines.lineText(loc.line);
  const from = source.lines.lineStart(loc.line);
  const line = redactLine(source.text, from, from + raw.length);
  const endIndex = loc.endLine === loc.line ? loc.endColumn - 1 : raw.length;
  const frame = layoutFrame(line.text, line.map(loc.column - 1), line.map(endIndex, true));
  const lineNumber = String(loc.line);
  const gutter = paint('dim', `  ${lineNumber} |`);
  const emptyGutter = paint('dim', `  ${' '.repeat(lineNumber.length)} |`);
  const underline = '^' + '~'.repeat(frame.underlineWidth - 1);
  return [
    frame.text === '' ? gutter : `${gutter} ${frame.text}`,
    `${emptyGutter} ${' '.repeat(frame.underlineStart)}${paint(style, underline)}`,
  ];
}
