import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fakeOpenai, fakeProxy } from '../support/fake-openai.js';
import type { FakeService } from '../support/fake-openai.js';
import { httpTransport } from '../../src/net/http-transport.js';
import { forbiddenTransport, probeCli, sleepless, virtualTime } from '../support/probe.js';
import { tempTree } from '../support/tmp.js';

const KEY = 'sk-cloudru-test-5f2a9c7e1b3d';

let fm: FakeService;
beforeAll(async () => {
  fm = await fakeOpenai({
    key: KEY,
    models: {
      'openai/gpt-oss-120b': {},
      'zai-org/GLM-4.6': {},
      'slow/model': { delayMs: 3000 },
      'think/model': { nullWhenThinking: true },
      'chatty/model': { noTools: true },
      'broken/model': { malformed: true },
      'busy/model': { rateLimited: { times: 2, seconds: 1 } },
      'failing/model': { status: 500, message: 'upstream exploded' },
    },
  });
});
afterAll(() => fm.close());

const compose = (env: string) => `services:
  claude-code-proxy:
    image: legard/claude-code-proxy:latest
    environment:
      OPENAI_API_KEY: \${CLOUDRU_API_KEY}
      OPENAI_BASE_URL: \${FM_URL}
${env}`;

function findings(stdout: string) {
  return (JSON.parse(stdout).findings as Array<Record<string, unknown>>).map((f) => [f.ruleId, f.severity, `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn}`, f.message]);
}

