/**
 * The `schema` step: validate a parsed document against our JSON schemas and report every
 * problem at the exact node (or key) it is about, with a human message.
 */
import type { Finding } from '../core/finding.js';
import type { SourceFile } from '../core/source.js';
import { compose, policy } from '../generated/validators.js';
import { asOpenclawReadsIt } from '../openclaw/as-read.js';
import type { OpenclawReading } from '../openclaw/as-read.js';
import type { OpenclawSchema, SchemaValidator } from '../openclaw/schema.js';
import { effectiveEntries, fileOf, nodeAtPath } from '../parse/tree.js';
import type { LocatedNode, Range } from '../parse/tree.js';
import { composeSpecProblems, mergeProblems, withoutResets } from './compose-spec.js';
import { closest, collapseErrors } from './errors.js';
import type { Problem } from './errors.js';

const SCHEMA_RULE_ID = 'schema';

export type SchemaName = 'compose' | 'openclaw' | 'policy';

/** How messages name the whole document of each kind. */
const DOCUMENT_NOUN: Record<SchemaName, string> = {
  compose: 'the compose file',
  openclaw: 'openclaw.json',
  policy: 'the policy',
};

/**
 * Against clawcheck's tolerant schema (precise messages for what the rules read) and the Compose
 * Specification's own (every key and shape Compose checks), one finding per problem and place.
 * `!reset` entries are left out, as Compose drops them before it validates.
 */
export function validateCompose(root: LocatedNode | null, file: SourceFile): Finding[] {
  if (!root) return [];
  // A tag is written with a `!`: a file without one has no `!reset` to leave out (most have none).
  const asValidated = file.text.includes('!') ? withoutResets(root) : root;
  return validateAgainst('compose', compose, asValidated, file, undefined, (value, problems) => mergeProblems(problems, composeSpecProblems(value, asValidated)));
}

/**
 * Against OpenClaw's own schema of the policy's OpenClaw version, on the config as OpenClaw reads
 * it (`$include`s resolved): a problem in an included file is reported in that file.
 */
export function validateOpenclaw(root: LocatedNode | null, file: SourceFile, schema: OpenclawSchema): Finding[] {
  return validateAgainst('openclaw', schema.validate, root, file, (value) => asOpenclawReadsIt(value, schema.facts));
}

function pointer(path: string[]): string {
  return path.map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('') + '/';
}

/** Used by the policy loader to report an invalid .clawcheck.yml at exact locations. */
export function validatePolicyValue(root: LocatedNode | null, file: SourceFile): Finding[] {
  return validateAgainst('policy', policy, root, file);
}

/**
 * Upper bound on the nodes of a document once aliases are expanded. An alias bomb ("billion
 * laughs") is a DAG of a few nodes in the located tree but billions in its plain value.
 */
const MAX_EXPANDED_NODES = 250_000;

/** Node count of `toValue(node)`, stopping early past `limit`; shared subtrees are counted once per use. */
function expandedSize(node: LocatedNode | null, limit = MAX_EXPANDED_NODES): number {
  const memo = new Map<unknown, number>();
  const size = (n: LocatedNode, depth: number): number => {
    if (n.kind === 'scalar' || depth > 200) return 1;
    const key = n.kind === 'map' ? n.entries : n.items;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let total = 1;
    const children = n.kind === 'map' ? n.entries.map((e) => e.value) : n.items;
    for (const c of children) {
      total += size(c, depth + 1);
      if (total > limit) break;
    }
    memo.set(key, total);
    return total;
  };
  return node ? size(node, 0) : 0;
}

type ToValidate = { ok: true; value: unknown; dropped?: boolean } | { ok: false };

class OverBudget extends Error {}

/**
 * `toValue(root)` as ajv should see it, in one walk that also counts nodes: undefined past
 * `limit` (aliases expanded). YAML `.nan` / `.inf` and JSON5 `NaN` / `Infinity` are numbers to a
 * loader but not to ajv, so a finite number stands in for them and they are judged as numbers.
 */
export function plainValueWithin(root: LocatedNode, limit = MAX_EXPANDED_NODES): unknown {
  let count = 0;
  const walk = (node: LocatedNode, depth: number): unknown => {
    if (++count > limit) throw new OverBudget();
    if (depth > 200) return null;
    if (node.kind === 'scalar') return typeof node.value === 'number' && !Number.isFinite(node.value) ? 0 : node.value;
    if (node.kind === 'seq') return node.items.map((n) => walk(n, depth + 1));
    const out: Record<string, unknown> = {};
    for (const e of effectiveEntries(node)) setOwn(out, e.key, walk(e.value, depth + 1));
    return out;
  };
  try {
    return walk(root, 0);
  } catch (e) {
    if (e instanceof OverBudget) return undefined;
    throw e;
  }
}

