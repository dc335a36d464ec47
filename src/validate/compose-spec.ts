/**
 * Compose files against the Compose Specification's own schema (compiled into ./generated/ by
 * scripts/compose/regenerate-schema.mjs), judged as Compose judges a file: `!reset` entries are
 * gone before it validates, `${VAR}` values are interpolated first (so their scalar checks are not
 * ours to make), and the lists it de-duplicates never reach the schema with repeats.
 */
import type { ErrorObject } from 'ajv';
import { nodeAtPath } from '../parse/tree.js';
import type { LocatedNode, MapEntry } from '../parse/tree.js';
import { collapseErrors, splitPointer } from './errors.js';
import type { Problem } from './errors.js';
import { validate as composeSpec } from './generated/compose-spec.js';

/**
 * The tree without the entries and list items tagged `!reset` (Compose removes them before it
 * validates; `!override` values stay as written). Shared subtrees stay shared: an alias bomb is
 * no bigger after this than before.
 */
export function withoutResets(root: LocatedNode): LocatedNode {
  const holds = new Map<unknown, boolean>();
  const hasReset = (n: LocatedNode, depth: number): boolean => {
    if (n.kind === 'scalar' || depth > 200) return false;
    const key = n.kind === 'map' ? n.entries : n.items;
    let found = holds.get(key);
    if (found === undefined) {
      const children = n.kind === 'map' ? n.entries.map((e) => e.value) : n.items;
      found = children.some((c) => c.tag === '!reset' || hasReset(c, depth + 1));
      holds.set(key, found);
    }
    return found;
  };
  const copies = new Map<unknown, MapEntry[] | LocatedNode[]>();
  const copy = (n: LocatedNode, depth: number): LocatedNode => {
    if (n.kind === 'scalar' || !hasReset(n, depth)) return n;
    const key = n.kind === 'map' ? n.entries : n.items;
    let kept = copies.get(key);
    if (!kept) {
      kept =
        n.kind === 'map'
          ? n.entries.filter((e) => e.value.tag !== '!reset').map((e) => ({ ...e, value: copy(e.value, depth + 1) }))
          : n.items.filter((i) => i.tag !== '!reset').map((i) => copy(i, depth + 1));
      copies.set(key, kept);
    }
    return n.kind === 'map' ? { ...n, entries: kept as MapEntry[] } : { ...n, items: kept as LocatedNode[] };
  };
  return copy(root, 0);
}

/** A `$VAR` or `${VAR…}` Compose replaces (`$$` is a literal dollar). */
export function isInterpolated(s: string): boolean {
  for (let i = s.indexOf('$'); i >= 0 && i < s.length - 1; i = s.indexOf('$', i)) {
    const next = s[i + 1];
    if (next === '$') i += 2;
    else if (next === '{' || /[A-Za-z_]/.test(next)) return true;
    else i++;
  }
  return false;
}

/**
 * The lists compose-go de-duplicates (by key, target or port) before it validates
 * (override.EnforceUnicity): a repeat there is merged, not refused.
 */
const DEDUPLICATED = [
  'networks.*.labels', 'networks.*.ipam.options', 'services.*.annotations', 'services.*.build.args',
  'services.*.build.additional_contexts', 'services.*.build.platform', 'services.*.build.tags',
  'services.*.build.labels', 'services.*.cap_add', 'services.*.cap_drop', 'services.*.devices',
  'services.*.configs', 'services.*.deploy.labels', 'services.*.dns', 'services.*.dns_opt',
  'services.*.dns_search', 'services.*.environment', 'services.*.env_file', 'services.*.expose',
  'services.*.labels', 'services.*.links', 'services.*.networks.*.aliases',
  'services.*.networks.*.link_local_ips', 'services.*.ports', 'services.*.profiles',
  'services.*.secrets', 'services.*.sysctls', 'services.*.tmpfs', 'services.*.volumes',
].map((p) => p.split('.'));

function deduplicatedByCompose(path: string[]): boolean {
  return DEDUPLICATED.some((p) => p.length === path.length && p.every((s, i) => s === '*' || s === path[i]));
}

