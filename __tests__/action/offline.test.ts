import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { prEvent, R, runInProcess } from '../support/action-run.js';
import type { Captured } from '../support/action-run.js';
import { testClock } from '../support/clock.js';
import type { TestClock } from '../support/clock.js';
import { startFakeGitHub } from '../support/fake-github.js';
import type { FakeGitHub } from '../support/fake-github.js';
import { tempTree } from '../support/tmp.js';

/** runAction when GitHub's API cannot be reached at all: one attempt, one notice, the rest from workflow commands and the summary. */

const BAD = readFileSync(fileURLToPath(new URL('../../examples/bad/docker-compose.cloudru-proxy.yml', import.meta.url)), 'utf8');
const PATH = 'deploy/docker-compose.cloudru-proxy.yml';
const HEAD = 'c'.repeat(40);

/** A port on 127.0.0.1 that nothing listens on: every connection is refused. */
async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** Production retries (3) and wait budget; the clock is the test's: `t.timeouts.length` counts the attempts. */
function run(apiUrl: string, t: TestClock, eventName: string, event: unknown, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<Captured> {
  return runInProcess({ workspace: tempTree({ [PATH]: BAD }), eventName, event, apiUrl, sha: HEAD, inputs: { token: 't0ken', ...inputs }, env, client: { throttle: false, clock: t.clock } });
}

function expectFindingsReported(r: Captured) {
  expect(r.written.match(/^::error /gm)?.length).toBe(7);
  expect(r.summary).toContain('## ❌ clawcheck: failed (fail-on: error)');
  expect(r.outputs).toMatchObject({ errors: 7, conclusion: 'failure' });
  expect(r.failed).toEqual(['clawcheck: 7 error(s) and 0 warning(s) in 1 file(s) (fail-on: error)']);
}

const NOTICE_TAIL =
  'clawcheck reports through workflow-command annotations and the job summary; the check run, review suggestions, fix commits and pull requests and the audit issue are skipped';

describe('connection refused', () => {
  test('pull request with fix: commit: one connection attempt, no sleep, exactly one notice; every API channel skipped', async () => {
    const api = await closedPort();
    const t = testClock();
    // Connections as the socket layer sees them, whatever the HTTP client does above it.
    const connect = Socket.prototype.connect;
    let sockets = 0;
    Socket.prototype.connect = function (this: Socket, ...args: unknown[]) {
      sockets++;
      return (connect as (...a: unknown[]) => Socket).apply(this, args);
    } as typeof connect;
    let r: Captured;
    try {
      r = await run(api, t, 'pull_request', prEvent(HEAD), { fix: 'commit' });
    } finally {
      Socket.prototype.connect = connect;
    }

    expect(sockets).toBe(1);
    expect(t.timeouts.length).toBe(1);
    expect(t.sleeps).toEqual([]);
    const port = api.split(':').pop();
    const notice =
      `GitHub's API is out of reach: cannot connect to GitHub at ${api} (ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:${port}); no further requests are made this run. ` +
      `${NOTICE_TAIL}, and every file is judged (the pull request's changed files are unknown).`;
    expect(r.notices).toEqual([notice]);
    expect(r.summary).toContain('**Notes**\n\n- GitHub&#39;s API is out of reach: ');
    expect(r.summary.match(/out of reach/g)).toHaveLength(1);
    expectFindingsReported(r);
    for (const channel of ['autofix commit', 'checks', 'review'])
      expect(r.debugs).toContain(`${channel}: skipped — GitHub's API is out of reach this run`);
    expect(r.debugs).toContain('annotations via commands: used — 7 workflow command(s)');
    expect(r.debugs[0]).toMatch(/^pr-files: failed — cannot connect to GitHub at /);
  });

  test('scheduled run with fix: pull-request and audit-issue: one attempt, one notice', async () => {
    const api = await closedPort();
    const t = testClock();
    const r = await run(api, t, 'schedule', {}, { fix: 'pull-request', 'audit-issue': 'true' }, { GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main' });

    expect(t.timeouts.length).toBe(1);
    expect(t.sleeps).toEqual([]);
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]).toMatch(/^GitHub's API is out of reach: cannot connect to GitHub at .* \(ECONNREFUSED: /);
    expect(r.notices[0].endsWith(`${NOTICE_TAIL}.`)).toBe(true);
    expect(r.outputs).toMatchObject({ 'pull-request-operation': 'none' });
    expect(r.debugs).toEqual(expect.arrayContaining(['checks: skipped — GitHub\'s API is out of reach this run', "audit issue: skipped — GitHub's API is out of reach this run"]));
    expectFindingsReported(r);
  });
});

describe('no answer in time', () => {
  let gh: FakeGitHub | undefined;
  afterEach(async () => {
    await gh?.close();
    gh = undefined;
  });

  test('the first request times out: it is not retried, and nothing else is sent', async () => {
    const t = testClock();
    // The request's timeout fires while the fake is still "working" on the answer.
    gh = await startFakeGitHub([['GET', `${R}/pulls/7/files`, () => (t.timeouts.at(-1)!.abort(), { body: [] })]]);
    const r = await run(gh.url, t, 'pull_request', prEvent(HEAD), {});

    expect(gh.calls()).toEqual([`GET ${R}/pulls/7/files`]);
    expect(t.timeouts.length).toBe(1);
    expect(r.notices).toEqual([
      `GitHub's API is out of reach: GitHub did not answer GET ${R}/pulls/7/files within 30 s; no further requests are made this run. ` +
        `${NOTICE_TAIL}, and every file is judged (the pull request's changed files are unknown).`,
    ]);
    expectFindingsReported(r);
  });
});
