import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { httpTransport } from '../../src/net/http-transport.js';
import { parsePortSpec } from '../../src/probe/ports.js';
import { refuseUrl } from '../../src/probe/plan.js';
import { limiter, RequestBudget, retryAfterMs, sendWithRetries } from '../../src/probe/retry.js';
import { Secret } from '../../src/probe/types.js';
import type { HttpResult, Transport } from '../../src/probe/types.js';
import { MAX_BODY_BYTES, providerMessage, readCompletion, readMessages } from '../../src/probe/wire.js';
import { probeCli, sleepless, virtualTime } from '../support/probe.js';
import { tempTree } from '../support/tmp.js';

const answer = (status: number, body = '{}', headers: Record<string, string> = {}): HttpResult => ({ kind: 'answer', status, statusText: '', body, latencyMs: 1, attempts: 1, headers });

function scripted(results: HttpResult[]): Transport & { calls: number } {
  const t = {
    calls: 0,
    send: async () => results[Math.min(t.calls++, results.length - 1)],
  };
  return t;
}

describe('retries', () => {
  test('Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:10 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(10_000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(undefined)).toBeUndefined();
  });

  test('a Retry-After longer than the budget is not waited for; 5xx stops after four attempts; 4xx is not retried', async () => {
    const clock = sleepless();
    const long = scripted([answer(429, '{}', { 'retry-after': '60' })]);
    expect(await sendWithRetries(long, { method: 'GET', url: 'https://x/', headers: {} }, 30_000, clock, new RequestBudget(10))).toMatchObject({ kind: 'answer', status: 429, attempts: 1 });
    expect(clock.sleeps).toEqual([]);
    const failing = scripted([answer(502)]);
    expect(await sendWithRetries(failing, { method: 'GET', url: 'https://x/', headers: {} }, 30_000, clock, new RequestBudget(10))).toMatchObject({ status: 502, attempts: 4 });
    expect(clock.sleeps).toEqual([500, 1000, 2000]);
    const bad = scripted([answer(400)]);
    expect(await sendWithRetries(bad, { method: 'GET', url: 'https://x/', headers: {} }, 30_000, clock, new RequestBudget(10))).toMatchObject({ status: 400, attempts: 1 });
  });

  test('a probe waiting to retry leaves its slot to the others, and the wait for a slot is not taken from its budget', async () => {
    const { clock } = virtualTime();
    const order: string[] = [];
    // A's provider answers 429 (after 1 s), then 200 (after 1 s); B's answers 200 after 20 s.
    let aCalls = 0;
    const a: Transport = { send: async () => (order.push('A'), await clock.sleep(1_000), answer(aCalls++ === 0 ? 429 : 200)) };
    const b: Transport = { send: async () => (order.push('B'), await clock.sleep(20_000), answer(200)) };
    const one = limiter(1);
    const request = { method: 'GET' as const, url: 'https://x/', headers: {} };
    const [ra, rb] = await Promise.all([sendWithRetries(a, request, 15_000, clock, new RequestBudget(10), one), sendWithRetries(b, request, 15_000, clock, new RequestBudget(10), one)]);
    expect(order).toEqual(['A', 'B', 'A']);
    // 1 s, the 500 ms backoff, 1 s: the 19.5 s A then waited behind B are B's, not A's.
    expect([ra, rb]).toEqual([expect.objectContaining({ status: 200, attempts: 2, latencyMs: 2_500 }), expect.objectContaining({ status: 200, attempts: 1, latencyMs: 20_000 })]);
    expect(clock.sleeps).toEqual([1_000, 20_000, 500, 1_000]);
  });

  test('the request budget counts every attempt', async () => {
    const budget = new RequestBudget(2);
    const t = scripted([answer(503)]);
    const r = await sendWithRetries(t, { method: 'GET', url: 'https://x/', headers: {} }, 30_000, sleepless(), budget);
    expect([t.calls, budget.sent, r]).toEqual([2, 2, expect.objectContaining({ status: 503, attempts: 2 })]);
    expect(await sendWithRetries(t, { method: 'GET', url: 'https://x/', headers: {} }, 30_000, sleepless(), budget)).toEqual({ kind: 'not-sent' });
  });
});

