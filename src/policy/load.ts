import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { RECOMMENDED_POLICY_YAML } from '../generated/assets.js';
import { SourceFile } from '../core/source.js';
import type { LocatedNode } from '../parse/tree.js';
import { getPath } from '../parse/tree.js';
import { LATEST_OPENCLAW_VERSION, OPENCLAW_VERSIONS } from '../openclaw/generated/versions.js';
import { isKnownOpenclawVersion } from '../openclaw/schema.js';
import { parseYaml } from '../parse/yaml.js';
import { escapeControl } from '../report/terminal-text.js';
import { plainValueWithin, validatePolicyValue } from '../validate/schema.js';
import { readPolicyFile } from './files.js';
import type { PolicyRead } from './files.js';
import { mergeRules } from './merge.js';
import { patternProblems } from './patterns.js';
import { PolicyError, PolicyProblems } from './problems.js';
import type { LoadedPolicy, Policy, RawRule } from './types.js';

export { PolicyError } from './problems.js';
export type { PolicyProblem } from './problems.js';

export const POLICY_FILE_NAMES = ['.clawcheck.yml', '.clawcheck.yaml'];

interface RawPolicy {
  extends?: string | string[];
  rules?: Record<string, RawRule>;
  proxy?: Partial<Policy['proxy']>;
  compose?: Partial<Policy['compose']>;
  cloudru?: Partial<Policy['cloudru']>;
  openclaw?: { version?: string };
  include?: string[];
  exclude?: string[];
  maxFileSize?: number;
  overrides?: Array<{ files: string[]; rules?: Record<string, RawRule> }>;
}

function emptyPolicy(): Policy {
  return {
    rules: {},
    proxy: { images: [], variables: [], services: [] },
    compose: { projects: [], fragments: [] },
    cloudru: { hosts: [], localProxyPorts: [], providers: [] },
    openclaw: { version: LATEST_OPENCLAW_VERSION },
    include: [],
    exclude: [],
    maxFileSize: 1024 * 1024,
    overrides: [],
  };
}

/**
 * One policy file parsed: the settings, the tree they came from (for errors about its entries),
 * and the problems of the files read so far, which resolving its `extends` adds to.
 */
interface PolicyDoc {
  raw: RawPolicy;
  file: SourceFile;
  root: LocatedNode | null;
  problems: PolicyProblems;
  /** false: not YAML or not a map, so nothing of it (not even its `extends`) is read. */
  readable: boolean;
}

/**
 * A policy file parsed, with every problem it has added to `problems` rather than thrown at the
 * first, so that one run lists them all (resolvePolicy throws them together).
 */
function parsePolicyText(text: string, displayPath: string, problems = new PolicyProblems()): PolicyDoc {
  problems.reading(displayPath);
  const file = new SourceFile(displayPath, text, 'compose');
  const unreadable: PolicyDoc = { raw: {}, file, root: null, problems, readable: false };
  const parsed = parseYaml(text);
  if (parsed.error) {
    const loc = file.location(parsed.error.offset);
    problems.add(parsed.error.message, displayPath, loc.line, loc.column);
    return unreadable;
  }
  const root = parsed.documents[0]?.root ?? null;
  if (root === null) return { raw: {}, file, root, problems, readable: true };
  // Not a map: not a policy at all (a `.env`, a text file). Said without quoting it, since
  // `extends:` or `--config` may have named a file of secrets.
  if (root.kind !== 'map') {
    problems.add('is not a policy file: the document must be a map of settings', displayPath, 1, 1);
    return unreadable;
  }
  for (const p of validatePolicyValue(root, file)) problems.add(p.message, displayPath, p.location.line, p.location.column);
  const version = openclawVersionProblem(root, file);
  if (version) problems.add(version.message, displayPath, version.line, version.column);
  for (const p of patternProblems(root, file)) problems.add(p.message, displayPath, p.line, p.column);
  // An alias bomb has no plain value (its problem is reported): read as empty.
  return { raw: (plainValueWithin(root) ?? {}) as RawPolicy, file, root, problems, readable: true };
}

/** `latest` or a version clawcheck ships the schema of; undefined when unset. */
function openclawVersion(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  return v === 'latest' ? LATEST_OPENCLAW_VERSION : v;
}

