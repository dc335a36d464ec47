/**
 * Values Compose rejects because a quote or a `${` is never closed: the finding is still
 * reported on the characters meant, but no fix is offered (a replacement there would keep the
 * file broken, or break it differently). Each form is checked against its closed twin, which
 * is fixed.
 */
import { describe, expect, test } from '@jest/globals';
import type { Finding } from '../../src/core/finding.js';
import { at, fixed, judgeFiles, proxyCompose } from '../support/judge.js';
import type { Files } from '../support/judge.js';

const C = 'docker-compose.yml';
const REST = ['OPENAI_API_KEY: x', 'OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1', 'DISABLE_THINKING: "true"', 'MIDDLE_MODEL: openai/gpt-oss-120b', 'SMALL_MODEL: openai/gpt-oss-120b'];
const USES = (value: string, from = '') =>
  `BIG_MODEL${from} uses "${value}", which is unstable on Cloud.ru FM (HTTP 404, timeouts, empty answers in thinking mode); use "openai/gpt-oss-120b"`;
const QUOTE = (q: 'single' | 'double') => ` (not fixed automatically: the ${q} quote that opens the value is not closed on its line, which Compose rejects)`;
const BRACE = ' (not fixed automatically: a `${` in the value has no closing `}`, which Compose rejects)';

const banned = (files: Files): Finding[] => judgeFiles(files).filter((f) => f.ruleId === 'banned-model');
const viaEnvFile = (env: string): Files => ({ [C]: proxyCompose(REST, ['env_file: app.env']), 'app.env': env });
const viaDotenv = (env: string): Files => ({ [C]: proxyCompose([...REST, 'BIG_MODEL: ${BIG_MODEL}']), '.env': env });

describe('an unterminated quoted .env value', () => {
  test.each([
    ['double, env_file', viaEnvFile('BIG_MODEL="zai-org/GLM-4.7\n'), 'app.env', QUOTE('double')],
    ['single, env_file', viaEnvFile("BIG_MODEL='zai-org/GLM-4.7\n"), 'app.env', QUOTE('single')],
    ['double, read through ${BIG_MODEL}', viaDotenv('BIG_MODEL="zai-org/GLM-4.7\n'), '.env', QUOTE('double')],
    ['double, with a comment after it', viaEnvFile('BIG_MODEL="zai-org/GLM-4.7   # the big one\n'), 'app.env', QUOTE('double')],
  ])('%s: reported on the id, not fixed', (_, files, envPath, note) => {
    const f = banned(files);
    expect(f.map(at)).toEqual([`${envPath}:1:12-1:27 banned-model`]);
    expect(f[0].message).toBe(USES('zai-org/GLM-4.7', ` (from ${envPath})`) + note);
    expect(f[0].fix).toBeUndefined();
  });

  test('closed, the same value is fixed inside its quotes', () => {
    const files = viaEnvFile('BIG_MODEL="zai-org/GLM-4.7"\n');
    const f = banned(files);
    expect(f.map(at)).toEqual(['app.env:1:12-1:27 banned-model']);
    expect(fixed(files, f[0])).toBe('BIG_MODEL="openai/gpt-oss-120b"\n');
  });

  test('DISABLE_THINKING="false without its quote: reported, not fixed', () => {
    const env = REST.filter((l) => !l.startsWith('DISABLE')).concat('BIG_MODEL: openai/gpt-oss-120b');
    const f = judgeFiles({ [C]: proxyCompose(env, ['env_file: app.env']), 'app.env': 'DISABLE_THINKING="false\n' }).filter((x) => x.ruleId === 'disable-thinking');
    expect(f.map(at)).toEqual(['app.env:1:19-1:24 disable-thinking']);
    expect(f[0].message).toBe(
      'DISABLE_THINKING is "false": thinking mode returns content: null through Cloud.ru FM and crashes Claude Code; set it to "true"' + QUOTE('double'),
    );
    expect(f[0].fix).toBeUndefined();
  });
});

describe('an unterminated ${X:-default}', () => {
  test.each([
    ['plain YAML scalar', proxyCompose([...REST, 'BIG_MODEL: ${BIG:-zai-org/GLM-4.7']), C, '10:25-10:40'],
    ['double-quoted YAML scalar', proxyCompose([...REST, 'BIG_MODEL: "${BIG:-zai-org/GLM-4.7"']), C, '10:26-10:41'],
    ['nested, the outer one unclosed', proxyCompose([...REST, 'BIG_MODEL: ${BIG:-${X:-zai-org/GLM-4.7}']), C, '10:30-10:45'],
  ])('%s: the default is reported where written, not fixed', (_, text, path, where) => {
    const f = banned({ [C]: text });
    expect(f.map(at)).toEqual([`${path}:${where} banned-model`]);
    expect(f[0].message).toBe(USES('zai-org/GLM-4.7') + BRACE);
    expect(f[0].fix).toBeUndefined();
  });

  test.each([
    ['env_file', viaEnvFile('BIG_MODEL=${BIG:-zai-org/GLM-4.7\n'), 'app.env'],
    ['.env read through ${BIG_MODEL}', viaDotenv('BIG_MODEL=${BIG:-zai-org/GLM-4.7\n'), '.env'],
  ])('in a .env line (%s): reported, not fixed', (_, files, envPath) => {
    const f = banned(files);
    expect(f.map(at)).toEqual([`${envPath}:1:18-1:33 banned-model`]);
    expect(f[0].message).toBe(USES('zai-org/GLM-4.7', ` (from ${envPath})`) + BRACE);
    expect(f[0].fix).toBeUndefined();
  });

  test('closed, the same default is fixed in place', () => {
    const files = { [C]: proxyCompose([...REST, 'BIG_MODEL: ${BIG:-zai-org/GLM-4.7}']) };
    const f = banned(files);
    expect(f.map(at)).toEqual([`${C}:10:25-10:40 banned-model`]);
    expect(fixed(files, f[0])).toBe(proxyCompose([...REST, 'BIG_MODEL: ${BIG:-openai/gpt-oss-120b}']));
  });

  test('`$${` is an escaped `$`, not an unclosed `${`: nothing is withheld', () => {
    const files = { [C]: proxyCompose([...REST, 'BIG_MODEL: $${X/zai-org/GLM-4.7']) };
    const f = banned(files);
    expect(f.map(at)).toEqual([`${C}:10:23-10:38 banned-model`]);
    expect(fixed(files, f[0])).toBe(proxyCompose([...REST, 'BIG_MODEL: $${X/openai/gpt-oss-120b']));
  });
});

describe('an unterminated quote in YAML', () => {
  test.each([
    ['double', 'BIG_MODEL: "zai-org/GLM-4.7'],
    ['single', "BIG_MODEL: 'zai-org/GLM-4.7"],
  ])('%s: the YAML parser refuses the file (at its end, where the quote is still open); nothing else is judged or fixed', (_, line) => {
    const f = judgeFiles({ [C]: proxyCompose([...REST, line]) });
    expect(f.map((x) => `${at(x)} ${x.fix ? 'fix' : 'no fix'} ${x.message}`)).toEqual([`${C}:11:1-11:1 parse-error no fix cannot parse YAML: Missing closing ${_ === 'double' ? '"quote' : "'quote"}`]);
  });
});
