import { describe, expect, test } from '@jest/globals';
import { at, fixed, judgeRule, proxyCompose, SEED_BEFORE, spot } from '../support/judge.js';
import type { Files } from '../support/judge.js';

const ID = 'disable-thinking';
const C = 'docker-compose.yml';
const FALSE_MSG = (v: string) => `DISABLE_THINKING is "${v}": thinking mode returns content: null through Cloud.ru FM and crashes Claude Code; set it to "true"`;
const SPELLING_MSG = (v: string) => `DISABLE_THINKING is "${v}"; write exactly "true" (whether the proxy reads other spellings is not confirmed)`;
const MISSING_MSG = (svc: string) =>
  `service "${svc}" does not set DISABLE_THINKING; set DISABLE_THINKING: "true" (thinking mode returns content: null through Cloud.ru FM and crashes Claude Code)`;

const judged = (files: Files, policy?: string) => judgeRule(ID, files, { policy });
const tiers = ['BIG_MODEL: openai/gpt-oss-120b'];

describe('disable-thinking', () => {
  test('the seed: "false" is an error, fixed to "true"', () => {
    const files = { [C]: SEED_BEFORE };
    const f = judged(files);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      ruleId: ID,
      severity: 'error',
      message: FALSE_MSG('false'),
      location: { file: C, line: 12, column: 25, endLine: 12, endColumn: 32 },
    });
    expect(f[0].fix).toEqual({ description: 'set DISABLE_THINKING to "true"', edits: [{ file: C, start: 507, end: 514, text: '"true"' }] });
    expect(fixed(files, f[0])).toBe(SEED_BEFORE.replace('DISABLE_THINKING: "false"', 'DISABLE_THINKING: "true"'));
  });

  test('missing: an error at the service key, fixed by adding the variable in the map style used', () => {
    const text = proxyCompose(tiers);
    const files = { [C]: text };
    const f = judged(files);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', message: MISSING_MSG('claude-code-proxy'), location: { file: C, line: 2, column: 3, endLine: 2, endColumn: 20 } });
    expect(fixed(files, f[0])).toBe(text.replace('      BIG_MODEL: openai/gpt-oss-120b\n', '      BIG_MODEL: openai/gpt-oss-120b\n      DISABLE_THINKING: "true"\n'));
  });

  test.each([
    [
      'block map, 4 spaces, CRLF, a comment after the last entry',
      'services:\r\n    p:\r\n        image: legard/claude-code-proxy\r\n        environment:\r\n            BIG_MODEL: x # big\r\n        restart: always\r\n',
      'services:\r\n    p:\r\n        image: legard/claude-code-proxy\r\n        environment:\r\n            BIG_MODEL: x # big\r\n            DISABLE_THINKING: "true"\r\n        restart: always\r\n',
    ],
    [
      'block list with quoted items',
      'services:\n  p:\n    image: legard/claude-code-proxy\n    environment:\n      - "BIG_MODEL=x"\n',
      'services:\n  p:\n    image: legard/claude-code-proxy\n    environment:\n      - "BIG_MODEL=x"\n      - "DISABLE_THINKING=true"\n',
    ],
    [
      'flow map',
      'services:\n  p:\n    image: legard/claude-code-proxy\n    environment: {BIG_MODEL: x}\n',
      'services:\n  p:\n    image: legard/claude-code-proxy\n    environment: {BIG_MODEL: x, DISABLE_THINKING: "true"}\n',
    ],
    [
      'flow list',
      'services:\n  p:\n    image: legard/claude-code-proxy\n    environment: [BIG_MODEL=x]\n',
      'services:\n  p:\n    image: legard/claude-code-proxy\n    environment: [BIG_MODEL=x, DISABLE_THINKING=true]\n',
    ],
    [
      'no environment: it is created under the service, indented like its keys',
      'services:\n   p:\n      image: legard/claude-code-proxy\n      ports: ["8082:8082"]',
      'services:\n   p:\n      image: legard/claude-code-proxy\n      ports: ["8082:8082"]\n      environment:\n         DISABLE_THINKING: "true"',
    ],
    [
      'flow service without environment',
      'services:\n  p: {image: legard/claude-code-proxy}\n',
      'services:\n  p: {image: legard/claude-code-proxy, environment: {DISABLE_THINKING: "true"}}\n',
    ],
    [
      'last entry is a block scalar',
      'services:\n  p:\n    image: legard/claude-code-proxy\n    environment:\n      BIG_MODEL: |\n        x\n    restart: always\n',
      'services:\n  p:\n    image: legard/claude-code-proxy\n    environment:\n      BIG_MODEL: |\n        x\n      DISABLE_THINKING: "true"\n    restart: always\n',
    ],
  ])('missing, fixed in place: %s', (_name, before, after) => {
    const files = { [C]: before };
    const f = judged(files);
    expect(f).toHaveLength(1);
    expect(fixed(files, f[0])).toBe(after);
  });

  test('missing, environment shared through an alias: reported without a fix', () => {
    const text = 'x-env: &env\n  BIG_MODEL: x\nservices:\n  p:\n    image: legard/claude-code-proxy\n    environment: *env\n';
    const f = judged({ [C]: text });
    expect(f.map(at)).toEqual([`${C}:4:3-4:4 ${ID}`]);
    expect(f[0].fix).toBeUndefined();
  });

  test.each([
    ['"true"', null],
    ["'true'", null],
  ])('%s passes', (v) => {
    expect(judged({ [C]: proxyCompose([...tiers, `DISABLE_THINKING: ${v}`]) })).toEqual([]);
  });

  test.each([
    ['false', 'false', 'error', FALSE_MSG('false'), '"true"'],
    ["'false'", 'false', 'error', FALSE_MSG('false'), "'true'"],
    ['"0"', '0', 'error', FALSE_MSG('0'), '"true"'],
    ['no', 'no', 'error', FALSE_MSG('no'), '"true"'],
    ['""', '', 'error', FALSE_MSG(''), '"true"'],
    ['true', 'true', 'warning', 'DISABLE_THINKING is the YAML boolean true; write the string "true" so every loader passes the same text', '"true"'],
    ['"True"', 'True', 'warning', SPELLING_MSG('True'), '"true"'],
    ['"1"', '1', 'warning', SPELLING_MSG('1'), '"true"'],
    ['1', '1', 'warning', SPELLING_MSG('1'), '"true"'],
    ['yes', 'yes', 'warning', SPELLING_MSG('yes'), '"true"'],
    ["'TRUE'", 'TRUE', 'warning', SPELLING_MSG('TRUE'), "'true'"],
  ])('DISABLE_THINKING: %s', (written, _value, severity, message, replacement) => {
    const text = proxyCompose([...tiers, `DISABLE_THINKING: ${written}  # thinking`]);
    const files = { [C]: text };
    const f = judged(files);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity, message, location: spot(C, text, written, { after: 'DISABLE_THINKING: ' }) });
    expect(fixed(files, f[0])).toBe(text.replace(`DISABLE_THINKING: ${written}`, `DISABLE_THINKING: ${replacement}`));
  });

  test('list form: - DISABLE_THINKING=true passes', () => {
    expect(judged({ [C]: proxyCompose(['- BIG_MODEL=openai/gpt-oss-120b', '- DISABLE_THINKING=true']) })).toEqual([]);
    expect(judged({ [C]: proxyCompose(['- "DISABLE_THINKING=true"']) })).toEqual([]);
  });

  test('list form: - DISABLE_THINKING=false is an error on the value; the fix keeps the item', () => {
    const text = proxyCompose(['- DISABLE_THINKING=false']);
    const files = { [C]: text };
    const f = judged(files);
    expect(f.map(at)).toEqual([`${C}:5:26-5:31 ${ID}`]);
    expect(f[0].severity).toBe('error');
    expect(fixed(files, f[0])).toBe(text.replace('=false', '=true'));
  });

  test('list form: - DISABLE_THINKING=True is a warning', () => {
    const text = proxyCompose(["- 'DISABLE_THINKING=True'"]);
    const files = { [C]: text };
    const f = judged(files);
    expect(f.map((x) => [x.severity, x.location])).toEqual([['warning', spot(C, text, 'True')]]);
    expect(fixed(files, f[0])).toBe(text.replace('=True', '=true'));
  });

  test('- DISABLE_THINKING alone comes from the shell: not missing, not judged', () => {
    expect(judged({ [C]: proxyCompose(['- DISABLE_THINKING']) })).toEqual([]);
  });

  test('from the .env through ${VAR}: the finding and fix are in the .env', () => {
    const env = 'DISABLE_THINKING=false\n';
    const text = proxyCompose(['DISABLE_THINKING: ${DISABLE_THINKING}']);
    const files = { [C]: text, '.env': env };
    const f = judged(files);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', location: { file: '.env', line: 1, column: 18, endLine: 1, endColumn: 23 } });
    expect(f[0].related).toEqual([{ ...spot(C, text, '${DISABLE_THINKING}'), message: '${DISABLE_THINKING} is read here' }]);
    expect(fixed(files, f[0])).toBe('DISABLE_THINKING=true\n');
  });

  test('a default: ${DISABLE_THINKING:-false} points at the default', () => {
    const text = proxyCompose(['DISABLE_THINKING: "${DISABLE_THINKING:-false}"']);
    const files = { [C]: text };
    const f = judged(files);
    expect(f.map((x) => x.location)).toEqual([spot(C, text, 'false')]);
    expect(fixed(files, f[0])).toBe(text.replace(':-false', ':-true'));
    expect(judged({ [C]: text, '.env': 'DISABLE_THINKING=true\n' })).toEqual([]);
  });

  test('env_file', () => {
    const text = proxyCompose(tiers, ['env_file: proxy.env']);
    const files = { [C]: text, 'proxy.env': 'DISABLE_THINKING="1"\n' };
    const f = judged(files);
    expect(f.map((x) => [x.severity, at(x)])).toEqual([['warning', `proxy.env:1:19-1:20 ${ID}`]]);
    expect(fixed(files, f[0])).toBe('DISABLE_THINKING="true"\n');
  });

  test('an anchor: the finding is on the anchor, naming the alias', () => {
    const text = 'x-env: &env\n  DISABLE_THINKING: "false"\nservices:\n  proxy:\n    image: legard/claude-code-proxy\n    environment:\n      <<: *env\n';
    const f = judged({ [C]: text });
    expect(f.map(at)).toEqual([`${C}:2:21-2:28 ${ID}`]);
    expect(f[0].message).toBe(`${FALSE_MSG('false')} (used through the alias at line 7)`);
  });

  test('flow-style service', () => {
    const text = 'services:\n  proxy: {image: legard/claude-code-proxy, environment: {DISABLE_THINKING: false}}\n';
    const files = { [C]: text };
    const f = judged(files);
    expect(f.map((x) => x.location)).toEqual([spot(C, text, 'false')]);
    expect(fixed(files, f[0])).toBe(text.replace('false', '"true"'));
  });

  test('override that only changes the image: not missing', () => {
    const files = {
      'compose.yaml': proxyCompose([...tiers, 'DISABLE_THINKING: "true"']),
      'compose.override.yaml': 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy@sha256:' + 'a'.repeat(64) + '\n',
    };
    expect(judged(files)).toEqual([]);
  });

  test('override that sets it fixes a base that lacks it; one that breaks it is reported there', () => {
    const base = proxyCompose(tiers);
    expect(judged({ 'compose.yaml': base, 'compose.override.yaml': 'services:\n  claude-code-proxy:\n    environment:\n      - DISABLE_THINKING=true\n' })).toEqual([]);
    const f = judged({ 'compose.yml': base.replace('environment:\n', 'environment:\n      DISABLE_THINKING: "true"\n'), 'compose.override.yml': 'services:\n  claude-code-proxy:\n    environment:\n      DISABLE_THINKING: "false"\n' });
    expect(f.map(at)).toEqual([`compose.override.yml:4:25-4:32 ${ID}`]);
  });

  test('a non-proxy service is not judged', () => {
    expect(judged({ [C]: 'services:\n  web:\n    image: nginx\n    environment:\n      DISABLE_THINKING: "false"\n' })).toEqual([]);
  });

  test('policy: off, and another variable name', () => {
    expect(judged({ [C]: SEED_BEFORE }, 'rules:\n  disable-thinking: off\n')).toEqual([]);
    const text = proxyCompose([...tiers, 'DISABLE_THINKING: "true"']);
    const f = judged({ [C]: text }, 'rules:\n  disable-thinking:\n    options: {variable: NO_THINKING}\n');
    expect(f.map((x) => x.message)).toEqual([MISSING_MSG('claude-code-proxy').replace(/DISABLE_THINKING/g, 'NO_THINKING')]);
  });

  test('an env_file that is not among the files checked: "missing" cannot be known', () => {
    const text = proxyCompose(tiers, ['env_file: secrets.env']);
    expect(judged({ [C]: text })).toEqual([]);
  });
});