describe('what may be sent where', () => {
  const opts = { allowHttp: false, allowHosts: ['gateway.internal'] };
  test.each([
    ['https://foundation-models.api.cloud.ru/v1', undefined],
    ['https://eu.foundation-models.api.cloud.ru/v1', undefined],
    ['https://gateway.internal/v1', undefined],
    ['http://127.0.0.1:8082', undefined],
    ['http://localhost:4000/v1', undefined],
    ['https://foundation-models.api.cloud.ru.evil.example/v1', 'foundation-models.api.cloud.ru.evil.example is not a host the key may be sent to (Cloud.ru FM\'s, loopback, or one named with --allow-host)'],
    ['https://user:pw@foundation-models.api.cloud.ru/v1', 'the URL carries credentials of its own'],
    ['http://gateway.internal/v1', 'http://gateway.internal is plain http, which would send the key unencrypted (pass --allow-http to allow it)'],
    ['file:///etc/passwd', 'file: is not http or https'],
    ['not a url', '"not a url" is not a URL'],
  ])('%s', (url, why) => {
    expect(refuseUrl(url, opts)).toBe(why);
  });
});

describe('ports', () => {
  test.each([
    ['127.0.0.1:8082:8082', { host: '127.0.0.1', published: 8082, target: 8082 }],
    ['8083:8082', { host: '', published: 8083, target: 8082 }],
    ['8082', { host: '', target: 8082 }],
    ['[::1]:9000:8082/tcp', { host: '::1', published: 9000, target: 8082 }],
    ['127.0.0.1::8082', { host: '127.0.0.1', target: 8082 }],
    ['8082:8082/udp', undefined],
    ['8000-8010:8000-8010', undefined],
  ])('%s', (spec, parsed) => {
    expect(parsePortSpec(spec)).toEqual(parsed);
  });
});

describe('answers', () => {
  test('content: null without tool calls is empty; a tool call or text is an answer; text only in an Anthropic text block counts', () => {
    expect(readCompletion('{"choices":[{"message":{"content":null}}]}')).toEqual({ kind: 'empty', detail: 'content: null' });
    expect(readCompletion('{"choices":[{"message":{"content":"  "}}]}')).toEqual({ kind: 'empty', detail: 'empty content' });
    expect(readCompletion('{"choices":[{"message":{"content":null,"tool_calls":[{}]}}]}')).toEqual({ kind: 'ok' });
    expect(readCompletion('{"choices":[]}')).toEqual({ kind: 'empty', detail: 'no message in choices[0]' });
    expect(readCompletion('<html>')).toEqual({ kind: 'malformed' });
    expect(readMessages('{"content":[{"type":"thinking","thinking":"hm"}]}')).toEqual({ kind: 'empty', detail: 'no non-empty text block' });
    expect(readMessages('{"content":[{"type":"text","text":"OK"}]}')).toEqual({ kind: 'ok' });
  });

  test("a provider's message is one line, without control characters, cut short", () => {
    expect(providerMessage('{"error":{"message":"bad\\u001b[31m key\\nhere"}}')).toBe('bad [31m key here');
    expect(providerMessage('x'.repeat(500))).toBe(`${'x'.repeat(200)}…`);
    expect(providerMessage('{"detail":"Not found"}')).toBe('Not found');
  });

  test('a Secret never prints', () => {
    const s = new Secret('sk-abcdef123456');
    expect([`${s}`, JSON.stringify({ s }), inspect({ s }), String(s)].join(' ')).not.toContain('sk-abcdef');
    expect(s.reveal()).toBe('sk-abcdef123456');
  });
});

