// The targets of a probe, read from the same Compose and OpenClaw models the rules judge, with
// `${VAR}` filled from the process environment first (as Compose and OpenClaw do when they run).
import { locateScalar, sliceLocated } from '../compose/located-string.js';
import type { LocatedString } from '../compose/located-string.js';
import { authProfileStart } from '../openclaw/ref.js';
import type { ComposeService } from '../compose/project.js';
import { serviceAnchor, aliasSite } from '../rules/helpers.js';
import type { OpenclawModel, Provider } from '../openclaw/model.js';
import { substituteEnv } from '../openclaw/resolve.js';
import { entry, fileOf, get } from '../parse/tree.js';
import type { LocatedNode, ScalarNode } from '../parse/tree.js';
import type { Policy } from '../policy/types.js';
import { Secret } from './types.js';
import type { ProbedModel, ProbeTarget, Site, Tier } from './types.js';
import { proxyPublishedUrl } from './ports.js';

const TIERS: Array<[string, Tier]> = [
  ['BIG_MODEL', 'big'],
  ['MIDDLE_MODEL', 'middle'],
  ['SMALL_MODEL', 'small'],
];

/** What the proxy falls back to without OPENAI_BASE_URL. */
const OPENAI_DEFAULT_BASE = 'https://api.openai.com/v1';

function envSite(service: ComposeService, name: string): Site | undefined {
  const v = service.env.get(name);
  if (!v) return undefined;
  // An unknown value is reported at the `${VAR}` nothing sets, else at the name.
  return { value: v.value ?? v.references[0]?.site ?? v.key, references: v.references, via: aliasSite(v.file, v.via), label: name };
}

/** Why a variable has no value: the `${VAR}`s nothing sets. */
function unsetReason(name: string, service: ComposeService): string {
  const v = service.env.get(name);
  if (!v) return `${name} is not set`;
  const names = [...new Set(v.references.map((r) => r.name))];
  return names.length ? `${name} reads ${names.map((n) => `\${${n}}`).join(', ')}, which neither the environment nor the .env sets` : `${name} is passed through from an environment that does not set it`;
}

export function proxyTarget(service: ComposeService): ProbeTarget {
  const anchor = serviceAnchor(service);
  const target: ProbeTarget = { kind: 'proxy', name: service.name, anchor, models: [], skipped: [] };
  const thinking = service.env.get('DISABLE_THINKING')?.value?.value !== 'true';
  for (const [name, tier] of TIERS) {
    const v = service.env.get(name);
    const site = envSite(service, name);
    if (!v || !site) continue; // a missing tier is model-tiers' finding; nothing to ask
    if (!v.value || !v.value.value.trim()) {
      target.skipped.push({ reason: unsetReason(name, service), site });
      continue;
    }
    target.models.push({ id: v.value.value.trim(), sites: [site], tier, thinking, thinkingSetting: 'DISABLE_THINKING is not "true"' });
  }
  const base = service.env.get('OPENAI_BASE_URL');
  const baseSite = envSite(service, 'OPENAI_BASE_URL');
  if (base && !base.value?.value.trim()) target.unusable ??= { reason: unsetReason('OPENAI_BASE_URL', service), site: baseSite };
  else if (base?.value && baseSite) target.baseUrl = { url: base.value.value.trim(), site: baseSite };
  else target.unusable ??= { reason: `OPENAI_BASE_URL is not set: the proxy would call ${OPENAI_DEFAULT_BASE}` };
  const key = service.env.get('OPENAI_API_KEY');
  const keySite = envSite(service, 'OPENAI_API_KEY');
  if (key?.value?.value && keySite) target.key = { secret: new Secret(key.value.value), site: keySite };
  else target.unusable ??= { reason: unsetReason('OPENAI_API_KEY', service), site: keySite, noKey: true };
  const published = proxyPublishedUrl(service);
  const anthropic = service.env.get('ANTHROPIC_API_KEY')?.value?.value;
  if (published) target.proxy = { ...published, ...(anthropic ? { anthropicKey: new Secret(anthropic) } : {}) };
  return target;
}

function str(node: LocatedNode | undefined): ScalarNode | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'string' ? node : undefined;
}

/** A provider's `apiKey` as OpenClaw reads it: a string with `${VAR}`, the `$VAR` shorthand, or an `env` SecretRef. */
function providerKey(model: OpenclawModel, provider: Provider, label: string): { key?: ProbeTarget['key']; unusable?: string; site?: Site; noKey?: boolean } {
  const node = get(provider.node, 'apiKey');
  if (!node) return { unusable: `${label} is not set (OpenClaw would take the key from an auth profile, which is not in the tree)`, noKey: true };
  if (node.kind === 'map') {
    const source = str(get(node, 'source'))?.value;
    const id = str(get(node, 'id'));
    if (source !== 'env' || !id) return { unusable: `${label} comes from the ${typeof source === 'string' ? `"${source}"` : 'unknown'} secret provider, which a probe does not read`, site: siteOf(model, node, label) };
    return keyFrom(model, id, String(id.value), label);
  }
  const s = str(node);
  if (!s) return { unusable: `${label} is not a string` };
  const shorthand = /^\$([A-Z][A-Z0-9_]*)$/.exec(String(s.value).trim());
  if (shorthand) return keyFrom(model, s, shorthand[1], label);
  const written = locateScalar(fileOf(s, model.file), s);
  const { value, references } = substituteEnv(written, model.lookup);
  const site: Site = { value, references, label };
  const unset = /\$\{([A-Z_][A-Z0-9_]*)\}/.exec(value.value);
  if (unset) return { unusable: `${label} reads \${${unset[1]}}, which neither the environment nor env.vars sets`, site, noKey: true };
  return value.value ? { key: { secret: new Secret(value.value), site } } : { unusable: `${label} is empty`, site };
}

