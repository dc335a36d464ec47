import { describe, expect, test } from '@jest/globals';
import { at, fixed, judgeFiles } from '../support/judge.js';
import type { Files } from '../support/judge.js';

const C = 'docker-compose.yml';
const rules = (files: Files) => judgeFiles(files).filter((f) => f.ruleId === 'disable-thinking' || f.ruleId === 'model-tiers');
const BASE_ENV = ['    environment:', '      DISABLE_THINKING: "true"', '      OPENAI_API_KEY: x', '      OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1'];
const PROXY = (extendsLines: string[]) =>
  [
    '  claude-code-proxy:',
    ...extendsLines,
    '    image: legard/claude-code-proxy:latest',
    '    environment:',
    '      BIG_MODEL: openai/gpt-oss-120b',
    '      MIDDLE_MODEL: openai/gpt-oss-120b',
    '      SMALL_MODEL: openai/gpt-oss-120b',
  ].join('\n');

describe('extends:', () => {
  test('a service of the same file: its environment is inherited, nothing is missing', () => {
    const text = ['services:', '  common:', '    image: busybox', ...BASE_ENV, PROXY(['    extends: common']), ''].join('\n');
    expect(rules({ [C]: text })).toEqual([]);
    const long = ['services:', '  common:', '    image: busybox', ...BASE_ENV, PROXY(['    extends:', '      service: common']), ''].join('\n');
    expect(rules({ [C]: long })).toEqual([]);
  });

  test('a chain of extends, in a judged file of the same folder', () => {
    const common = ['services:', '  root:', '    environment:', '      OPENAI_API_KEY: x', '  common:', '    extends: root', '    environment:', '      DISABLE_THINKING: "true"', '      OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1', ''].join('\n');
    const text = ['services:', PROXY(['    extends: {file: docker-compose.common.yml, service: common}']), ''].join('\n');
    expect(rules({ [C]: text, 'docker-compose.common.yml': common })).toEqual([]);
    // In another folder the file is not used, even when it is judged in the same run: whether it
    // is at hand depends on how files are batched. The "missing" checks are skipped instead.
    const elsewhere = ['services:', PROXY(['    extends: {file: shared/docker-compose.yml, service: common}']), ''].join('\n');
    expect(rules({ [C]: elsewhere, 'shared/docker-compose.yml': common.replace('"true"', '"false"') })).toEqual([]);
  });

  test('a target that cannot be read: the "missing" checks are skipped, values are still judged', () => {
    const other = ['services:', PROXY(['    extends: {file: shared/common.yml, service: common}']), '      DISABLE_THINKING: "false"', ''].join('\n');
    expect(rules({ [C]: other }).map((f) => f.message)).toEqual([
      'DISABLE_THINKING is "false": thinking mode returns content: null through Cloud.ru FM and crashes Claude Code; set it to "true"',
    ]);
    expect(rules({ [C]: ['services:', PROXY(['    extends: nowhere']), ''].join('\n') })).toEqual([]);
    const cycle = ['services:', '  a:', '    extends: claude-code-proxy', PROXY(['    extends: a']), ''].join('\n');
    expect(rules({ [C]: cycle })).toEqual([]);
  });

  test('without extends: the same proxy misses its settings', () => {
    const text = ['services:', PROXY([]), ''].join('\n');
    expect(rules({ [C]: text }).map(at)).toEqual([`${C}:2:3-2:20 disable-thinking`, `${C}:2:3-2:20 model-tiers`, `${C}:2:3-2:20 model-tiers`]);
  });

  test('a wrong value inherited from a service that is not a proxy: reported where written, no fix', () => {
    const text = ['services:', '  common:', '    image: busybox', ...BASE_ENV, PROXY(['    extends: common']), ''].join('\n').replace('"true"', '"false"');
    const f = rules({ [C]: text });
    expect(f.map(at)).toEqual([`${C}:5:25-5:32 disable-thinking`]);
    expect(f[0].fix).toBeUndefined();
    expect(f[0].message).toBe(
      'DISABLE_THINKING is "false": thinking mode returns content: null through Cloud.ru FM and crashes Claude Code; set it to "true" (not fixed automatically: the change is inherited through extends: by service "common" too)',
    );
  });

  test('a missing variable is added to the proxy itself, not to the service it extends', () => {
    const common = ['services:', '  common:', '    image: busybox', '    environment:', '      OPENAI_API_KEY: x', '      OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1'];
    const proxy = ['  claude-code-proxy:', '    extends: common', '    image: legard/claude-code-proxy:latest', '    restart: always'];
    const files = { [C]: [...common, ...proxy, ''].join('\n') };
    const f = judgeFiles(files).filter((x) => x.ruleId === 'disable-thinking');
    expect(f.map(at)).toEqual([`${C}:7:3-7:20 disable-thinking`]);
    expect(fixed(files, f[0])).toBe([...common, ...proxy, '    environment:', '      DISABLE_THINKING: "true"', ''].join('\n'));
  });
});
