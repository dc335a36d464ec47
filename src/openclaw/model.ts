import type { SourceFile } from '../core/source.js';
import { locateScalar } from '../compose/located-string.js';
import { shellFirst } from '../compose/environment.js';
import type { LocatedString } from '../compose/located-string.js';
import type { Reference } from '../compose/interpolate.js';
import type { LocatedNode, MapEntry, MapNode, ScalarNode, SeqNode } from '../parse/tree.js';
import { effectiveEntries, entry, fileOf, get, getPath } from '../parse/tree.js';
import type { CloudruDetection } from '../policy/types.js';
import type { ModelLocation, ThinkingLocation } from './location-table.js';
import { childPath, locationTable, sitesOf } from './locations.js';
import type { Site } from './locations.js';
import { resolveRef, substituteEnv } from './resolve.js';
import type { AliasEntry, EnvLookup, ResolutionContext, ResolvedRef } from './resolve.js';

/** A place in openclaw.json that names a model, as the location table of its OpenClaw version says. */
export interface ModelRef {
  /** The ref as OpenClaw reads it (`${VAR}` filled in from env.vars, located where each part is written). */
  value: LocatedString;
  /** The concrete path, for messages: `agents.defaults.model.primary`. */
  path: string;
  /** The agent scope it is read in (`agents.defaults`, `agents.entries.<id>`, `agents.list[i]`, `root`). */
  scope: string;
  /** What OpenClaw resolves it to; for a pair, the pair's provider and model. */
  resolved?: ResolvedRef;
  /** The provider it resolves to, lowercase (shorthand for resolved.provider). */
  provider?: string;
  /** The env.vars a `${VAR}` in it was filled from. */
  references?: Reference[];
  /** For a key of a `models` map: the map, its path and the entry (a fix must not create a duplicate key). */
  mapEntry?: { map: MapNode; path: string; entry: MapEntry };
}

export interface ProviderModel {
  node: MapNode;
  /** The provider's catalog list and this entry's index in it. */
  catalog: SeqNode;
  index: number;
  id?: ScalarNode;
  name?: ScalarNode;
  reasoning?: MapEntry;
  path: string;
}

export interface Provider {
  id: string;
  /** The provider's entry in `models.providers` (its `apiKey`, `api` and `baseUrl` are read from it). */
  node: MapNode;
  baseUrl?: string;
  isCloudru: boolean;
  models: ProviderModel[];
}

/** An agent scope (defaults or one agent) with its primary model and thinking level. */
export interface AgentScope {
  path: string;
  /** Its own primary, else the defaults' one. */
  primary?: ModelRef;
  thinkingDefault?: MapEntry;
}

/** A thinking setting as the location table lists it, with the model it applies to. */
export interface ThinkingSite {
  location: ThinkingLocation;
  path: string;
  scope: string;
  entry: MapEntry;
  /** Holds the entry (for removing it). */
  parent: MapNode;
  /** level: the sibling model, else the scope's primary; model-param: the models-map key. */
  model?: ModelRef;
  /** The model is the setting's sibling (`subagents.model` for `subagents.thinking`), not a primary. */
  ownModel?: boolean;
}

export interface OpenclawModel {
  file: SourceFile;
  providers: Map<string, Provider>;
  refs: ModelRef[];
  agents: AgentScope[];
  thinking: ThinkingSite[];
  /** Provider ids the policy names as Cloud.ru FM (`cloudru.providers`). */
  cloudruProviders: Set<string>;
  /** How `${VAR}` is filled in this config (env.vars, and the process's variables when given). */
  lookup: EnvLookup;
}

function openclawLookup(envVars: Map<string, LocatedString>, environment?: Readonly<Record<string, string | undefined>>): EnvLookup {
  const own: EnvLookup = (name) => envVars.get(name);
  return environment ? shellFirst(environment, own) : own;
}
/** The URL is Cloud.ru FM itself or the local claude-code-proxy in front of it. */
export function isCloudruUrl(url: string | undefined, detection: CloudruDetection): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url.includes('://') ? url : `http://${url}`);
  } catch {
    return false;
  }
  const host = parsed.hostname.toLowerCase();
  if (detection.hosts.some((h) => host === h.toLowerCase() || host.endsWith(`.${h.toLowerCase()}`))) return true;
  const local = ['localhost', '127.0.0.1', '0.0.0.0', '[::1]', 'host.docker.internal', 'claude-code-proxy'];
  const port = Number(parsed.port || (parsed.protocol === 'https:' ? 443 : 80));
  return local.includes(host) && detection.localProxyPorts.includes(port);
}

function str(node: LocatedNode | undefined): ScalarNode | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'string' ? node : undefined;
}

