/**
 * OpenClaw's `$include`, as OpenClaw 2026.9 resolves it: a map holding `$include` is replaced
 * by the named file (a list of files is deep-merged in order, later wins); sibling keys are
 * merged over it; paths are relative to the including file and must stay inside the top
 * config's folder; at most 10 levels; a cycle is an error. Anywhere a value stands: the root, a
 * map value, one array entry. Pure: files come from `load`, which the caller fills beforehand.
 */
import { posix } from 'node:path';
import type { SourceFile } from '../core/source.js';
import type { RuleFinding } from '../rules/types.js';
import type { LocatedNode, MapEntry, MapNode, Range, ScalarNode } from '../parse/tree.js';
import { effectiveEntries, fileOf } from '../parse/tree.js';
import type { IncludeSite, OpenclawDocument } from './document.js';

export const INCLUDE_KEY = '$include';
/** OpenClaw refuses a deeper chain of includes. */
export const MAX_INCLUDE_DEPTH = 10;
/**
 * Includes followed per config at most. Each level may name a file many times, so a crafted
 * config could otherwise ask for (names per level)^10 loads; real configs use a handful.
 */
export const MAX_INCLUDE_LOADS = 1000;
/** Keys OpenClaw's merge never copies (prototype pollution guards). */
const BLOCKED_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** What the caller knows of an included path (relative to the scan root). */
export type IncludedFile =
  | { file: SourceFile; root: LocatedNode | null }
  /** Not read: missing, refused by the guarded reader, or unparseable (reported elsewhere). */
  | { unavailable: 'missing' | 'refused' | 'unparseable' };

export type IncludeLoader = (path: string) => IncludedFile | undefined;

export interface ResolvedOpenclaw {
  document: OpenclawDocument;
  /** Directives OpenClaw would refuse, as findings at the directive. */
  problems: RuleFinding[];
  /** Paths asked of `load` that it did not know (the caller reads them and resolves again). */
  unknown: string[];
}

/** Sets `source` on every node and entry of an included file's tree, once. */
export function markSource(node: LocatedNode | null, file: SourceFile): void {
  if (!node || node.source) return;
  node.source = file;
  if (node.kind === 'map') {
    for (const e of node.entries) {
      e.source = file;
      markSource(e.value, file);
    }
  } else if (node.kind === 'seq') for (const item of node.items) markSource(item, file);
}

/** The directive's paths relative to the scan root, without reading anything (for discovery). */
export function includeTargets(file: SourceFile, root: LocatedNode | null): string[] {
  return includeSites(file, root).map((s) => s.path);
}

/** Every `$include` path written in one file's own tree, with where it is written. */
export function includeSites(file: SourceFile, root: LocatedNode | null): IncludeSite[] {
  const out: IncludeSite[] = [];
  const walk = (n: LocatedNode | null, depth: number): void => {
    if (!n || depth > 200) return;
    if (n.kind === 'seq') for (const item of n.items) walk(item, depth + 1);
    if (n.kind !== 'map') return;
    for (const e of effectiveEntries(n)) {
      if (e.key !== INCLUDE_KEY) walk(e.value, depth + 1);
      else for (const p of includePaths(e.value)) out.push({ file, range: p.range, path: joinInclude(file.path, String(p.value)) });
    }
  };
  walk(root, 0);
  return out;
}

function includePaths(value: LocatedNode): ScalarNode[] {
  if (value.kind === 'scalar' && typeof value.value === 'string') return [value];
  if (value.kind === 'seq') return value.items.filter((i): i is ScalarNode => i.kind === 'scalar' && typeof i.value === 'string');
  return [];
}

/** `target` relative to the including file's folder, normalised (may start with `..`). */
function joinInclude(includingPath: string, target: string): string {
  return posix.normalize(posix.join(posix.dirname(includingPath), target.replace(/\\/g, '/')));
}

function inside(folder: string, path: string): boolean {
  if (path.startsWith('../') || path === '..' || posix.isAbsolute(path)) return false;
  return folder === '.' || path.startsWith(`${folder}/`);
}