describe('the network transport', () => {
  let server: Server;
  let url: string;
  const hits: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(`${req.url} ${req.headers.authorization ?? ''}`);
      if (req.url === '/redirect') {
        res.writeHead(302, { location: `${url}/elsewhere` });
        return res.end();
      }
      if (req.url === '/huge') {
        res.writeHead(200);
        return res.end('x'.repeat(MAX_BODY_BYTES * 2));
      }
      res.writeHead(200);
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('a redirect is not followed (the key would go elsewhere); a huge body is cut; a closed port says so', async () => {
    const t = httpTransport();
    const secret = new Secret('sk-redirect-test-1');
    expect(await t.send({ method: 'GET', url: `${url}/redirect`, headers: {}, auth: { scheme: 'bearer', secret } }, { timeoutMs: 5000 })).toMatchObject({ kind: 'answer', status: 302 });
    expect(hits).toEqual(['/redirect Bearer sk-redirect-test-1']);
    const huge = await t.send({ method: 'GET', url: `${url}/huge`, headers: {} }, { timeoutMs: 5000 });
    expect(huge.kind === 'answer' && huge.body.length).toBe(MAX_BODY_BYTES);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await t.send({ method: 'GET', url: `http://127.0.0.1:${port}/health`, headers: {} }, { timeoutMs: 5000 })).toMatchObject({ kind: 'failed', message: 'ECONNREFUSED', connectionRefused: true });
  });
});

