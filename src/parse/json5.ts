import { parse, tokenize } from '@humanwhocodes/momoa';
import type { ParseFailure } from './yaml.js';
import type { LocatedDocument, LocatedNode, MapNode } from './tree.js';

export interface Json5ParseResult {
  documents: LocatedDocument[];
  error?: ParseFailure;
}

type MomoaNode = {
  type: string;
  value?: unknown;
  range?: [number, number];
  loc: { start: { offset: number }; end: { offset: number } };
  members?: Array<{ name: MomoaNode & { name?: string }; value: MomoaNode }>;
  elements?: Array<{ value: MomoaNode }>;
  name?: string;
};

function range(n: MomoaNode): [number, number] {
  return [n.loc.start.offset, n.loc.end.offset];
}

function convert(n: MomoaNode, text: string, depth: number): LocatedNode {
  if (depth > 5000) throw new RangeError('document is nested too deeply');
  switch (n.type) {
    case 'Object': {
      const map: MapNode = { kind: 'map', entries: [], range: range(n), flow: true };
      for (const m of n.members ?? []) {
        const key = m.name.type === 'Identifier' ? String(m.name.name) : String(m.name.value);
        const value = convert(m.value, text, depth + 1);
        map.entries.push({ key, keyRange: range(m.name), value, range: [range(m.name)[0], value.range[1]] });
      }
      return map;
    }
    case 'Array':
      return { kind: 'seq', items: (n.elements ?? []).map((e) => convert(e.value, text, depth + 1)), range: range(n), flow: true };
    case 'String': {
      const r = range(n);
      return { kind: 'scalar', value: String(n.value), style: text[r[0]] === "'" ? 'single' : 'double', range: r };
    }
    case 'Number':
    case 'Boolean':
      return { kind: 'scalar', value: n.value as number | boolean, style: 'plain', range: range(n) };
    case 'Null':
      return { kind: 'scalar', value: null, style: 'plain', range: range(n) };
    case 'Infinity':
    case 'NaN':
      return { kind: 'scalar', value: Number(n.type === 'NaN' ? NaN : Infinity), style: 'plain', range: range(n) };
    default:
      return { kind: 'scalar', value: null, style: 'plain', range: range(n) };
  }
}

export function parseJson5(text: string): Json5ParseResult {
  try {
    const ast = parse(text, { mode: 'json5', ranges: true, allowTrailingCommas: true }) as unknown as { body: MomoaNode };
    return { documents: [{ root: convert(ast.body, text, 0), index: 0 }] };
  } catch (e) {
    if (e instanceof RangeError) {
      // momoa parses recursively: deep nesting overflows the stack (or hits the depth cap in
      // `convert`). Report it at the deepest bracket rather than at the end of the file.
      const { offset, depth } = deepestBracket(text);
      return { documents: [], error: { message: `nesting is too deep to parse (${depth} levels)`, offset, endOffset: Math.min(text.length, offset + 1) } };
    }
    const err = e as Error & { offset?: number; index?: number; line?: number; column?: number };
    let offset = typeof err.offset === 'number' ? err.offset : typeof err.index === 'number' ? err.index : -1;
    if (offset < 0 && typeof err.line === 'number') offset = offsetOf(text, err.line, err.column ?? 1);
    if (offset < 0) offset = lastGoodOffset(text);
    return {
      documents: [],
      error: { message: err.message.replace(/\s*\(\d+:\d+\)\s*$/, ''), offset, endOffset: Math.min(text.length, offset + 1) },
    };
  }
}

function offsetOf(text: string, line: number, column: number): number {
  let o = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', o);
    if (nl < 0) return text.length;
    o = nl + 1;
  }
  return Math.min(text.length, o + column - 1);
}

/** When the parser gives no position, the tokenizer still reaches the first bad character. */
function lastGoodOffset(text: string): number {
  let last = 0;
  try {
    for (const t of tokenize(text, { mode: 'json5', ranges: true })) last = (t as { loc: { end: { offset: number } } }).loc.end.offset;
  } catch {
    /* stop at the failure */
  }
  return last;
}

/** The first `{` or `[` at the greatest nesting depth, by the (non-recursive) tokenizer. */
function deepestBracket(text: string): { offset: number; depth: number } {
  let depth = 0;
  let best = { offset: 0, depth: 0 };
  try {
    for (const t of tokenize(text, { mode: 'json5', ranges: true })) {
      const tok = t as { type: string; loc: { start: { offset: number } } };
      if (tok.type === 'LBrace' || tok.type === 'LBracket') {
        depth++;
        if (depth > best.depth) best = { offset: tok.loc.start.offset, depth };
      } else if (tok.type === 'RBrace' || tok.type === 'RBracket') depth--;
    }
  } catch {
    /* a syntax error past the nesting: what was seen so far locates it */
  }
  return best;
}