/** Resolves every `$include` of `file`'s tree; `load` serves files already read. */
export function resolveIncludes(file: SourceFile, root: LocatedNode | null, load: IncludeLoader): ResolvedOpenclaw {
  const problems: RuleFinding[] = [];
  const unknown: string[] = [];
  const files: SourceFile[] = [file];
  const includes: IncludeSite[] = [];
  const configDir = posix.dirname(file.path);
  let loads = 0;
  let overBudget = false;

  const problem = (at: { source?: SourceFile; range: Range }, message: string): void => {
    const where = fileOf(at, file);
    problems.push({ ruleId: 'schema', message, location: where.location(at.range[0], at.range[1]), range: at.range });
  };

  const loadOne = (site: ScalarNode, from: SourceFile, chain: string[]): LocatedNode | undefined => {
    const raw = String(site.value);
    if (raw.includes('\0')) return void problem(site, `$include "${raw.replace(/\0/g, '\\0')}": the path holds a null byte; OpenClaw refuses it`);
    if (raw.length >= 4096) return void problem(site, '$include path is 4096 characters or longer; OpenClaw refuses it');
    if (posix.isAbsolute(raw) || /^[A-Za-z]:[\\/]/.test(raw)) return void problem(site, `$include "${raw}" is an absolute path; only paths relative to the including file are followed`);
    const path = joinInclude(from.path, raw);
    if (++loads > MAX_INCLUDE_LOADS) {
      if (!overBudget) problem(site, `$include "${raw}" is not followed: the config includes more than ${MAX_INCLUDE_LOADS} files in all; what they hold is not judged`);
      overBudget = true;
      return undefined;
    }
    includes.push({ file: from, range: site.range, path });
    if (!inside(configDir, path)) return void problem(site, `$include "${raw}" escapes the folder of ${file.path}; OpenClaw refuses includes outside the config's folder`);
    if (chain.includes(path) || path === file.path) return void problem(site, `$include "${raw}" is circular: ${[...chain, path].join(' → ')}`);
    if (chain.length >= MAX_INCLUDE_DEPTH) return void problem(site, `$include "${raw}" is nested deeper than ${MAX_INCLUDE_DEPTH} levels; OpenClaw refuses it`);
    const got = load(path);
    if (!got) {
      unknown.push(path);
      return undefined;
    }
    if ('unavailable' in got) {
      if (got.unavailable === 'missing') problem(site, `$include "${raw}": ${path} does not exist`);
      return undefined; // refused and unparseable files have their own finding
    }
    if (!files.includes(got.file)) files.push(got.file);
    markSource(got.root, got.file);
    return got.root ? process(got.root, got.file, [...chain, path], 0) : undefined;
  };

  const process = (node: LocatedNode, from: SourceFile, chain: string[], depth: number): LocatedNode | undefined => {
    if (depth > 5000) return node;
    if (node.kind === 'seq') {
      let changed = false;
      const items: LocatedNode[] = [];
      for (const item of node.items) {
        const r = process(item, from, chain, depth + 1);
        if (r !== item) changed = true;
        if (r) items.push(r);
      }
      return changed ? { ...node, items } : node;
    }
    if (node.kind !== 'map') return node;
    const entries = effectiveEntries(node);
    const directive = entries.find((e) => e.key === INCLUDE_KEY);
    if (!directive) {
      let changed = false;
      const out: MapEntry[] = [];
      for (const e of entries) {
        const v = process(e.value, from, chain, depth + 1);
        if (v !== e.value) changed = true;
        if (v) out.push(v === e.value ? e : { ...e, value: v });
      }
      return changed || out.length !== node.entries.length ? { ...node, entries: out } : node;
    }
    let included: LocatedNode | undefined;
    const value = directive.value;
    if (value.kind === 'scalar' && typeof value.value === 'string') included = loadOne(value, from, chain);
    else if (value.kind === 'seq') {
      const bad = value.items.find((i) => !(i.kind === 'scalar' && typeof i.value === 'string'));
      if (bad) problem(bad, '$include list entries must be strings (paths)');
      else {
        included = { kind: 'map', entries: [], range: value.range, flow: true, ...(value.source ? { source: value.source } : {}) };
        for (const item of value.items) {
          const one = loadOne(item as ScalarNode, from, chain);
          if (one) included = mergeNodes(included, one);
        }
      }
    } else problem(value, '$include must be a path or a list of paths');
    const siblings = entries.filter((e) => e !== directive);
    if (!siblings.length) return included;
    if (included && included.kind !== 'map') {
      problem(directive.value, `keys beside $include need the included content to be an object; ${value.kind === 'scalar' ? `"${String(value.value)}"` : 'it'} holds ${included.kind === 'seq' ? 'a list' : 'a single value'}`);
      return undefined;
    }
    const rest = process({ ...node, entries: siblings }, from, chain, depth + 1) as MapNode;
    return included ? mergeNodes(included, rest) : rest;
  };

  const resolved = root ? (process(root, file, [], 0) ?? null) : null;
  return { document: { file, root: resolved, files, includes }, problems, unknown };
}

/**
 * OpenClaw's include merge: maps merge key by key (recursively), lists concatenate, anything
 * else is replaced by the override. Keys keep the base's order, new keys follow.
 */
export function mergeNodes(base: LocatedNode, override: LocatedNode): LocatedNode {
  if (base.kind === 'seq' && override.kind === 'seq') return { ...override, items: [...base.items, ...override.items] };
  if (base.kind !== 'map' || override.kind !== 'map') return override;
  const out: MapEntry[] = effectiveEntries(base).filter((e) => !BLOCKED_KEYS.has(e.key));
  const index = new Map(out.map((e, i) => [e.key, i]));
  for (const e of effectiveEntries(override)) {
    if (BLOCKED_KEYS.has(e.key)) continue;
    const at = index.get(e.key);
    if (at === undefined) {
      index.set(e.key, out.length);
      out.push(e);
      continue;
    }
    const current = out[at].value;
    const merges = (e.value.kind === 'map' && current.kind === 'map') || (e.value.kind === 'seq' && current.kind === 'seq');
    out[at] = merges ? { ...e, value: mergeNodes(current, e.value) } : e;
  }
  return { ...override, entries: out };
}
