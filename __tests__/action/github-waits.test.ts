import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { R, runInProcess } from '../support/action-run.js';
import type { Captured } from '../support/action-run.js';
import { testClock } from '../support/clock.js';
import type { TestClock } from '../support/clock.js';
import { startFakeGitHub } from '../support/fake-github.js';
import type { FakeGitHub, Handler } from '../support/fake-github.js';
import { tempTree } from '../support/tmp.js';
import { pullFileBody } from '../support/github-bodies.js';

/** runAction against a GitHub that stops answering: every channel degrades, the verdict stays the findings'. */

const BAD = readFileSync(fileURLToPath(new URL('../../examples/bad/docker-compose.cloudru-proxy.yml', import.meta.url)), 'utf8');
const PATH = 'deploy/docker-compose.cloudru-proxy.yml';
const HEAD = 'c'.repeat(40);
const START_S = Date.UTC(2030, 0, 1) / 1000;

function run(gh: FakeGitHub, t: TestClock, eventName: string, event: unknown, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<Captured> {
  // Production retries (3) and budget; only the clock is the test's, and pacing is off.
  return runInProcess({ workspace: tempTree({ [PATH]: BAD }), eventName, event, apiUrl: gh.url, sha: HEAD, inputs: { token: 't0ken', ...inputs }, env, client: { throttle: false, clock: t.clock } });
}

/** GitHub's answer once the token's hourly quota is used up: it resets in an hour. */
const rateLimited: Handler = () => ({
  status: 403,
  headers: { 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(START_S + 3600) },
  body: { message: 'API rate limit exceeded for installation ID 1.' },
});

const LIMIT = "GitHub's API rate limit for this token is used up for 3601 s, more than the 120 s left of clawcheck's wait budget: not waiting";

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

function expectFindingsVerdict(r: Captured) {
  expect(r.outputs).toMatchObject({ errors: 7, warnings: 0, 'files-checked': 1, conclusion: 'failure' });
  expect(r.failed).toEqual(['clawcheck: 7 error(s) and 0 warning(s) in 1 file(s) (fail-on: error)']);
  expect(r.written.match(/^::error /gm)?.length).toBe(7);
  expect(r.warnings).toEqual([]);
}

describe('a rate limit that resets in an hour', () => {
  test('pull request with fix: commit: commit, check run and review degrade with notices; one rate-limited request, no sleep', async () => {
    const lines = BAD.split('\n').slice(0, -1);
    const files = [pullFileBody({ filename: PATH, status: 'added', patch: `@@ -0,0 +1,${lines.length} @@\n` + lines.map((l) => `+${l}`).join('\n') })];
    gh = await startFakeGitHub([['GET', `${R}/pulls/7/files`, () => ({ body: files })]], { otherwise: rateLimited });
    const t = testClock();
    const event = { number: 7, pull_request: { number: 7, head: { sha: HEAD, ref: 'proxy', repo: { full_name: 'octo/deploy' } }, base: { ref: 'main', repo: { full_name: 'octo/deploy' } } } };
    const r = await run(gh, t, 'pull_request', event, { fix: 'commit' });

    const notSent = (what: string) => `${what} not sent: ${LIMIT}`;
    expect(r.notices).toEqual([
      `Fixes not committed: ${LIMIT}. They are offered as review suggestions instead.`,
      `Checks API not used: cannot create a check run (no response: ${notSent(`POST ${R}/check-runs`)}). Findings are annotated through workflow commands instead.`,
      `Suggestions not posted: could not list the pull request's review comments (${notSent(`GET ${R}/pulls/7/comments`)}).`,
    ]);
    expect(r.summary).toContain('\n- Fixes not committed: GitHub&#39;s API rate limit for this token is used up for 3601 s');
    expectFindingsVerdict(r);
    expect(gh.calls()).toEqual([`GET ${R}/pulls/7/files`, `GET ${R}/git/commits/${HEAD}`]);
    expect(t.sleeps).toEqual([]);
  });

  test('scheduled run with fix: pull-request and audit-issue: autofix PR, check run and audit issue degrade with notices', async () => {
    gh = await startFakeGitHub([], { otherwise: rateLimited });
    const t = testClock();
    const r = await run(gh, t, 'schedule', {}, { fix: 'pull-request', 'audit-issue': 'true' }, { GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main' });

    expect(r.notices).toEqual([
      `Autofix pull request not published: ${LIMIT}`,
      `Checks API not used: cannot create a check run (no response: POST ${R}/check-runs not sent: ${LIMIT}). Findings are annotated through workflow commands instead.`,
      `Audit issue not updated: HTTP ?: GET ${R}/issues not sent: ${LIMIT}`,
    ]);
    expect(r.outputs).toMatchObject({ 'pull-request-operation': 'none' });
    expectFindingsVerdict(r);
    expect(gh.calls().length).toBe(1);
    expect(t.sleeps).toEqual([]);
  });
});
