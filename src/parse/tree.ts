/**
 * A located tree shared by YAML and JSON5: every node keeps the offsets where it is written,
 * so schemas and rules can point at exact lines without knowing which parser made it.
 */
import type { SourceFile } from '../core/source.js';

export type Range = [number, number];

/**
 * Set on nodes (and entries) that an openclaw `$include` brought in from another file: their
 * ranges are offsets in that file. Absent: the node is written in the document's own file.
 */
interface FromFile {
  source?: SourceFile;
}

/**
 * A node's explicit YAML tag when it is not one of YAML's own (`!!str`…): Compose's merge tags
 * `!reset` (drop what the files before defined) and `!override` (replace it instead of merging).
 */
interface Tagged {
  tag?: string;
}

export type ScalarStyle = 'plain' | 'single' | 'double' | 'block';

export interface ScalarNode extends FromFile, Tagged {
  kind: 'scalar';
  value: string | number | boolean | null;
  style: ScalarStyle;
  /** Where the scalar is written (quotes included, trailing comment excluded). */
  range: Range;
  /** Set when the node was reached through a YAML alias: where that alias is written. */
  via?: Range;
}

export interface MapEntry extends FromFile {
  key: string;
  keyRange: Range;
  value: LocatedNode;
  /** Offsets of the whole entry: key start to value end. */
  range: Range;
  /** Set when the entry came from a merge key (`<<: *anchor`): where that alias is written. */
  mergedFrom?: Range;
}

export interface MapNode extends FromFile, Tagged {
  kind: 'map';
  entries: MapEntry[];
  range: Range;
  flow: boolean;
  via?: Range;
}

export interface SeqNode extends FromFile, Tagged {
  kind: 'seq';
  items: LocatedNode[];
  range: Range;
  flow: boolean;
  via?: Range;
}

export type LocatedNode = ScalarNode | MapNode | SeqNode;

/** A YAML anchor (`&name`) and the aliases (`*name`) that use it. */
export interface AnchorUse {
  name: string;
  /** The anchored node, where its value is written. */
  range: Range;
  aliases: Range[];
}

/** One parsed document (a YAML file may hold several). */
export interface LocatedDocument {
  root: LocatedNode | null;
  index: number;
  anchors?: AnchorUse[];
}

/** The file a node or entry is written in: its `source`, else the document's own file. */
export function fileOf(node: FromFile, documentFile: SourceFile): SourceFile {
  return node.source ?? documentFile;
}

export function get(node: LocatedNode | null | undefined, key: string): LocatedNode | undefined {
  return entry(node, key)?.value;
}

/** The entry a loader keeps for `key`: the last explicit one, else the first merged one. */
export function entry(node: LocatedNode | null | undefined, key: string): MapEntry | undefined {
  if (!node || node.kind !== 'map') return undefined;
  // One pass from the end: the first explicit match wins; else the merged match nearest the start.
  let merged: MapEntry | undefined;
  for (let i = node.entries.length - 1; i >= 0; i--) {
    const e = node.entries[i];
    if (e.key !== key) continue;
    if (!e.mergedFrom) return e;
    merged = e;
  }
  return merged;
}

/**
 * The entries a loader would keep, in source order: explicit keys first (the last of a repeated
 * key), then merged keys not already present. Most maps have neither: they come back as they are.
 */
export function effectiveEntries(node: MapNode): readonly MapEntry[] {
  if (isPlain(node.entries)) return node.entries;
  const seen = new Set<string>();
  const out: MapEntry[] = [];
  for (let i = node.entries.length - 1; i >= 0; i--) {
    const e = node.entries[i];
    if (e.mergedFrom || seen.has(e.key)) continue;
    seen.add(e.key);
    out.push(e);
  }
  for (const e of node.entries) {
    if (!e.mergedFrom || seen.has(e.key)) continue;
    seen.add(e.key);
    out.push(e);
  }
  return out.sort((a, b) => a.range[0] - b.range[0]);
}

/**
 * `<<: *a` or `<<: [*a, *b]` into `map`, for both YAML readers: earlier sources win, keys the map
 * writes itself win over all (applied by `effectiveEntries`), and only maps merge. Each entry
 * keeps where it came from (`mergedFrom`: the alias, or the inline map).
 */
export function mergeInto(map: MapNode, sources: ReadonlyArray<LocatedNode | null | undefined>): void {
  const seen = new Set(map.entries.filter((e) => e.mergedFrom).map((e) => e.key));
  for (const resolved of sources) {
    if (!resolved || resolved.kind !== 'map') continue;
    const site: Range = resolved.via ?? resolved.range;
    // As the merged map reads: its own keys over what it merged itself (`<<: *base` then `image:`).
    for (const e of effectiveEntries(resolved)) {
      if (seen.has(e.key)) continue;
      seen.add(e.key);
      map.entries.push({ ...e, mergedFrom: e.mergedFrom ?? site });
    }
  }
}

/** No merged entry and no key twice. Called for every map, many times: small maps allocate nothing. */
function isPlain(entries: readonly MapEntry[]): boolean {
  if (entries.length > 16) {
    const seen = new Set<string>();
    for (const e of entries) {
      if (e.mergedFrom || seen.has(e.key)) return false;
      seen.add(e.key);
    }
    return true;
  }
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.mergedFrom) return false;
    for (let j = 0; j < i; j++) if (entries[j].key === e.key) return false;
  }
  return true;
}

export function getPath(node: LocatedNode | null | undefined, path: string[]): LocatedNode | undefined {
  let cur: LocatedNode | undefined = node ?? undefined;
  for (const k of path) cur = get(cur, k);
  return cur;
}

export function isScalar(n: LocatedNode | undefined): n is ScalarNode {
  return n?.kind === 'scalar';
}


const entryIndexes = new WeakMap<MapNode, Map<string, MapEntry>>();

/** A map's effective entries by key, built once per map: schema problems look keys up by the thousand. */
function entryIndex(node: MapNode): Map<string, MapEntry> {
  let index = entryIndexes.get(node);
  if (!index) entryIndexes.set(node, (index = new Map(effectiveEntries(node).map((e) => [e.key, e]))));
  return index;
}

/** Follow a JSON-pointer-like path (ajv's instancePath segments) to the deepest node that exists. */
export function nodeAtPath(
  root: LocatedNode | null,
  segments: string[],
): { node: LocatedNode | null; entry?: MapEntry; matched: number } {
  let cur: LocatedNode | null = root;
  let lastEntry: MapEntry | undefined;
  let matched = 0;
  for (const seg of segments) {
    if (!cur) break;
    if (cur.kind === 'map') {
      const e = entryIndex(cur).get(seg);
      if (!e) break;
      lastEntry = e;
      cur = e.value;
    } else if (cur.kind === 'seq') {
      const i = Number(seg);
      if (!Number.isInteger(i) || !cur.items[i]) break;
      lastEntry = undefined;
      cur = cur.items[i];
    } else break;
    matched++;
  }
  return { node: cur, entry: lastEntry, matched };
}
