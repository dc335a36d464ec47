import { describe, expect, test } from '@jest/globals';
import { judgeFiles } from '../support/judge.js';

const C = 'docker-compose.yml';
const service = (name: string, lines: string[]) => ['services:', `  ${name}:`, ...lines.map((l) => `    ${l}`), ''].join('\n');
const rulesOf = (text: string, policy?: string) => judgeFiles({ [C]: text }, { policy }).map((f) => `${f.ruleId} ${f.location.line}:${f.location.column}`);

describe('which service is the claude-code-proxy', () => {
  test('another gateway that reads a tier variable is not judged as the proxy', () => {
    const litellm = service('litellm', ['image: ghcr.io/berriai/litellm:main-latest', 'environment:', '  BIG_MODEL: zai-org/GLM-4.7', '  DISABLE_THINKING: "false"']);
    expect(rulesOf(litellm)).toEqual([]);
  });

  test('the proxy image makes a service the proxy, whatever its name and settings', () => {
    const proxy = service('gateway', ['image: legard/claude-code-proxy:latest', 'environment:', '  BIG_MODEL: zai-org/GLM-4.7']);
    expect(rulesOf(proxy)).toContain('banned-model 5:18');
  });

  test('a service built from source, or whose image a variable names, is known by its tier variables', () => {
    const built = service('proxy', ['build: .', 'image: ccp-local', 'environment:', '  BIG_MODEL: zai-org/GLM-4.7']);
    expect(rulesOf(built)).toContain('banned-model 6:18');
    const unknown = service('proxy', ['image: ${PROXY_IMAGE}', 'environment:', '  BIG_MODEL: zai-org/GLM-4.7']);
    expect(rulesOf(unknown)).toContain('banned-model 5:18');
  });

  test('the policy can name the service', () => {
    const custom = service('llm', ['image: myorg/ccp:1', 'environment:', '  BIG_MODEL: zai-org/GLM-4.7']);
    expect(rulesOf(custom)).toEqual([]);
    expect(rulesOf(custom, 'proxy:\n  services: [llm]\n')).toContain('banned-model 5:18');
    expect(rulesOf(custom, 'proxy:\n  images: [ccp]\n')).toContain('banned-model 5:18');
  });

  test('a proxy with neither image nor build is a schema error Compose would give, unless an override or extends may add one', () => {
    const bare = service('claude-code-proxy', ['environment:', '  BIG_MODEL: openai/gpt-oss-120b']);
    const schema = (files: Record<string, string>) => judgeFiles(files, { schema: true }).filter((f) => f.ruleId === 'schema').map((f) => `${f.location.file}:${f.location.line}:${f.location.column} ${f.message}`);
    expect(schema({ [C]: bare })).toEqual([`${C}:2:3 service "claude-code-proxy" has neither an image nor a build context; Compose refuses to run the project`]);
    expect(schema({ [C]: bare, 'docker-compose.override.yml': service('claude-code-proxy', ['image: legard/claude-code-proxy:latest']) })).toEqual([]);
    expect(schema({ 'docker-compose.override.yml': bare })).toEqual([]);
    expect(schema({ [C]: bare.replace('  claude-code-proxy:\n', '  claude-code-proxy:\n    extends: {file: shared/base.yml, service: p}\n') })).toEqual([]);
  });
});
