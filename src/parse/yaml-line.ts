/**
 * What one line of a block collection holds, for the fast YAML path (yaml-block.ts): a map
 * entry (`key: value`, `key:` ending the line, `<<: *a`) or a sequence item's value, each as
 * yaml reads it. Throws Unsupported for anything else.
 */
import type { LocatedNode, Range } from './tree.js';
import { nameAt, Unsupported } from './yaml-anchors.js';
import type { Anchors } from './yaml-anchors.js';
import { plainStart, plainValue, restIsComment, scalar, scanFlow, scanPlain, scanQuoted } from './yaml-scalar.js';
import type { Scanned } from './yaml-scalar.js';

/** yaml's limit on an implicit key's length. */
const MAX_KEY = 1024;
export const MAX_NODES = 100_000;

export const bail = (): never => {
  throw new Unsupported();
};

/** The line being read: the text, where its content ends (before CR LF), the document's anchors. */
export interface Line {
  text: string;
  eol: number;
  anchors: Anchors;
  count: { nodes: number };
}

export type EntryLine =
  | { kind: 'value'; key: string; keyRange: Range; value: LocatedNode }
  /** `key:` ends the line: `pos` is where yaml places an empty value (after the colon and its spaces). */
  | { kind: 'open'; key: string; keyRange: Range; pos: number; comment: boolean; anchor?: string }
  | { kind: 'merge'; sources: LocatedNode[] };

/** Whether an implicit key (`key:` followed by a space or the line's end) starts at `p`. */
export function isKey(line: Line, p: number): boolean {
  const { text, eol } = line;
  const colon = text.indexOf(':', p);
  if (colon < 0 || colon >= eol) return false; // most list items: no scan needed
  const ch = text[p];
  if (ch === '"' || ch === "'") {
    const q = scanQuoted(text, p, eol);
    return !!q && text[q.end] === ':' && (q.end + 1 === eol || text[q.end + 1] === ' ');
  }
  if (ch === '[' || ch === '{' || !plainStart(text, p, eol, false)) return false;
  return scanPlain(text, p, eol, false).stop === 'colon';
}

/** The map entry at `p`. */
export function readEntry(line: Line, p: number): EntryLine {
  const { text, eol } = line;
  let key: string;
  let keyEnd: number;
  const ch = text[p];
  if (ch === '"' || ch === "'") {
    const q = scanQuoted(text, p, eol) ?? bail();
    key = q.value;
    keyEnd = q.end;
  } else {
    if (ch === '[' || ch === '{' || !plainStart(text, p, eol, false)) bail();
    const s = scanPlain(text, p, eol, false);
    if (s.stop !== 'colon' || s.end !== s.at) bail();
    const source = text.slice(p, s.end);
    if (source === '<<') return { kind: 'merge', sources: mergeSources(line, s.end) };
    key = String(plainValue(source) ?? '');
    keyEnd = s.end;
  }
  if (text[keyEnd] !== ':' || (keyEnd + 1 !== eol && text[keyEnd + 1] !== ' ') || keyEnd - p > MAX_KEY) bail();
  const keyRange: Range = [p, keyEnd];
  let v = keyEnd + 1;
  while (v < eol && text.charCodeAt(v) === 32) v++;
  let anchor: string | undefined;
  if (text[v] === '&' && v < eol) {
    // `key: &name` ending the line anchors the collection below; otherwise readValue reads it.
    anchor = nameAt(text, v, eol);
    let w = v + 1 + anchor.length;
    while (w < eol && text.charCodeAt(w) === 32) w++;
    if (w === eol || (text[w] === '#' && w > v + 1 + anchor.length)) v = w;
    else anchor = undefined;
  }
  if (v === eol || text[v] === '#') {
    if (v < eol && v === keyEnd + 1) bail(); // `key:#`: a comment needs a space before it
    return { kind: 'open', key, keyRange, pos: v, comment: v < eol, ...(anchor ? { anchor } : {}) };
  }
  return { kind: 'value', key, keyRange, value: readValue(line, v).node };
}

/** `<<: *a` or `<<: [*a, *b]`, after the colon at `colon`, on one line. */
function mergeSources(line: Line, colon: number): LocatedNode[] {
  const { text, eol } = line;
  let p = colon + 1;
  if (text[p] !== ' ') bail();
  while (p < eol && text.charCodeAt(p) === 32) p++;
  const sources: LocatedNode[] = [];
  const alias = (at: number): number => {
    if (text[at] !== '*') bail();
    const name = nameAt(text, at, eol);
    const end = at + 1 + name.length;
    if (++line.count.nodes > MAX_NODES) bail();
    sources.push(line.anchors.alias(name, [at, end]));
    return end;
  };
  let end: number;
  if (text[p] !== '[') end = alias(p);
  else {
    for (end = p + 1; ; end++) {
      while (text.charCodeAt(end) === 32) end++;
      end = alias(end);
      while (text.charCodeAt(end) === 32) end++;
      if (text[end] === ']') break;
      if (text[end] !== ',') bail();
    }
    end++;
  }
  if (!restIsComment(text, end, eol)) bail();
  return sources;
}

/** A one-line value at `p` that ends its line (a comment may follow). */
export function readValue(line: Line, p: number): Scanned {
  const { text, eol } = line;
  const ch = text[p];
  if (ch === '*') {
    const name = nameAt(text, p, eol);
    const end = p + 1 + name.length;
    if (!restIsComment(text, end, eol)) bail();
    return { node: line.anchors.alias(name, [p, end]), end };
  }
  if (ch === '&') {
    // An anchored scalar or flow collection: a space, then the value itself.
    const name = nameAt(text, p, eol);
    let q = p + 1 + name.length;
    if (text[q] !== ' ') bail();
    while (q < eol && text.charCodeAt(q) === 32) q++;
    if (q === eol || '#&*!'.includes(text[q])) bail();
    const v = readValue(line, q);
    line.anchors.define(name, v.node, true);
    return v;
  }
  if (ch === '"' || ch === "'") {
    const q = scanQuoted(text, p, eol) ?? bail();
    if (!restIsComment(text, q.end, eol)) bail();
    return { node: scalar(q.value, ch === '"' ? 'double' : 'single', [p, q.end]), end: q.end };
  }
  if (ch === '[' || ch === '{') {
    const f = scanFlow(text, p, eol, 1, line.count) ?? bail();
    if (!restIsComment(text, f.end, eol)) bail();
    return f;
  }
  if (!plainStart(text, p, eol, false)) bail();
  const s = scanPlain(text, p, eol, false);
  if (s.stop === 'colon') bail(); // `a: b: c`, a compact nested map: an error in yaml
  return { node: scalar(plainValue(text.slice(p, s.end)), 'plain', [p, s.end]), end: s.end };
}
