/** What ESLint users expect of the CLI: repository-relative paths, policies found upward, stdin, debug, colour. */
import { describe, expect, test } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { colorFromEnv } from '../../src/cli/run.js';
import { cli } from '../support/cli.js';
import { tempTree } from '../support/tmp.js';

const PROXY = (big: string, extra = '') =>
  [
    'services:',
    '  claude-code-proxy:',
    '    image: legard/claude-code-proxy:latest',
    '    environment:',
    '      OPENAI_API_KEY: x',
    '      OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1',
    `      BIG_MODEL: ${big}`,
    '      MIDDLE_MODEL: openai/gpt-oss-120b',
    '      SMALL_MODEL: openai/gpt-oss-120b',
    '      DISABLE_THINKING: "true"',
    extra,
  ].join('\n');

/** A git work tree (a `.git` folder is all the root needs) with `files`. */
function repo(files: Record<string, string>): string {
  const root = tempTree(files);
  mkdirSync(join(root, '.git'));
  return root;
}

const locations = (stdout: string) => (JSON.parse(stdout) as { findings: Array<{ file: string; line: number; ruleId: string }> }).findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`);

describe('paths relative to the repository root', () => {
  test('from a subfolder, only it is checked, and paths start at the repository root', async () => {
    const root = repo({ 'deploy/docker-compose.yml': PROXY('zai-org/GLM-4.7'), 'other/docker-compose.yml': PROXY('zai-org/GLM-4.7') });
    const run = await cli(join(root, 'deploy'), ['--format', 'json']);
    expect(locations(run.stdout)).toEqual(['deploy/docker-compose.yml:7 banned-model']);
    const sarif = JSON.parse((await cli(join(root, 'deploy'), ['--format', 'sarif', 'docker-compose.yml'])).stdout);
    expect(sarif.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual(['deploy/docker-compose.yml']);
  });

  test('without a git work tree, the current folder is the root, as before', async () => {
    const root = tempTree({ 'deploy/docker-compose.yml': PROXY('zai-org/GLM-4.7') });
    expect(locations((await cli(join(root, 'deploy'), ['--format', 'json'])).stdout)).toEqual(['docker-compose.yml:7 banned-model']);
  });
});

describe('.clawcheck.yml found upward from each file', () => {
  const relaxed = "rules:\n  banned-model: 'off'\n";
  test('a subfolder policy governs its folder; files elsewhere keep the root policy', async () => {
    const root = repo({
      '.clawcheck.yml': "rules:\n  banned-model: warning\n",
      'staging/.clawcheck.yml': relaxed,
      'staging/docker-compose.yml': PROXY('zai-org/GLM-4.7'),
      'prod/docker-compose.yml': PROXY('zai-org/GLM-4.7'),
    });
    const all = JSON.parse((await cli(root, ['--format', 'json'])).stdout).findings.map((f: { file: string; severity: string; ruleId: string }) => `${f.file} ${f.ruleId} ${f.severity}`);
    expect(all).toEqual(['prod/docker-compose.yml banned-model warning']);
    // Run from the subfolder, or given the subfolder: the same policy applies.
    expect(locations((await cli(join(root, 'staging'), ['--format', 'json'])).stdout)).toEqual([]);
    expect(locations((await cli(root, ['--format', 'json', 'staging'])).stdout)).toEqual([]);
  });

  test("a nested policy's exclude globs are relative to its folder", async () => {
    const root = repo({ 'apps/.clawcheck.yml': 'exclude: ["legacy/**"]\n', 'apps/legacy/docker-compose.yml': PROXY('zai-org/GLM-4.7'), 'legacy/docker-compose.yml': PROXY('zai-org/GLM-4.7') });
    expect(locations((await cli(root, ['--format', 'json'])).stdout)).toEqual(['legacy/docker-compose.yml:7 banned-model']);
  });

  test('--print-config <file> names the policy file and gives the rules as they apply to that file', async () => {
    const root = repo({ '.clawcheck.yml': "overrides:\n  - files: ['staging/**']\n    rules:\n      model-tiers: 'off'\n", 'staging/app/.clawcheck.yml': "rules:\n  proxy-user: info\noverrides:\n  - files: ['*.yml']\n    rules:\n      model-tiers: 'off'\n" });
    const at = async (args: string[], cwd = root) => JSON.parse((await cli(cwd, ['--print-config', ...args])).stdout);
    const nested = await at(['staging/app/docker-compose.yml']);
    expect([nested.policyFile, nested.file, nested.rules['proxy-user'].severity, nested.rules['model-tiers'].severity]).toEqual([join('staging', 'app', '.clawcheck.yml'), 'staging/app/docker-compose.yml', 'info', 'off']);
    // Its globs are relative to its own folder; the root policy's override does not reach in.
    expect((await at(['staging/app/compose.yaml'])).rules['model-tiers'].severity).toBe('warning');
    expect((await at(['staging/docker-compose.yml'])).rules['model-tiers'].severity).toBe('off');
    const top = await at(['docker-compose.yml']);
    expect([top.policyFile, top.rules['proxy-user'].severity, top.rules['model-tiers'].severity]).toEqual(['.clawcheck.yml', 'error', 'warning']);
    // Without a file: for the current folder.
    expect((await at([], join(root, 'staging', 'app'))).policyFile).toBe('.clawcheck.yml');
  });

  test('--debug says which policy applies where, and how long each step took, on stderr', async () => {
    const root = repo({ 'staging/.clawcheck.yml': "rules:\n  banned-model: 'off'\n", 'staging/docker-compose.yml': PROXY('zai-org/GLM-4.7') });
    const run = await cli(root, ['--debug']);
    const lines = run.stderr.split('\n').filter((l) => l.startsWith('clawcheck:debug: ')).map((l) => l.replace(/\d+ ms/g, 'N ms'));
    expect(lines).toEqual([
      `clawcheck:debug: root ${root} (the git work tree); paths are reported relative to it`,
      'clawcheck:debug: policy at the root: none (the recommended policy); layers recommended; nested .clawcheck.yml files apply to their folders',
      'clawcheck:debug: checked 1 files (0 skipped) in N ms; 0 findings',
      `clawcheck:debug: policy for staging/: ${join('staging', '.clawcheck.yml')}`,
      'clawcheck:debug: stylish report in N ms',
    ]);
    expect(run.stdout).toBe('');
  });
});

describe('--stdin', () => {
  const stdin = async (cwd: string, argv: string[], text: string) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli({ argv, cwd, env: {}, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, readStdin: async () => text });
    return { code, stdout, stderr };
  };

  test('judges the text as the file it names, reading that folder\'s .env from disk', async () => {
    const root = repo({ 'deploy/.env': 'BIG=zai-org/GLM-4.7\n' });
    const run = await stdin(join(root, 'deploy'), ['--stdin', '--stdin-filename', 'docker-compose.yml', '--format', 'json'], PROXY('${BIG}'));
    expect(run.code).toBe(1);
    expect(locations(run.stdout)).toEqual(['deploy/.env:1 banned-model']);
  });

  test('--fix-dry-run prints the fix of the text; --fix is refused', async () => {
    const root = repo({});
    const run = await stdin(root, ['--stdin', '--stdin-filename', 'compose.yaml', '--fix-dry-run'], PROXY('zai-org/GLM-4.7'));
    expect(run.stdout).toContain('-      BIG_MODEL: zai-org/GLM-4.7\n+      BIG_MODEL: openai/gpt-oss-120b\n');
    expect(run.code).toBe(0);
    const refused = await stdin(root, ['--stdin', '--fix'], '');
    expect([refused.code, refused.stderr.split('\n')[0]]).toEqual([2, 'clawcheck: --fix cannot write standard input back; use --fix-dry-run to see the fixes']);
  });

  test('without --stdin-filename the text is compose YAML called <stdin>', async () => {
    const run = await stdin(repo({}), ['--stdin', '--format', 'json'], PROXY('zai-org/GLM-4.7'));
    expect(locations(run.stdout)).toEqual(['<stdin>:7 banned-model']);
  });
});

describe('--no-ignore', () => {
  test('checks what .gitignore and exclude leave out', async () => {
    const root = repo({ '.gitignore': 'generated/\n', '.clawcheck.yml': 'exclude: ["vendor/**"]\n', 'generated/compose.yaml': PROXY('zai-org/GLM-4.7'), 'vendor/compose.yaml': PROXY('zai-org/GLM-4.7') });
    expect(locations((await cli(root, ['--format', 'json'])).stdout)).toEqual([]);
    expect(locations((await cli(root, ['--format', 'json', '--no-ignore'])).stdout)).toEqual(['generated/compose.yaml:7 banned-model', 'vendor/compose.yaml:7 banned-model']);
  });
});

describe('colour', () => {
  test.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ TERM: 'dumb' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false', NO_COLOR: '' }, true, false],
    [{ FORCE_COLOR: '3', NO_COLOR: '1', TERM: 'dumb' }, false, true],
  ])('%j on a terminal: %s → %s', (env, terminal, expected) => {
    expect(colorFromEnv(env, terminal)).toBe(expected);
  });
});
