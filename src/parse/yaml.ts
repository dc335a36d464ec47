import { Alias, isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, Scalar, visit, YAMLMap, YAMLSeq } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { AnchorUse, LocatedDocument, LocatedNode, MapNode, Range, ScalarStyle } from './tree.js';
import { mergeInto } from './tree.js';
import { parseBlockYaml } from './yaml-block.js';

export interface ParseFailure {
  message: string;
  offset: number;
  endOffset: number;
}

export interface YamlParseResult {
  documents: LocatedDocument[];
  error?: ParseFailure;
}

/** Upper bound on converted nodes: an alias bomb ("billion laughs") stops here instead of exhausting memory. */
const MAX_NODES = 200_000;

class TooLarge extends Error {}

/** A key written twice in one map, found by the converter (see `parseYaml` for why not by yaml). */
class DuplicateKey extends Error {
  constructor(readonly offset: number) {
    super('Map keys must be unique');
  }
}

/** The parse error for nesting so deep that a recursive walk ran out of stack. */
const TOO_DEEP = 'nesting is too deep to parse (the parser ran out of stack here)';

function styleOf(node: Scalar): ScalarStyle {
  switch (node.type) {
    case Scalar.QUOTE_SINGLE:
      return 'single';
    case Scalar.QUOTE_DOUBLE:
      return 'double';
    case Scalar.BLOCK_FOLDED:
    case Scalar.BLOCK_LITERAL:
      return 'block';
    default:
      return 'plain';
  }
}

function rangeOf(node: YamlNode): Range {
  const r = node.range ?? [0, 0, 0];
  return [r[0], r[1]];
}

/**
 * A block scalar's range, as yaml gives it, runs over the line breaks after its last line; end
 * it at its last character instead, so its entry ends on its own line like any other scalar's.
 */
function scalarRange(node: Scalar, text: string): Range {
  const [start, end] = rangeOf(node);
  if (node.type !== Scalar.BLOCK_FOLDED && node.type !== Scalar.BLOCK_LITERAL) return [start, end];
  let e = end;
  while (e > start && /[\s]/.test(text[e - 1])) e--;
  return [start, e];
}

function scalarValue(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return Number(v);
  return String(v);
}

class Converter {
  private count = 0;
  /** Anchored nodes already converted: only those can be reached twice (through an alias). */
  private readonly cache = new Map<YamlNode, LocatedNode>();
  /** Every anchored node and the aliases that use it, for deciding whether a fix there is safe. */
  readonly anchorUses = new Map<YamlNode, AnchorUse>();

  /** Each alias → the node it names, found in one pass on the first alias (see `resolveAliases`). */
  private targets: Map<Alias, YamlNode> | undefined;

  constructor(
    private readonly doc: Document.Parsed,
    private readonly text: string,
  ) {}

  convert(node: unknown): LocatedNode | null {
    // Aliases count once per use but are not expanded (see the cache), so this is a size cap, not
    // alias-bomb protection (that is in validate/schema.ts): say so instead of blaming aliases.
    if (++this.count > MAX_NODES) throw new TooLarge(`document has more than ${MAX_NODES} nodes (aliases counted); too large to check`);
    if (node === null || node === undefined) return null;
    if (isAlias(node)) return this.alias(node);
    const yn = node as YamlNode;
    const anchored = !!yn.anchor;
    if (anchored) {
      const cached = this.cache.get(yn);
      if (cached) return cached;
    }
    let out: LocatedNode | null = null;
    if (isScalar(node)) {
      out = { kind: 'scalar', value: scalarValue(node.value), style: styleOf(node), range: scalarRange(node, this.text) };
    } else if (isSeq(node)) {
      const seq: LocatedNode = { kind: 'seq', items: [], range: rangeOf(node), flow: !!node.flow };
      if (anchored) this.cache.set(yn, seq);
      for (const item of node.items) {
        const c = this.convert(item);
        seq.items.push(c ?? nullAt(item, seq.range));
      }
      out = seq;
    } else if (isMap(node)) {
      const map: MapNode = { kind: 'map', entries: [], range: rangeOf(node), flow: !!node.flow };
      if (anchored) this.cache.set(yn, map);
      const keys = new Set<unknown>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        // yaml's own `uniqueKeys` check, in linear time: equal scalar values (1 and "1" differ).
        if (isScalar(pair.key) && !Number.isNaN(pair.key.value) && !isMergeKey(pair.key)) {
          if (keys.has(pair.key.value)) throw new DuplicateKey(pair.key.range?.[0] ?? map.range[0]);
          keys.add(pair.key.value);
        }
        this.pair(map, pair.key, pair.value);
      }
      out = map;
    }
    if (out) tagged(out, node);
    if (out && anchored) this.cache.set(yn, out);
    return out;
  }

  private alias(node: Alias): LocatedNode | null {
    this.targets ??= resolveAliases(this.doc);
    const target = this.targets.get(node);
    if (target) {
      const use = this.anchorUses.get(target) ?? { name: node.source, range: rangeOf(target), aliases: [] };
      use.aliases.push(rangeOf(node as unknown as YamlNode));
      this.anchorUses.set(target, use);
    }
    const resolved = target ? this.convert(target) : null;
    if (!resolved) return null;
    return { ...resolved, via: rangeOf(node as unknown as YamlNode) } as LocatedNode;
  }

  private pair(map: MapNode, key: unknown, value: unknown): void {
    const keyNode = key as YamlNode | null;
    const keyValue = isScalar(key) ? key.value : isAlias(key) ? this.convert(key) : null;
    const keyRange: Range = keyNode && keyNode.range ? rangeOf(keyNode) : map.range;
    const keyText = keyValue === null || typeof keyValue !== 'object' ? String(keyValue ?? '') : '';
    if (isMergeKey(key)) {
      mergeInto(map, (isSeq(value) ? value.items : [value]).map((src) => this.convert(src)));
      return;
    }
    const v = this.convert(value);
    const valueNode = v ?? nullAt(value, [keyRange[1], keyRange[1]]);
    const end = Math.max(keyRange[1], valueNode.range[1]);
    map.entries.push({ key: keyText, keyRange, value: valueNode, range: [keyRange[0], end] });
  }
}