describe('clawcheck probe against a fake Cloud.ru FM', () => {
  test('models mode: an id GET /models does not list is model-unavailable where it is written (a ${VAR:-default}), with the nearest ids', async () => {
    const root = tempTree({ 'docker-compose.yml': compose(`      BIG_MODEL: \${BIG_MODEL:-zai-org/GLM-4.7}\n      MIDDLE_MODEL: openai/gpt-oss-120b\n      SMALL_MODEL: \${SMALL}\n`), '.env': 'SMALL=zai-org/GLM-4.7-Flash\n' });
    fm.requests.length = 0;
    const r = await probeCli(root, ['--format', 'json'], { CLOUDRU_API_KEY: KEY, FM_URL: `${fm.url}/v1` });
    const base = `${fm.url}/v1`;
    expect(findings(r.stdout)).toEqual([
      ['model-unavailable', 'error', '.env:1:7-1:28', `SMALL_MODEL "zai-org/GLM-4.7-Flash" is not served by ${base}: GET /models does not list it (8 models listed); did you mean "zai-org/GLM-4.6"?`],
      ['model-unavailable', 'error', 'docker-compose.yml:7:31-7:46', `BIG_MODEL "zai-org/GLM-4.7" is not served by ${base}: GET /models does not list it (8 models listed); did you mean "zai-org/GLM-4.6"?`],
    ]);
    expect(r.code).toBe(1);
    // One list for the (base URL, key) pair; nothing else in models mode.
    expect(fm.requests).toEqual([{ method: 'GET', path: '/v1/models', authorization: `Bearer ${KEY}` }]);
    expect(JSON.parse(r.stdout).probes).toEqual([
      { file: 'docker-compose.yml', line: 6, baseUrl: base, model: '', mode: 'models', status: 200, latencyMs: expect.any(Number), outcome: 'ok' },
      { file: 'docker-compose.yml', line: 7, baseUrl: base, model: 'zai-org/GLM-4.7', mode: 'models', status: null, latencyMs: null, outcome: 'model-unavailable' },
      { file: 'docker-compose.yml', line: 9, baseUrl: base, model: 'zai-org/GLM-4.7-Flash', mode: 'models', status: null, latencyMs: null, outcome: 'model-unavailable' },
    ]);
    expect(r.stdout + r.stderr).not.toContain(KEY);
  });

  test('completion mode: timeout, content: null with thinking on, no tool call, malformed JSON, 5xx, 429 with Retry-After', async () => {
    const root = tempTree({
      'docker-compose.yml': `${compose(`      BIG_MODEL: slow/model\n      MIDDLE_MODEL: think/model\n      SMALL_MODEL: chatty/model\n      DISABLE_THINKING: "false"\n`)}
  second:
    image: legard/claude-code-proxy
    environment:
      OPENAI_API_KEY: \${CLOUDRU_API_KEY}
      OPENAI_BASE_URL: \${FM_URL}
      BIG_MODEL: broken/model
      MIDDLE_MODEL: busy/model
      SMALL_MODEL: failing/model
      DISABLE_THINKING: "true"
`,
    });
    fm.requests.length = 0;
    // One request at a time, the others' retries waiting meanwhile: virtual time moves only by
    // sleeps, so each probe's budget is exact.
    const { clock, transport } = virtualTime(httpTransport());
    const r = await probeCli(root, ['--mode', 'completion', '--timeout', '2500', '--concurrency', '1', '--format', 'json'], { CLOUDRU_API_KEY: KEY, FM_URL: `${fm.url}/v1` }, { clock, transport });
    const url = `${fm.url}/v1/chat/completions`;
    expect(findings(r.stdout)).toEqual([
      ['model-timeout', 'error', 'docker-compose.yml:7:18-7:28', `BIG_MODEL "slow/model": POST ${url} got no answer within 2500 ms`],
      ['model-empty-content', 'error', 'docker-compose.yml:8:21-8:32', 'MIDDLE_MODEL "think/model" answered 200 with content: null (text only in reasoning_content) and no tool call with thinking on (DISABLE_THINKING is not "true"): Claude Code takes that for an empty answer'],
      ['model-no-tools', 'warning', 'docker-compose.yml:9:20-9:32', 'SMALL_MODEL "chatty/model" answered 200 without a tool call to a request with one tool and tool_choice "required": Claude Code cannot work without function calling'],
      ['model-error', 'error', 'docker-compose.yml:17:18-17:30', `BIG_MODEL "broken/model": POST ${url} answered 200 with a body that is not a chat completion`],
      ['model-error', 'error', 'docker-compose.yml:19:20-19:33', `SMALL_MODEL "failing/model": POST ${url} answered 500 Internal Server Error: upstream exploded`],
    ]);
    // busy/model: two 429s, each followed by its Retry-After (1 s), then an answer; failing/model: 500
    // retried after 500 and 1000 ms, not after 2000 (the 2500 ms budget would be over).
    expect(clock.sleeps.sort((a, b) => a - b)).toEqual([500, 1000, 1000, 1000]);
    const asked = fm.requests.map((q) => `${q.method} ${q.path} ${q.body?.model ?? ''} ${q.body?.tools ? 'tools' : ''} ${JSON.stringify(q.body?.chat_template_kwargs ?? '')}`.trim()).sort();
    expect(asked).toEqual(
      [
        'GET /v1/models   ""',
        'POST /v1/chat/completions broken/model  {"enable_thinking":false}',
        ...Array(3).fill('POST /v1/chat/completions busy/model  {"enable_thinking":false}'),
        'POST /v1/chat/completions busy/model tools {"enable_thinking":false}',
        'POST /v1/chat/completions chatty/model  {"enable_thinking":true}',
        'POST /v1/chat/completions chatty/model tools {"enable_thinking":true}',
        ...Array(3).fill('POST /v1/chat/completions failing/model  {"enable_thinking":false}'),
        'POST /v1/chat/completions slow/model  {"enable_thinking":true}',
        'POST /v1/chat/completions think/model  {"enable_thinking":true}',
      ].sort(),
    );
    const completion = fm.requests.find((q) => q.body?.model === 'think/model')!.body;
    expect(completion).toEqual({ model: 'think/model', messages: [{ role: 'user', content: 'Reply with the word OK.' }], max_tokens: 16, temperature: 0, stream: false, chat_template_kwargs: { enable_thinking: true } });
    expect(r.stdout + r.stderr).not.toContain(KEY);
  });

  test('a key the service refuses is model-error at the line that sets the key; no completion is sent with it', async () => {
    const root = tempTree({ 'docker-compose.yml': compose('      BIG_MODEL: openai/gpt-oss-120b\n') });
    fm.requests.length = 0;
    const r = await probeCli(root, ['--mode', 'completion', '--format', 'json'], { CLOUDRU_API_KEY: 'sk-wrong-key-000000', FM_URL: `${fm.url}/v1` });
    expect(findings(r.stdout)).toEqual([
      ['model-error', 'error', 'docker-compose.yml:5:23-5:41', `GET ${fm.url}/v1/models answered 401 Unauthorized: Invalid API key: the key in OPENAI_API_KEY is not accepted (\${CLOUDRU_API_KEY} from the environment)`],
    ]);
    expect(fm.requests.map((q) => q.path)).toEqual(['/v1/models']);
    expect(r.stdout).not.toContain('sk-wrong-key-000000');
  });
});

