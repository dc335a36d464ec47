import { fixTexts } from '../support/fix.js';

const SEED_BEFORE = `services:
  claude-code-proxy:
    image: legard/claude-code-proxy:v1.0.0        # tag not published
    container_name: openclaw-cloudru-proxy
    ports: ["127.0.0.1:8082:8082"]
    environment:
      OPENAI_API_KEY: "\${CLOUDRU_API_KEY}"
      OPENAI_BASE_URL: "https://foundation-models.api.cloud.ru/v1"
      BIG_MODEL: "zai-org/GLM-4.7"                # banned
      MIDDLE_MODEL: "zai-org/GLM-4.7-FlashX"      # banned
      SMALL_MODEL: "zai-org/GLM-4.7-Flash"        # banned
      DISABLE_THINKING: "false"                   # must be "true"
    user: "1000:1000"                             # forbidden
    read_only: true                               # forbidden
    healthcheck: {test: ["CMD", "curl", "-sf", "http://localhost:8082/health"]}
`;
const SEED_AFTER = `services:
  claude-code-proxy:
    image: legard/claude-code-proxy:latest        # tag not published
    container_name: openclaw-cloudru-proxy
    ports: ["127.0.0.1:8082:8082"]
    environment:
      OPENAI_API_KEY: "\${CLOUDRU_API_KEY}"
      OPENAI_BASE_URL: "https://foundation-models.api.cloud.ru/v1"
      BIG_MODEL: "openai/gpt-oss-120b"                # banned
      MIDDLE_MODEL: "openai/gpt-oss-120b"      # banned
      SMALL_MODEL: "openai/gpt-oss-120b"        # banned
      DISABLE_THINKING: "true"                   # must be "true"
    healthcheck: {test: ["CMD", "curl", "-sf", "http://localhost:8082/health"]}
`;

const TIERS_OK = `      OPENAI_API_KEY: k
      OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1
`;

describe('fixing the seed file', () => {
  test('gives exactly the seed\'s "after" file and leaves nothing fixable', () => {
    const { out, outcome } = fixTexts({ 'docker-compose.cloudru-proxy.yml': SEED_BEFORE });
    expect(out['docker-compose.cloudru-proxy.yml']).toBe(SEED_AFTER);
    expect(outcome.findings).toEqual([]);
    expect(outcome.files[0].fixed.map((f) => f.ruleId).sort()).toEqual([
      'banned-model',
      'banned-model',
      'banned-model',
      'disable-thinking',
      'proxy-image-tag',
      'proxy-read-only',
      'proxy-user',
    ]);
  });

  test('is idempotent', () => {
    const once = fixTexts({ 'c.yml': SEED_BEFORE }).out['c.yml'];
    const twice = fixTexts({ 'c.yml': once });
    expect(twice.outcome.files).toEqual([]);
  });

  test('keeps CRLF line endings and a BOM', () => {
    const crlf = '\ufeff' + SEED_BEFORE.replace(/\n/g, '\r\n');
    expect(fixTexts({ 'docker-compose.yml': crlf }).out['docker-compose.yml']).toBe('\ufeff' + SEED_AFTER.replace(/\n/g, '\r\n'));
  });

  test('keeps a missing final newline missing, also when the last line is removed', () => {
    const before = SEED_BEFORE.replace('    healthcheck: {test: ["CMD", "curl", "-sf", "http://localhost:8082/health"]}\n', '').replace(/\n$/, '');
    const after = SEED_AFTER.replace('    healthcheck: {test: ["CMD", "curl", "-sf", "http://localhost:8082/health"]}\n', '').replace(/\n$/, '');
    expect(fixTexts({ 'docker-compose.yml': before }).out['docker-compose.yml']).toBe(after);
  });
});

