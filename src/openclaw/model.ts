import type { SourceFile } from '../core/source.js';
import { locateScalar } from '../compose/located-string.js';
import type { LocatedString } from '../compose/located-string.js';
import type { LocatedNode, MapEntry, MapNode, ScalarNode, SeqNode } from '../parse/tree.js';
import { effectiveEntries, entry, fileOf, get, getPath } from '../parse/tree.js';
import type { CloudruDetection } from '../policy/types.js';

/** A place in openclaw.json that names a model as `provider/model`. */
export interface ModelRef {
  value: LocatedString;
  /** Dotted path for messages: `agents.defaults.model.primary`. */
  path: string;
  provider?: string;
  /** For a key of a `models` map: the map and the entry (a fix must not create a duplicate key). */
  mapEntry?: { map: MapNode; entry: MapEntry };
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
  baseUrl?: string;
  isCloudru: boolean;
  models: ProviderModel[];
}

/** An agent scope (defaults or one agent) with its primary model and thinking level. */
export interface AgentScope {
  path: string;
  primary?: ModelRef;
  thinkingDefault?: MapEntry;
}

export interface CliBackendEnv {
  path: string;
  isCloudru: boolean;
  vars: Array<{ name: string; value: LocatedString; path: string }>;
}

export interface OpenclawModel {
  file: SourceFile;
  providers: Map<string, Provider>;
  refs: ModelRef[];
  agents: AgentScope[];
  cliBackends: CliBackendEnv[];
  /** Provider ids the policy names as Cloud.ru FM (`cloudru.providers`). */
  cloudruProviders: Set<string>;
}

const SPEC_KEYS = ['model', 'imageModel', 'utilityModel', 'pdfModel'];

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

export function buildOpenclawModel(file: SourceFile, root: LocatedNode | null, detection: CloudruDetection): OpenclawModel {
  const model: OpenclawModel = { file, providers: new Map(), refs: [], agents: [], cliBackends: [], cloudruProviders: new Set(detection.providers) };
  const providers = getPath(root, ['models', 'providers']);
  if (providers?.kind === 'map') {
    for (const e of effectiveEntries(providers)) {
      const baseUrl = str(get(e.value, 'baseUrl'))?.value as string | undefined;
      const p: Provider = {
        id: e.key,
        baseUrl,
        isCloudru: detection.providers.includes(e.key) || isCloudruUrl(baseUrl, detection),
        models: [],
      };
      const list = get(e.value, 'models');
      if (list?.kind === 'seq') {
        list.items.forEach((item, i) => {
          if (item.kind !== 'map') return;
          const reasoning = entry(item, 'reasoning');
          p.models.push({ node: item, catalog: list, index: i, id: str(get(item, 'id')), name: str(get(item, 'name')), reasoning, path: `models.providers.${e.key}.models[${i}]` });
        });
      }
      model.providers.set(e.key, p);
    }
  }
  const ref = (node: ScalarNode, path: string): ModelRef => {
    const value = locateScalar(fileOf(node, file), node);
    return { value, path, provider: refProvider(value.value) };
  };
  const specRefs = (node: LocatedNode | undefined, path: string): ModelRef | undefined => {
    const s = str(node);
    if (s) {
      const r = ref(s, path);
      model.refs.push(r);
      return r;
    }
    if (node?.kind === 'seq') node.items.forEach((n, i) => specRefs(n, `${path}[${i}]`));
    if (node?.kind !== 'map') return undefined;
    const primary = specRefs(get(node, 'primary'), `${path}.primary`);
    const fallbacks = get(node, 'fallbacks');
    if (fallbacks?.kind === 'seq') fallbacks.items.forEach((n, i) => specRefs(n, `${path}.fallbacks[${i}]`));
    return primary;
  };
  const scope = (node: LocatedNode | undefined, path: string, inherited?: ModelRef): void => {
    if (node?.kind !== 'map') return;
    let primary: ModelRef | undefined;
    for (const key of SPEC_KEYS) {
      const r = specRefs(get(node, key), `${path}.${key}`);
      if (key === 'model') primary = r;
    }
    for (const key of ['subagents', 'heartbeat']) specRefs(getPath(node, [key, 'model']), `${path}.${key}.model`);
    const media = get(node, 'mediaModels');
    if (media?.kind === 'map') for (const e of effectiveEntries(media)) specRefs(e.value, `${path}.mediaModels.${e.key}`);
    const models = get(node, 'models');
    if (models?.kind === 'map') {
      for (const e of effectiveEntries(models)) {
        const r = ref(keyAsScalar(file, e), `${path}.models["${e.key}"]`);
        model.refs.push({ ...r, mapEntry: { map: models, entry: e } });
      }
    }
    const thinking = entry(node, 'thinkingDefault');
    model.agents.push({ path, primary: primary ?? inherited, thinkingDefault: thinking });
    const backends = get(node, 'cliBackends');
    if (backends?.kind === 'map') {
      for (const b of effectiveEntries(backends)) {
        const env = get(b.value, 'env');
        if (env?.kind !== 'map') continue;
        const vars = effectiveEntries(env)
          .filter((e) => str(e.value))
          .map((e) => ({ name: e.key, value: locateScalar(file, e.value as ScalarNode), path: `${path}.cliBackends.${b.key}.env.${e.key}` }));
        const url = vars.find((v) => v.name === 'ANTHROPIC_BASE_URL' || v.name === 'OPENAI_BASE_URL')?.value.value;
        model.cliBackends.push({ path: `${path}.cliBackends.${b.key}`, isCloudru: isCloudruUrl(url, detection), vars });
      }
    }
  };
  const defaults = getPath(root, ['agents', 'defaults']);
  scope(defaults, 'agents.defaults');
  const defaultPrimary = model.agents[0]?.primary;
  const entries = getPath(root, ['agents', 'entries']);
  // OpenClaw reads a legacy agents.list only when there is no agents.entries.
  const list = entries ? undefined : getPath(root, ['agents', 'list']);
  if (list?.kind === 'seq') list.items.forEach((a, i) => scope(a, `agents.list[${i}]`, defaultPrimary));
  if (entries?.kind === 'map') for (const e of effectiveEntries(entries)) scope(e.value, `agents.entries.${e.key}`, defaultPrimary);
  return model;
}