const COMBINATORS = new Set(['anyOf', 'oneOf']);
const MISMATCH = new Set(['type', 'enum', 'const']);
/** Checks an interpolated string can pass once Compose has replaced its variables. */
const SCALAR_CHECKS = new Set(['enum', 'const', 'pattern', 'format', 'minLength', 'maxLength']);
const SCALAR_TYPES = /\b(number|integer|boolean|null)\b/;

/** Whether Compose could accept the value an error is about after interpolation. */
function interpolationMayPass(e: ErrorObject, root: LocatedNode, path: string[]): boolean {
  if (!SCALAR_CHECKS.has(e.keyword) && !(e.keyword === 'type' && SCALAR_TYPES.test(String(e.params.type)))) return false;
  const { node, matched } = nodeAtPath(root, path);
  return matched === path.length && node?.kind === 'scalar' && typeof node.value === 'string' && isInterpolated(node.value);
}

/**
 * ajv's errors without those Compose would not raise. A combinator whose branches failed over a
 * dropped error goes too, with its branches' type mismatches at its node: what is left are the
 * errors that hold whatever the variables are.
 */
function asComposeJudges(errors: readonly ErrorObject[], root: LocatedNode): ErrorObject[] {
  const droppedUnder = new Set<string>();
  const kept = errors.filter((e) => {
    const path = splitPointer(e.instancePath);
    const drop = e.keyword === 'uniqueItems' ? deduplicatedByCompose(path) : interpolationMayPass(e, root, path);
    if (!drop) return true;
    for (let at = e.instancePath; ; at = at.slice(0, at.lastIndexOf('/'))) {
      droppedUnder.add(at);
      if (!at) break;
    }
    return false;
  });
  if (droppedUnder.size === 0) return kept;
  const cleared = new Set(kept.filter((e) => COMBINATORS.has(e.keyword) && droppedUnder.has(e.instancePath)).map((e) => e.instancePath));
  return kept.filter((e) => !(cleared.has(e.instancePath) && (COMBINATORS.has(e.keyword) || MISMATCH.has(e.keyword))));
}

/** Keys a service has: a top-level key with one of these in its map is a service of a version 1 file. */
const SERVICE_KEYS = ['image', 'build', 'command', 'environment', 'ports', 'volumes', 'links', 'container_name'];

/** The problems of `value` (the document as validated, `root` its tree) under the official schema. */
export function composeSpecProblems(value: unknown, root: LocatedNode): Problem[] {
  if (composeSpec(value)) return [];
  const problems = collapseErrors(asComposeJudges(composeSpec.errors ?? [], root));
  for (const p of problems) {
    if (p.kind !== 'unknown-key' || p.path.length !== 1) continue;
    const v = nodeAtPath(root, p.path).node;
    if (v?.kind === 'map' && v.entries.some((e) => SERVICE_KEYS.includes(e.key))) {
      p.text = 'a service goes under "services:" (Compose no longer reads version 1 files)';
    }
  }
  return problems;
}

const joined = (path: string[]): string => path.join('\u0000');

/**
 * `extra` problems that `primary` does not already report: none at a node `primary` has a problem
 * at, below a node it says has the wrong type, or above a node it is more precise about.
 */
export function mergeProblems(primary: Problem[], extra: Problem[]): Problem[] {
  if (extra.length === 0) return primary;
  const at = new Set(primary.map((p) => joined(p.path)));
  const wrongType = new Set(primary.filter((p) => p.kind === 'type').map((p) => joined(p.path)));
  const above = new Set<string>();
  for (const p of primary) for (let i = 0; i < p.path.length; i++) above.add(joined(p.path.slice(0, i)));
  const kept = extra.filter((p) => {
    if (at.has(joined(p.path))) return false;
    for (let i = 0; i < p.path.length; i++) if (wrongType.has(joined(p.path.slice(0, i)))) return false;
    return !((p.kind === 'type' || p.kind === 'other') && above.has(joined(p.path)));
  });
  return [...primary, ...kept];
}
