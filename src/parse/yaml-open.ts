/**
 * The block collections the fast YAML path (yaml-block.ts) has open, and what it needs to know
 * about their last value to end them where yaml does.
 */
import type { MapEntry, MapNode, Range, SeqNode } from './tree.js';

export interface Awaiting {
  key: string;
  keyRange: Range;
  /** Where yaml places the empty value: after the colon and the spaces that follow it. */
  pos: number;
  /** A comment between the colon and the next item (it makes the empty value's end run to there). */
  comment: boolean;
  /** A comment on the key's own line. */
  lineComment: boolean;
  /** The blank and comment lines since the key's line (only a `---` needs them, see `markerEnd`). */
  lines: { eol: number; comment: boolean; column: number }[];
  /** `key: &name`: the collection on the next lines is anchored. */
  anchor?: string;
}

export interface Open {
  node: MapNode | SeqNode;
  /** Column of the keys or dashes. */
  indent: number;
  /** The map's explicit keys once it has many (a few are compared one by one). */
  keys?: Set<string>;
  /** A key whose line ended at its colon: its value is the next lines' collection, or null. */
  awaiting?: Awaiting;
  /** The entry whose value is the open child collection (its range ends when the child does). */
  openEntry?: MapEntry;
  /** yaml's end of the last value (range[2]): past its line's break and the comments it keeps. */
  lastEnd: number;
  anchored?: boolean;
}

/**
 * R3 at a `---` under an empty value of the root map: yaml gives the lines after the last comment
 * indented past column 0 (or after the key's line) but one to the next document, and the empty
 * value's end stops at that line's end; only a comment among the lines it keeps moves it there.
 */
export function markerEnd(a: Awaiting, marker: number): number {
  let reset = -1;
  for (let i = 0; i < a.lines.length; i++) if (a.lines[i].comment && a.lines[i].column > 0) reset = i;
  if (reset + 1 >= a.lines.length) return a.comment ? marker : a.pos;
  const kept = a.lines.slice(0, reset + 2);
  return a.lineComment || kept.some((l) => l.comment) ? kept[kept.length - 1].eol : a.pos;
}

/** Whether `key` is already an explicit key of the map `top` (merged keys do not count); records it. */
export function hasKey(top: Open, key: string): boolean {
  const entries = (top.node as MapNode).entries;
  if (top.keys) return top.keys.has(key) || !top.keys.add(key);
  if (entries.length < 16) {
    for (const e of entries) if (e.key === key && !e.mergedFrom) return true;
    return false;
  }
  top.keys = new Set(entries.filter((e) => !e.mergedFrom).map((e) => e.key));
  return top.keys.has(key) || !top.keys.add(key);
}

export function mapNode(start: number): MapNode {
  return { kind: 'map', entries: [], range: [start, start], flow: false };
}

export function seqNode(start: number): SeqNode {
  return { kind: 'seq', items: [], range: [start, start], flow: false };
}

export function open(node: MapNode | SeqNode, indent: number, start: number): Open {
  return { node, indent, lastEnd: start };
}
