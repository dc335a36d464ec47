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
  }
  // Unquoted: an inline comment starts at ` #`.
  const m = /(^|[ \t])#/.exec(rest);
  const body = m ? rest.slice(0, m.index) : rest;
  const value = body.replace(/[ \t]+$/, '');
  return { value, valueRange: [start, start + value.length], innerRange: [start, start + value.length], style: 'plain' };
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