describe('the proxy, the way Claude Code calls it', () => {
  test('a tier whose Anthropic answer has no text block is model-empty-content at the tier line; an unhealthy proxy is proxy-unhealthy', async () => {
    const proxy = await fakeProxy({ emptyTiers: ['haiku'], apiKey: 'proxy-client-key-123' });
    try {
      const root = tempTree({
        'docker-compose.yml': `${compose('      BIG_MODEL: openai/gpt-oss-120b\n      MIDDLE_MODEL: openai/gpt-oss-120b\n      SMALL_MODEL: zai-org/GLM-4.6\n      DISABLE_THINKING: "true"\n      ANTHROPIC_API_KEY: proxy-client-key-123\n')}    ports:\n      - "127.0.0.1:\${PROXY_PORT}:8082"\n`,
      });
      const port = new URL(proxy.url).port;
      const r = await probeCli(root, ['--mode', 'completion', '--format', 'json'], { CLOUDRU_API_KEY: KEY, FM_URL: `${fm.url}/v1`, PROXY_PORT: port });
      expect(findings(r.stdout)).toEqual([
        ['model-empty-content', 'error', 'docker-compose.yml:9:20-9:35', `SMALL_MODEL "zai-org/GLM-4.6": the proxy answered POST ${proxy.url}/v1/messages for claude-haiku-4-5 (SMALL_MODEL) with content: []: Claude Code takes that for an empty answer`],
      ]);
      expect(proxy.requests.map((q) => `${q.method} ${q.path} ${q.body?.model ?? ''} ${q.apiKey ?? ''}`.trim()).sort()).toEqual(
        ['GET /health', 'POST /v1/messages claude-haiku-4-5 proxy-client-key-123', 'POST /v1/messages claude-opus-4-1 proxy-client-key-123', 'POST /v1/messages claude-sonnet-4-5 proxy-client-key-123'].sort(),
      );
      expect(r.stdout).not.toContain('proxy-client-key-123');
    } finally {
      await proxy.close();
    }
    const sick = await fakeProxy({ healthStatus: 503 });
    try {
      const root = tempTree({ 'docker-compose.yml': compose('      BIG_MODEL: openai/gpt-oss-120b\n') });
      const clock = sleepless();
      const r = await probeCli(root, ['--mode', 'completion', '--proxy-url', sick.url, '--format', 'json'], { CLOUDRU_API_KEY: KEY, FM_URL: `${fm.url}/v1` }, { clock });
      expect(findings(r.stdout)).toEqual([['proxy-unhealthy', 'error', 'docker-compose.yml:2:3-2:20', `GET ${sick.url}/health answered 503 Service Unavailable`]]);
      // 5xx is retried with backoff, at most four attempts.
      expect(sick.requests.map((q) => q.path)).toEqual(['/health', '/health', '/health', '/health']);
      expect(clock.sleeps).toEqual([500, 1000, 2000]);
    } finally {
      await sick.close();
    }
  });

  test('a published port where nothing runs is probe-skipped, not proxy-unhealthy', async () => {
    const root = tempTree({ 'docker-compose.yml': `${compose('      BIG_MODEL: openai/gpt-oss-120b\n')}    ports: ["8082:8082"]\n` });
    const sent: string[] = [];
    const transport = {
      send: async (req: { url: string; method: string }) => {
        sent.push(`${req.method} ${req.url}`);
        if (req.url.endsWith('/health')) return { kind: 'failed' as const, message: 'ECONNREFUSED', latencyMs: 1, attempts: 1, connectionRefused: true };
        if (req.url.endsWith('/models')) return { kind: 'answer' as const, status: 200, statusText: 'OK', body: '{"data":[{"id":"openai/gpt-oss-120b"}]}', latencyMs: 1, attempts: 1, headers: {} };
        return { kind: 'answer' as const, status: 200, statusText: 'OK', body: '{"choices":[{"message":{"content":"OK","tool_calls":[{"id":"1"}]}}]}', latencyMs: 1, attempts: 1, headers: {} };
      },
    };
    const r = await probeCli(root, ['--mode', 'completion', '--format', 'json'], { CLOUDRU_API_KEY: KEY, FM_URL: 'https://foundation-models.api.cloud.ru/v1' }, { transport });
    expect(findings(r.stdout)).toEqual([
      ['probe-skipped', 'warning', 'docker-compose.yml:8:14-8:23', 'nothing answers at http://127.0.0.1:8082, the port this service publishes: the proxy is not running where the probe runs (start it, or pass --proxy-url)'],
    ]);
    expect(sent.sort()).toEqual(['GET http://127.0.0.1:8082/health', 'GET https://foundation-models.api.cloud.ru/v1/models', 'POST https://foundation-models.api.cloud.ru/v1/chat/completions', 'POST https://foundation-models.api.cloud.ru/v1/chat/completions'].sort());
  });
});

