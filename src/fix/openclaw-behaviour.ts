/**
 * What a fix to an openclaw config may change: every ref that resolved to a banned model now
 * resolves to the replacement on the same provider, every other ref resolves exactly as before,
 * no alias is lost, no provider catalog gains a duplicate id, no map gains a duplicate key.
 * Checked by resolving the config before and after (the same code the rules use), so a fix
 * that would change anything else is refused rather than applied.
 */
import type { JudgeReads, ParsedFile, RulesLookup } from '../core/engine.js';
import { openclawConfigs } from '../core/engine.js';
import { buildOpenclawModel } from '../openclaw/model.js';
import type { OpenclawModel } from '../openclaw/model.js';
import { get } from '../parse/tree.js';
import type { LocatedNode } from '../parse/tree.js';
import type { Policy } from '../policy/types.js';
import { modelMatcher } from '../rules/model-match.js';
import { refKey } from '../rules/openclaw-fixes.js';

export interface OpenclawBehaviour {
  config: string;
  /** Files the config is read from. */
  files: string[];
  /** Resolved model key (`provider/model`) of each ref, by where it stands (its dotted path). */
  refs: Map<string, string>;
  /** Keys of each `models` map, by the map's path (a key is a ref too). */
  mapKeys: Map<string, Set<string>>;
  /** `<models map path>: <alias, lowercase>` → resolved model key. */
  aliases: Map<string, string>;
  /** Model ids of each provider's catalog, in order (OpenClaw keeps the first of a repeated id). */
  catalogs: Map<string, string[]>;
  /** Maps with a key written twice (JSON5 keeps the last). */
  duplicateKeys: number;
  /** Provider ids (lowercase) that are Cloud.ru FM: only their banned models are to be replaced. */
  cloudru: Set<string>;
}

/** The behaviour of every openclaw config among `parsed`, by config path. */
export function openclawBehaviours(parsed: ParsedFile[], policy: Policy, reads: JudgeReads = {}): Map<string, OpenclawBehaviour> {
  const out = new Map<string, OpenclawBehaviour>();
  for (const { document } of openclawConfigs(parsed, reads)) {
    const model = buildOpenclawModel(document.file, document.root, policy.cloudru, policy.openclaw.version);
    out.set(document.file.path, behaviourOf(model, document.files.map((f) => f.path), document.root));
  }
  return out;
}

/** A ref's resolved key: provider lowercased, trimmed, as OpenClaw compares them. */
const keyOf = refKey;

function behaviourOf(model: OpenclawModel, files: string[], root: LocatedNode | null): OpenclawBehaviour {
  const refs = new Map<string, string>();
  const mapKeys = new Map<string, Set<string>>();
  const aliases = new Map<string, string>();
  for (const ref of model.refs) {
    const keyed = ref.mapEntry;
    if (keyed) {
      const set = mapKeys.get(keyed.path) ?? new Set<string>();
      set.add(keyOf(ref.value.value));
      mapKeys.set(keyed.path, set);
      // An alias (case-insensitive in OpenClaw) names the model of its entry.
      const alias = get(keyed.entry.value, 'alias');
      if (alias?.kind === 'scalar' && typeof alias.value === 'string' && alias.value.trim()) aliases.set(`${keyed.path}: ${alias.value.trim().toLowerCase()}`, keyOf(ref.value.value));
    } else refs.set(ref.path, ref.resolved ? `${ref.resolved.provider}/${ref.resolved.model}` : keyOf(ref.value.value));
  }
  const catalogs = new Map<string, string[]>();
  for (const p of model.providers.values()) catalogs.set(p.id.toLowerCase(), p.models.map((m) => String(m.id?.value ?? '')));
  const cloudru = new Set([...model.cloudruProviders].map((p) => p.toLowerCase()));
  for (const p of model.providers.values()) if (p.isCloudru) cloudru.add(p.id.trim().toLowerCase());
  return { config: model.file.path, files, refs, mapKeys, aliases, catalogs, duplicateKeys: duplicateKeys(root), cloudru };
}