/** `out[key] = value`, also for a key named `__proto__` (an assignment would set the prototype). */
function setOwn(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

/** The value to validate: the whole document, or without the `x-` extension blocks when aliases blow it up. */
function valueToValidate(root: LocatedNode): ToValidate {
  const whole = plainValueWithin(root);
  if (whole !== undefined) return { ok: true, value: whole };
  if (root.kind !== 'map') return { ok: false };
  // Extension blocks are free-form in every schema: dropping them changes no verdict.
  const trimmed: LocatedNode = { ...root, entries: root.entries.filter((e) => !e.key.startsWith('x-')) };
  const value = plainValueWithin(trimmed);
  return value === undefined ? { ok: false } : { ok: true, value, dropped: true };
}

/**
 * Where an alias bomb is: the deepest node that still expands past the limit, shown at its key
 * (or list item), with the alias that brought it there as related location. YAML loaders refuse
 * such documents too (yaml.v3, which docker compose uses, stops on "excessive aliasing"), so the
 * bomb is a finding rather than a silent skip of the schema check.
 */
function aliasBombFinding(root: LocatedNode, file: SourceFile, docNoun: string, onlyExtensions: boolean): Finding {
  // When the bomb is not only in x- blocks, point at the part the schema would have checked.
  let node: LocatedNode = !onlyExtensions && root.kind === 'map' ? { ...root, entries: root.entries.filter((e) => !e.key.startsWith('x-')) } : root;
  let range: Range = firstLine(root, file);
  for (let depth = 0; depth < 200; depth++) {
    const children: Array<{ node: LocatedNode; at: Range }> =
      node.kind === 'map' ? node.entries.map((e) => ({ node: e.value, at: e.keyRange })) : node.kind === 'seq' ? node.items.map((n) => ({ node: n, at: n.via ?? firstLine(n, file) })) : [];
    const next = children.find((c) => expandedSize(c.node) > MAX_EXPANDED_NODES);
    if (!next) break;
    node = next.node;
    range = next.at;
    if (node.via) break; // reached through an alias: the place that uses it is the news
  }
  range = trimRange(range, file);
  return {
    ruleId: SCHEMA_RULE_ID,
    severity: 'error',
    message: `YAML aliases expand this value to more than ${MAX_EXPANDED_NODES} nodes (an alias bomb?): YAML loaders refuse it; ${onlyExtensions ? 'the schema check leaves out the x- blocks' : `${docNoun} is not checked against the schema`}`,
    location: file.location(range[0], range[1]),
    range: [range[0], range[1]],
  };
}

/**
 * An empty document (no root) is not a schema problem: it has nothing to check. Neither is a
 * document too large to expand (an alias bomb): it is left unchecked rather than exhaust memory.
 */
function validateAgainst(name: SchemaName, validate: SchemaValidator, root: LocatedNode | null, file: SourceFile, read?: (value: unknown) => OpenclawReading, more?: (value: unknown, problems: Problem[]) => Problem[]): Finding[] {
  if (!root) return [];
  const input = valueToValidate(root);
  const bomb = !input.ok || input.dropped ? [aliasBombFinding(root, file, DOCUMENT_NOUN[name], input.ok)] : [];
  if (!input.ok) return bomb;
  // What the program itself validates (openclaw: after its in-memory migrations), and where
  // each of its paths is written.
  const reading = read ? read(input.value) : undefined;
  const ok = validate(reading ? reading.value : input.value);
  const errors = ok ? [] : (validate.errors ?? []);
  // An unknown key does not stop a refinement (zod's unrecognized keys do not abort); other errors do.
  const failed = errors.filter((e) => e.keyword !== 'additionalProperties').map((e) => `${e.instancePath}/`);
  const own = [
    ...collapseErrors(errors).map((p) => (reading ? { ...p, path: reading.writtenPath(p.path) } : p)),
    ...(reading?.problems ?? []).filter((p) => !failed.some((f) => f.startsWith(pointer(p.scope)))),
  ];
  const problems = more ? more(input.value, own) : own;
  if (problems.length === 0) return bomb;
  const seen = new Set<string>();
  const findings: Finding[] = [...bomb];
  for (const problem of problems) {
    const f = toFinding(problem, root, file, DOCUMENT_NOUN[name]);
    const key = `${f.location.file}:${f.range[0]}:${f.range[1]}:${problem.kind === 'unknown-key' ? problem.key : problem.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(f);
  }
  return findings.sort((a, b) => (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) || a.range[0] - b.range[0] || a.range[1] - b.range[1]);
}

function toFinding(p: Problem, root: LocatedNode, documentFile: SourceFile, docNoun: string): Finding {
  const { node, entry, matched } = nodeAtPath(root, p.path);
  const complete = matched === p.path.length;
  let range: Range;
  let via: Range | undefined;
  // The file the reported key or node is written in: for openclaw, maybe an $include'd file.
  let file = fileOf(node ?? root, documentFile);
  if ((p.kind === 'unknown-key' || p.kind === 'key-name') && complete && entry) {
    range = entry.keyRange;
    via = entry.mergedFrom;
    file = fileOf(entry, documentFile);
  } else if (p.kind === 'required' && complete && entry) {
    range = entry.keyRange;
    via = entry.mergedFrom ?? node?.via;
    file = fileOf(entry, documentFile);
  } else if (p.kind === 'required' || !complete) {
    // The document root, a list item, or a path we could not follow: the node's first line.
    range = firstLine(node ?? root, file);
    via = node?.via;
  } else if (node && node.range[0] === node.range[1] && entry) {
    // `key:` with no value: the empty value has no width, the key shows where it is.
    range = entry.keyRange;
    via = entry.mergedFrom;
    file = fileOf(entry, documentFile);
  } else {
    range = (node ?? root).range;
    via = node?.via ?? entry?.mergedFrom;
  }
  range = trimRange(range, file);
  const finding: Finding = {
    ruleId: SCHEMA_RULE_ID,
    severity: 'error',
    message: messageFor(p, node, docNoun),
    location: file.location(range[0], range[1]),
    range: [range[0], range[1]],
  };
  if (via && (via[0] !== range[0] || via[1] !== range[1])) {
    finding.related = [{ ...file.location(via[0], via[1]), message: 'the value is used here through a YAML alias' }];
  }
  return finding;
}

/** A block node's range may run over the line break and indentation after it. */
function trimRange([start, end]: Range, file: SourceFile): Range {
  let e = end;
  while (e > start && /\s/.test(file.text[e - 1])) e--;
  return [start, e];
}

function firstLine(node: LocatedNode, file: SourceFile): Range {
  const [start, end] = node.range;
  const nl = file.text.indexOf('\n', start);
  const lineEnd = nl < 0 ? file.text.length : file.text[nl - 1] === '\r' ? nl - 1 : nl;
  return [start, Math.max(start, Math.min(end, lineEnd))];
}

/** `services.proxy.environment`, `models.providers["cloud.ru"].models[0]`. */
function pathLabel(path: string[]): string {
  let out = '';
  for (const seg of path) {
    if (/^(0|[1-9]\d*)$/.test(seg)) out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

function subject(path: string[], docNoun: string): string {
  return path.length === 0 ? docNoun : `"${pathLabel(path)}"`;
}

function describeFound(node: LocatedNode | null): string {
  if (!node) return 'nothing';
  if (node.kind === 'map') return 'a map';
  if (node.kind === 'seq') return 'a list';
  const v = node.value;
  if (v === null) return 'nothing (null)';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return `the number ${String(v)}`;
  const shown = v.length > 40 ? `${v.slice(0, 37)}...` : v;
  return `the string ${JSON.stringify(shown)}`;
}

function messageFor(p: Problem, node: LocatedNode | null, docNoun: string): string {
  switch (p.kind) {
    case 'type': {
      const who = p.path.length === 0 ? 'the document' : subject(p.path, docNoun);
      let msg = `${who} must be ${p.expected}, found ${describeFound(node)}`;
      const wantsString = p.expected === 'a string';
      if (wantsString && node?.kind === 'scalar' && (typeof node.value === 'number' || typeof node.value === 'boolean')) {
        msg += ` (quote it: "${String(node.value)}")`;
      }
      return msg;
    }
    case 'required': {
      const groups = (p.missing ?? []).map((g) => g.map((n) => `"${n}"`).join(' and '));
      const [first, ...rest] = groups;
      return `${subject(p.path, docNoun)} is missing ${first}${rest.map((g) => ` (or ${g})`).join('')}${p.text ? `: ${p.text}` : ''}`;
    }
    case 'unknown-key': {
      const parent = p.path.slice(0, -1);
      const where = parent.length === 0 ? docNoun : `"${pathLabel(parent)}"`;
      const hint = closest(p.key ?? '', p.knownKeys);
      return `unknown ${p.keyNoun ?? 'key'} "${p.key}" in ${where}${hint ? `; did you mean "${hint}"?` : p.text ? `; ${p.text}` : ''}`;
    }
    case 'key-name': {
      const parent = p.path.slice(0, -1);
      return `the key "${p.key}" in ${parent.length === 0 ? docNoun : `"${pathLabel(parent)}"`} ${p.text}`;
    }
    default: {
      const found = node?.kind === 'scalar' && typeof node.value === 'number' ? `, found ${String(node.value)}` : '';
      return `${p.path.length === 0 ? 'the document' : subject(p.path, docNoun)} ${p.text}${found}`;
    }
  }
}
