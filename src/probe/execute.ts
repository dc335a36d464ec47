// Sends a plan's requests through the given transport (at most `concurrency` at a time, at most
// `maxRequests` in all) and turns each answer into a record and, when something is wrong, findings.
import type { ProbeRecord } from '../core/result.js';
import type { RuleFinding } from '../rules/types.js';
import { didYouMean, findingsAt, named, nearestIds } from './findings.js';
import type { Anchor, ModelAsk, ProbePlan, ProviderAsk, ProxyAsk, TierAsk } from './plan.js';
import { limiter, RequestBudget, sendWithRetries } from './retry.js';
import type { Clock, Sent } from './retry.js';
import type { HttpRequest, ProbeOptions, Site, Transport } from './types.js';
import { listedIds, providerMessage, readCompletion, readMessages, readToolCall, TIER_CLAUDE_MODEL, TIER_VARIABLE } from './wire.js';

export interface ProbeOutcome {
  findings: RuleFinding[];
  records: ProbeRecord[];
  /** Requests sent, retries included. */
  requests: number;
}

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 408: 'Request Timeout', 422: 'Unprocessable Entity', 429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };

export async function executePlan(plan: ProbePlan, options: ProbeOptions, transport: Transport, clock: Clock, fromEnvironment: (name: string) => boolean = () => false): Promise<ProbeOutcome> {
  const findings: RuleFinding[] = [];
  const records: ProbeRecord[] = [];
  const budget = new RequestBudget(options.maxRequests);
  const limit = limiter(Math.max(1, options.concurrency));
  const secrets = [...plan.providers.map((p) => p.secret.reveal()), ...plan.proxies.flatMap((x) => x.tiers.flatMap((t) => (t.messages.auth ? [t.messages.auth.secret.reveal()] : [])))].filter((s) => s.length >= 4);
  // A provider may echo the key it was sent: never quote it.
  const scrub = (text: string) => secrets.reduce((t, s) => t.split(s).join('[redacted]'), text);
  const send = (request: HttpRequest) => sendWithRetries(transport, request, options.timeoutMs, clock, budget, limit);
  const at = (ruleId: string, sites: Site[], anchor: Anchor, message: (site?: Site) => string) => findings.push(...findingsAt(ruleId, sites, anchor, message, fromEnvironment));
  const record = (sites: Site[], anchor: Anchor, baseUrl: string, model: string, mode: ProbeRecord['mode'], sent: Sent | undefined, outcome: string) => {
    const where = sites[0] ? sites[0].value.file.location(sites[0].value.range[0], sites[0].value.range[1]) : anchor.file.location(anchor.range[0], anchor.range[1]);
    const status = sent?.kind === 'answer' ? sent.status : sent?.kind === 'timeout' ? (sent.lastStatus ?? null) : null;
    const latencyMs = sent && sent.kind !== 'not-sent' ? Math.round(sent.latencyMs) : null;
    records.push({ file: where.file, line: where.line, baseUrl, model, mode, status, latencyMs, outcome });
  };
  const answered = (sent: Sent) => (sent.kind === 'answer' ? `answered ${sent.status}${STATUS_TEXT[sent.status] ? ` ${STATUS_TEXT[sent.status]}` : ''}${providerMessage(sent.body) ? `: ${scrub(providerMessage(sent.body))}` : ''}` : '');
  const what = (sent: Sent, request: string) =>
    sent.kind === 'timeout'
      ? `${request} got no answer within ${options.timeoutMs} ms${sent.lastStatus ? ` (the last answer was ${sent.lastStatus})` : ''}`
      : sent.kind === 'failed'
        ? `${request} failed: ${scrub(sent.message)}`
        : sent.kind === 'not-sent'
          ? `${request} was not sent: --max-requests ${options.maxRequests} reached`
          : `${request} ${answered(sent)}`;
  /** The rule for a request that did not give an answer to read. */
  const failure = (sent: Sent, otherwise: string) => (sent.kind === 'timeout' ? 'model-timeout' : sent.kind === 'not-sent' ? 'probe-skipped' : otherwise);

  const provider = async (p: ProviderAsk) => {
    const list = await send(p.list);
    const request = `GET ${p.list.url}`;
    let ids: string[] | undefined;
    let authFailed = false;
    if (list.kind === 'answer' && list.status >= 200 && list.status < 300) {
      ids = listedIds(list.body);
      if (!ids) at('model-error', p.baseSites, p.anchor, () => `${request} answered ${list.status} with a body that is not a models list`);
    } else if (list.kind === 'answer' && (list.status === 401 || list.status === 403)) {
      authFailed = true;
      at('model-error', p.keySites, p.anchor, (s) => `${what(list, request)}: the key in ${s?.label ?? 'the config'} is not accepted`);
    } else at(failure(list, 'model-error'), p.baseSites, p.anchor, () => what(list, request));
    record(p.baseSites, p.anchor, p.baseUrl, '', 'models', list, ids ? 'ok' : authFailed ? 'model-error' : failure(list, 'model-error'));
    await Promise.all(p.models.map((m) => model(p, m, ids, authFailed)));
  };

  const model = async (p: ProviderAsk, m: ModelAsk, ids: string[] | undefined, authFailed: boolean) => {
    if (ids && !ids.includes(m.model)) {
      at('model-unavailable', m.sites, p.anchor, (s) => `${named(s, m.model)} is not served by ${p.baseUrl}: GET /models does not list it (${ids.length} models listed)${didYouMean(nearestIds(m.model, ids))}`);
      record(m.sites, p.anchor, p.baseUrl, m.model, 'models', undefined, 'model-unavailable');
      return;
    }
    if (!m.completion || authFailed) return;
    const c = await send(m.completion);
    const request = `POST ${m.completion.url}`;
    let outcome: string;
    if (c.kind === 'answer' && c.status >= 200 && c.status < 300) {
      const read = readCompletion(c.body);
      outcome = read.kind === 'ok' ? 'ok' : read.kind === 'empty' ? 'model-empty-content' : 'model-error';
      const thinking = m.thinking ? ` with thinking on (${m.thinkingSetting ?? 'as configured'})` : '';
      if (read.kind === 'empty') at('model-empty-content', m.sites, p.anchor, (s) => `${named(s, m.model)} answered ${c.status} with ${read.detail} and no tool call${thinking}: Claude Code takes that for an empty answer`);
      if (read.kind === 'malformed') at('model-error', m.sites, p.anchor, (s) => `${named(s, m.model)}: ${request} answered ${c.status} with a body that is not a chat completion`);
    } else {
      outcome = failure(c, 'model-error');
      at(outcome, m.sites, p.anchor, (s) => `${named(s, m.model)}: ${what(c, request)}`);
    }
    record(m.sites, p.anchor, p.baseUrl, m.model, 'completion', c, outcome);
    if (outcome !== 'ok' || !m.tools) return;
    const t = await send(m.tools);
    let toolOutcome = 'ok';
    if (t.kind === 'answer' && t.status >= 200 && t.status < 300 && readToolCall(t.body).kind === 'ok') toolOutcome = 'ok';
    else if (t.kind === 'timeout' || t.kind === 'not-sent') {
      toolOutcome = failure(t, 'model-no-tools');
      at(toolOutcome, m.sites, p.anchor, (s) => `${named(s, m.model)}: ${what(t, `the tool call request (${request})`)}`);
    } else {
      toolOutcome = 'model-no-tools';
      const why = t.kind === 'answer' && t.status >= 200 && t.status < 300 ? `answered ${t.status} without a tool call` : what(t, 'the request').replace(/^the request /, '');
      at('model-no-tools', m.sites, p.anchor, (s) => `${named(s, m.model)} ${why} to a request with one tool and tool_choice "required": Claude Code cannot work without function calling`);
    }
    record(m.sites, p.anchor, p.baseUrl, m.model, 'tools', t, toolOutcome);
  };

  const proxy = async (x: ProxyAsk) => {
    const h = await send(x.health);
    const request = `GET ${x.health.url}`;
    const healthy = h.kind === 'answer' && h.status >= 200 && h.status < 300;
    // At the published port it was asked at; a URL given on the command line belongs to the service.
    const where = x.fromPorts && x.site ? [x.site] : [];
    let outcome = 'ok';
    if (!healthy) {
      if (x.fromPorts && h.kind === 'failed' && h.connectionRefused) {
        outcome = 'probe-skipped';
        at('probe-skipped', where, x.anchor, () => `nothing answers at ${x.url}, the port this service publishes: the proxy is not running where the probe runs (start it, or pass --proxy-url)`);
      } else {
        outcome = failure(h, 'proxy-unhealthy');
        if (outcome === 'model-timeout') outcome = 'proxy-unhealthy';
        at(outcome, where, x.anchor, () => what(h, request));
      }
    }
    record(where, x.anchor, x.url, '', 'health', h, outcome);
    if (healthy) await Promise.all(x.tiers.map((t) => tier(x, t)));
  };

  const tier = async (x: ProxyAsk, t: TierAsk) => {
    const r = await send(t.messages);
    const request = `POST ${t.messages.url} for ${TIER_CLAUDE_MODEL[t.tier]} (${TIER_VARIABLE[t.tier]})`;
    let outcome = 'ok';
    if (r.kind === 'answer' && r.status >= 200 && r.status < 300) {
      const read = readMessages(r.body);
      if (read.kind === 'empty') {
        outcome = 'model-empty-content';
        at(outcome, t.sites, x.anchor, (s) => `${named(s, t.model)}: the proxy answered ${request} with ${read.detail}: Claude Code takes that for an empty answer`);
      } else if (read.kind === 'malformed') {
        outcome = 'model-error';
        at(outcome, t.sites, x.anchor, (s) => `${named(s, t.model)}: ${request} answered ${r.status} with a body that is not an Anthropic message`);
      }
    } else {
      outcome = failure(r, 'model-error');
      at(outcome, t.sites, x.anchor, (s) => `${named(s, t.model)}: ${what(r, request)}`);
    }
    record(t.sites, x.anchor, x.url, t.model, 'messages', r, outcome);
  };

  for (const r of plan.refused) {
    at('probe-skipped', r.site ? [r.site] : [], r.anchor, () => `not probed: ${r.reason}`);
    record(r.site ? [r.site] : [], r.anchor, r.baseUrl, r.model, r.mode, undefined, 'probe-skipped');
  }
  await Promise.all([...plan.providers.map(provider), ...plan.proxies.map(proxy)]);
  records.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || MODE_ORDER[a.mode] - MODE_ORDER[b.mode] || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));
  return { findings, records, requests: budget.sent };
}

const MODE_ORDER: Record<ProbeRecord['mode'], number> = { models: 0, completion: 1, tools: 2, health: 3, messages: 4 };