function keyAsScalar(file: SourceFile, e: MapEntry): ScalarNode {
  const own = fileOf(e, file);
  const c = own.text[e.keyRange[0]];
  // The key may be written in an $include'd file: the scalar keeps where it is written.
  return { kind: 'scalar', value: e.key, style: c === '"' ? 'double' : c === "'" ? 'single' : 'plain', range: e.keyRange, ...(e.source ? { source: e.source } : {}) };
}

/** `provider/*` (or `*`) in an allowlist or a models map: a whole provider, not a model. */
const isWildcard = (ref: string): boolean => ref.trim() === '*' || ref.trim().endsWith('/*');

function readProviders(root: LocatedNode | null, detection: CloudruDetection): Map<string, Provider> {
  const out = new Map<string, Provider>();
  const providers = getPath(root, ['models', 'providers']);
  if (providers?.kind !== 'map') return out;
  for (const e of effectiveEntries(providers)) {
    const baseUrl = str(get(e.value, 'baseUrl'))?.value as string | undefined;
    if (e.value.kind !== 'map') continue;
    const p: Provider = { id: e.key, node: e.value, baseUrl, isCloudru: detection.providers.includes(e.key) || isCloudruUrl(baseUrl, detection), models: [] };
    const list = get(e.value, 'models');
    if (list?.kind === 'seq') {
      list.items.forEach((item, i) => {
        if (item.kind !== 'map') return;
        p.models.push({ node: item, catalog: list, index: i, id: str(get(item, 'id')), name: str(get(item, 'name')), reasoning: entry(item, 'reasoning'), path: `${childPath('models.providers', e.key)}.models[${i}]` });
      });
    }
    out.set(e.key, p);
  }
  return out;
}

/** Aliases and listed model ids, read from the models maps and catalogs before any ref is resolved. */
function resolutionContext(root: LocatedNode | null, providers: Map<string, Provider>): ResolutionContext {
  const mapOf = new Map<string, MapNode>();
  const defaults = getPath(root, ['agents', 'defaults', 'models']);
  if (defaults?.kind === 'map') mapOf.set('agents.defaults', defaults);
  for (const site of sitesOf(root, 'agents.entries.*.models')) if (site.node.kind === 'map') mapOf.set(site.scope, site.node);
  const aliasesIn = (map: MapNode | undefined): AliasEntry[] =>
    map
      ? effectiveEntries(map).flatMap((e) => {
          const alias = str(get(e.value, 'alias'));
          return alias && !isWildcard(e.key) ? [{ alias: String(alias.value), ref: e.key }] : [];
        })
      : [];
  const keysIn = (map: MapNode | undefined): string[] => (map ? effectiveEntries(map).map((e) => e.key.trim()).filter((k) => !isWildcard(k)) : []);
  const shared = [...keysIn(mapOf.get('agents.defaults')), ...[...providers.values()].flatMap((p) => p.models.flatMap((m) => (m.id ? [`${p.id}/${String(m.id.value).trim()}`] : [])))];
  return {
    aliases: (scope) => [...aliasesIn(mapOf.get('agents.defaults')), ...(scope === 'agents.defaults' ? [] : aliasesIn(mapOf.get(scope)))],
    scopeKeys: (scope) => (scope === 'agents.defaults' || scope === 'root' ? [] : keysIn(mapOf.get(scope))),
    sharedKeys: () => shared,
  };
}

/**
 * `environment`: the process's variables, which OpenClaw reads before the config's `env.vars`
 * (a value from there is reported at the `${VAR}` that reads it); none when judging files alone.
 */