function openclawVersionProblem(root: LocatedNode, file: SourceFile): { message: string; line: number; column: number } | undefined {
  const node = getPath(root, ['openclaw', 'version']);
  if (node?.kind !== 'scalar' || typeof node.value !== 'string') return undefined;
  if (node.value === 'latest' || isKnownOpenclawVersion(node.value)) return undefined;
  const { line, column } = file.location(node.range[0]);
  return { message: `openclaw.version "${escapeControl(node.value)}" is not a version clawcheck knows; use "latest" or one of ${OPENCLAW_VERSIONS.map((v) => `"${v}"`).join(', ')}`, line, column };
}

function apply(base: Policy, raw: RawPolicy): Policy {
  return {
    rules: mergeRules(base.rules, raw.rules),
    proxy: { ...base.proxy, ...(raw.proxy ?? {}) },
    compose: { ...base.compose, ...(raw.compose ?? {}) },
    cloudru: { ...base.cloudru, ...(raw.cloudru ?? {}) },
    openclaw: { version: openclawVersion(raw.openclaw?.version) ?? base.openclaw.version },
    include: [...base.include, ...(raw.include ?? [])],
    exclude: [...base.exclude, ...(raw.exclude ?? [])],
    maxFileSize: raw.maxFileSize ?? base.maxFileSize,
    overrides: [
      ...base.overrides,
      ...(raw.overrides ?? []).map((o) => ({ files: o.files, rules: o.rules ?? {} })),
    ],
  };
}

/** Where `extends` names `parent` in a policy, for an error about that entry. */
function extendsEntry(doc: PolicyDoc, parent: string): { line: number; column: number } | undefined {
  const value = doc.root?.kind === 'map' ? doc.root.entries.find((e) => e.key === 'extends')?.value : undefined;
  const items = value?.kind === 'seq' ? value.items : value ? [value] : [];
  const hit = items.find((n) => n.kind === 'scalar' && n.value === parent);
  if (!hit) return undefined;
  const { line, column } = doc.file.location(hit.range[0]);
  return { line, column };
}

/** A problem about the `extends` entry naming `parent` in `doc`. */
function extendsProblem(message: string, doc: PolicyDoc, parent: string, r: Resolution): void {
  const at = extendsEntry(doc, parent);
  r.problems.add(message, doc.file.path, at?.line, at?.column);
}

/** One policy file (or the recommended policy) in the order its settings are applied. */
interface Layer {
  raw: RawPolicy;
  source: string;
}

/** What resolving a policy's parents needs: the scan root the files must lie in, and the cwd paths are shown from. */
interface Resolution {
  root: string;
  cwd: string;
  seen: Set<string>;
  out: Layer[];
  /** Of every file read for this policy. */
  problems: PolicyProblems;
  /** Reads an `extends:` file by its absolute path (default: from disk, inside `root`). */
  read: PolicyReader;
}

/** Reads a policy file by its absolute path: from disk inside the scan root, or from a set of files in memory. */
export type PolicyReader = (absPath: string) => PolicyRead;

/**
 * The layers under `doc`, depth-first: each parent's own parents come before it, and a file (or
 * `recommended`) reached twice is applied once, where it is first reached. Applying a parent as
 * a whole again would undo what the layers between changed (`extends: [a.yml, b.yml]` with both
 * on `recommended` would reset a.yml's settings). A cycle is a problem naming the chain. A
 * parent that cannot be read is a problem and is left out; the others are still read, so that
 * their problems are reported too. `chain` holds the absolute paths from the first policy down to `doc`.
 */
function parentLayers(doc: PolicyDoc, fromDir: string, chain: string[], r: Resolution): Layer[] {
  if (!doc.readable) return r.out;
  const { raw } = doc;
  const written = raw.extends === undefined ? ['recommended'] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
  // An entry that is not a string is a schema problem already.
  for (const parent of written.filter((p): p is string => typeof p === 'string')) {
    if (parent === 'none') continue;
    if (parent === 'recommended') {
      if (!r.seen.has('recommended')) r.out.push({ raw: parsePolicyText(RECOMMENDED_POLICY_YAML, 'recommended', r.problems).raw, source: 'recommended' });
      r.seen.add('recommended');
      continue;
    }
    // Every problem points at the `extends` entry that names the parent (file:line:column).
    if (parent.trim() === '') {
      extendsProblem('"extends" names an empty path', doc, parent, r);
      continue;
    }
    const path = isAbsolute(parent) ? parent : resolve(fromDir, parent);
    if (chain.includes(path)) {
      extendsProblem(`"extends" forms a cycle: ${[...chain, path].map((p) => shownPath(p, r.cwd)).join(' → ')}`, doc, parent, r);
      continue;
    }
    if (r.seen.has(path)) continue;
    const read = r.read(path);
    if (!('text' in read)) {
      extendsProblem(`"extends" names ${parent}, which ${'missing' in read ? 'does not exist' : read.refused}`, doc, parent, r);
      continue;
    }
    const parentDoc = parsePolicyText(read.text, shownPath(path, r.cwd), r.problems);
    parentLayers(parentDoc, dirname(path), [...chain, path], r);
    r.seen.add(path);
    r.out.push({ raw: parentDoc.raw, source: path });
  }
  return r.out;
}

