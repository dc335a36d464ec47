import { describe, expect, test } from '@jest/globals';
import { at, judgeFiles, judgeRule, proxyCompose, SEED_AFTER, SEED_BEFORE, spot } from '../support/judge.js';

const C = 'docker-compose.yml';
const O = 'openclaw.json';
const ids = (files: Record<string, string>, policy?: string) => judgeFiles(files, { policy }).map(at);

describe('the seed', () => {
  test('before: every marked line is a finding, in order', () => {
    expect(judgeFiles({ [C]: SEED_BEFORE }).map((f) => `${f.location.line}:${f.location.column} ${f.severity} ${f.ruleId}`)).toEqual([
      '3:37 error proxy-image-tag',
      '9:19 error banned-model',
      '10:22 error banned-model',
      '11:21 error banned-model',
      '12:25 error disable-thinking',
      '13:5 error proxy-user',
      '14:5 error proxy-read-only',
    ]);
  });

  test('after: zero findings, schema included', () => {
    expect(judgeFiles({ [C]: SEED_AFTER, '.env': 'CLOUDRU_API_KEY=sk-123\n' }, { schema: true })).toEqual([]);
  });
});

describe('no false positives on compose files without the proxy', () => {
  const stacks: Record<string, string> = {
    'postgres + redis + nginx': `services:
  db:
    image: postgres:16-alpine
    user: "999:999"
    read_only: true
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: \${DB_PASSWORD:-secret}
      POSTGRES_DB: app
      PGDATA: /var/lib/postgresql/data/pgdata
    volumes: [db:/var/lib/postgresql/data]
  redis:
    image: redis:7
    command: ["redis-server", "--appendonly", "yes"]
    user: "1000"
  nginx:
    image: nginx:1.27
    ports: ["80:80"]
    read_only: true
volumes:
  db: {}
`,
    'a big env list and anchors': `x-common-env: &common-env
  TZ: Europe/Moscow
  LOG_LEVEL: info
  PORT: "abc"
x-logging: &logging
  driver: json-file
  options: {max-size: 10m}
services:
  api:
    image: ghcr.io/acme/api:v1.0.0
    logging: *logging
    environment:
      <<: *common-env
      DATABASE_URL: postgres://app@db/app
      MODEL: zai-org/GLM-4.7
      DISABLE_THINKING: "false"
  worker:
    image: ghcr.io/acme/worker:v1.0.0
    logging: *logging
    user: nobody
    environment:
      - TZ=Europe/Moscow
      - QUEUE=default
      - CONCURRENCY=4
      - OPENAI_API_KEY
      - API_KEY=\${API_KEY}
      - LLM=zai-org/GLM-4.7-Flash
`,
    'multi-document, flow style, CRLF': 'services: {web: {image: "httpd:2.4", read_only: true}}\r\n---\r\nservices:\r\n  cache:\r\n    image: memcached\r\n',
  };
  test.each(Object.entries(stacks))('%s', (_name, text) => {
    expect(judgeFiles({ [C]: text, '.env': 'DB_PASSWORD=x\nBIG_MODEL=zai-org/GLM-4.7\n' })).toEqual([]);
  });

  test('an openclaw.json on other providers only', () => {
    const text = `{
  // Anthropic directly, plus OpenRouter
  models: { providers: { openrouter: { baseUrl: 'https://openrouter.ai/api/v1', models: [{ id: 'zai-org/GLM-4.7', name: 'GLM 4.7', reasoning: true }] } } },
  agents: { defaults: { model: { primary: 'openrouter/zai-org/GLM-4.7', fallbacks: ['anthropic/claude-opus-4'] }, thinkingDefault: 'high' } },
}`;
    expect(judgeFiles({ [O]: text })).toEqual([]);
  });
});