/** A key named by a variable (`$VAR`, `{source: "env", id}`): the environment, then env.vars. */
function keyFrom(model: OpenclawModel, node: ScalarNode, name: string, label: string): ReturnType<typeof providerKey> {
  const written = locateScalar(fileOf(node, model.file), node);
  const value = model.lookup(name, written);
  const site: Site = { value: value ?? written, references: [{ name, site: written }], label };
  return value?.value ? { key: { secret: new Secret(value.value), site } } : { unusable: `${label} names ${name}, which neither the environment nor env.vars sets`, site, noKey: true };
}

function siteOf(model: OpenclawModel, node: LocatedNode, label: string): Site {
  const file = fileOf(node, model.file);
  return { value: { value: '', spans: [], file, range: node.range }, references: [], label };
}

/** The model id of a written `provider/model[@profile]` ref (an alias or a bare id is reported whole). */
function modelPart(value: LocatedString, split: boolean): LocatedString {
  if (!split) return value;
  const raw = value.value;
  const start = raw.indexOf('/') + 1;
  let end = authProfileStart(raw);
  while (end > start && /\s/.test(raw[end - 1])) end--;
  return end > start ? sliceLocated(value, start, end) : value;
}

function isDirectCloudru(url: string, policy: Policy): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return policy.cloudru.hosts.some((h) => host === h.toLowerCase() || host.endsWith(`.${h.toLowerCase()}`));
  } catch {
    return false;
  }
}

/**
 * The Cloud.ru FM providers of one config that call Cloud.ru FM directly (one that points at the
 * local proxy is asked through the proxy's compose service), each with the models its refs use.
 */
export function openclawTargets(model: OpenclawModel, policy: Policy): ProbeTarget[] {
  const out: ProbeTarget[] = [];
  for (const provider of model.providers.values()) {
    if (!provider.isCloudru) continue;
    const api = str(get(provider.node, 'api'))?.value;
    if (typeof api === 'string' && !api.startsWith('openai')) continue; // not an OpenAI-compatible API
    const path = `models.providers.${provider.id}`;
    const e = entry(provider.node, 'baseUrl');
    const baseNode = str(e?.value);
    const base = baseNode ? substituteEnv(locateScalar(fileOf(baseNode, model.file), baseNode), model.lookup) : undefined;
    if (!base || !isDirectCloudru(base.value.value, policy)) continue;
    const anchorFile = fileOf(provider.node, model.file);
    const target: ProbeTarget = { kind: 'openclaw', name: provider.id, anchor: { file: anchorFile, range: provider.node.range }, models: [], skipped: [] };
    target.baseUrl = { url: base.value.value.trim(), site: { value: base.value, references: base.references, label: `${path}.baseUrl` } };
    const key = providerKey(model, provider, `${path}.apiKey`);
    if (key.key) target.key = key.key;
    else target.unusable = { reason: key.unusable!, site: key.site, ...(key.noKey ? { noKey: true } : {}) };
    const byId = new Map<string, ProbedModel>();
    const id = provider.id.trim().toLowerCase();
    for (const ref of model.refs) {
      if (ref.provider !== id || !ref.resolved?.model) continue;
      const modelId = ref.resolved.model;
      const site: Site = { value: modelPart(ref.value, !ref.resolved.via && !ref.mapEntry && ref.value.value.includes('/')), references: ref.references ?? [], label: ref.path };
      const known = byId.get(modelId);
      if (known) known.sites.push(site);
      else {
        const catalog = provider.models.find((m) => String(m.id?.value ?? '').trim() === modelId);
        const reasoning = catalog?.reasoning?.value;
        byId.set(modelId, { id: modelId, sites: [site], thinking: reasoning?.kind === 'scalar' && reasoning.value === true, thinkingSetting: `${catalog?.path ?? 'the catalog entry'}.reasoning is true` });
      }
    }
    // A thinking setting OpenClaw applies to the model (thinkingDefault for a primary, a models
    // map's params.thinking, a level beside a model) that is not its "off" value turns it on.
    for (const t of model.thinking) {
      const ask = t.model?.provider === id && t.model.resolved ? byId.get(t.model.resolved.model) : undefined;
      const v = t.entry.value;
      if (!ask || ask.thinking || v.kind !== 'scalar' || v.value === false || String(v.value) === (t.location.off ?? 'off')) continue;
      ask.thinking = true;
      ask.thinkingSetting = `${t.path} is ${JSON.stringify(v.value)}`;
    }
    target.models = [...byId.values()];
    out.push(target);
  }
  return out;
}