describe('safety', () => {
  const env = { CLOUDRU_API_KEY: KEY };
  test('a key is never sent to a host it may not reach, over plain http, or at all without one', async () => {
    const root = tempTree({
      'a/docker-compose.yml': compose('      BIG_MODEL: openai/gpt-oss-120b\n').replace('${FM_URL}', 'https://collector.example/v1'),
      'b/docker-compose.yml': compose('      BIG_MODEL: openai/gpt-oss-120b\n').replace('${FM_URL}', 'http://foundation-models.api.cloud.ru/v1'),
      'c/docker-compose.yml': compose('      BIG_MODEL: openai/gpt-oss-120b\n').replace('${FM_URL}', 'https://foundation-models.api.cloud.ru/v1').replace('${CLOUDRU_API_KEY}', '${MISSING_KEY}'),
    });
    const sent: string[] = [];
    const r = await probeCli(root, ['--format', 'json'], env, { transport: forbiddenTransport(sent) });
    expect(sent).toEqual([]);
    expect(findings(r.stdout)).toEqual([
      ['probe-skipped', 'warning', 'a/docker-compose.yml:6:24-6:52', 'not probed: collector.example is not a host the key may be sent to (Cloud.ru FM\'s, loopback, or one named with --allow-host)'],
      ['probe-skipped', 'warning', 'b/docker-compose.yml:6:24-6:64', 'not probed: http://foundation-models.api.cloud.ru is plain http, which would send the key unencrypted (pass --allow-http to allow it)'],
      ['probe-skipped', 'warning', 'c/docker-compose.yml:5:23-5:37', 'not probed: OPENAI_API_KEY reads ${MISSING_KEY}, which neither the environment nor the .env sets'],
    ]);
    expect(r.code).toBe(0);
  });

  test('--plan lists every request and sends none', async () => {
    const root = tempTree({ 'docker-compose.yml': compose('      BIG_MODEL: openai/gpt-oss-120b\n      SMALL_MODEL: zai-org/GLM-4.6\n') });
    const sent: string[] = [];
    const r = await probeCli(root, ['--plan', '--mode', 'completion'], { ...env, FM_URL: 'https://foundation-models.api.cloud.ru/v1' }, { transport: forbiddenTransport(sent) });
    expect(sent).toEqual([]);
    expect(r.stdout).toBe(
      [
        'docker-compose.yml:6  models      GET https://foundation-models.api.cloud.ru/v1/models  openai/gpt-oss-120b, zai-org/GLM-4.6',
        'docker-compose.yml:7  completion  POST https://foundation-models.api.cloud.ru/v1/chat/completions  openai/gpt-oss-120b  (unless the list lacks the model)',
        'docker-compose.yml:7  tools       POST https://foundation-models.api.cloud.ru/v1/chat/completions  openai/gpt-oss-120b  (after a completion with content)',
        'docker-compose.yml:8  completion  POST https://foundation-models.api.cloud.ru/v1/chat/completions  zai-org/GLM-4.6  (unless the list lacks the model)',
        'docker-compose.yml:8  tools       POST https://foundation-models.api.cloud.ru/v1/chat/completions  zai-org/GLM-4.6  (after a completion with content)',
        '5 requests at most, before retries; nothing was sent',
        '',
      ].join('\n'),
    );
    expect(r.code).toBe(0);
  });

  test('--max-requests bounds the run; what is left is probe-skipped, and identical asks are sent once', async () => {
    const twin = compose('      BIG_MODEL: openai/gpt-oss-120b\n      MIDDLE_MODEL: zai-org/GLM-4.6\n');
    const root = tempTree({ 'a/docker-compose.yml': twin, 'b/docker-compose.yml': twin });
    fm.requests.length = 0;
    const r = await probeCli(root, ['--mode', 'completion', '--max-requests', '2', '--concurrency', '1', '--format', 'json'], { ...env, FM_URL: `${fm.url}/v1` });
    expect(fm.requests.length).toBe(2);
    const url = `${fm.url}/v1/chat/completions`;
    // The list and the first completion went out; the second model's completion and the first one's tool call did not.
    // Identical asks from two files are one request, reported at both.
    const notSent = (label: string) => `${label}: POST ${url} was not sent: --max-requests 2 reached`;
    const tools = `BIG_MODEL "openai/gpt-oss-120b": the tool call request (POST ${url}) was not sent: --max-requests 2 reached`;
    expect(findings(r.stdout)).toEqual([
      ['probe-skipped', 'warning', 'a/docker-compose.yml:7:18-7:37', tools],
      ['probe-skipped', 'warning', 'a/docker-compose.yml:8:21-8:36', notSent('MIDDLE_MODEL "zai-org/GLM-4.6"')],
      ['probe-skipped', 'warning', 'b/docker-compose.yml:7:18-7:37', tools],
      ['probe-skipped', 'warning', 'b/docker-compose.yml:8:21-8:36', notSent('MIDDLE_MODEL "zai-org/GLM-4.6"')],
    ]);
    expect(fm.requests.map((q) => `${q.method} ${q.path} ${q.body?.model ?? ''}`.trim())).toEqual(['GET /v1/models', 'POST /v1/chat/completions openai/gpt-oss-120b']);
  });
});