function duplicateKeys(root: LocatedNode | null): number {
  let count = 0;
  const walk = (n: LocatedNode | null, depth: number): void => {
    if (!n || depth > 500) return;
    if (n.kind === 'seq') for (const i of n.items) walk(i, depth + 1);
    if (n.kind !== 'map') return;
    const seen = new Set<string>();
    for (const e of n.entries) {
      if (seen.has(e.key)) count++;
      seen.add(e.key);
      walk(e.value, depth + 1);
    }
  };
  walk(root, 0);
  return count;
}

/**
 * What a banned key becomes after the fix: the replacement on the same provider, for a provider
 * that is Cloud.ru FM (any provider with `everywhere`); others stay. `provider`: of a catalog id.
 */
export type KeyMapping = (key: string, cloudru: ReadonlySet<string>, provider?: string) => string;

export function bannedKeyMapping(patterns: string[], replacement: string, everywhere = false): KeyMapping {
  const matcher = modelMatcher(patterns);
  return (key, cloudru, provider = key.slice(0, Math.max(0, key.indexOf('/'))).trim().toLowerCase()) => {
    if (!everywhere && !cloudru.has(provider)) return key;
    const m = matcher.matchId(key);
    return m ? key.slice(0, m.start) + replacement + key.slice(m.end) : key;
  };
}

/** The banned-model mapping the policy sets for a config's file. */
export function policyKeyMapping(rulesOf: RulesLookup, path: string): KeyMapping {
  const o = rulesOf(path)['banned-model']?.options ?? {};
  const patterns = Array.isArray(o.patterns) ? (o.patterns as string[]) : [];
  return bannedKeyMapping(patterns, typeof o.replacement === 'string' ? o.replacement : 'openai/gpt-oss-120b', o.everywhere === true);
}

/** Why `after` is not `before` with banned keys mapped, or undefined when it is. */
export function behaviourChange(before: OpenclawBehaviour, after: OpenclawBehaviour, mapping: KeyMapping): string | undefined {
  const map = (key: string, provider?: string) => mapping(key, before.cloudru, provider);
  for (const [path, key] of before.refs) {
    const now = after.refs.get(path);
    if (now === undefined) return `${path} would no longer name a model`;
    if (now !== map(key)) return `${path} would resolve to ${now} instead of ${map(key)}`;
  }
  for (const path of after.refs.keys()) if (!before.refs.has(path)) return `${path} would name a model it did not name before`;
  for (const [path, keys] of before.mapKeys) {
    const expected = new Set([...keys].map((k) => map(k)));
    const now = after.mapKeys.get(path) ?? new Set<string>();
    const lost = [...expected].find((k) => !now.has(k));
    if (lost) return `${path} would lose its entry for ${lost}`;
    const added = [...now].find((k) => !expected.has(k));
    if (added) return `${path} would gain an entry for ${added}`;
  }
  for (const [alias, key] of before.aliases) {
    const now = after.aliases.get(alias);
    if (now !== map(key)) return `the alias "${alias}" would ${now === undefined ? 'be lost' : `resolve to ${now} instead of ${map(key)}`}`;
  }
  for (const [provider, ids] of before.catalogs) {
    const now = after.catalogs.get(provider) ?? [];
    // Which ids it offers; their order only sorts a picker.
    const firstOf = (list: string[]): string[] => list.filter((id, i) => list.indexOf(id) === i).sort();
    const expected = firstOf(ids.map((id) => map(id, provider)));
    const got = firstOf(now);
    if (expected.join('\n') !== got.join('\n')) return `the model catalog of provider ${provider} would change from [${expected.join(', ')}] to [${got.join(', ')}]`;
    const dupes = now.length - got.length;
    if (dupes > ids.length - firstOf(ids).length) return `the model catalog of provider ${provider} would list a model id twice (OpenClaw keeps only the first)`;
  }
  if (after.duplicateKeys > before.duplicateKeys) return 'the result would write a key twice in one object (JSON5 keeps only the last)';
  return undefined;
}
