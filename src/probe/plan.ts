// Which requests a probe sends: identical (base URL, key, model) asks merged into one, each kept
// with every line that configures it; what may not be sent (a key to a host it is not allowed to
// reach, plain http) is refused here, before any request exists.
import type { HttpRequest, ProbedModel, ProbeOptions, ProbeTarget, RequestKind, Secret, Site, Tier } from './types.js';
import { CLOUDRU_PROBE_HOSTS } from './types.js';
import { completionRequest, healthRequest, listRequest, messagesRequest, toolsRequest } from './wire.js';

export interface Anchor {
  file: ProbeTarget['anchor']['file'];
  range: ProbeTarget['anchor']['range'];
}

export interface ModelAsk {
  model: string;
  thinking: boolean;
  thinkingSetting?: string;
  sites: Site[];
  completion?: HttpRequest;
  tools?: HttpRequest;
}

/** One (base URL, key): its models list and the models asked about there. */
export interface ProviderAsk {
  baseUrl: string;
  baseSites: Site[];
  keySites: Site[];
  anchor: Anchor;
  secret: Secret;
  list: HttpRequest;
  models: ModelAsk[];
}

export interface TierAsk {
  tier: Tier;
  model: string;
  sites: Site[];
  messages: HttpRequest;
}

/** One proxy URL: its health, then one Anthropic Messages request per tier. */
export interface ProxyAsk {
  url: string;
  /** Taken from a published port, not named with --proxy-url: a proxy not running here is no finding. */
  fromPorts: boolean;
  site?: Site;
  anchor: Anchor;
  health: HttpRequest;
  tiers: TierAsk[];
}

/** Something that was not asked, and why (said as a `probe-skipped` finding). */
export interface Refusal {
  reason: string;
  mode: RequestKind;
  site?: Site;
  anchor: Anchor;
  baseUrl: string;
  model: string;
}

export interface ProbePlan {
  providers: ProviderAsk[];
  proxies: ProxyAsk[];
  refused: Refusal[];
  /** With `quietWithoutKey`: why each target left out for want of its key was left out. */
  withoutKey: string[];
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopback(url: URL): boolean {
  return LOOPBACK.has(url.hostname.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(url.hostname);
}

/** Why a key may not be sent to `raw`, or undefined when it may. */
export function refuseUrl(raw: string, options: Pick<ProbeOptions, 'allowHttp' | 'allowHosts'>, what = 'the key'): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `"${raw.slice(0, 80)}" is not a URL`;
  }
  if (url.username || url.password) return 'the URL carries credentials of its own';
  const loopback = isLoopback(url);
  if (url.protocol === 'http:' && !loopback && !options.allowHttp) return `${url.origin} is plain http, which would send ${what} unencrypted (pass --allow-http to allow it)`;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `${url.protocol} is not http or https`;
  const host = url.hostname.toLowerCase();
  const allowed = [...CLOUDRU_PROBE_HOSTS, ...options.allowHosts].some((h) => host === h.toLowerCase() || host.endsWith(`.${h.toLowerCase()}`));
  if (!loopback && !allowed) return `${host} is not a host ${what} may be sent to (Cloud.ru FM's, loopback, or one named with --allow-host)`;
  return undefined;
}

/** The requests of `targets`, merged; none is sent here. */
export function planProbe(targets: ProbeTarget[], options: ProbeOptions): ProbePlan {
  const plan: ProbePlan = { providers: [], proxies: [], refused: [], withoutKey: [] };
  const providers = new Map<string, ProviderAsk>();
  const proxies = new Map<string, ProxyAsk>();
  for (const t of targets) {
    for (const s of t.skipped) plan.refused.push({ reason: s.reason, mode: 'models', site: s.site, anchor: t.anchor, baseUrl: t.baseUrl?.url ?? '', model: '' });
    const refusal = t.unusable?.reason ?? (t.baseUrl ? refuseUrl(t.baseUrl.url, options) : undefined);
    if (t.unusable?.noKey && options.quietWithoutKey) plan.withoutKey.push(t.unusable.reason);
    else if (refusal || !t.baseUrl || !t.key) {
      if (t.models.length || t.unusable) plan.refused.push({ reason: refusal ?? 'nothing to ask', mode: 'models', site: t.unusable?.site ?? t.baseUrl?.site, anchor: t.anchor, baseUrl: t.baseUrl?.url ?? '', model: t.models.map((m) => m.id).join(', ') });
    } else if (t.models.length) {
      // The key is part of the identity (two keys may see different models); it stays in memory only.
      const id = `${t.baseUrl.url.replace(/\/+$/, '')}\n${t.key.secret.reveal()}`;
      let ask = providers.get(id);
      if (!ask) {
        ask = { baseUrl: t.baseUrl.url, baseSites: [], keySites: [], anchor: t.anchor, secret: t.key.secret, list: listRequest(t.baseUrl.url, t.key.secret), models: [] };
        providers.set(id, ask);
      }
      ask.baseSites.push(t.baseUrl.site);
      ask.keySites.push(t.key.site);
      for (const m of t.models) addModel(ask, m, options);
    }
    if (t.kind === 'proxy') addProxy(t, options, proxies, plan);
  }
  plan.providers = [...providers.values()];
  plan.proxies = [...proxies.values()];
  return plan;
}