describe('policy and suppressions', () => {
  test('a directive silences a probe finding; the check does not call it unused; the policy sets the severity', async () => {
    const root = tempTree({
      'docker-compose.yml': compose('      BIG_MODEL: zai-org/GLM-4.7 # clawcheck-disable-line model-unavailable -- kept until the migration\n      SMALL_MODEL: zai-org/GLM-4.7-Flash\n'),
      '.clawcheck.yml': 'rules:\n  model-unavailable: warning\n  banned-model: off\n',
    });
    const transport = {
      send: async () => ({ kind: 'answer' as const, status: 200, statusText: 'OK', body: '{"data":[{"id":"openai/gpt-oss-120b"}]}', latencyMs: 1, attempts: 1, headers: {} }),
    };
    const r = await probeCli(root, ['--format', 'json'], { CLOUDRU_API_KEY: KEY, FM_URL: 'https://foundation-models.api.cloud.ru/v1' }, { transport });
    expect(findings(r.stdout).map((f) => [f[0], f[1], f[2]])).toEqual([['model-unavailable', 'warning', 'docker-compose.yml:8:20-8:41']]);
    expect(r.code).toBe(0);
    const { cli } = await import('../support/cli.js');
    const check = await cli(root, ['--format', 'json']);
    expect(JSON.parse(check.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('unused-suppression');
  });
});