function shownPath(path: string, cwd: string): string {
  return relative(cwd, path) || path;
}

/**
 * `doc` over its parents; `sources` gets every layer's name, in the order applied. The problems
 * of `doc` and of every file it extends are thrown together, before anything is applied.
 */
function resolvePolicy(doc: PolicyDoc, fromDir: string, chain: string[], sources: string[], root: string, cwd = process.cwd(), read: PolicyReader = (p) => readPolicyFile(root, p)): Policy {
  const problems = doc.problems;
  const layers = parentLayers(doc, fromDir, chain, { root, cwd, seen: new Set(), out: [], problems, read });
  problems.throwIfAny();
  let policy = emptyPolicy();
  for (const layer of layers) {
    policy = apply(policy, layer.raw);
    sources.push(layer.source);
  }
  return apply(policy, doc.raw);
}

const NO_FILE: PolicyDoc = {
  raw: {},
  file: new SourceFile('recommended', '', 'compose'),
  root: null,
  readable: true,
  // A fresh collector each time: this document is shared by every call.
  get problems() {
    return new PolicyProblems();
  },
};

/** The recommended policy alone. */
export function recommendedPolicy(): Policy {
  return resolvePolicy(NO_FILE, process.cwd(), [], [], process.cwd());
}

/** Policy from text (tests, inline input); `extends:` files are read from `dir`, which acts as the scan root. */
export function policyFromText(text: string, displayPath = '.clawcheck.yml', dir = process.cwd()): LoadedPolicy {
  const sources: string[] = [];
  const policy = resolvePolicy(parsePolicyText(text, displayPath), dir, [resolve(dir, displayPath)], sources, dir);
  sources.push(displayPath);
  return { policy, sources };
}

/**
 * `--config FILE`, else `.clawcheck.yml` at the scan root, else the recommended policy. Every
 * policy file, `--config` and `extends:` ones included, must be a regular file inside the root.
 */
export function loadPolicy(root: string, configPath?: string, cwd: string = process.cwd()): LoadedPolicy {
  let path: string | undefined;
  let read: PolicyRead | undefined;
  if (configPath !== undefined) {
    if (configPath.trim() === '') throw new PolicyError('--config names an empty path');
    path = resolve(cwd, configPath);
    read = readPolicyFile(root, path);
    if ('missing' in read) throw new PolicyError(`--config ${configPath}: no such file`);
    if ('refused' in read) throw new PolicyError(`--config ${configPath}: ${read.refused}`);
  } else {
    for (const name of POLICY_FILE_NAMES) {
      const found = readPolicyFile(root, join(root, name));
      if ('missing' in found) continue;
      if ('refused' in found) throw new PolicyError(found.refused, name);
      [path, read] = [join(root, name), found];
      break;
    }
  }
  if (!path || !read || !('text' in read)) {
    const sources: string[] = [];
    return { policy: resolvePolicy(NO_FILE, root, [], sources, root, cwd), sources };
  }
  return policyOfText(root, path, read.text, cwd);
}

/**
 * The policy file at absolute `path` with text `text`, its `extends:` files read through `read`
 * (a tree held in memory: `root` need not exist on disk). Paths are shown relative to `cwd`.
 */
export function policyOfText(root: string, path: string, text: string, cwd: string, read?: PolicyReader): LoadedPolicy {
  const sources: string[] = [];
  const shown = shownPath(path, cwd);
  const policy = resolvePolicy(parsePolicyText(text, shown), dirname(path), [path], sources, root, cwd, read);
  sources.push(shown);
  return { policy, sources, file: path };
}

/** The policy file of folder `absDir` (`.clawcheck.yml`, else `.clawcheck.yaml`), loaded; undefined when it has none. */
export function loadPolicyIn(root: string, absDir: string, cwd: string = process.cwd()): LoadedPolicy | undefined {
  for (const name of POLICY_FILE_NAMES) {
    const path = join(absDir, name);
    const found = readPolicyFile(root, path);
    if ('missing' in found) continue;
    if ('refused' in found) throw new PolicyError(found.refused, shownPath(path, cwd));
    return policyOfText(root, path, found.text, cwd);
  }
  return undefined;
}