export function buildOpenclawModel(
  file: SourceFile,
  root: LocatedNode | null,
  detection: CloudruDetection,
  version: string = 'latest',
  environment?: Readonly<Record<string, string | undefined>>,
): OpenclawModel {
  const model: OpenclawModel = { file, providers: readProviders(root, detection), refs: [], agents: [], thinking: [], cloudruProviders: new Set(detection.providers), lookup: () => undefined };
  const resolution = resolutionContext(root, model.providers);
  const env = getPath(root, ['env', 'vars']);
  const envVars = new Map<string, LocatedString>();
  if (env?.kind === 'map') for (const e of effectiveEntries(env)) if (str(e.value)) envVars.set(e.key, locateScalar(fileOf(e.value, file), e.value as ScalarNode));
  const lookup = openclawLookup(envVars, environment);
  model.lookup = lookup;
  const byPath = new Map<string, ModelRef>();
  const push = (node: ScalarNode, path: string, site: Site, extra: Partial<ModelRef> = {}): ModelRef | undefined => {
    const written = locateScalar(fileOf(node, file), node);
    // Keys are not substituted, values are.
    const { value, references } = extra.mapEntry ? { value: written, references: [] } : substituteEnv(written, lookup);
    if (!value.value.trim()) return undefined;
    const resolved = 'resolved' in extra ? extra.resolved : resolveRef(value.value, site.scope, resolution);
    const ref: ModelRef = { value, path, scope: site.scope, resolved, provider: resolved?.provider, ...(references.length ? { references } : {}), ...extra };
    model.refs.push(ref);
    byPath.set(path, ref);
    return ref;
  };
  for (const location of locationTable(version).models) for (const site of sitesOf(root, location.path)) readSite(site, location, push, file);
  const defaultsPrimary = byPath.get('agents.defaults.model') ?? byPath.get('agents.defaults.model.primary');
  model.agents.push({ path: 'agents.defaults', primary: defaultsPrimary, thinkingDefault: entry(getPath(root, ['agents', 'defaults']), 'thinkingDefault') });
  for (const agent of sitesOf(root, 'agents.entries.*')) {
    const own = byPath.get(`${agent.path}.model`) ?? byPath.get(`${agent.path}.model.primary`);
    model.agents.push({ path: agent.path, primary: own ?? defaultsPrimary, thinkingDefault: entry(agent.node, 'thinkingDefault') });
  }
  const primaryOf = (scope: string): ModelRef | undefined => model.agents.find((a) => a.path === scope)?.primary ?? defaultsPrimary;
  for (const location of locationTable(version).thinking) {
    for (const site of sitesOf(root, location.path)) {
      if (!site.entry || !site.parent || site.parentPath === undefined) continue;
      const parentPath = site.parentPath;
      const sibling = location.kind === 'level' && location.model ? (byPath.get(childPath(parentPath, location.model)) ?? byPath.get(`${childPath(parentPath, location.model)}.primary`)) : undefined;
      const ref = location.kind === 'model-param' ? byPath.get(parentPath.replace(/\.params$/, '')) : (sibling ?? primaryOf(site.scope));
      model.thinking.push({ location, path: site.path, scope: site.scope, entry: site.entry, parent: site.parent, ...(ref ? { model: ref } : {}), ...(sibling ? { ownModel: true } : {}) });
    }
  }
  return model;
}

type Push = (node: ScalarNode, path: string, site: Site, extra?: Partial<ModelRef>) => ModelRef | undefined;

/** The refs one site holds, read by its location's form. */
function readSite(site: Site, location: ModelLocation, push: Push, file: SourceFile): void {
  const { node } = site;
  switch (location.form) {
    case 'ref': {
      const s = str(node);
      if (s) push(s, site.path, site);
      return;
    }
    case 'selector': {
      const s = str(node);
      if (s) push(s, site.path, site);
      const primary = str(get(node, 'primary'));
      if (primary) push(primary, `${site.path}.primary`, site);
      const fallbacks = get(node, 'fallbacks');
      if (fallbacks?.kind === 'seq') fallbacks.items.forEach((n, i) => str(n) && push(n as ScalarNode, `${site.path}.fallbacks[${i}]`, site));
      return;
    }
    case 'allowlist':
      if (node.kind === 'seq') node.items.forEach((n, i) => str(n) && !isWildcard(String((n as ScalarNode).value)) && push(n as ScalarNode, `${site.path}[${i}]`, site));
      return;
    case 'map-key':
      if (node.kind === 'map') {
        for (const e of effectiveEntries(node)) if (!isWildcard(e.key)) push(keyAsScalar(file, e), childPath(site.path, e.key), site, { mapEntry: { map: node, path: site.path, entry: e } });
      }
      return;
    case 'pair': {
      const m = str(get(node, location.model));
      if (!m) return;
      const provider = str(get(node, location.provider))?.value;
      const id = String(m.value).trim();
      const resolved = typeof provider === 'string' && provider.trim() ? { provider: provider.trim().toLowerCase(), model: id } : undefined;
      push(m, childPath(site.path, location.model), site, { resolved });
    }
  }
}

/** The ref goes through Cloud.ru FM: its provider (case-insensitive, as in OpenClaw) is a Cloud.ru FM provider. */
export function refIsCloudru(model: OpenclawModel, ref: ModelRef | undefined): boolean {
  if (!ref?.provider) return false;
  const provider = ref.provider;
  const defined = [...model.providers.values()].find((p) => p.id.trim().toLowerCase() === provider);
  // A provider the policy names is Cloud.ru FM even when it is defined in another file ($include).
  return defined ? defined.isCloudru : [...model.cloudruProviders].some((p) => p.toLowerCase() === provider);
}
