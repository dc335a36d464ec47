/**
 * Scalars and one-line flow collections for the fast YAML path (yaml-block.ts), read exactly as
 * the `yaml` library reads them (its lexer's plain-scalar ends, its core-schema tags, its escapes).
 * Every function returns undefined for anything it is not sure about; the caller then leaves the
 * whole file to the full parser, so a value is never read differently from it.
 */
import type { LocatedNode, MapNode, Range, ScalarNode, ScalarStyle, SeqNode } from './tree.js';

/** Flow collections nested deeper than this are left to the full parser (its stack decides). */
const MAX_FLOW_DEPTH = 32;

const SPACE = 32;
const HASH = 35;
const COLON = 58;

export function scalar(value: ScalarNode['value'], style: ScalarStyle, range: Range): ScalarNode {
  return { kind: 'scalar', value, style, range };
}

/** The core schema's tags, in the order yaml tests them, for a plain scalar's text. */
export function plainValue(s: string): string | number | boolean | null {
  if (s === '') return null;
  const c = s.charCodeAt(0);
  // Only these first characters can start a null, bool, int or float.
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70)) return s;
  if (/^(?:~|[Nn]ull|NULL)$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return s[0] === 't' || s[0] === 'T';
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}

/**
 * Whether a plain scalar may start at `p` (`inFlow`: inside [] or {}). Indicators, and the
 * characters yaml rejects or reads as something else, are refused.
 */
export function plainStart(text: string, p: number, eol: number, inFlow: boolean): boolean {
  const ch = text[p];
  if (ch === '-') {
    const n = p + 1 < eol ? text[p + 1] : ' ';
    return n !== ' ' && !(inFlow && ',[]{}'.includes(n));
  }
  return !',[]{}#&*!|>\'"%@`?:'.includes(ch);
}

export interface PlainEnd {
  /** End of the scalar's text (trailing spaces excluded). */
  end: number;
  /** Where scanning stopped: ':' (an implicit key ends there), '#' (a comment), or the line's end. */
  stop: 'colon' | 'comment' | 'eol' | 'flow';
  /** Offset of the stop: the colon, the space before '#', the flow indicator, or eol. */
  at: number;
}

/** Scans a one-line plain scalar from `p` as yaml's lexer does; in flow, `,[]{}` end it too. */
export function scanPlain(text: string, p: number, eol: number, inFlow: boolean): PlainEnd {
  let end = p;
  for (let i = p; i < eol; i++) {
    const c = text.charCodeAt(i);
    if (c === COLON) {
      const n = i + 1 < eol ? text[i + 1] : ' ';
      if (n === ' ' || (inFlow && ',[]{}'.includes(n))) return { end, stop: 'colon', at: i };
      end = i + 1;
    } else if (c === SPACE) {
      if (i + 1 < eol && text.charCodeAt(i + 1) === HASH) return { end, stop: 'comment', at: i };
    } else if (inFlow && (c === 44 || c === 91 || c === 93 || c === 123 || c === 125)) {
      return { end, stop: 'flow', at: i };
    } else {
      end = i + 1;
    }
  }
  return { end, stop: 'eol', at: eol };
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};

/** A quoted scalar that closes on its own line: its value and the offset after the closing quote. */
export function scanQuoted(text: string, p: number, eol: number): { value: string; end: number } | undefined {
  const q = text[p];
  if (q === "'") {
    for (let i = p + 1; i < eol; i++) {
      if (text[i] !== "'") continue;
      if (i + 1 < eol && text[i + 1] === "'") {
        i++;
        continue;
      }
      return { value: text.slice(p + 1, i).replace(/''/g, "'"), end: i + 1 };
    }
    return undefined;
  }
  // Runs between escapes are sliced whole: appending a character at a time made a string per character.
  let value = '';
  let run = p + 1;
  for (let i = p + 1; i < eol; i++) {
    const ch = text[i];
    if (ch === '"') return { value: value + text.slice(run, i), end: i + 1 };
    if (ch !== '\\') continue;
    value += text.slice(run, i);
    const next = text[++i];
    if (i >= eol) return undefined;
    const known = ESCAPES[next];
    if (known !== undefined) {
      value += known;
      run = i + 1;
      continue;
    }
    const length = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
    const hex = text.substr(i + 1, length);
    if (!length || i + length >= eol || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) return undefined;
    const code = parseInt(hex, 16);
    if (code > 0x10ffff) return undefined;
    value += String.fromCodePoint(code);
    i += length;
    run = i + 1;
  }
  return undefined;
}