/**
 * Where a trailing `@profile` (an auth profile) starts in `raw`, as OpenClaw splits it off,
 * keeping the `@YYYYMMDD` version and local quantization (`@q4_k_m`, `@8bit`) suffixes that
 * belong to the model id; `raw.length` when there is none.
 */
export function authProfileStart(raw: string): number {
  const end = raw.trimEnd().length;
  const ref = raw.slice(0, end);
  let at = ref.indexOf('@', ref.lastIndexOf('/') + 1);
  if (at <= 0) return raw.length;
  const rest = () => ref.slice(at + 1);
  if (/^\d{8}(?:@|$)/.test(rest())) {
    at = ref.indexOf('@', at + 9);
    if (at < 0) return raw.length;
  }
  if (/^(?:i?q\d+(?:_[a-z0-9]+)*|\d+bit)(?:@|$)/i.test(rest())) {
    at = ref.indexOf('@', at + 1);
    if (at < 0) return raw.length;
  }
  return ref.slice(0, at).trim() && ref.slice(at + 1).trim() ? at : raw.length;
}

export function withoutAuthProfile(raw: string): string {
  return raw.slice(0, authProfileStart(raw)).trim();
}

/** The provider of a `provider/model` ref as OpenClaw compares it: trimmed, lowercase. */
export function refProvider(raw: string): string | undefined {
  const ref = withoutAuthProfile(raw);
  const slash = ref.indexOf('/');
  const provider = slash > 0 ? ref.slice(0, slash).trim().toLowerCase() : '';
  return provider || undefined;
}

/** The ref goes through Cloud.ru FM: its provider (case-insensitive, as in OpenClaw) is a Cloud.ru FM provider. */
export function refIsCloudru(model: OpenclawModel, ref: ModelRef | undefined): boolean {
  if (!ref?.provider) return false;
  const provider = ref.provider;
  const defined = [...model.providers.values()].find((p) => p.id.trim().toLowerCase() === provider);
  // A provider the policy names is Cloud.ru FM even when it is defined in another file ($include).
  return defined ? defined.isCloudru : [...model.cloudruProviders].some((p) => p.toLowerCase() === provider);
}
