/** The Action's probe input: its findings join the check's channels; without keys it says so once. */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { R, runInProcess as run } from '../support/action-run.js';
import { startGitFake } from '../support/fake-git-data.js';
import type { GitFake } from '../support/fake-git-data.js';
import { fakeOpenai } from '../support/fake-openai.js';
import type { FakeService } from '../support/fake-openai.js';
import { tempTree } from '../support/tmp.js';
import { issueBody } from '../support/github-bodies.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { probeEnvironment } from '../../src/action/probe.js';

const KEY = 'sk-nightly-7c41d09e2fb8';
const PATH = 'deploy/docker-compose.yml';
// Statically clean: every finding below comes from the probe.
const COMPOSE = `services:
  claude-code-proxy:
    image: legard/claude-code-proxy:latest
    environment:
      OPENAI_API_KEY: \${CLOUDRU_API_KEY}
      OPENAI_BASE_URL: \${FM_URL}
      BIG_MODEL: openai/gpt-oss-120b
      MIDDLE_MODEL: openai/gpt-oss-120b
      SMALL_MODEL: openai/gpt-oss-20b
      DISABLE_THINKING: "true"
`;

let fm: FakeService;
let fake: GitFake | undefined;
beforeAll(async () => {
  // gpt-oss-20b was withdrawn overnight.
  fm = await fakeOpenai({ key: KEY, models: { 'openai/gpt-oss-120b': {}, 'zai-org/GLM-4.6': {} } });
});
afterAll(() => fm.close());
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('probe input', () => {
  test('a scheduled run with probe: models opens the audit issue for a model withdrawn overnight, with the finding in the annotations, summary and SARIF', async () => {
    fake = await startGitFake({
      extra: [
        ['GET', `${R}/issues`, () => ({ body: [] })],
        ['POST', `${R}/issues`, (req) => ({ status: 201, body: issueBody({ ...req.body, labels: [], number: 5, html_url: 'https://github.com/octo/deploy/issues/5' }) })],
      ],
    });
    const { gh } = fake;
    fm.requests.length = 0;
    const workspace = tempTree({ [PATH]: COMPOSE });
    const r = await run({
      workspace,
      eventName: 'schedule',
      event: {},
      apiUrl: gh.url,
      env: { CLOUDRU_API_KEY: KEY, FM_URL: `${fm.url}/v1` },
      inputs: { token: 't0ken', fix: 'none', annotations: 'commands', 'audit-issue': 'true', probe: 'models', 'sarif-file': 'clawcheck.sarif' },
    });
    const message = `SMALL_MODEL "openai/gpt-oss-20b" is not served by ${fm.url}/v1: GET /models does not list it (2 models listed); did you mean "openai/gpt-oss-120b"?`;
    expect(fm.requests.map((q) => `${q.method} ${q.path} ${q.authorization}`)).toEqual([`GET /v1/models Bearer ${KEY}`]);
    expect(r.written).toBe(`::error file=${PATH},line=9,col=20,endLine=9,endColumn=38,title=model-unavailable::${message}\n`);
    const sarif = JSON.parse(readFileSync(join(workspace, 'clawcheck.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((x: { ruleId: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }) => [x.ruleId, x.locations[0].physicalLocation.region.startLine])).toEqual([['model-unavailable', 9]]);
    expect(gh.calls()).toEqual([`GET ${R}/issues`, `POST ${R}/issues`]);
    expect(gh.requests[1].body.body).toContain('model-unavailable');
    const target = `${fm.url.replace('http://', 'http:&#8203;//')}/v1`;
    expect(r.summary).toContain(
      `\n### Probes\n\n| where | target | model | request | status | latency | result |\n|---|---|---|---|---:|---:|---|\n| ${PATH}:6 | ${target} | - | models | 200 |`,
    );
    expect(r.summary).toContain(`| ${PATH}:9 | ${target} | openai/gpt-oss-20b | models | - | - | model-unavailable |\n`);
    expect(r.outputs.errors).toBe(1);
    expect(r.failed).toEqual([`clawcheck: 1 error(s) and 0 warning(s) in 1 file(s) (fail-on: error)`]);
    const everything = [r.written, r.summary, JSON.stringify(r.outputs), ...r.notices, ...r.warnings, JSON.stringify(gh.requests)].join('\n');
    expect(everything).not.toContain(KEY);
  });

  test('without the key (a fork pull request) the probe is skipped with one notice and no finding', async () => {
    fake = await startGitFake();
    const { gh } = fake;
    fm.requests.length = 0;
    const r = await run({
      workspace: tempTree({ [PATH]: COMPOSE, 'other/docker-compose.yml': COMPOSE }),
      eventName: 'schedule',
      event: {},
      apiUrl: gh.url,
      env: { FM_URL: `${fm.url}/v1` },
      inputs: { token: 't0ken', fix: 'none', annotations: 'commands', probe: 'completion' },
    });
    expect(fm.requests).toEqual([]);
    expect(r.notices).toEqual([
      "clawcheck probe skipped 2 targets: OPENAI_API_KEY reads ${CLOUDRU_API_KEY}, which neither the environment nor the .env sets, …. Pass the key in the step's env (env: CLOUDRU_API_KEY: ${{ secrets.CLOUDRU_API_KEY }}); pull requests from forks get no secrets.",
    ]);
    expect(r.outputs.errors).toBe(0);
    expect(r.outputs.warnings).toBe(0);
    expect(r.failed).toEqual([]);
  });

  test('probe: completion does not ask the proxy at its published port (nothing runs it on a runner) unless probe-proxy-url names it', async () => {
    fake = await startGitFake();
    const { gh } = fake;
    fm.requests.length = 0;
    const published = COMPOSE.replace('openai/gpt-oss-20b', 'openai/gpt-oss-120b') + '    ports: ["127.0.0.1:8082:8082"]\n';
    const r = await run({
      workspace: tempTree({ [PATH]: published }),
      eventName: 'schedule',
      event: {},
      apiUrl: gh.url,
      env: { CLOUDRU_API_KEY: KEY, FM_URL: `${fm.url}/v1` },
      inputs: { token: 't0ken', fix: 'none', annotations: 'commands', probe: 'completion' },
    });
    expect(fm.requests.map((q) => `${q.method} ${q.path} ${q.body?.tools ? 'tools' : ''}`.trim())).toEqual(['GET /v1/models', 'POST /v1/chat/completions', 'POST /v1/chat/completions tools']);
    expect([r.outputs.errors, r.outputs.warnings, r.written, r.failed]).toEqual([0, 0, '', []]);
    expect(r.summary).toContain('| completion | 200 |');
    expect(r.summary).not.toContain('| health |');
  });

  test("the probe never reads the Action's inputs or the runner's token as a key", () => {
    expect(probeEnvironment({ INPUT_TOKEN: 'ghs_x', GITHUB_TOKEN: 'ghs_y', ACTIONS_RUNTIME_TOKEN: 'z', CLOUDRU_API_KEY: 'k', HOME: '/h' })).toEqual({ CLOUDRU_API_KEY: 'k', HOME: '/h' });
  });
});
