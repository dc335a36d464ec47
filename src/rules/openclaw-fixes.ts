/**
 * Fixes for banned models in places where renaming in place would change what OpenClaw does:
 * a `models` map key (JSON5 keeps the last of two equal keys, so an alias would be lost) and a
 * provider catalog entry (OpenClaw keeps the first of two equal ids, so the replacement would get
 * the banned model's settings). Where the replacement is already there, the banned entry is
 * merged into it or removed instead.
 */
import type { Fix, TextEdit } from '../core/finding.js';
import type { SourceFile } from '../core/source.js';
import type { MapEntry, MapNode, SeqNode } from '../parse/tree.js';
import { effectiveEntries, fileOf, get } from '../parse/tree.js';
import { removeEntry, removeItem } from './edits.js';

/** A ref key as OpenClaw compares them: trimmed, provider lowercased. */
export function refKey(raw: string): string {
  const v = raw.trim();
  const slash = v.indexOf('/');
  return slash > 0 ? `${v.slice(0, slash).toLowerCase()}/${v.slice(slash + 1)}` : v;
}

export type KeyFix = { kind: 'rename' } | { kind: 'edits'; fix: Fix } | { kind: 'none'; why: string };

/**
 * How to fix the banned key of `entry` in a `models` map when its fixed key would be `newKey`:
 * rename it when no entry has that key yet; otherwise remove it when it holds no settings (or
 * the same ones), move its settings into an empty existing entry, and leave anything else to a
 * person (the two entries' settings would have to be merged by hand).
 */
export function modelsMapKeyFix(file: SourceFile, map: MapNode, entry: MapEntry, newKey: string, description: string): KeyFix {
  const target = refKey(newKey);
  const existing = effectiveEntries(map).find((e) => e !== entry && refKey(e.key) === target);
  if (!existing) return { kind: 'rename' };
  const own = fileOf(entry, file);
  if (fileOf(existing, file) !== own || fileOf(map, file) !== own) return { kind: 'none', why: `${newKey} is already listed in another file; merge the two entries by hand` };
  const remove = removeEntry(own, map, entry);
  if (!remove) return { kind: 'none', why: `${newKey} is already listed; merge the two entries by hand` };
  const settings = entry.value;
  const hasNone = settings.kind !== 'map' || settings.entries.length === 0;
  const sameText = textOf(own, settings) === textOf(own, existing.value);
  if (hasNone || sameText) return { kind: 'edits', fix: { description: `${description} (remove it: ${newKey} is already listed)`, edits: [remove] } };
  if (existing.value.kind === 'map' && existing.value.entries.length === 0) {
    const move: TextEdit = { file: own.path, start: existing.value.range[0], end: existing.value.range[1], text: textOf(own, settings) };
    return { kind: 'edits', fix: { description: `${description} (move its settings to the existing ${newKey} entry)`, edits: ordered([move, remove]) } };
  }
  return { kind: 'none', why: `${newKey} is already listed with settings of its own; merge the two entries by hand` };
}

/**
 * How to fix the banned id of item `index` in a provider's catalog when its fixed id would be
 * `newId` (the ids `fixedIds` gives for each item once banned ones are fixed): rename the first
 * item that would carry it when no item has it yet; remove every other one.
 */
export function catalogEntryFix(file: SourceFile, catalog: SeqNode, index: number, fixedIds: Array<string | undefined>, description: string): KeyFix {
  const newId = fixedIds[index];
  const first = fixedIds.findIndex((id) => id === newId);
  const writtenId = (i: number): string | undefined => {
    const item = catalog.items[i];
    const id = item?.kind === 'map' ? get(item, 'id') : undefined;
    return id?.kind === 'scalar' && typeof id.value === 'string' ? id.value : undefined;
  };
  // Another item already has the id (unchanged), or an earlier banned item becomes it.
  const taken = fixedIds.some((id, i) => i !== index && id === newId && writtenId(i) === newId) || first < index;
  if (!taken) return { kind: 'rename' };
  const own = fileOf(catalog.items[index], file);
  if (fileOf(catalog, file) !== own) return { kind: 'none', why: `${newId} is already in this catalog; remove the entry by hand` };
  const remove = removeItem(own, catalog, index);
  if (!remove) return { kind: 'none', why: `${newId} is already in this catalog; remove the entry by hand` };
  return { kind: 'edits', fix: { description: `${description} (remove the entry: ${newId} is already in this catalog)`, edits: [remove] } };
}

function textOf(file: SourceFile, node: { range: [number, number] }): string {
  return file.text.slice(node.range[0], node.range[1]);
}

function ordered(edits: TextEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => a.start - b.start);
}
