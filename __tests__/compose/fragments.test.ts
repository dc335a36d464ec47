import { describe, expect, test } from '@jest/globals';
import { judgeFiles } from '../support/judge.js';
import type { Files } from '../support/judge.js';

const show = (files: Files, policy?: string) => judgeFiles(files, { policy }).map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}:${f.location.column}`);

// An incomplete base service: no DISABLE_THINKING, no OPENAI_* settings, a banned tier.
const COMMON = [
  'services:',
  '  base:',
  '    image: legard/claude-code-proxy:latest',
  '    read_only: true',
  '    environment:',
  '      BIG_MODEL: zai-org/GLM-4.7',
  '      SMALL_MODEL: zai-org/GLM-4.7',
  '',
].join('\n');
const PROXY = (overrides: string[]) =>
  [
    'services:',
    '  claude-code-proxy:',
    '    extends: {file: docker-compose.common.yml, service: base}',
    '    environment:',
    '      DISABLE_THINKING: "true"',
    '      OPENAI_API_KEY: ${KEY}',
    '      OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1',
    '      BIG_MODEL: openai/gpt-oss-120b',
    '      MIDDLE_MODEL: openai/gpt-oss-120b',
    ...overrides,
    '',
  ].join('\n');

describe('compose fragments (files other files extend)', () => {
  test('a fragment is judged only through the service that extends it', () => {
    // The base's GLM-4.7 BIG_MODEL is overridden; its SMALL_MODEL reaches the container.
    expect(show({ 'docker-compose.yml': PROXY([]), 'docker-compose.common.yml': COMMON })).toEqual([
      'proxy-read-only docker-compose.common.yml:4:5',
      'banned-model docker-compose.common.yml:7:20',
    ]);
    expect(show({ 'docker-compose.yml': PROXY(['      SMALL_MODEL: openai/gpt-oss-120b', '    read_only: false']), 'docker-compose.common.yml': COMMON })).toEqual([]);
  });

  test('the policy can mark a fragment as a project of its own', () => {
    const findings = show({ 'docker-compose.yml': PROXY([]), 'docker-compose.common.yml': COMMON }, "compose:\n  projects: ['*.common.yml']\n");
    expect(findings).toContain('disable-thinking docker-compose.common.yml:2:3');
    expect(findings).toContain('banned-model docker-compose.common.yml:6:18');
  });

  test('a file named like a project stays a project when another file extends it', () => {
    const base = COMMON.replace('  base:', '  claude-code-proxy:');
    const prod = ['services:', '  gateway:', '    extends: {file: docker-compose.yml, service: claude-code-proxy}', ''].join('\n');
    expect(show({ 'docker-compose.yml': base, 'docker-compose.prod.yml': prod })).toContain('disable-thinking docker-compose.yml:2:3');
  });

  test('files that only extend each other are judged: nothing judged reaches them', () => {
    const a = ['services:', '  proxy:', '    extends: {file: b.yml, service: proxy}', '    image: legard/claude-code-proxy:latest', '    environment:', '      BIG_MODEL: zai-org/GLM-4.7', ''].join('\n');
    const b = a.replace('b.yml', 'a.yml');
    const findings = show({ 'a.yml': a, 'b.yml': b });
    expect(findings).toContain('banned-model a.yml:6:18');
    expect(findings).toContain('banned-model b.yml:6:18');
  });

  test('the policy can mark a file as a fragment: it is not judged alone', () => {
    const proxy = COMMON.replace('  base:', '  claude-code-proxy:');
    expect(show({ 'proxy.yml': proxy }).length).toBeGreaterThan(0);
    expect(show({ 'proxy.yml': proxy }, "compose:\n  fragments: ['proxy.yml']\n")).toEqual([]);
  });
});
