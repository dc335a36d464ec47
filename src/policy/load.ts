import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { RECOMMENDED_POLICY_YAML } from '../generated/assets.js';
import { SourceFile } from '../core/source.js';
import { parseYaml } from '../parse/yaml.js';
import { plainValueWithin, validatePolicyValue } from '../validate/schema.js';
import { mergeRules } from './merge.js';
import type { LoadedPolicy, Policy, RawRule } from './types.js';

/** A policy that cannot be used: exit code 2, with the exact place. */
export class PolicyError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(file ? `${file}${line ? `:${line}:${column ?? 1}` : ''}: ${message}` : message);
  }
}

export const POLICY_FILE_NAMES = ['.clawcheck.yml', '.clawcheck.yaml'];

interface RawPolicy {
  extends?: string | string[];
  rules?: Record<string, RawRule>;
  proxy?: Partial<Policy['proxy']>;
  cloudru?: Partial<Policy['cloudru']>;
  include?: string[];
  exclude?: string[];
  maxFileSize?: number;
  overrides?: Array<{ files: string[]; rules?: Record<string, RawRule> }>;
}

function emptyPolicy(): Policy {
  return {
    rules: {},
    proxy: { images: [], variables: [], services: [] },
    cloudru: { hosts: [], localProxyPorts: [], providers: [] },
    include: [],
    exclude: [],
    maxFileSize: 1024 * 1024,
    overrides: [],
  };
}

function parsePolicyText(text: string, displayPath: string): RawPolicy {
  const file = new SourceFile(displayPath, text, 'compose');
  const parsed = parseYaml(text);
  if (parsed.error) {
    const loc = file.location(parsed.error.offset);
    throw new PolicyError(parsed.error.message, displayPath, loc.line, loc.column);
  }
  const root = parsed.documents[0]?.root ?? null;
  if (root === null) return {};
  const problems = validatePolicyValue(root, file);
  if (problems.length) {
    const p = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    throw new PolicyError(p.message + more, displayPath, p.location.line, p.location.column);
  }
  return plainValueWithin(root) as RawPolicy;
}

function apply(base: Policy, raw: RawPolicy): Policy {
  return {
    rules: mergeRules(base.rules, raw.rules),
    proxy: { ...base.proxy, ...(raw.proxy ?? {}) },
    cloudru: { ...base.cloudru, ...(raw.cloudru ?? {}) },
    include: [...base.include, ...(raw.include ?? [])],
    exclude: [...base.exclude, ...(raw.exclude ?? [])],
    maxFileSize: raw.maxFileSize ?? base.maxFileSize,
    overrides: [
      ...base.overrides,
      ...(raw.overrides ?? []).map((o) => ({ files: o.files, rules: o.rules ?? {} })),
    ],
  };
}

/**
 * Where `extends` names `parent` in the policy file at `path`, for an error about that entry.
 * Read again only on that error path; undefined when the file cannot be read or parsed.
 */
function extendsEntry(path: string | undefined, parent: string): { line: number; column: number } | undefined {
  if (!path || !existsSync(path)) return undefined;
  try {
    const text = readFileSync(path, 'utf8');
    const root = parseYaml(text).documents[0]?.root;
    const value = root?.kind === 'map' ? root.entries.find((e) => e.key === 'extends')?.value : undefined;
    const items = value?.kind === 'seq' ? value.items : value ? [value] : [];
    const hit = items.find((n) => n.kind === 'scalar' && n.value === parent);
    if (!hit) return undefined;
    const { line, column } = new SourceFile(path, text, 'compose').location(hit.range[0]);
    return { line, column };
  } catch {
    return undefined;
  }
}

/** A PolicyError about the `extends` entry naming `parent` in the last file of `chain`. */
function extendsError(message: string, chain: string[], parent: string, cwd: string): PolicyError {
  const file = chain[chain.length - 1];
  const at = extendsEntry(file, parent);
  return new PolicyError(message, file === undefined ? undefined : relative(cwd, file) || file, at?.line, at?.column);
}

/** One policy file (or the recommended policy) in the order its settings are applied. */
interface Layer {
  raw: RawPolicy;
  source: string;
}

/**
 * The layers under `raw`, depth-first: each parent's own parents come before it, and a file (or
 * `recommended`) reached twice is applied once, where it is first reached. Applying a parent as
 * a whole again would undo what the layers between changed (`extends: [a.yml, b.yml]` with both
 * on `recommended` would reset a.yml's settings). A cycle is a PolicyError naming the chain.
 */
function parentLayers(raw: RawPolicy, fromDir: string, chain: string[], seen: Set<string>, out: Layer[], cwd: string): Layer[] {
  const parents = raw.extends === undefined ? ['recommended'] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
  for (const parent of parents) {
    if (parent === 'none') continue;
    if (parent === 'recommended') {
      if (!seen.has('recommended')) out.push({ raw: parsePolicyText(RECOMMENDED_POLICY_YAML, 'recommended'), source: 'recommended' });
      seen.add('recommended');
      continue;
    }
    const path = isAbsolute(parent) ? parent : resolve(fromDir, parent);
    // Both errors point at the `extends` entry that names the parent (file:line:column).
    if (chain.includes(path)) throw extendsError(`"extends" forms a cycle: ${[...chain, path].map((p) => relative(cwd, p) || p).join(' → ')}`, chain, parent, cwd);
    if (!existsSync(path)) throw extendsError(`"extends" names ${parent}, which does not exist`, chain, parent, cwd);
    if (seen.has(path)) continue;
    const parentRaw = parsePolicyText(readFileSync(path, 'utf8'), path);
    parentLayers(parentRaw, dirname(path), [...chain, path], seen, out, cwd);
    seen.add(path);
    out.push({ raw: parentRaw, source: path });
  }
  return out;
}

/** `raw` over its parents; `sources` gets every layer's name, in the order applied. */
function resolvePolicy(raw: RawPolicy, fromDir: string, chain: string[], sources: string[], cwd = process.cwd()): Policy {
  let policy = emptyPolicy();
  for (const layer of parentLayers(raw, fromDir, chain, new Set(), [], cwd)) {
    policy = apply(policy, layer.raw);
    sources.push(layer.source);
  }
  return apply(policy, raw);
}

/** The recommended policy alone. */
export function recommendedPolicy(): Policy {
  return resolvePolicy({}, process.cwd(), [], []);
}

/** Policy from text (tests, the Action's inline input). */
export function policyFromText(text: string, displayPath = '.clawcheck.yml', dir = process.cwd()): LoadedPolicy {
  const sources: string[] = [];
  const policy = resolvePolicy(parsePolicyText(text, displayPath), dir, [resolve(dir, displayPath)], sources);
  sources.push(displayPath);
  return { policy, sources };
}

/** `--config FILE`, else `.clawcheck.yml` at the scan root, else the recommended policy. */
export function loadPolicy(root: string, configPath?: string, cwd: string = process.cwd()): LoadedPolicy {
  const path = configPath ? resolve(cwd, configPath) : POLICY_FILE_NAMES.map((n) => join(root, n)).find((p) => existsSync(p));
  if (!path) {
    const sources: string[] = [];
    return { policy: resolvePolicy({}, root, [], sources), sources };
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new PolicyError(`cannot read the policy file: ${(e as Error).message}`, path);
  }
  const shown = relative(cwd, path) || path;
  const sources: string[] = [];
  const policy = resolvePolicy(parsePolicyText(text, shown), dirname(path), [path], sources, cwd);
  sources.push(shown);
  return { policy, sources };
}