describe('severity and policy', () => {
  test('off, warning, info per rule', () => {
    const policy = 'rules:\n  banned-model: off\n  proxy-user: warning\n  proxy-read-only: info\n';
    expect(judgeFiles({ [C]: SEED_BEFORE }, { policy }).map((f) => `${f.ruleId} ${f.severity}`)).toEqual([
      'proxy-image-tag error',
      'disable-thinking error',
      'proxy-user warning',
      'proxy-read-only info',
    ]);
  });

  test('a rule that emits a warning keeps it under an error setting', () => {
    const text = '{ models: { providers: { p: { baseUrl: "http://localhost:8082", models: [{ id: "opus", name: "zai-org/GLM-4.7 (via proxy)" }] } } } }';
    expect(judgeRule('banned-model', { [O]: text }).map((f) => f.severity)).toEqual(['warning']);
    const policy = 'rules:\n  banned-model:\n    options: {nameSeverity: error}\n';
    expect(judgeRule('banned-model', { [O]: text }, { policy }).map((f) => f.severity)).toEqual(['error']);
  });

  test('per-path overrides change severity for matching files only', () => {
    const policy = "overrides:\n  - files: ['legacy/**']\n    rules:\n      proxy-image-tag: off\n      disable-thinking: warning\n";
    const f = judgeFiles({ [C]: SEED_BEFORE, [`legacy/${C}`]: SEED_BEFORE }, { policy }).filter((x) => x.location.file.startsWith('legacy/'));
    expect(f.map((x) => `${x.ruleId} ${x.severity}`)).toEqual([
      'banned-model error',
      'banned-model error',
      'banned-model error',
      'disable-thinking warning',
      'proxy-user error',
      'proxy-read-only error',
    ]);
  });

  test('an override that only sets options keeps the severity', () => {
    const text = proxyCompose(['BIG_MODEL: openai/gpt-oss-120b', 'DISABLE_THINKING: "true"', 'OPENAI_API_KEY: x', 'OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1']);
    const policy = "overrides:\n  - files: ['staging/**']\n    rules:\n      model-tiers:\n        options: {tiers: [BIG_MODEL, MIDDLE_MODEL]}\n";
    const f = judgeRule('model-tiers', { [`staging/${C}`]: text, [C]: text }, { policy });
    expect(f.map((x) => `${x.location.file} ${x.severity} ${x.message.split(';')[0]}`)).toEqual([
      `${C} warning service "claude-code-proxy" does not set MIDDLE_MODEL, SMALL_MODEL`,
      `staging/${C} warning service "claude-code-proxy" does not set MIDDLE_MODEL`,
    ]);
  });

  test('per-path overrides change rule options for matching files', () => {
    const text = proxyCompose(['OPENAI_BASE_URL: https://api.openai.com/v1', 'BIG_MODEL: zai-org/GLM-4.7']);
    const policy = "overrides:\n  - files: ['strict/**']\n    rules:\n      banned-model:\n        options: {everywhere: true, replacement: openai/gpt-4o}\n";
    const f = judgeRule('banned-model', { [C]: text, [`strict/${C}`]: text }, { policy });
    expect(f.map((x) => `${x.location.file} ${x.fix?.edits[0].text}`)).toEqual([`strict/${C} openai/gpt-4o`]);
  });

  test('openclaw overrides by path', () => {
    const text = '{ models: { providers: { c: { baseUrl: "https://foundation-models.api.cloud.ru/v1", models: [{ id: "GLM-4.7" }] } } } }';
    const policy = "overrides:\n  - files: ['**/openclaw.json']\n    rules:\n      banned-model: warning\n";
    expect(judgeRule('banned-model', { [O]: text }, { policy }).map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('parse errors', () => {
  test('a YAML file that does not parse is one finding; the other files are still checked', () => {
    const broken = 'services:\n  proxy:\n    image: x\n    image: y\n';
    const f = judgeFiles({ [`a/${C}`]: broken, [`b/${C}`]: SEED_BEFORE });
    expect(f.filter((x) => x.location.file.startsWith('a/'))).toEqual([
      {
        ruleId: 'parse-error',
        severity: 'error',
        message: 'cannot parse YAML: Map keys must be unique',
        location: { file: `a/${C}`, line: 4, column: 5, endLine: 4, endColumn: 6 },
        range: [36, 37],
      },
    ]);
    expect(f.filter((x) => x.location.file.startsWith('b/'))).toHaveLength(7);
  });

  test('tabs, a broken second document', () => {
    expect(ids({ [C]: 'services:\n\tproxy: {}\n' })).toEqual([`${C}:2:1-2:2 parse-error`]);
    expect(ids({ [C]: 'services:\n  a: {image: x}\n---\nfoo: [\n' })).toEqual([`${C}:5:1-5:1 parse-error`]);
  });

  test('JSON5 that does not parse', () => {
    const f = judgeFiles({ [O]: '{ a: 1, }\n// c\n{' });
    expect(f).toEqual([
      expect.objectContaining({ ruleId: 'parse-error', severity: 'error', message: 'cannot parse JSON5: Unexpected token LBrace found.', location: { file: O, line: 3, column: 1, endLine: 3, endColumn: 2 } }),
    ]);
  });

  test('a compose file that fails to parse does not hide its .env', () => {
    expect(ids({ [C]: 'a: [', '.env': 'BIG_MODEL=zai-org/GLM-4.7\n' })).toEqual([`${C}:1:5-1:5 parse-error`]);
  });

  test('a BOM in JSON5', () => {
    const text = '\uFEFF{ models: { providers: { c: { baseUrl: "https://foundation-models.api.cloud.ru/v1", models: [{ id: "GLM-4.7" }] } } } }';
    expect(judgeFiles({ [O]: text }).map((f) => f.location)).toEqual([spot(O, text, 'GLM-4.7')]);
  });
});

describe('compose.yaml + compose.override.yaml', () => {
  test('an override that only changes the image: no "missing" findings', () => {
    const override = 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:latest\n';
    expect(judgeFiles({ 'compose.yaml': SEED_AFTER, 'compose.override.yaml': override })).toEqual([]);
    expect(judgeFiles({ 'docker-compose.yml': SEED_AFTER, 'docker-compose.override.yml': override })).toEqual([]);
  });

  test('an override that fixes values leaves only what it does not fix', () => {
    const override = `services:
  claude-code-proxy:
    image: legard/claude-code-proxy:latest
    user: root
    read_only: false
    environment:
      BIG_MODEL: openai/gpt-oss-120b
      MIDDLE_MODEL: openai/gpt-oss-120b
      SMALL_MODEL: openai/gpt-oss-120b
      DISABLE_THINKING: "true"
`;
    expect(judgeFiles({ 'compose.yaml': SEED_BEFORE, 'compose.override.yaml': override })).toEqual([]);
    const partial = 'services:\n  claude-code-proxy:\n    environment:\n      - DISABLE_THINKING=true\n';
    expect(judgeFiles({ 'compose.yaml': SEED_BEFORE, 'compose.override.yaml': partial }).map((f) => f.ruleId)).toEqual([
      'proxy-image-tag',
      'banned-model',
      'banned-model',
      'banned-model',
      'proxy-user',
      'proxy-read-only',
    ]);
  });

  test('overrides in different folders do not mix', () => {
    const override = 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:latest\n';
    expect(ids({ 'a/compose.yaml': SEED_AFTER, 'b/compose.override.yaml': override })).toEqual([
      'b/compose.override.yaml:2:3-2:20 disable-thinking',
      'b/compose.override.yaml:2:3-2:20 model-tiers',
      'b/compose.override.yaml:2:3-2:20 model-tiers',
      'b/compose.override.yaml:2:3-2:20 model-tiers',
    ]);
  });
});

describe('inline suppressions', () => {
  const withDirective = (directive: string, before = 'BIG_MODEL') => SEED_BEFORE.replace(`      ${before}:`, `      ${directive}\n      ${before}:`);

  test('a directive with a reason silences that rule on the next line only', () => {
    const text = withDirective('# clawcheck-disable-next-line banned-model -- fallback tier, approved in ops#12');
    expect(judgeFiles({ [C]: text }).map((f) => `${f.location.line} ${f.ruleId}`)).toEqual([
      '3 proxy-image-tag',
      '11 banned-model',
      '12 banned-model',
      '13 disable-thinking',
      '14 proxy-user',
      '15 proxy-read-only',
    ]);
  });

  test('without a reason it does not count and is reported', () => {
    const directive = '# clawcheck-disable-next-line banned-model';
    const text = withDirective(directive);
    const f = judgeFiles({ [C]: text });
    expect(f.filter((x) => x.location.line === 10)).toHaveLength(1);
    expect(f.find((x) => x.ruleId === 'invalid-suppression')).toEqual({
      ruleId: 'invalid-suppression',
      severity: 'warning',
      message: 'this clawcheck-disable-next-line has no reason and does not count; write `-- <why>` after the rule ids',
      location: spot(C, text, directive),
      range: expect.any(Array),
    });
    expect(judgeFiles({ [C]: withDirective('# clawcheck-disable-next-line banned-model --') }).filter((x) => x.location.line === 10)).toHaveLength(1);
  });

  test('an unknown rule id is reported; the known ones still apply', () => {
    const text = withDirective('# clawcheck-disable-next-line banned-model, no-such-rule -- reason');
    const f = judgeFiles({ [C]: text });
    expect(f.filter((x) => x.location.line === 10)).toEqual([]);
    expect(f.filter((x) => x.ruleId === 'invalid-suppression').map((x) => `${x.location.line}:${x.location.column} ${x.message}`)).toEqual([
      '9:7 unknown rule "no-such-rule" in clawcheck-disable-next-line',
    ]);
  });

  test('no rule ids: every rule on the next line', () => {
    const text = SEED_BEFORE.replace('    user:', '    # clawcheck-disable-next-line -- runs as root in prod via override\n    user:');
    expect(judgeFiles({ [C]: text }).some((f) => f.ruleId === 'proxy-user' || f.ruleId === 'invalid-suppression')).toBe(false);
  });

  test('allowSuppression: false keeps the finding and reports the directive', () => {
    const text = withDirective('# clawcheck-disable-next-line banned-model -- we know');
    const policy = 'rules:\n  banned-model:\n    allowSuppression: false\n';
    const f = judgeFiles({ [C]: text }, { policy });
    expect(f.filter((x) => x.location.line === 10).map((x) => x.ruleId)).toEqual(['banned-model']);
    expect(f.filter((x) => x.ruleId === 'invalid-suppression').map((x) => `${x.location.line} ${x.message}`)).toEqual([
      '9 the policy does not allow suppressing banned-model',
    ]);
    // A directive without rule ids does not silence an unsuppressible rule either.
    const all = withDirective('# clawcheck-disable-next-line -- we know');
    expect(judgeFiles({ [C]: all }, { policy }).filter((x) => x.location.line === 10).map((x) => x.ruleId)).toEqual(['banned-model']);
  });

  test('a trailing next-line comment silences nothing and says so', () => {
    const text = SEED_BEFORE.replace('"zai-org/GLM-4.7"                # banned', '"zai-org/GLM-4.7"  # clawcheck-disable-next-line banned-model -- x');
    const found = judgeFiles({ [C]: text }).filter((f) => f.location.line === 9 || f.location.line === 10);
    expect(found.map((f) => f.ruleId)).toEqual(['banned-model', 'invalid-suppression', 'banned-model']);
    expect(found[1].message).toBe('clawcheck-disable-next-line must be on a line of its own; at the end of a line, write clawcheck-disable-line');
  });

  test('in a .env file, and on CRLF lines', () => {
    const env = '# clawcheck-disable-next-line banned-model -- fallback only\r\nBIG_MODEL=zai-org/GLM-4.7\r\nMIDDLE_MODEL=GLM-4.7\r\n';
    const text = proxyCompose(['BIG_MODEL: ${BIG_MODEL}', 'MIDDLE_MODEL: ${MIDDLE_MODEL}', 'DISABLE_THINKING: "true"']);
    expect(judgeRule('banned-model', { [C]: text, '.env': env }).map(at)).toEqual(['.env:3:14-3:21 banned-model']);
  });

  test('JSON5: // and /* */ directives', () => {
    const text = `{
  models: { providers: { c: { baseUrl: "https://foundation-models.api.cloud.ru/v1", models: [
    // clawcheck-disable-next-line banned-model -- kept as a fallback
    { id: "zai-org/GLM-4.7" },
    /* clawcheck-disable-next-line banned-model -- kept too */
    { id: "zai-org/GLM-4.7-Flash" },
    // clawcheck-disable-next-line banned-model
    { id: "zai-org/GLM-4.7-FlashX" },
  ] } } },
}
`;
    expect(judgeFiles({ [O]: text }).map(at)).toEqual([`${O}:7:5-7:48 invalid-suppression`, `${O}:8:12-8:34 banned-model`]);
  });

  test('at an anchor: the directive goes above the line where the value is written', () => {
    const text = 'x-env: &env\n  # clawcheck-disable-next-line banned-model -- fallback\n  BIG_MODEL: zai-org/GLM-4.7\nservices:\n  proxy:\n    image: legard/claude-code-proxy\n    environment: *env\n';
    expect(judgeRule('banned-model', { [C]: text })).toEqual([]);
    // Without the directive, the finding is there, at the anchor.
    const bare = text.replace('  # clawcheck-disable-next-line banned-model -- fallback\n', '');
    expect(judgeRule('banned-model', { [C]: bare }).map((f) => [f.location.line, f.location.column])).toEqual([[2, 14]]);
  });

  test('invalid-suppression can be turned off by the policy', () => {
    const text = withDirective('# clawcheck-disable-next-line banned-model');
    expect(judgeFiles({ [C]: text }, { policy: 'rules:\n  invalid-suppression: off\n' }).some((f) => f.ruleId === 'invalid-suppression')).toBe(false);
  });
});
