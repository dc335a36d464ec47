/**
 * Text helpers for terminal output: ANSI colour, escaping of control characters taken from
 * scanned files, and display widths (tabs, wide and zero-width characters).
 */

export type AnsiStyle = 'red' | 'yellow' | 'cyan' | 'green' | 'dim' | 'bold' | 'underline';

const ANSI_OPEN: Record<AnsiStyle, string> = {
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  cyan: '\u001b[36m',
  green: '\u001b[32m',
  dim: '\u001b[2m',
  bold: '\u001b[1m',
  underline: '\u001b[4m',
};
const ANSI_CLOSE: Record<AnsiStyle, string> = {
  red: '\u001b[39m',
  yellow: '\u001b[39m',
  cyan: '\u001b[39m',
  green: '\u001b[39m',
  dim: '\u001b[22m',
  bold: '\u001b[22m',
  underline: '\u001b[24m',
};

/** A painter that wraps text in ANSI codes, or returns it unchanged when colour is off. */
export type Paint = (style: AnsiStyle, text: string) => string;

export function painter(color: boolean): Paint {
  if (!color) return (_style, text) => text;
  return (style, text) => (text === '' ? '' : `${ANSI_OPEN[style]}${text}${ANSI_CLOSE[style]}`);
}

/**
 * Characters a terminal would act on rather than print: C0 (except tab, which callers expand),
 * DEL, C1, and the bidirectional overrides/isolates used in "Trojan source" tricks.
 */
function isUnsafeCodePoint(cp: number): boolean {
  return (
    (cp < 0x20 && cp !== 0x09) ||
    (cp >= 0x7f && cp <= 0x9f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0x2028 ||
    cp === 0x2029
  );
}

export function escapeCodePoint(cp: number): string {
  return cp <= 0xff ? `\\x${cp.toString(16).toUpperCase().padStart(2, '0')}` : `\\u{${cp.toString(16).toUpperCase()}}`;
}

/**
 * Make one line of untrusted text safe to print: tabs and control characters become visible
 * escapes. `keepTabs` leaves tabs as they are (a diff must show the file's own whitespace).
 */
export function escapeControl(text: string, keepTabs = false): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    out += cp === 0x09 ? (keepTabs ? ch : '\\t') : isUnsafeCodePoint(cp) ? escapeCodePoint(cp) : ch;
  }
  return out;
}

/**
 * Untrusted multi-line text (a diff of a scanned file) made safe to print line by line: what
 * stylish escapes is escaped here too; tabs and a CR that ends a line stay, so CRLF files read
 * as they are and a clean diff is still a valid patch.
 */
export function escapeControlLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.endsWith('\r') ? `${escapeControl(line.slice(0, -1), true)}\r` : escapeControl(line, true)))
    .join('\n');
}

/** Terminal cells a code point occupies: 0 for combining marks, 2 for East Asian wide and emoji. */
export function codePointWidth(cp: number): number {
  if (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff
  ) {
    return 0;
  }
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/** One UTF-16 code unit of a source line as it will be printed. */
export interface DisplayUnit {
  /** What to print for this code unit ('' for the low half of a surrogate pair). */
  text: string;
  /** Terminal cells it occupies. */
  width: number;
}

export const TAB_WIDTH = 4;

/**
 * Lay out a source line code unit by code unit (our columns are UTF-16 offsets), expanding
 * tabs to the next tab stop and escaping control characters, so a column maps to a cell.
 */
export function layoutLine(line: string): DisplayUnit[] {
  const units: DisplayUnit[] = [];
  let cell = 0;
  for (let i = 0; i < line.length; i++) {
    const cp = line.codePointAt(i)!;
    let unit: DisplayUnit;
    if (cp === 0x09) {
      const width = TAB_WIDTH - (cell % TAB_WIDTH);
      unit = { text: ' '.repeat(width), width };
    } else if (isUnsafeCodePoint(cp)) {
      const text = escapeCodePoint(cp);
      unit = { text, width: text.length };
    } else {
      const text = String.fromCodePoint(cp);
      unit = { text, width: codePointWidth(cp) };
    }
    units.push(unit);
    cell += unit.width;
    if (cp > 0xffff) {
      units.push({ text: '', width: 0 });
      i++;
    }
  }
  return units;
}