describe('openclaw.json', () => {
  const openclaw = `{
  // JSON5, as OpenClaw reads it
  models: {
    providers: {
      'cloudru-fm': {
        baseUrl: 'https://foundation-models.api.cloud.ru/v1',
        apiKey: { source: 'env', provider: 'default', id: 'CLOUDRU_API_KEY' },
        api: 'openai-completions',
        models: [{ id: 'zai-org/GLM-4.7', name: 'GLM', reasoning: true }, { id: 'openai/gpt-oss-120b', name: 'gpt-oss' }],
      },
    },
  },
  agents: { defaults: { model: { primary: 'cloudru-fm/zai-org/GLM-4.7', fallbacks: ['cloudru-fm/openai/gpt-oss-120b'] } } },
  $include: './agents.json5',
}
`;
  test('each ref of a Cloud.ru FM provider is asked about with its apiKey from the environment; a withdrawn id is reported at every ref, in included files too', async () => {
    const root = tempTree({ 'openclaw.json': openclaw, 'agents.json5': "{ tools: { exec: { reviewer: { model: 'cloudru-fm/zai-org/GLM-4.7' } } } }\n" });
    const sent: string[] = [];
    const transport: Transport = {
      send: async (r) => {
        sent.push(`${r.method} ${r.url} ${r.auth?.secret.reveal()}`);
        return answer(200, JSON.stringify({ data: [{ id: 'openai/gpt-oss-120b' }, { id: 'zai-org/GLM-4.6' }] }));
      },
    };
    const r = await probeCli(root, ['--format', 'json'], { CLOUDRU_API_KEY: 'sk-oc-key-0042' }, { transport });
    expect(sent).toEqual(['GET https://foundation-models.api.cloud.ru/v1/models sk-oc-key-0042']);
    const found = JSON.parse(r.stdout).findings.map((f: Record<string, unknown>) => [f.ruleId, `${f.file}:${f.line}:${f.column}`, f.message]);
    const msg = (label: string) => `${label} "zai-org/GLM-4.7" is not served by https://foundation-models.api.cloud.ru/v1: GET /models does not list it (2 models listed); did you mean "zai-org/GLM-4.6"?`;
    expect(found).toEqual([
      ['model-unavailable', 'agents.json5:1:51', msg('tools.exec.reviewer.model')],
      ['model-unavailable', 'openclaw.json:13:55', msg('agents.defaults.model.primary')],
    ]);
    expect(r.stdout).not.toContain('sk-oc-key-0042');
  });

  test('thinking goes out as OpenClaw would apply it: thinkingDefault for the primary, reasoning: true of a catalog entry', async () => {
    const config = openclaw
      .replace("agents: { defaults: { model:", "agents: { defaults: { thinkingDefault: 'high', model:")
      .replace("{ id: 'zai-org/GLM-4.7', name: 'GLM', reasoning: true }", "{ id: 'zai-org/GLM-4.7', name: 'GLM' }")
      .replace("{ id: 'openai/gpt-oss-120b', name: 'gpt-oss' }", "{ id: 'openai/gpt-oss-120b', name: 'gpt-oss', reasoning: true }")
      .replace("  $include: './agents.json5',\n", '');
    const root = tempTree({ 'openclaw.json': config });
    const bodies: Array<Record<string, unknown>> = [];
    const transport: Transport = {
      send: async (q) => {
        if (q.method === 'GET') return answer(200, JSON.stringify({ data: [{ id: 'openai/gpt-oss-120b' }, { id: 'zai-org/GLM-4.7' }] }));
        const body = q.body as Record<string, unknown>;
        if (!body.tools) bodies.push(body);
        return answer(200, JSON.stringify({ choices: [{ message: body.tools ? { content: null, tool_calls: [{}] } : { content: null } }] }));
      },
    };
    const r = await probeCli(root, ['--mode', 'completion', '--concurrency', '1', '--format', 'json'], { CLOUDRU_API_KEY: 'sk-oc-key-0042' }, { transport });
    expect(bodies.map((b) => [b.model, (b.chat_template_kwargs as { enable_thinking: boolean }).enable_thinking])).toEqual([
      ['zai-org/GLM-4.7', true],
      ['openai/gpt-oss-120b', true],
    ]);
    expect(JSON.parse(r.stdout).findings.map((f: { message: string }) => f.message.replace(/^.*with thinking on /, ''))).toEqual([
      // In position order: the primary, then the fallback.
      '(agents.defaults.thinkingDefault is "high"): Claude Code takes that for an empty answer',
      '(models.providers.cloudru-fm.models[1].reasoning is true): Claude Code takes that for an empty answer',
    ]);
  });

  test('a key echoed back by the provider is redacted in the finding', async () => {
    const root = tempTree({ 'openclaw.json': openclaw });
    const transport: Transport = { send: async () => answer(401, JSON.stringify({ error: { message: 'Incorrect API key provided: sk-oc-key-0042.' } })) };
    const r = await probeCli(root, ['--format', 'json'], { CLOUDRU_API_KEY: 'sk-oc-key-0042' }, { transport });
    const [f] = JSON.parse(r.stdout).findings;
    expect([f.ruleId, `${f.file}:${f.line}:${f.column}`, f.message]).toEqual([
      'model-error',
      'openclaw.json:7:60',
      'GET https://foundation-models.api.cloud.ru/v1/models answered 401 Unauthorized: Incorrect API key provided: [redacted].: the key in models.providers.cloudru-fm.apiKey is not accepted (${CLOUDRU_API_KEY} from the environment)',
    ]);
    expect(r.stdout).not.toContain('sk-oc-key-0042');
  });
});

test("the CLI never fills ${VAR} from the runner's credentials either", async () => {
  const root = tempTree({
    'docker-compose.yml': 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy\n    environment:\n      OPENAI_API_KEY: ${GITHUB_TOKEN}\n      OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1\n      BIG_MODEL: openai/gpt-oss-120b\n',
  });
  const sent: string[] = [];
  const r = await probeCli(root, ['--format', 'json'], { GITHUB_TOKEN: 'ghs_runner_token_value' }, { transport: { send: async (q) => (sent.push(q.url), answer(200)) } });
  expect(sent).toEqual([]);
  expect(JSON.parse(r.stdout).findings.map((f: { ruleId: string; message: string }) => `${f.ruleId}: ${f.message}`)).toEqual([
    'probe-skipped: not probed: OPENAI_API_KEY reads ${GITHUB_TOKEN}, which neither the environment nor the .env sets',
  ]);
});
