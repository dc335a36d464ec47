import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAction } from '../../src/action/run.js';
import type { ActionIO } from '../../src/action/run.js';
import { startGitFake } from '../support/fake-git-data.js';
import type { GitFake } from '../support/fake-git-data.js';
import { tempTree } from '../support/tmp.js';

/** fix: commit when the PR branch moves during the run, against a real bare repository behind a fake API. */

const BAD = readFileSync(fileURLToPath(new URL('../../examples/bad/docker-compose.cloudru-proxy.yml', import.meta.url)), 'utf8');
const PATH = 'deploy/docker-compose.cloudru-proxy.yml';
const R = '/repos/octo/deploy';

let fake: GitFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function runOnPr(gh: GitFake['gh'], head: string, workspace: string) {
  const dir = mkdtempSync(join(tmpdir(), 'clawcheck-runner-'));
  const event = { number: 7, pull_request: { number: 7, head: { sha: head, ref: 'proxy', repo: { full_name: 'octo/deploy' } }, base: { ref: 'main', repo: { full_name: 'octo/deploy' } } } };
  writeFileSync(join(dir, 'event.json'), JSON.stringify(event));
  const env = {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: 'octo/deploy',
    GITHUB_SHA: 'f'.repeat(40), // the merge commit; the PR head from the event is what is checked out
    GITHUB_WORKSPACE: workspace,
    GITHUB_API_URL: gh.url,
    INPUT_TOKEN: 't0ken',
    INPUT_FIX: 'commit',
  };
  const r = { notices: [] as string[], outputs: {} as Record<string, string | number>, failed: [] as string[], summary: '' };
  const io: ActionIO = {
    info: () => {},
    notice: (m) => r.notices.push(m),
    warning: (m) => r.notices.push(m),
    write: () => {},
    setOutput: (n, v) => (r.outputs[n] = v),
    appendSummary: (md) => (r.summary += md),
    setFailed: (m) => r.failed.push(m),
  };
  await runAction(env, io, { retries: 0, throttle: false });
  return r;
}

describe('fix: commit when the branch moves during the run', () => {
  test('a push between checkout and commit: no commit, and the check run judges the checked-out commit, not the new head', async () => {
    const lines = BAD.split('\n').slice(0, -1);
    const files = [{ filename: PATH, status: 'added', patch: `@@ -0,0 +1,${lines.length} @@\n` + lines.map((l) => `+${l}`).join('\n') }];
    fake = await startGitFake({
      extra: [
        ['GET', `${R}/pulls/7/files`, () => ({ body: files })],
        ['POST', `${R}/check-runs`, () => ({ status: 201, body: { id: 99 } })],
        ['PATCH', `${R}/check-runs/99`, () => ({ body: { id: 99 } })],
        ['GET', `${R}/pulls/7/comments`, () => ({ body: [] })],
        ['GET', `${R}/pulls/7/reviews`, () => ({ body: [] })],
        ['POST', `${R}/pulls/7/reviews`, () => ({ body: { id: 5 } })],
      ],
    });
    const { repo, gh } = fake;
    const judged = repo.seed('proxy', { [PATH]: BAD });
    const workspace = tempTree({ [PATH]: BAD }); // the checkout of `judged`
    // Pushed after the checkout: a file this run never saw, which the fix commit would carry.
    const pushed = repo.seed('proxy', { 'legacy/docker-compose.cloudru-proxy.yml': BAD });
    const r = await runOnPr(gh, judged, workspace);

    expect(repo.head('proxy')).toBe(pushed);
    expect(gh.calls(/^POST .*\/git\//)).toEqual([]);
    expect(r.outputs['fix-commit']).toBeUndefined();
    const moved =
      `The branch proxy moved from ${judged.slice(0, 7)} to ${pushed.slice(0, 7)} after this run checked out ${judged.slice(0, 7)}: its new commits were not checked, ` +
      `so nothing was committed; the findings are reported on ${judged.slice(0, 7)}, the commit that was judged.`;
    expect(r.notices).toEqual([moved]);
    expect(r.summary).toContain('- Fixes not committed: The branch proxy moved from');

    // Every check run and review is on the judged commit, with the verdict of what was judged there.
    const created = gh.requests.filter((q) => q.method === 'POST' && q.path === `${R}/check-runs`);
    expect(created.map((q) => q.body.head_sha)).toEqual([judged]);
    const completed = gh.requests.filter((q) => q.method === 'PATCH' && q.body?.status === 'completed');
    expect(completed.map((q) => q.body.conclusion)).toEqual(['failure']);
    const review = gh.requests.find((q) => q.method === 'POST' && q.path === `${R}/pulls/7/reviews`)!;
    expect(review.body.commit_id).toBe(judged);
    expect(r.outputs).toMatchObject({ errors: 7, conclusion: 'failure' });
    expect(r.failed).toEqual(['clawcheck: 7 error(s) and 0 warning(s) in 1 file(s) (fail-on: error)']);
  });
});
