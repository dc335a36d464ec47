import { describe, expect, test } from '@jest/globals';
import { at, fixed, judgeRule, proxyCompose, SEED_AFTER, spot } from '../support/judge.js';
import type { Files } from '../support/judge.js';

const ID = 'model-tiers';
const C = 'docker-compose.yml';
const judged = (files: Files, policy?: string) => judgeRule(ID, files, { policy });

const KEYS = ['OPENAI_API_KEY: "${CLOUDRU_API_KEY}"', 'OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1'];
const TIERS = ['BIG_MODEL: openai/gpt-oss-120b', 'MIDDLE_MODEL: openai/gpt-oss-120b', 'SMALL_MODEL: openai/gpt-oss-120b'];
const THINK = 'DISABLE_THINKING: "true"';

describe('model-tiers', () => {
  test('the good seed passes', () => {
    expect(judged({ [C]: SEED_AFTER })).toEqual([]);
  });

  test('a missing tier: one warning at the service key naming the tiers', () => {
    const text = proxyCompose([...KEYS, TIERS[0], THINK]);
    const f = judged({ [C]: text });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      message: 'service "claude-code-proxy" does not set MIDDLE_MODEL, SMALL_MODEL; the proxy then falls back to OpenAI model names that Cloud.ru FM does not serve',
      location: { file: C, line: 2, column: 3, endLine: 2, endColumn: 20 },
    });
    expect(f[0].fix).toBeUndefined();
  });

  test('missing OPENAI_API_KEY and OPENAI_BASE_URL', () => {
    const f = judged({ [C]: proxyCompose([...TIERS, THINK]) });
    expect(f.map((x) => x.message)).toEqual([
      'service "claude-code-proxy" does not set OPENAI_API_KEY; the proxy exits at start without it',
      'service "claude-code-proxy" does not set OPENAI_BASE_URL; the proxy talks to OpenAI\'s endpoint without it',
    ]);
    expect(f.map(at)).toEqual([`${C}:2:3-2:20 ${ID}`, `${C}:2:3-2:20 ${ID}`]);
  });

  test('legacy API_KEY / API_BASE_URL: a rename fix on the key, no "missing" finding', () => {
    const text = proxyCompose(['API_KEY: "${CLOUDRU_API_KEY}"', 'API_BASE_URL: https://foundation-models.api.cloud.ru/v1', ...TIERS, THINK]);
    const files = { [C]: text };
    const f = judged(files);
    expect(f).toHaveLength(2);
    expect(f[0]).toMatchObject({ severity: 'warning', message: 'API_KEY is not read by the proxy; rename it to OPENAI_API_KEY', location: { line: 5, column: 7, endLine: 5, endColumn: 14 } });
    expect(f[1]).toMatchObject({ message: 'API_BASE_URL is not read by the proxy; rename it to OPENAI_BASE_URL', location: spot(C, text, 'API_BASE_URL') });
    expect(f[0].fix?.description).toBe('rename API_KEY to OPENAI_API_KEY');
    expect(fixed(files, f[0])).toBe(text.replace('      API_KEY:', '      OPENAI_API_KEY:'));
    expect(fixed(files, f[1])).toBe(text.replace('API_BASE_URL:', 'OPENAI_BASE_URL:'));
  });

  test('legacy names in the list form and in an env_file', () => {
    const text = proxyCompose(['- "API_KEY=${CLOUDRU_API_KEY}"', '- OPENAI_BASE_URL=https://foundation-models.api.cloud.ru/v1', ...TIERS.map((t) => `- ${t.replace(': ', '=')}`)]);
    const files = { [C]: text };
    const f = judged(files);
    expect(f.map((x) => x.location)).toEqual([spot(C, text, 'API_KEY')]);
    expect(fixed(files, f[0])).toBe(text.replace('"API_KEY=', '"OPENAI_API_KEY='));

    const withFile = proxyCompose([...TIERS], ['env_file: proxy.env']);
    const envFiles = { [C]: withFile, 'proxy.env': 'API_KEY=secret\nOPENAI_BASE_URL=https://foundation-models.api.cloud.ru/v1\n' };
    const g = judged(envFiles);
    expect(g.map(at)).toEqual([`proxy.env:1:1-1:8 ${ID}`]);
    expect(fixed(envFiles, g[0])).toBe('OPENAI_API_KEY=secret\nOPENAI_BASE_URL=https://foundation-models.api.cloud.ru/v1\n');
  });

  test('legacy names written with escapes: the rename edits the name only where it is spelled as it is', () => {
    const rest = ['- OPENAI_BASE_URL=https://foundation-models.api.cloud.ru/v1', ...TIERS.map((t) => `- ${t.replace(': ', '=')}`)];
    // An escape after the name: the name itself is written verbatim, after the quote.
    const after = proxyCompose(['- "API_KEY=sk\\u0041"', ...rest]);
    const f = judged({ [C]: after });
    expect(f.map((x) => x.location)).toEqual([spot(C, after, 'API_KEY')]);
    expect(fixed({ [C]: after }, f[0])).toBe(after.replace('"API_KEY=', '"OPENAI_API_KEY='));
    // An escape inside the name: reported on the whole item, no edit.
    const inside = proxyCompose(['- "API\\u005fKEY=sk"', ...rest]);
    const g = judged({ [C]: inside });
    expect(g.map((x) => [x.message, x.location])).toEqual([['API_KEY is not read by the proxy; rename it to OPENAI_API_KEY', spot(C, inside, '"API\\u005fKEY=sk"')]]);
    expect(g[0].fix).toBeUndefined();
    // A quoted map key: the characters inside the quotes.
    const quoted = proxyCompose(['"API_KEY": x', 'OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1', ...TIERS]);
    const h = judged({ [C]: quoted });
    expect(h.map((x) => x.location)).toEqual([spot(C, quoted, 'API_KEY')]);
    expect(fixed({ [C]: quoted }, h[0])).toBe(quoted.replace('"API_KEY"', '"OPENAI_API_KEY"'));
  });

  test('both the legacy and the current name: nothing to rename', () => {
    expect(judged({ [C]: proxyCompose([...KEYS, 'API_KEY: x', ...TIERS]) })).toEqual([]);
  });

  test.each([
    ['PORT: "abc"', 'abc'],
    ["MAX_TOKENS_LIMIT: '4k'", '4k'],
    ['REQUEST_TIMEOUT: 90s', '90s'],
    ['MAX_RETRIES: 2.5', '2.5'],
  ])('a non-integer: %s', (line, value) => {
    const text = proxyCompose([...KEYS, ...TIERS, line]);
    const f = judged({ [C]: text });
    const name = line.split(':')[0];
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: 'warning',
      message: `${name} is "${value}", not an integer; the proxy crashes at start`,
      location: spot(C, text, value, { after: `${name}: ` }),
    });
  });

  test.each(['PORT: 8082', 'PORT: "8082"', 'MIN_TOKENS_LIMIT: "-1"', '- MAX_RETRIES=3', 'PORT: ${PORT:-8082}'])('an integer passes: %s', (line) => {
    const lines = line.startsWith('-') ? [...KEYS, ...TIERS].map((t) => `- ${t.replace(': ', '=')}`).concat(line) : [...KEYS, ...TIERS, line];
    expect(judged({ [C]: proxyCompose(lines) })).toEqual([]);
  });

  test('a non-integer from the .env points into the .env', () => {
    const text = proxyCompose([...KEYS, ...TIERS, 'PORT: ${PROXY_PORT}']);
    const f = judged({ [C]: text, '.env': 'PROXY_PORT=eighty\n' });
    expect(f.map(at)).toEqual([`.env:1:12-1:18 ${ID}`]);
    expect(f[0].related?.[0]).toMatchObject({ ...spot(C, text, '${PROXY_PORT}'), message: '${PROXY_PORT} is read here' });
  });

  test('tiers merged from an anchor, across an override', () => {
    const base = 'x-tiers: &tiers\n  BIG_MODEL: openai/gpt-oss-120b\n  MIDDLE_MODEL: openai/gpt-oss-120b\nservices:\n  claude-code-proxy:\n    image: legard/claude-code-proxy\n    environment:\n      <<: *tiers\n      OPENAI_API_KEY: x\n      OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1\n';
    expect(judged({ 'compose.yaml': base }).map((x) => x.message)).toEqual([expect.stringContaining('does not set SMALL_MODEL;')]);
    const override = 'services:\n  claude-code-proxy:\n    environment:\n      - SMALL_MODEL=openai/gpt-oss-120b\n';
    expect(judged({ 'compose.yaml': base, 'compose.override.yaml': override })).toEqual([]);
  });

  test('an env_file that is not among the files checked: "missing" cannot be known', () => {
    expect(judged({ [C]: proxyCompose([], ['env_file: [.env.proxy]']) })).toEqual([]);
  });

  test('policy: options replace the lists', () => {
    const f = judged({ [C]: proxyCompose([...KEYS, ...TIERS, 'PORT: abc']) }, 'rules:\n  model-tiers:\n    severity: error\n    options:\n      integers: [LOG_LEVEL]\n');
    expect(f).toEqual([]);
    const g = judged({ [C]: proxyCompose([...KEYS, ...TIERS, 'LOG_LEVEL: debug']) }, 'rules:\n  model-tiers:\n    severity: error\n    options:\n      integers: [LOG_LEVEL]\n');
    expect(g.map((x) => x.severity)).toEqual(['error']);
  });
});