/** Tags Compose gives a meaning to (merge tags): known to the parser, so they are not "unresolved". */
const COMPOSE_TAGS = ['!reset', '!override'].flatMap((tag) => [
  { tag, resolve: (text: string) => text },
  { tag, collection: 'map' as const, nodeClass: YAMLMap },
  { tag, collection: 'seq' as const, nodeClass: YAMLSeq },
]);

/**
 * Keeps a tag that is not one of YAML's own on the located node. `!reset` with no value or a
 * plain `null` is a null, as Compose reads it (yaml would give the strings "" and "null").
 */
function tagged(out: LocatedNode, node: unknown): void {
  const tag = (node as YamlNode).tag;
  if (!tag || tag.startsWith('tag:yaml.org,2002:')) return;
  out.tag = tag;
  if (tag === '!reset' && out.kind === 'scalar' && out.style === 'plain' && /^(|~|null|Null|NULL)$/.test(String(out.value))) out.value = null;
}

/**
 * A plain `<<` key. With `merge: true` the yaml library parses it to the symbol `Symbol(<<)`,
 * not the string, so both are accepted; a quoted `"<<"` stays an ordinary key.
 */
function isMergeKey(key: unknown): boolean {
  if (!isScalar(key) || styleOf(key) !== 'plain') return false;
  const v: unknown = key.value;
  return v === '<<' || (typeof v === 'symbol' && v.description === '<<');
}

/**
 * Every alias's target: the last node anchored with its name before it, in document order,
 * as `Alias.resolve` decides. `Alias.resolve(doc)` without a context walks the whole document
 * on each call, which made a file of many aliases quadratic (20 000 aliases: 30 s; a 1 MB
 * file of `- *a` lines: about half an hour). One walk here keeps parsing linear.
 */
function resolveAliases(doc: Document.Parsed): Map<Alias, YamlNode> {
  const latest = new Map<string, YamlNode>();
  const targets = new Map<Alias, YamlNode>();
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) {
        const target = latest.get(node.source);
        if (target) targets.set(node, target);
      } else if (node.anchor) {
        latest.set(node.anchor, node);
      }
    },
  });
  return targets;
}

function nullAt(node: unknown, fallback: Range): LocatedNode {
  const r = node && (node as YamlNode).range ? rangeOf(node as YamlNode) : fallback;
  return { kind: 'scalar', value: null, style: 'plain', range: r };
}

/**
 * How many texts each path read: the cost tests bound the full parses (counts, not time).
 * The full Document API costs about ten times the fast path (a 10 000-file tree: 2.3 s of 5.5).
 */
export const yamlParseCounts = { fast: 0, full: 0 };

export function parseYaml(text: string): YamlParseResult {
  const documents = parseBlockYaml(text);
  if (documents) {
    yamlParseCounts.fast++;
    return { documents };
  }
  yamlParseCounts.full++;
  return parseYamlFully(text);
}

/** The `yaml` Document API and the converter: every file the fast path leaves, and the reference it is tested against. */
export function parseYamlFully(text: string): YamlParseResult {
  let docs: Document.Parsed[];
  try {
    // uniqueKeys is off: yaml compares each key with every earlier one (quadratic: a map of
    // 100 000 keys took over a minute). The Converter reports duplicates with the same message.
    const parsed = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false, merge: true, customTags: COMPOSE_TAGS });
    docs = Array.isArray(parsed) ? parsed : [];
  } catch (e) {
    return { documents: [], error: { message: (e as Error).message, offset: 0, endOffset: 0 } };
  }
  const documents: LocatedDocument[] = [];
  for (const [index, doc] of docs.entries()) {
    const err = doc.errors[0];
    if (err) {
      // yaml catches its own stack overflow on deep nesting and reports it as RESOURCE_EXHAUSTION
      // at the token where the stack ran out; say what that means instead of "Maximum call stack…".
      const message = err.code === 'RESOURCE_EXHAUSTION' ? TOO_DEEP : cleanMessage(err.message);
      return { documents, error: { message, offset: err.pos[0], endOffset: err.pos[1] } };
    }
    try {
      const converter = new Converter(doc, text);
      const root = converter.convert(doc.contents);
      documents.push({ root, index, anchors: [...converter.anchorUses.values()] });
    } catch (e) {
      if (e instanceof DuplicateKey) {
        return { documents, error: { message: e.message, offset: e.offset, endOffset: e.offset + 1 } };
      }
      if (e instanceof TooLarge) {
        return { documents: [], error: { message: e.message, offset: 0, endOffset: 0 } };
      }
      // Nesting that yaml itself composed can still exhaust the stack in our recursive walks when
      // the caller's stack is already deep: a parse error at the document, not a crash.
      if (e instanceof RangeError) {
        const at = doc.contents?.range?.[0] ?? 0;
        return { documents: [], error: { message: TOO_DEEP, offset: at, endOffset: at + 1 } };
      }
      throw e;
    }
  }
  return { documents };
}

/** yaml's messages end with " at line X, column Y:" and a snippet; our reporters add the location themselves. */
function cleanMessage(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
}