describe('value forms', () => {
  test('4-space indentation, list form, quoted list items and plain values', () => {
    const before = `services:
    proxy:
        image: "docker.io/legard/claude-code-proxy:v1.0.0"
        environment:
            - OPENAI_API_KEY=k
            - OPENAI_BASE_URL=https://foundation-models.api.cloud.ru/v1
            - BIG_MODEL=zai-org/GLM-4.7
            - "MIDDLE_MODEL=cloudru-fm/zai-org/GLM-4.7-FlashX"
            - 'SMALL_MODEL=glm-4.7-flash'
            - DISABLE_THINKING=false
        read_only: true
`;
    expect(fixTexts({ 'compose.yaml': before }).out['compose.yaml']).toBe(`services:
    proxy:
        image: "docker.io/legard/claude-code-proxy:latest"
        environment:
            - OPENAI_API_KEY=k
            - OPENAI_BASE_URL=https://foundation-models.api.cloud.ru/v1
            - BIG_MODEL=openai/gpt-oss-120b
            - "MIDDLE_MODEL=cloudru-fm/openai/gpt-oss-120b"
            - 'SMALL_MODEL=openai/gpt-oss-120b'
            - DISABLE_THINKING=true
`);
  });

  test('flow style service: values replaced, read_only and user removed with their comma', () => {
    const before = `services:
  proxy: {image: legard/claude-code-proxy:v1.0.0, read_only: true, environment: {OPENAI_API_KEY: k, OPENAI_BASE_URL: "https://foundation-models.api.cloud.ru/v1", BIG_MODEL: 'zai-org/GLM-4.7', MIDDLE_MODEL: x, SMALL_MODEL: y, DISABLE_THINKING: "false"}, user: "1000"}
`;
    expect(fixTexts({ 'docker-compose.yml': before }).out['docker-compose.yml']).toBe(`services:
  proxy: {image: legard/claude-code-proxy:latest, environment: {OPENAI_API_KEY: k, OPENAI_BASE_URL: "https://foundation-models.api.cloud.ru/v1", BIG_MODEL: 'openai/gpt-oss-120b', MIDDLE_MODEL: x, SMALL_MODEL: y, DISABLE_THINKING: "true"}}
`);
  });

  test('a file full of comments keeps every comment and blank line', () => {
    const before = `# Cloud.ru FM proxy
# generated by the wizard

services:
  # the proxy
  claude-code-proxy:   # name kept
    # image below
    image: legard/claude-code-proxy:v1.0.0 # pinned

    environment:
${TIERS_OK}      # tiers
      BIG_MODEL: zai-org/GLM-4.7 # big
      MIDDLE_MODEL: openai/gpt-oss-120b
      SMALL_MODEL: openai/gpt-oss-120b
      # thinking
      DISABLE_THINKING: false # off?
    # security
    user: 1000:1000 # non-root
    # end
`;
    expect(fixTexts({ 'docker-compose.yml': before }).out['docker-compose.yml']).toBe(`# Cloud.ru FM proxy
# generated by the wizard

services:
  # the proxy
  claude-code-proxy:   # name kept
    # image below
    image: legard/claude-code-proxy:latest # pinned

    environment:
${TIERS_OK}      # tiers
      BIG_MODEL: openai/gpt-oss-120b # big
      MIDDLE_MODEL: openai/gpt-oss-120b
      SMALL_MODEL: openai/gpt-oss-120b
      # thinking
      DISABLE_THINKING: "true" # off?
    # security
    # end
`);
  });

  test('a value from .env is fixed in the .env, tabs and comments kept; a default is fixed in place', () => {
    const compose = `services:
  proxy:
    image: legard/claude-code-proxy
    environment:
${TIERS_OK}      BIG_MODEL: \${BIG_MODEL}
      MIDDLE_MODEL: "\${MIDDLE_MODEL:-zai-org/GLM-4.7-FlashX}"
      SMALL_MODEL: \${SMALL_MODEL-GLM-4.7-Flash}
      DISABLE_THINKING: "true"
`;
    const env = '# models\nBIG_MODEL=\t"zai-org/GLM-4.7"\t# big one\n';
    const { out } = fixTexts({ 'docker-compose.yml': compose, '.env': env });
    expect(out['.env']).toBe('# models\nBIG_MODEL=\t"openai/gpt-oss-120b"\t# big one\n');
    expect(out['docker-compose.yml']).toBe(compose.replace('zai-org/GLM-4.7-FlashX', 'openai/gpt-oss-120b').replace('SMALL_MODEL-GLM-4.7-Flash', 'SMALL_MODEL-openai/gpt-oss-120b'));
  });

  test('an anchor used only by the proxy is fixed at the anchor', () => {
    const before = `x-proxy-env: &proxy-env
  OPENAI_API_KEY: k
  OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1
  BIG_MODEL: zai-org/GLM-4.7
  MIDDLE_MODEL: openai/gpt-oss-120b
  SMALL_MODEL: openai/gpt-oss-120b
services:
  proxy:
    image: legard/claude-code-proxy:latest
    environment:
      <<: *proxy-env
      DISABLE_THINKING: "true"
`;
    expect(fixTexts({ 'docker-compose.yml': before }).out['docker-compose.yml']).toBe(before.replace('zai-org/GLM-4.7', 'openai/gpt-oss-120b'));
  });

  test('an anchor also used by another service is not fixed, and the finding says why', () => {
    const before = `x-model: &model zai-org/GLM-4.7
services:
  proxy:
    image: legard/claude-code-proxy:latest
    environment:
${TIERS_OK}      BIG_MODEL: *model
      MIDDLE_MODEL: a
      SMALL_MODEL: b
      DISABLE_THINKING: "true"
  evaluator:
    image: busybox
    environment:
      JUDGE_MODEL: *model
`;
    const { out, outcome } = fixTexts({ 'docker-compose.yml': before });
    expect(out['docker-compose.yml']).toBe(before);
    expect(outcome.findings.map((f) => [f.ruleId, f.location.line, f.location.column, f.message, !!f.fix])).toEqual([
      [
        'banned-model',
        1,
        17,
        'BIG_MODEL uses "zai-org/GLM-4.7", which is unstable on Cloud.ru FM (HTTP 404, timeouts, empty answers in thinking mode); use "openai/gpt-oss-120b" (used through the alias at line 8) (not fixed automatically: the anchor &model is also used at line 15, outside the proxy service)',
        false,
      ],
    ]);
  });

  test('openclaw JSON5: single and double quotes, unquoted keys and comments kept', () => {
    const before = `// gateway config
{
  models: {
    providers: {
      'cloudru-fm': {
        baseUrl: 'https://foundation-models.api.cloud.ru/v1', // FM
        models: [{ id: 'zai-org/GLM-4.7', name: "GLM 4.7", reasoning: true, },],
      },
    },
  },
  agents: { defaults: { model: { primary: "cloudru-fm/zai-org/GLM-4.7", fallbacks: ['cloudru-fm/GLM-4.7-Flash'] }, thinkingDefault: 'high' } },
}
`;
    const problems = fixTexts({ 'openclaw.json': before }).out['openclaw.json'];
    expect(problems).toBe(
      before
        .replace("id: 'zai-org/GLM-4.7'", "id: 'openai/gpt-oss-120b'")
        .replace('"cloudru-fm/zai-org/GLM-4.7"', '"cloudru-fm/openai/gpt-oss-120b"')
        .replace("'cloudru-fm/GLM-4.7-Flash'", "'cloudru-fm/openai/gpt-oss-120b'"),
    );
    const suggestions = fixTexts({ 'openclaw.json': before }, { type: 'suggestion' }).out['openclaw.json'];
    expect(suggestions).toBe(problems.replace('reasoning: true', 'reasoning: false').replace("thinkingDefault: 'high'", "thinkingDefault: 'off'"));
  });

  test('the policy can opt a rule into its suggestion fixes', () => {
    const before = `{ models: { providers: { fm: { baseUrl: "http://localhost:8082", models: [{ id: "opus", reasoning: true }] } } } }\n`;
    expect(fixTexts({ 'openclaw.json': before }).out['openclaw.json']).toBe(before);
    const policy = 'rules:\n  openclaw-thinking:\n    autofix: true\n';
    expect(fixTexts({ 'openclaw.json': before }, { policy }).out['openclaw.json']).toBe(before.replace('reasoning: true', 'reasoning: false'));
  });
});
