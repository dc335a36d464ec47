import type { Range, ScalarStyle } from './tree.js';

export interface DotenvEntry {
  key: string;
  keyRange: Range;
  value: string;
  /** The written value, quotes included (empty range right after `=` for `KEY=`). */
  valueRange: Range;
  /** The value's characters without quotes: where a replacement goes. */
  innerRange: Range;
  style: ScalarStyle;
  line: number;
  /**
   * A quote opens the value and nothing closes it on its line (Compose rejects the file): the
   * value is the rest of the line as written, to report, never to fix.
   */
  unterminated?: boolean;
}

export interface DotenvFile {
  entries: DotenvEntry[];
}

// A byte-order mark before the first key counts as leading blank (editors on Windows write one).
const KEY = /^([\uFEFF \t]*(?:export[ \t]+)?)([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*/;

/** The `.env` dialect Compose reads: `KEY=value`, `export KEY=…`, quotes, `#` comments. Never throws. */
export function parseDotenv(text: string): DotenvFile {
  const entries: DotenvEntry[] = [];
  let offset = 0;
  let line = 0;
  while (offset <= text.length) {
    line++;
    const nl = text.indexOf('\n', offset);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(offset, end).replace(/\r$/, '');
    const m = raw.trimStart().startsWith('#') ? null : KEY.exec(raw);
    if (m) {
      const keyStart = offset + m[1].length;
      entries.push({ key: m[2], keyRange: [keyStart, keyStart + m[2].length], line, ...parseValue(raw.slice(m[0].length), offset + m[0].length) });
    }
    if (nl < 0) break;
    offset = nl + 1;
  }
  return { entries };
}

/** The value after `KEY=`: quoted (anything after the closing quote is ignored) or up to a ` #` comment. */
function parseValue(rest: string, start: number): Omit<DotenvEntry, 'key' | 'keyRange' | 'line'> {
  const q = rest[0];
  if (q === '"' || q === "'") {
    const close = findClose(rest, q);
    if (close > 0) {
      const inner = rest.slice(1, close);
      const value = q === '"' ? inner.replace(/\\(["\\$nrt])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c) : inner;
      return { value, valueRange: [start, start + close + 1], innerRange: [start + 1, start + close], style: q === '"' ? 'double' : 'single' };
    }
    // Read what follows the quote as an unquoted value: what the writer most likely meant.
    const value = unquoted(rest.slice(1));
    const style = q === '"' ? 'double' : 'single';
    return { value, valueRange: [start, start + 1 + value.length], innerRange: [start + 1, start + 1 + value.length], style, unterminated: true };
  }
  const value = unquoted(rest);
  return { value, valueRange: [start, start + value.length], innerRange: [start, start + value.length], style: 'plain' };
}

/** An unquoted value: up to an inline comment (` #`), without trailing blanks. */
function unquoted(rest: string): string {
  const m = /(^|[ \t])#/.exec(rest);
  return trimEndBlanks(m ? rest.slice(0, m.index) : rest);
}

/** Without trailing spaces and tabs. A loop: `/[ \t]+$/` is quadratic on blanks inside a value. */
function trimEndBlanks(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === ' ' || s[end - 1] === '\t')) end--;
  return s.slice(0, end);
}

function findClose(s: string, q: string): number {
  for (let i = 1; i < s.length; i++) {
    if (q === '"' && s[i] === '\\') {
      i++;
      continue;
    }
    if (s[i] === q) return i;
  }
  return -1;
}