function addModel(ask: ProviderAsk, m: ProbedModel, options: ProbeOptions): void {
  const known = ask.models.find((x) => x.model === m.id && x.thinking === m.thinking);
  if (known) {
    known.sites.push(...m.sites);
    return;
  }
  const completion = options.mode === 'completion';
  ask.models.push({
    model: m.id,
    thinking: m.thinking,
    ...(m.thinkingSetting ? { thinkingSetting: m.thinkingSetting } : {}),
    sites: [...m.sites],
    ...(completion
      ? { completion: completionRequest(ask.baseUrl, ask.secret, m.id, options.maxTokens, m.thinking), tools: toolsRequest(ask.baseUrl, ask.secret, m.id, options.maxTokens, m.thinking) }
      : {}),
  });
}

/**
 * The proxy is asked in completion mode at its published port, or whenever --proxy-url names it.
 * Its ANTHROPIC_API_KEY goes only to the URL it was configured for or a loopback one.
 */
function addProxy(t: ProbeTarget, options: ProbeOptions, proxies: Map<string, ProxyAsk>, plan: ProbePlan): void {
  if (options.proxyUrl === null) return;
  const named = options.proxyUrl !== undefined;
  if (!named && (options.mode !== 'completion' || !t.proxy)) return;
  const url = (options.proxyUrl ?? t.proxy!.url).replace(/\/+$/, '');
  const refused = refuseUrl(url, options, t.proxy?.anthropicKey ? 'the proxy key' : 'the request');
  if (refused) {
    plan.refused.push({ reason: refused, mode: 'health', site: t.proxy?.site, anchor: t.anchor, baseUrl: url, model: '' });
    return;
  }
  let ask = proxies.get(url);
  if (!ask) {
    ask = { url, fromPorts: !named, site: t.proxy?.site, anchor: t.anchor, health: healthRequest(url), tiers: [] };
    proxies.set(url, ask);
  }
  for (const m of t.models) {
    if (!m.tier) continue;
    const known = ask.tiers.find((x) => x.tier === m.tier);
    if (known) known.sites.push(...m.sites);
    else ask.tiers.push({ tier: m.tier, model: m.id, sites: [...m.sites], messages: messagesRequest(url, m.tier, options.maxTokens, t.proxy?.anthropicKey) });
  }
}

/** Every request the plan may send (a later one only when the one before it answers), for `--plan`. */
export function plannedRequests(plan: ProbePlan): Array<{ kind: RequestKind; request: HttpRequest; model: string; sites: Site[]; anchor: Anchor; when?: string }> {
  const out: ReturnType<typeof plannedRequests> = [];
  for (const p of plan.providers) {
    out.push({ kind: 'models', request: p.list, model: p.models.map((m) => m.model).join(', '), sites: p.baseSites, anchor: p.anchor });
    for (const m of p.models) {
      if (m.completion) out.push({ kind: 'completion', request: m.completion, model: m.model, sites: m.sites, anchor: p.anchor, when: 'unless the list lacks the model' });
      if (m.tools) out.push({ kind: 'tools', request: m.tools, model: m.model, sites: m.sites, anchor: p.anchor, when: 'after a completion with content' });
    }
  }
  for (const x of plan.proxies) {
    out.push({ kind: 'health', request: x.health, model: '', sites: x.site ? [x.site] : [], anchor: x.anchor });
    for (const t of x.tiers) out.push({ kind: 'messages', request: t.messages, model: t.model, sites: t.sites, anchor: x.anchor, when: 'after a healthy /health' });
  }
  return out;
}
