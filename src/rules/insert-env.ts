import type { TextEdit } from '../core/finding.js';
import type { SourceFile } from '../core/source.js';
import type { ServiceDefinition } from '../compose/project.js';
import type { LocatedNode, MapEntry, MapNode, SeqNode } from '../parse/tree.js';
import { entry } from '../parse/tree.js';

const written = (map: MapNode): MapEntry[] => map.entries.filter((e) => !e.mergedFrom);

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Inserts `line` (already indented) as a new line after the line holding `offset`. */
function insertLineAfter(file: SourceFile, offset: number, line: string): TextEdit {
  const text = file.text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // Block scalars end after their own line break: the line they end on is the one before.
  const from = text[offset - 1] === '\n' ? offset - 1 : offset;
  const nl = text.indexOf('\n', from);
  if (nl < 0) return { file: file.path, start: text.length, end: text.length, text: eol + line };
  return { file: file.path, start: nl + 1, end: nl + 1, text: line + eol };
}

/** The whitespace before a block entry's key, if the key starts its line. */
function indentOf(text: string, keyStart: number): string | undefined {
  const before = text.slice(lineStartOf(text, keyStart), keyStart);
  return /^[ \t]*$/.test(before) ? before : undefined;
}

function intoMap(file: SourceFile, map: MapNode, pair: string): TextEdit | undefined {
  const entries = written(map);
  if (map.flow) {
    if (!entries.length) return map.range[1] - map.range[0] >= 2 ? { file: file.path, start: map.range[0] + 1, end: map.range[0] + 1, text: pair } : undefined;
    const last = entries.reduce((a, b) => (b.range[1] > a.range[1] ? b : a));
    return { file: file.path, start: last.range[1], end: last.range[1], text: `, ${pair}` };
  }
  if (!entries.length) return undefined;
  const indent = indentOf(file.text, entries[0].keyRange[0]);
  if (indent === undefined) return undefined;
  const last = entries.reduce((a, b) => (b.range[1] > a.range[1] ? b : a));
  return insertLineAfter(file, last.range[1], indent + pair);
}

function intoSeq(file: SourceFile, seq: SeqNode, item: string): TextEdit | undefined {
  const last = seq.items[seq.items.length - 1];
  const quote = last?.kind === 'scalar' ? (last.style === 'double' ? '"' : last.style === 'single' ? "'" : '') : '';
  const written = `${quote}${item}${quote}`;
  if (seq.flow) {
    if (!last) return seq.range[1] - seq.range[0] >= 2 ? { file: file.path, start: seq.range[0] + 1, end: seq.range[0] + 1, text: written } : undefined;
    return { file: file.path, start: last.range[1], end: last.range[1], text: `, ${written}` };
  }
  if (!last) return undefined;
  const prefix = file.text.slice(lineStartOf(file.text, last.range[0]), last.range[0]);
  if (!/^[ \t]*-[ \t]+$/.test(prefix)) return undefined;
  return insertLineAfter(file, last.range[1], prefix + written);
}

/**
 * An edit that sets `name` to `value` in a service's `environment:`, in the style already used
 * there (map or list, block or flow, quoting, indentation, line endings); it adds `environment:`
 * when the service has none. Undefined when the place to write is shared (an alias) or unclear.
 */
export function insertEnvVar(all: ServiceDefinition[], name: string, value: string): TextEdit | undefined {
  // Never into a service this one extends: that service (or its other users) would change too.
  const defs = all.filter((d) => !d.extendedAt);
  const withEnv = defs.find((d) => entry(d.node, 'environment'));
  if (withEnv) {
    const e = entry(withEnv.node, 'environment')!;
    const env: LocatedNode = e.value;
    if (e.mergedFrom || env.via) return undefined;
    if (env.kind === 'map') return intoMap(withEnv.file, env, `${name}: "${value}"`);
    if (env.kind === 'seq') return intoSeq(withEnv.file, env, `${name}=${value}`);
    return undefined;
  }
  const def = defs[0];
  const { file, node } = def;
  if (node.via) return undefined;
  if (node.flow) return intoMap(file, node, `environment: {${name}: "${value}"}`);
  const entries = written(node);
  if (!entries.length) return undefined;
  const indent = indentOf(file.text, entries[0].keyRange[0]);
  const parent = indentOf(file.text, def.keyRange[0]);
  if (indent === undefined || parent === undefined) return undefined;
  const unit = indent.length > parent.length ? indent.slice(parent.length) : '  ';
  const eol = file.text.includes('\r\n') ? '\r\n' : '\n';
  const last = entries.reduce((a, b) => (b.range[1] > a.range[1] ? b : a));
  return insertLineAfter(file, last.range[1], `${indent}environment:${eol}${indent}${unit}${name}: "${value}"`);
}