export interface Scanned {
  node: LocatedNode;
  /** Offset after the node's text. */
  end: number;
}

function skipSpaces(text: string, i: number, eol: number): number {
  while (i < eol && text.charCodeAt(i) === SPACE) i++;
  return i;
}

/** A quoted or plain scalar in flow; `asKey`: it must end at `: `. */
function flowScalar(text: string, p: number, eol: number, asKey: boolean): Scanned | undefined {
  if (text[p] === '"' || text[p] === "'") {
    const q = scanQuoted(text, p, eol);
    if (!q) return undefined;
    return { node: scalar(q.value, text[p] === '"' ? 'double' : 'single', [p, q.end]), end: q.end };
  }
  if (!plainStart(text, p, eol, true)) return undefined;
  const s = scanPlain(text, p, eol, true);
  if (s.end === p || (s.stop === 'colon') !== asKey || s.stop === 'comment') return undefined;
  return { node: scalar(plainValue(text.slice(p, s.end)), 'plain', [p, s.end]), end: s.end };
}

function flowValue(text: string, p: number, eol: number, depth: number, count: { nodes: number }): Scanned | undefined {
  if (++count.nodes > 100_000) return undefined;
  const ch = text[p];
  if (ch === '[' || ch === '{') return scanFlow(text, p, eol, depth + 1, count);
  return flowScalar(text, p, eol, false);
}

/**
 * A flow collection that opens and closes on this line, of scalars and flow collections only:
 * `[a, "b", {k: v}]`. No trailing commas, empty entries, pairs in sequences or keys without `: `.
 */
export function scanFlow(text: string, p: number, eol: number, depth: number, count: { nodes: number }): Scanned | undefined {
  if (depth > MAX_FLOW_DEPTH) return undefined;
  const isMap = text[p] === '{';
  const close = isMap ? '}' : ']';
  let i = skipSpaces(text, p + 1, eol);
  const items: LocatedNode[] = [];
  const map: MapNode | undefined = isMap ? { kind: 'map', entries: [], range: [p, p], flow: true } : undefined;
  const keys = new Set<string>();
  if (text[i] !== close) {
    for (;;) {
      if (i >= eol) return undefined;
      if (map) {
        const k = flowScalar(text, i, eol, true);
        if (!k || text[k.end] !== ':' || text[k.end + 1] !== ' ') return undefined;
        const key = k.node as ScalarNode;
        const keyText = String(key.value ?? '');
        if (keys.has(keyText) || (key.style === 'plain' && keyText === '<<')) return undefined;
        keys.add(keyText);
        i = skipSpaces(text, k.end + 1, eol);
        const v = i < eol ? flowValue(text, i, eol, depth, count) : undefined;
        if (!v) return undefined;
        map.entries.push({ key: keyText, keyRange: key.range, value: v.node, range: [key.range[0], Math.max(key.range[1], v.node.range[1])] });
        i = v.end;
      } else {
        const v = flowValue(text, i, eol, depth, count);
        if (!v) return undefined;
        items.push(v.node);
        i = v.end;
      }
      i = skipSpaces(text, i, eol);
      if (text[i] === close && i < eol) break;
      if (text[i] !== ',' || i >= eol) return undefined;
      i = skipSpaces(text, i + 1, eol);
      if (text[i] === close || text[i] === ',') return undefined;
    }
  }
  const end = i + 1;
  if (map) {
    map.range[1] = end;
    return { node: map, end };
  }
  const seq: SeqNode = { kind: 'seq', items, range: [p, end], flow: true };
  return { node: seq, end };
}

/**
 * After a quoted scalar or a flow collection: only spaces, then the line's end or a comment
 * (yaml wants white space before `#`).
 */
export function restIsComment(text: string, i: number, eol: number): boolean {
  const j = skipSpaces(text, i, eol);
  return j === eol || (j > i && text.charCodeAt(j) === HASH);
}
