import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addedFile, prEvent, prRoutes, R, runInProcess } from '../support/action-run.js';
import { startGitFake } from '../support/fake-git-data.js';
import type { GitFake } from '../support/fake-git-data.js';
import { tempTree } from '../support/tmp.js';

/** fix: commit when the PR branch moves during the run, against a real bare repository behind a fake API. */

const BAD = readFileSync(fileURLToPath(new URL('../../examples/bad/docker-compose.cloudru-proxy.yml', import.meta.url)), 'utf8');
const PATH = 'deploy/docker-compose.cloudru-proxy.yml';

let fake: GitFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function runOnPr(gh: GitFake['gh'], head: string, workspace: string) {
  // GITHUB_SHA is the merge commit; the PR head from the event is what is checked out.
  return runInProcess({ workspace, eventName: 'pull_request', event: prEvent(head), apiUrl: gh.url, sha: 'f'.repeat(40), inputs: { token: 't0ken', fix: 'commit' } });
}

describe('fix: commit when the branch moves during the run', () => {
  test('a push between checkout and commit: no commit, and the check run judges the checked-out commit, not the new head', async () => {
    fake = await startGitFake({ extra: prRoutes([addedFile(PATH, BAD)]) });
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
