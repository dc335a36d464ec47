import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanRoot } from '../../src/cli/run.js';
import { cli } from '../support/cli.js';
import { tempTree } from '../support/tmp.js';

const BAD = `services:
  claude-code-proxy:
    image: legard/claude-code-proxy:v1.0.0
    environment:
      OPENAI_API_KEY: "\${CLOUDRU_API_KEY}"
      OPENAI_BASE_URL: "https://foundation-models.api.cloud.ru/v1"
      BIG_MODEL: "zai-org/GLM-4.7"
      MIDDLE_MODEL: "openai/gpt-oss-120b"
      SMALL_MODEL: "openai/gpt-oss-120b"
      DISABLE_THINKING: "true"
`;
const WARN_ONLY = `services:
  proxy:
    image: legard/claude-code-proxy:latest
    environment:
      OPENAI_API_KEY: x
      OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1
      BIG_MODEL: openai/gpt-oss-120b
      DISABLE_THINKING: "true"
`;

describe('exit codes and formats', () => {
  test('findings at or above --fail-on exit 1; json has the documented shape', async () => {
    const root = tempTree({ 'docker-compose.yml': BAD });
    const r = await cli(root, ['--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.files).toEqual(['docker-compose.yml']);
    expect(json.findings).toEqual([
      {
        ruleId: 'proxy-image-tag',
        severity: 'error',
        file: 'docker-compose.yml',
        line: 3,
        column: 37,
        endLine: 3,
        endColumn: 43,
        message: expect.stringContaining('tag "v1.0.0" of legard/claude-code-proxy is not published'),
        fixable: true,
      },
      {
        ruleId: 'banned-model',
        severity: 'error',
        file: 'docker-compose.yml',
        line: 7,
        column: 19,
        endLine: 7,
        endColumn: 34,
        message:
          'BIG_MODEL uses "zai-org/GLM-4.7", which is unstable on Cloud.ru FM (HTTP 404, timeouts, empty answers in thinking mode); use "openai/gpt-oss-120b"',
        fixable: true,
      },
    ]);
  });

  test('warnings alone pass by default, fail with --fail-on warning, and --max-warnings counts them', async () => {
    const root = tempTree({ 'compose.yaml': WARN_ONLY });
    const plain = await cli(root, ['--format', 'json']);
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout).findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId}:${f.severity}`)).toEqual([
      'model-tiers:warning',
    ]);
    expect((await cli(root, ['--fail-on', 'warning'])).code).toBe(1);
    expect((await cli(root, ['--max-warnings', '0'])).code).toBe(1);
    expect((await cli(root, ['--max-warnings', '1'])).code).toBe(0);
    expect((await cli(root, ['--fail-on', 'never', '--format', 'json'])).code).toBe(0);
  });

  test('--fail-on never exits 0 even with errors; --quiet hides warnings', async () => {
    const root = tempTree({ 'docker-compose.yml': BAD, 'sub/compose.yaml': WARN_ONLY });
    expect((await cli(root, ['--fail-on', 'never'])).code).toBe(0);
    const quiet = await cli(root, ['--quiet', '--format', 'json']);
    expect(JSON.parse(quiet.stdout).findings.every((f: { severity: string }) => f.severity === 'error')).toBe(true);
    expect(quiet.code).toBe(1);
    const listed = (r: { stdout: string }) => JSON.parse(r.stdout).findings.map((f: { file: string; ruleId: string; severity: string }) => `${f.file}:${f.ruleId}:${f.severity}`);
    expect(listed(quiet)).toEqual(['docker-compose.yml:proxy-image-tag:error', 'docker-compose.yml:banned-model:error']);
    expect(listed(await cli(root, ['--format', 'json']))).toEqual([...listed(quiet), 'sub/compose.yaml:model-tiers:warning']);
  });

  test('a clean tree prints nothing and exits 0', async () => {
    const root = tempTree({ 'docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n' });
    expect(await cli(root, [])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  test('--output writes the report to a file', async () => {
    const root = tempTree({ 'docker-compose.yml': BAD });
    const r = await cli(root, ['--format', 'sarif', '--output', join(root, 'out.sarif')]);
    expect(r.stdout).toBe('');
    const sarif = JSON.parse(readFileSync(join(root, 'out.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(2);
  });

  test('stylish output is file:line:col  severity  message  rule-id with a code frame', async () => {
    const root = tempTree({ 'docker-compose.yml': BAD });
    const r = await cli(root, []);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^docker-compose\.yml:3:37 {2}error {4}tag "v1\.0\.0" .* {2}proxy-image-tag$/);
    expect(lines[1]).toBe('  3 |     image: legard/claude-code-proxy:v1.0.0');
    expect(lines[2]).toBe('    |                                     ^~~~~~');
    expect(r.stdout).not.toContain('\x1b[');
  });
});

describe('usage and policy errors exit 2', () => {
  test('unknown flag and bad values', async () => {
    const root = tempTree({});
    for (const argv of [['--nope'], ['--format', 'xml'], ['--fail-on', 'sometimes'], ['--max-warnings', '-1']]) {
      const r = await cli(root, argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^clawcheck: /);
    }
  });

  test('an invalid policy names the file, line and column', async () => {
    const root = tempTree({ '.clawcheck.yml': 'rules:\n  banned-model: fatal\n', 'docker-compose.yml': BAD });
    const r = await cli(root, []);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^clawcheck: \.clawcheck\.yml:2:17: /);
  });

  test('an unknown rule id in the policy is rejected with its location', async () => {
    const root = tempTree({ '.clawcheck.yml': 'rules:\n  no-such-rule: error\n' });
    const r = await cli(root, []);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.clawcheck.yml:2:3');
  });

  test('recursive extends is a policy error', async () => {
    const root = tempTree({ '.clawcheck.yml': 'extends: ./a.yml\n', 'a.yml': 'extends: ./b.yml\n', 'b.yml': 'extends: ./a.yml\n' });
    const r = await cli(root, []);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"extends" forms a cycle: .*a\.yml → .*b\.yml → .*a\.yml/);
  });

  test('a YAML syntax error in the policy is reported at its position', async () => {
    const root = tempTree({ '.clawcheck.yml': 'rules: [\n' });
    const r = await cli(root, []);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^clawcheck: \.clawcheck\.yml:\d+:\d+: /);
  });

  test('a glob reaching outside the root is refused', async () => {
    const root = tempTree({});
    const r = await cli(root, ['--include', '../*.yml']);
    expect(r.code).toBe(2);
  });
});

describe('information flags', () => {
  test('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(await cli(tempTree({}), ['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  test('--rules lists every rule id', async () => {
    const r = await cli(tempTree({}), ['--rules']);
    const ids = r.stdout.trim().split('\n').map((l) => l.split(/\s+/)[0]);
    expect(ids).toEqual([
      'banned-model',
      'disable-thinking',
      'proxy-image-tag',
      'proxy-read-only',
      'proxy-user',
      'model-tiers',
      'openclaw-thinking',
      'schema',
      'parse-error',
      'invalid-suppression',
      'unused-suppression',
      'file-skipped',
      'fix-failed',
      'model-unavailable',
      'model-error',
      'model-timeout',
      'model-empty-content',
      'model-no-tools',
      'proxy-unhealthy',
      'probe-skipped',
    ]);
  });

  test('--print-config shows the merged policy and where it came from', async () => {
    const root = tempTree({ '.clawcheck.yml': 'rules:\n  model-tiers: off\n  banned-model:\n    options:\n      replacement: openai/other\n' });
    const r = await cli(root, ['--print-config']);
    const cfg = JSON.parse(r.stdout);
    expect(cfg.sources).toEqual(['recommended', '.clawcheck.yml']);
    expect(cfg.rules['model-tiers'].severity).toBe('off');
    expect(cfg.rules['banned-model'].options.replacement).toBe('openai/other');
    expect(cfg.rules['banned-model'].options.patterns).toEqual(['(?:zai-org/)?GLM-4\\.7(?:-Flash|-FlashX)?']);
    expect(cfg.rules['banned-model'].severity).toBe('error');
  });
});

describe('the scan root', () => {
  test('arguments outside the current folder move the root up; a child folder named "..cfg" is inside', async () => {
    const root = tempTree({ 'app/docker-compose.yml': BAD, 'infra/docker-compose.yml': BAD, '..cfg/docker-compose.yml': BAD });
    expect(scanRoot(join(root, 'app'), ['.'])).toBe(join(root, 'app'));
    expect(scanRoot(join(root, 'app'), ['../infra'])).toBe(root);
    expect(scanRoot(root, ['..cfg'])).toBe(root);
    expect(scanRoot(root, ['..cfg/docker-compose.yml', 'app'])).toBe(root);

    const r = await cli(root, ['..cfg', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).files).toEqual(['..cfg/docker-compose.yml']);
  });
});
