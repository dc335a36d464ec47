/** Fixes land in the file and at the node that sets the value: override files, nested merge keys. */
import { describe, expect, test } from '@jest/globals';
import { judgeFiles } from '../support/judge.js';
import { fixTexts } from '../support/fix.js';

const lines = (...l: string[]) => [...l, ''].join('\n');
const ENV = ['      DISABLE_THINKING: "true"', '      OPENAI_API_KEY: x', '      OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1'];
const TIERS = ['      BIG_MODEL: openai/gpt-oss-120b', '      MIDDLE_MODEL: openai/gpt-oss-120b', '      SMALL_MODEL: openai/gpt-oss-120b'];
const BASE = lines('services:', '  proxy:', '    image: legard/claude-code-proxy:latest', '    environment:', ...ENV, ...TIERS);

describe('fixes where the value is written', () => {
  test('read_only and user from an override file are set to safe values there (the override service stays a map)', () => {
    const override = lines('services:', '  proxy:', '    read_only: true', '    user: "1000"');
    const files = { 'compose.yaml': BASE, 'compose.override.yaml': override };
    expect(judgeFiles(files).map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}:${f.location.column} ${f.fix?.description}`)).toEqual([
      'proxy-read-only compose.override.yaml:3:5 set read_only to false',
      'proxy-user compose.override.yaml:4:5 set user to "0"',
    ]);
    const { out } = fixTexts(files);
    expect(out['compose.override.yaml']).toBe(lines('services:', '  proxy:', '    read_only: false', '    user: "0"'));
    expect(out['compose.yaml']).toBe(BASE);
    expect(judgeFiles(out)).toEqual([]);
  });

  test('an override service with other settings loses the line instead', () => {
    const override = lines('services:', '  proxy:', '    ports: ["127.0.0.1:8082:8082"]', '    read_only: true');
    const { out } = fixTexts({ 'compose.yaml': BASE, 'compose.override.yaml': override });
    expect(out['compose.override.yaml']).toBe(lines('services:', '  proxy:', '    ports: ["127.0.0.1:8082:8082"]'));
  });

  test('a base value the override does not replace is removed in the base', () => {
    const base = BASE.replace('    environment:', '    read_only: true\n    environment:');
    const { out } = fixTexts({ 'compose.yaml': base, 'compose.override.yaml': lines('services:', '  proxy:', '    user: root') });
    expect(out['compose.yaml']).toBe(BASE);
  });

  test('a tier through a nested merge key is fixed at its anchor when only the proxy uses the chain', () => {
    const text = lines(
      'x-a: &a',
      '  BIG_MODEL: zai-org/GLM-4.7',
      'x-b: &b',
      '  MIDDLE_MODEL: zai-org/GLM-4.7',
      'x-env: &env',
      '  <<: [*a, *b]',
      '  SMALL_MODEL: openai/gpt-oss-120b',
      'services:',
      '  proxy:',
      '    image: legard/claude-code-proxy:latest',
      '    environment:',
      '      <<: *env',
      ...ENV,
    );
    const { out } = fixTexts({ 'compose.yaml': text });
    expect(out['compose.yaml']).toBe(text.replace(/zai-org\/GLM-4\.7/g, 'openai/gpt-oss-120b'));
  });

  test('a merged chain of service settings (<<: *svc, itself <<: *base) is fixed at the node that sets them', () => {
    const text = lines('x-base: &base', '  image: legard/claude-code-proxy:latest', '  read_only: true', 'x-svc: &svc', '  <<: *base', 'services:', '  proxy:', '    <<: *svc', '    environment:', ...ENV, ...TIERS);
    const { out } = fixTexts({ 'compose.yaml': text });
    expect(out['compose.yaml']).toBe(text.replace('  read_only: true\n', ''));
  });

  test("a merged template's own keys win over what it merged itself, as in Compose", () => {
    const text = lines(
      'x-base: &base',
      '  image: legard/claude-code-proxy:latest',
      '  user: root',
      'x-proxy: &proxy',
      '  <<: *base',
      '  image: legard/claude-code-proxy:v1.0.0',
      '  user: "1000:1000"',
      'x-t1: &t1',
      '  BIG_MODEL: openai/gpt-oss-120b',
      'x-t2: &t2',
      '  <<: *t1',
      '  BIG_MODEL: zai-org/GLM-4.7',
      'services:',
      '  proxy:',
      '    <<: *proxy',
      '    environment:',
      '      <<: *t2',
      ...ENV,
      '      MIDDLE_MODEL: openai/gpt-oss-120b',
      '      SMALL_MODEL: openai/gpt-oss-120b',
    );
    const found = judgeFiles({ 'compose.yaml': text }).map((f) => `${f.ruleId} ${f.location.line}:${f.location.column}`);
    expect(found).toEqual(['proxy-image-tag 6:35', 'proxy-user 7:3', 'banned-model 12:14']);
  });

  test('not fixed when another service reaches the anchor through the chain', () => {
    const text = lines(
      'x-a: &a',
      '  BIG_MODEL: zai-org/GLM-4.7',
      'x-env: &env',
      '  <<: [*a]',
      'services:',
      '  proxy:',
      '    image: legard/claude-code-proxy:latest',
      '    environment:',
      '      <<: *env',
      ...ENV,
      '  worker:',
      '    image: busybox',
      '    environment: *env',
    );
    const big = judgeFiles({ 'compose.yaml': text }).filter((f) => f.ruleId === 'banned-model');
    expect(big.map((f) => [f.location.line, f.fix, f.message.endsWith('(not fixed automatically: the anchor &a is also used at line 15, outside the proxy service)')])).toEqual([[2, undefined, true]]);
  });
});
