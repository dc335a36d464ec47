import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addedFile, prEvent, prRoutes, R, runInProcess } from '../support/action-run.js';
import { startFakeGitHub } from '../support/fake-github.js';
import type { FakeGitHub, Route } from '../support/fake-github.js';
import { tempTree } from '../support/tmp.js';

/** With ACTIONS_STEP_DEBUG the log says why each channel was used or skipped: core.debug, through the real entry point. */

const debugs: string[] = [];
const outputs: Record<string, unknown> = {};
let finished: () => void = () => {};
const done = new Promise<void>((resolve) => (finished = resolve));
jest.unstable_mockModule('@actions/core', () => ({
  setSecret: () => {},
  info: () => {},
  notice: () => {},
  warning: () => {},
  debug: (m: string) => debugs.push(m),
  setOutput: (n: string, v: unknown) => {
    outputs[n] = v;
    if (n === 'conclusion') finished();
  },
  setFailed: () => {},
}));

const BAD = readFileSync(fileURLToPath(new URL('../../examples/bad/docker-compose.cloudru-proxy.yml', import.meta.url)), 'utf8');
const PATH = 'deploy/docker-compose.cloudru-proxy.yml';
const HEAD = 'd'.repeat(40);

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

test('a pull request whose token may not create check runs: each channel decision is a debug line', async () => {
  const forbidden: Route = ['POST', `${R}/check-runs`, () => ({ status: 403, body: { message: 'Resource not accessible by integration' } })];
  gh = await startFakeGitHub([forbidden, ...prRoutes([addedFile(PATH, BAD)])]);
  const dir = mkdtempSync(join(tmpdir(), 'clawcheck-runner-'));
  writeFileSync(join(dir, 'event.json'), JSON.stringify(prEvent(HEAD)));
  const env: Record<string, string> = {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: 'octo/deploy',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_WORKSPACE: tempTree({ [PATH]: BAD }),
    GITHUB_API_URL: gh.url,
    RUNNER_TEMP: dir,
    INPUT_TOKEN: 't0ken',
    'INPUT_CHECK-NAME': 'lint / clawcheck',
  };
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    await import('../../src/action/main.js');
    await done;
  } finally {
    stdout.mockRestore();
    for (const k of Object.keys(env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }

  expect(gh.requests.find((q) => q.method === 'POST' && q.path === `${R}/check-runs`)!.body.name).toBe('lint / clawcheck');
  expect(debugs).toEqual([
    'pr-files: listed 1 changed file(s)',
    'only-changed: applied',
    'autofix commit: skipped — fix: suggest',
    'autofix pull request: skipped — fix: suggest',
    'report file: not written yet — report-file is empty; one is written to RUNNER_TEMP only if a list is cut',
    'sarif: skipped — sarif-file is empty',
    'checks: skipped — token lacks checks:write (403 on create)',
    'annotations via commands: used — 7 workflow command(s)',
    expect.stringMatching(/^review: used — \d+ posted, 0 kept, 0 removed, \d+ listed in the body$/),
    'audit issue: skipped — audit-issue: false',
    'outputs: findings holds 7 of 7 finding(s)',
    expect.stringMatching(/^summary: written \(\d+ bytes\)$/),
  ]);
  expect(outputs.conclusion).toBe('failure');
});

test('a push: why there is no review, no PR files, no commit', async () => {
  const r = await runInProcess({ workspace: tempTree({ [PATH]: BAD }), eventName: 'push', event: {}, apiUrl: 'http://127.0.0.1:1', inputs: { fix: 'commit', annotations: 'off', summary: 'false' } });
  expect(r.debugs).toEqual([
    'pr-files: skipped — event is push, not a pull request',
    'only-changed: off',
    'autofix commit: skipped — not a pull_request event',
    'autofix pull request: skipped — fix: commit',
    'report file: not written yet — report-file is empty; one is written to RUNNER_TEMP only if a list is cut',
    'sarif: skipped — sarif-file is empty',
    'checks: skipped — annotations: off',
    'annotations via commands: skipped — annotations: off',
    'review: skipped — event is push',
    'audit issue: skipped — audit-issue: false',
    'outputs: findings holds 7 of 7 finding(s)',
    'summary: skipped — summary: false',
  ]);
});
