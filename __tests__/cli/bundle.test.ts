import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempTree } from '../support/tmp.js';

const bundle = fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url));

/** The committed bin runs alone: copied where no node_modules can be found, it still checks files. */
test('dist/cli/index.js runs with no node_modules', () => {
  const alone = mkdtempSync(join(tmpdir(), 'clawcheck-bin-'));
  copyFileSync(bundle, join(alone, 'clawcheck.mjs'));
  const work = tempTree({
    'docker-compose.yml': 'services:\n  p:\n    image: docker.io/legard/claude-code-proxy:v1.0.0\n    environment:\n      - OPENAI_API_KEY=x\n      - OPENAI_BASE_URL=https://foundation-models.api.cloud.ru/v1\n      - BIG_MODEL=openai/gpt-oss-120b\n      - MIDDLE_MODEL=openai/gpt-oss-120b\n      - SMALL_MODEL=openai/gpt-oss-120b\n      - DISABLE_THINKING=true\n',
  });
  const r = spawnSync(process.execPath, [join(alone, 'clawcheck.mjs'), '--format', 'json'], { cwd: work, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(1);
  expect(JSON.parse(r.stdout).findings.map((f: { ruleId: string; line: number; column: number }) => [f.ruleId, f.line, f.column])).toEqual([
    ['proxy-image-tag', 3, 47],
  ]);
});

/** OpenClaw's schema is a chunk beside the bin (as is the org audit's GitHub client), loaded only when an openclaw file is judged. */
test('dist/cli/ loads the OpenClaw schema chunk for an openclaw.json, with no node_modules', () => {
  const alone = mkdtempSync(join(tmpdir(), 'clawcheck-bin-'));
  const dist = fileURLToPath(new URL('../../dist/cli/', import.meta.url));
  const chunks = readdirSync(dist).filter((n) => /^\d+\.index\.js$/.test(n));
  // The OpenClaw schema's and the org audit's (its GitHub client, and what loads it).
  expect(chunks).toHaveLength(3);
  for (const n of ['index.js', 'package.json', ...chunks]) copyFileSync(join(dist, n), join(alone, n));
  const work = tempTree({ 'openclaw.json': '{ agents: { entries: { main: {}, helper: {} } }, gateway: { port: "x" } }\n' });
  const r = spawnSync(process.execPath, [join(alone, 'index.js'), '--format', 'json'], { cwd: work, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  expect(r.stderr).toBe('');
  expect(JSON.parse(r.stdout).findings.map((f: { ruleId: string; line: number; column: number; message: string }) => [f.ruleId, f.line, f.column, f.message])).toEqual([
    // Both, as OpenClaw reports them: the roster check is independent of the gateway's type error.
    ['schema', 1, 11, '"agents.ownership" must be "explicit" for a roster of several agents (or one agent marked default: true); openclaw doctor can add it'],
    ['schema', 1, 67, '"gateway.port" must be an integer, found the string "x"'],
  ]);
});

/** scripts/bundle.mjs drops the yaml library's per-token process.env lookups (see there why). */
test.each(['dist/cli/index.js', 'dist/index.js'])('%s reads no yaml debug switch from the environment', (path) => {
  const code = readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');
  expect(code).not.toMatch(/\.env\.LOG_(TOKENS|STREAM)/);
  // Both switches became `false` padded to their old length (the Action's source map stays exact).
  expect(code.match(/if ?\(false {11,}\)/g)).toHaveLength(2);
});

/** --stdin through a real pipe, as editors and pre-commit run it. */
test('dist/cli/index.js --stdin reads the pipe, and refuses one larger than maxFileSize', () => {
  const work = tempTree({ '.clawcheck.yml': 'maxFileSize: 400\n' });
  const text = 'services:\n  p:\n    image: legard/claude-code-proxy:v1.0.0\n';
  const r = spawnSync(process.execPath, [bundle, '--stdin', '--stdin-filename', 'compose.yaml', '--format', 'json'], { cwd: work, input: text, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  expect(JSON.parse(r.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'proxy-image-tag').map((f: { file: string; line: number }) => [f.file, f.line])).toEqual([['compose.yaml', 3]]);
  const big = spawnSync(process.execPath, [bundle, '--stdin'], { cwd: work, input: text.repeat(20), encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  expect([big.status, big.stderr]).toEqual([2, 'clawcheck: standard input is larger than maxFileSize (400 bytes)\nRun \'clawcheck --help\' for usage.\n']);
});

/** `clawcheck probe` from the committed bin, against a fake Cloud.ru FM on 127.0.0.1. */
test('dist/cli/index.js probe reports the seed symptoms at their lines and never prints the key', async () => {
  const { spawn } = await import('node:child_process');
  const { fakeOpenai } = await import('../support/fake-openai.js');
  const key = 'sk-bundle-probe-4e1f0a';
  const fm = await fakeOpenai({ key, models: { 'openai/gpt-oss-120b': {}, 'zai-org/GLM-4.7': { nullWhenThinking: true } } });
  try {
    const work = tempTree({
      'docker-compose.yml': 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:latest\n    environment:\n      OPENAI_API_KEY: ${CLOUDRU_API_KEY}\n      OPENAI_BASE_URL: ${FM_URL}\n      BIG_MODEL: zai-org/GLM-4.7\n      MIDDLE_MODEL: zai-org/GLM-4.7-FlashX\n      SMALL_MODEL: openai/gpt-oss-120b\n      DISABLE_THINKING: "false"\n',
    });
    const child = spawn(process.execPath, [bundle, 'probe', '--mode', 'completion', '--format', 'json'], { cwd: work, env: { PATH: process.env.PATH ?? '', CLOUDRU_API_KEY: key, FM_URL: `${fm.url}/v1` } });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect([code, err]).toEqual([1, '']);
    expect(JSON.parse(out).findings.map((f: { ruleId: string; line: number; column: number }) => [f.ruleId, f.line, f.column])).toEqual([
      ['model-empty-content', 7, 18],
      ['model-unavailable', 8, 21],
    ]);
    expect(out).not.toContain(key);
  } finally {
    await fm.close();
  }
});
