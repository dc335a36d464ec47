/**
 * `clawcheck org fix` against the fake organisation backed by real git repositories: results
 * written by `org scan`, then each repository's autofix pull request opened, updated, closed or
 * left alone with a reason, through the Action's own autofix flow.
 */
import '../support/openclaw-schema.js';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { blobSha } from '../../src/github/git-data.js';
import { fakeOrg } from '../support/fake-org.js';
import type { FakeOrg, FakeOrgOptions, FakeRepo } from '../support/fake-org.js';
import { tempTree } from '../support/tmp.js';
import { orgCli } from './helpers.js';

let org: FakeOrg | undefined;
afterEach(async () => {
  await org?.close();
  org = undefined;
});

const BAD = 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:v1.0.0\n';
const FIXED = 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:latest\n    environment:\n      DISABLE_THINKING: "true"\n';
const BRANCH = 'clawcheck/autofix/main';
/** A request that changes something: any but GET, except GraphQL queries (only its mutations write). */
const isWrite = (r: { method: string; path: string; body?: any }) => r.method !== 'GET' && !(r.path === '/graphql' && !/^\s*mutation\b/.test(r.body?.query ?? '')); // eslint-disable-line @typescript-eslint/no-explicit-any

/** The fake with git data, a plan of its repositories, and the CLI in a fresh folder; `scan()` writes results to out/. */
async function setup(repos: FakeRepo[], options: FakeOrgOptions = {}) {
  org = await fakeOrg(repos, { ...options, gitData: true });
  const o = org;
  const plan = { shards: [{ index: 0, repos: repos.map((r) => ({ fullName: `acme/${r.name}`, defaultBranch: 'main', size: 1 })) }], matrix: { shard: [0] } };
  const cwd = tempTree({ 'plan.json': JSON.stringify(plan) });
  const cli = orgCli(cwd, o.gh.url);
  let mark = 0;
  return {
    cwd,
    cli,
    git: (name: string) => o.git!.repo(name),
    async scan() {
      const run = await cli('scan', '--plan', 'plan.json', '--shard', '0', '--output-dir', 'out', '--concurrency', '1');
      expect(run.code).toBe(0);
      mark = o.gh.requests.length;
    },
    /** Requests since the last scan (or since `since()` was last called). */
    since() {
      const out = o.gh.requests.slice(mark);
      mark = o.gh.requests.length;
      return out;
    },
    summary: () => JSON.parse(readFileSync(join(cwd, 'fix.json'), 'utf8')),
  };
}

const calls = (requests: Array<{ method: string; path: string }>) => requests.map((r) => `${r.method} ${r.path}`);
const totals = (t: Record<string, number>) => ({ opened: 0, updated: 0, unchanged: 0, closed: 0, 'would-open': 0, 'would-update': 0, 'would-close': 0, skipped: 0, failed: 0, ...t });

test('opens the autofix pull request with the fixed bytes on the judged commit; repositories with nothing fixable get no request at all', async () => {
  const t = await setup([
    { name: 'api', files: { 'docker-compose.yml': BAD, 'README.md': '# api\n' } },
    { name: 'docs', files: { 'index.md': 'hi\n' } },
    { name: 'empty', state: 'empty' },
  ]);
  await t.scan();
  const judged = t.git('api').head('main')!;
  const tree = t.git('api').git(['rev-parse', `${judged}^{tree}`]);
  const run = await t.cli('fix', '--input', 'out', '--concurrency', '1', '--output', 'fix.json');
  expect(run).toEqual({
    code: 0,
    stdout: 'acme/api: opened #1 from clawcheck/autofix/main (docker-compose.yml)\n' + 'acme/docs: skipped (no-fixable-findings): none of its findings has a fix\n' + 'acme/empty: skipped (not-scanned): the scan could not judge the repository; re-scan it\n',
    stderr: 'clawcheck: 3 of 3 repositories: 1 opened, 2 skipped\n',
  });
  const requests = t.since();
  expect(calls(requests)).toEqual([
    'GET /repos/acme/api',
    'GET /repos/acme/api/commits/main',
    `GET /repos/acme/api/tarball/${judged}`,
    `GET /_codeload/acme/api/legacy.tar.gz/${judged}`,
    'GET /repos/acme/api/pulls',
    'GET /repos/acme/api/git/ref/heads/main',
    `GET /repos/acme/api/git/commits/${judged}`,
    `GET /repos/acme/api/git/trees/${tree}`,
    `GET /repos/acme/api/git/ref/heads/${BRANCH}`,
    `GET /repos/acme/api/git/commits/${judged}`,
    `GET /repos/acme/api/git/trees/${tree}`,
    'POST /repos/acme/api/git/blobs',
    'POST /repos/acme/api/git/trees',
    'POST /repos/acme/api/git/commits',
    'POST /repos/acme/api/git/refs',
    'GET /repos/acme/api/pulls',
    'POST /repos/acme/api/pulls',
  ]);
  const writes = requests.filter(isWrite);
  const commit = t.git('api').head(BRANCH)!;
  expect(writes.map((r) => r.body)).toEqual([
    { content: Buffer.from(FIXED).toString('base64'), encoding: 'base64' },
    { base_tree: tree, tree: [{ path: 'docker-compose.yml', mode: '100644', type: 'blob', sha: blobSha(FIXED) }] },
    { message: 'clawcheck: fix disable-thinking, proxy-image-tag\n\ndocker-compose.yml: disable-thinking, proxy-image-tag\n\nClawcheck-Autofix: true', tree: t.git('api').git(['rev-parse', `${commit}^{tree}`]), parents: [judged] },
    { ref: `refs/heads/${BRANCH}`, sha: commit },
    { head: BRANCH, base: 'main', title: 'clawcheck: automatic fixes for main', body: expect.stringMatching(/^clawcheck fixed 2 problems in 1 file on `main`\.\n/) },
  ]);
  expect(writes[4].body.body).toContain('| docker-compose.yml | 2 | [disable-thinking](https://github.com/clawcheck/clawcheck/blob/main/docs/rules/disable-thinking.md) | add DISABLE\\_THINKING: &quot;true&quot; |');
  expect(writes[4].body.body).toContain('-    image: legard/claude-code-proxy:v1.0.0\n+    image: legard/claude-code-proxy:latest\n+    environment:\n+      DISABLE_THINKING: "true"\n');
  // The branch is one commit on the judged commit, holding exactly the fixed bytes.
  expect(t.git('api').parents(commit)).toEqual([judged]);
  expect(t.git('api').show(BRANCH, 'docker-compose.yml').toString()).toBe(FIXED);
  expect(t.git('api').show(BRANCH, 'README.md').toString()).toBe('# api\n');
  expect(org!.git!.pulls.map((p) => [p.repo, p.number, p.state, p.head.ref, p.base.ref])).toEqual([['api', 1, 'open', BRANCH, 'main']]);
  expect(t.summary()).toEqual({
    dryRun: false,
    maxPrs: 20,
    totals: totals({ opened: 1, skipped: 2 }),
    repositories: [
      { repository: 'acme/api', status: 'opened', commit: judged, base: 'main', branch: BRANCH, files: ['docker-compose.yml'], pullRequest: { number: 1, url: 'https://github.com/acme/api/pull/1' } },
      { repository: 'acme/docs', status: 'skipped', commit: t.git('docs').head('main'), reason: 'no-fixable-findings', message: 'none of its findings has a fix' },
      { repository: 'acme/empty', status: 'skipped', commit: null, reason: 'not-scanned', message: 'the scan could not judge the repository; re-scan it' },
    ],
    refused: [],
  });
  // The token goes to the API only, never to the download, and is in no output.
  expect(requests.filter((r) => r.path.startsWith('/_codeload/')).map((r) => r.headers.authorization)).toEqual([undefined]);
  expect(requests.filter((r) => !r.path.startsWith('/_codeload/')).every((r) => r.headers.authorization === 'token ghs_test')).toBe(true);
  expect(`${run.stdout}${run.stderr}${readFileSync(join(t.cwd, 'fix.json'), 'utf8')}`).not.toMatch(/ghs_test|SECRETDOWNLOADTOKEN/);
}, 60_000);

test('a run after the default branch moved updates the open pull request in place: the branch rebuilt on the new head, no second pull request', async () => {
  const t = await setup([{ name: 'api', files: { 'docker-compose.yml': BAD } }]);
  await t.scan();
  expect((await t.cli('fix', '--input', 'out')).code).toBe(0);
  const first = t.git('api').head(BRANCH)!;
  const moved = t.git('api').seed('main', { 'docker-compose.yml': BAD.replace('v1.0.0', 'v2.0.0') });
  await t.scan();
  const run = await t.cli('fix', '--input', 'out', '--output', 'fix.json');
  expect(run.stdout).toBe('acme/api: updated #1 (docker-compose.yml)\n');
  const requests = t.since();
  const second = t.git('api').head(BRANCH)!;
  expect(calls(requests.filter(isWrite))).toEqual([
    'POST /repos/acme/api/git/blobs',
    'POST /repos/acme/api/git/trees',
    'POST /repos/acme/api/git/commits',
    'POST /graphql',
    'PATCH /repos/acme/api/pulls/1',
  ]);
  const swap = requests.filter((r) => r.path === '/graphql' && /updateRefs/.test(r.body.query));
  expect(swap.map((r) => r.body.variables.input)).toEqual([{ repositoryId: 'R_org_api', refUpdates: [{ name: `refs/heads/${BRANCH}`, beforeOid: first, afterOid: second, force: true }] }]);
  expect(t.git('api').parents(second)).toEqual([moved]);
  expect(t.git('api').show(BRANCH, 'docker-compose.yml').toString()).toBe(FIXED);
  expect(org!.git!.pulls.map((p) => [p.number, p.state])).toEqual([[1, 'open']]);
  expect(org!.git!.pulls[0].body).toContain('-    image: legard/claude-code-proxy:v2.0.0\n');
  expect(t.summary().repositories).toEqual([{ repository: 'acme/api', status: 'updated', commit: moved, base: 'main', branch: BRANCH, files: ['docker-compose.yml'], pullRequest: { number: 1, url: 'https://github.com/acme/api/pull/1' } }]);
  // Nothing new: no write at all.
  expect((await t.cli('fix', '--input', 'out')).stdout).toBe('acme/api: #1 already up to date\n');
  expect(t.since().filter(isWrite)).toEqual([]);
}, 60_000);

test('--dry-run says what would be opened and updated and sends no write; --only picks repositories by owner/name', async () => {
  const t = await setup([
    { name: 'api', files: { 'docker-compose.yml': BAD } },
    { name: 'web', files: { 'deploy/compose.yaml': BAD } },
    { name: 'worker', files: { 'compose.yaml': BAD } },
  ]);
  await t.scan();
  expect((await t.cli('fix', '--input', 'out', '--only', '^acme/api$')).stdout).toBe('acme/api: opened #1 from clawcheck/autofix/main (docker-compose.yml)\n');
  t.since();
  const run = await t.cli('fix', '--input', 'out', '--dry-run', '--only', '^acme/(api|web)$', '--concurrency', '1', '--output', 'fix.json');
  expect(run).toEqual({
    code: 0,
    stdout: 'acme/api: would update #1 (docker-compose.yml)\nacme/web: would open a pull request from clawcheck/autofix/main (deploy/compose.yaml)\n',
    stderr: 'clawcheck: 2 of 3 repositories (dry run, nothing written): 1 would-open, 1 would-update\n',
  });
  const requests = t.since();
  expect(requests.filter((r) => r.method !== 'GET')).toEqual([]); // not even a GraphQL query
  expect(requests.some((r) => r.path.includes('/acme/worker'))).toBe(false);
  expect(t.summary()).toMatchObject({ dryRun: true, totals: totals({ 'would-open': 1, 'would-update': 1 }) });
  expect(org!.git!.pulls.length).toBe(1);
  expect(t.git('web').head(BRANCH)).toBeUndefined();
}, 60_000);

test('--max-prs bounds the pull requests one run opens, whatever the concurrency', async () => {
  const t = await setup(['a', 'b', 'c'].map((name) => ({ name, files: { 'compose.yaml': BAD } })));
  await t.scan();
  const run = await t.cli('fix', '--input', 'out', '--max-prs', '2', '--concurrency', '3', '--output', 'fix.json');
  expect(run.code).toBe(0);
  const repositories: Array<{ repository: string; status: string; reason?: string; message?: string }> = t.summary().repositories;
  expect(repositories.map((r) => r.status).sort()).toEqual(['opened', 'opened', 'skipped']);
  const skipped = repositories.find((r) => r.status === 'skipped')!;
  expect([skipped.reason, skipped.message]).toEqual(['max-prs', '2 pull requests were opened in this run (--max-prs); the next run opens this one']);
  const writes = calls(t.since().filter(isWrite));
  expect(writes.filter((c) => c.endsWith('/pulls')).length).toBe(2);
  expect(writes.filter((c) => c.includes(`/${skipped.repository}/`))).toEqual([]);
  // The next run opens the one left out; the two already open are not counted again.
  expect((await t.cli('fix', '--input', 'out', '--max-prs', '1', '--concurrency', '1')).stdout).toBe(
    ['a', 'b', 'c'].map((n) => (`acme/${n}` === skipped.repository ? `acme/${n}: opened #1 from clawcheck/autofix/main (compose.yaml)\n` : `acme/${n}: #1 already up to date\n`)).join(''),
  );
}, 60_000);

test('the default branch moved: a changed file a check reads skips the repository (re-scan); other changes take the fixes onto the new head', async () => {
  const t = await setup([
    { name: 'api', files: { 'docker-compose.yml': BAD, 'README.md': '# api\n' } },
    { name: 'web', files: { 'docker-compose.yml': BAD, 'README.md': '# web\n' } },
  ]);
  await t.scan();
  const judged = t.git('api').head('main')!;
  const moved = t.git('api').seed('main', { 'docker-compose.yml': `${BAD}# edited\n` });
  const webMoved = t.git('web').seed('main', { 'README.md': '# web, edited\n' });
  const run = await t.cli('fix', '--input', 'out', '--concurrency', '1', '--output', 'fix.json');
  expect(run.stdout).toBe(`acme/api: skipped (stale): re-scan: main moved from ${judged.slice(0, 7)} to ${moved.slice(0, 7)} and docker-compose.yml changed since the scan\nacme/web: opened #1 from clawcheck/autofix/main (docker-compose.yml)\n`);
  const requests = t.since();
  expect(requests.filter((r) => r.path.includes('/acme/api/') && isWrite(r))).toEqual([]);
  expect(t.summary().repositories[0]).toEqual({ repository: 'acme/api', status: 'skipped', commit: judged, base: 'main', branch: BRANCH, files: ['docker-compose.yml'], reason: 'stale', message: `re-scan: main moved from ${judged.slice(0, 7)} to ${moved.slice(0, 7)} and docker-compose.yml changed since the scan` });
  expect(t.git('web').parents(t.git('web').head(BRANCH)!)).toEqual([webMoved]);
  expect(t.git('web').show(BRANCH, 'README.md').toString()).toBe('# web, edited\n');
  expect(t.git('web').show(BRANCH, 'docker-compose.yml').toString()).toBe(FIXED);
}, 60_000);

test('a 403 or a 404 in one repository does not stop the next; the exit code says something failed', async () => {
  const t = await setup(['a', 'b', 'c'].map((name) => ({ name, files: { 'compose.yaml': BAD } })), {
    intercept: (req) =>
      req.method === 'POST' && req.path === '/repos/acme/a/git/blobs'
        ? { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/git/blobs#create-a-blob', status: '403' } }
        : undefined,
  });
  await t.scan();
  org!.repos.find((r) => r.name === 'b')!.state = 'deleted';
  const run = await t.cli('fix', '--input', 'out', '--concurrency', '1', '--output', 'fix.json');
  expect(run.code).toBe(1);
  expect(run.stderr).toBe('clawcheck: 3 of 3 repositories: 1 opened, 2 failed\n');
  const [a, b, c] = t.summary().repositories;
  expect([a.status, a.reason]).toEqual(['failed', 'forbidden']);
  expect(a.message).toBe(
    'GitHub refused a write to acme/a (403: Resource not accessible by integration - https://docs.github.com/rest/git/blobs#create-a-blob). An autofix pull request needs permissions: contents: write and pull-requests: write; with GITHUB_TOKEN the repository must also allow GitHub Actions to create pull requests (Settings → Actions → General).',
  );
  expect(b).toEqual({ repository: 'acme/b', status: 'failed', commit: t.git('b').head('main'), reason: 'not-found', message: 'the repository, its default branch or the judged commit no longer exists, or the token cannot read it (HTTP 404)' });
  expect([c.status, c.pullRequest]).toEqual(['opened', { number: 1, url: 'https://github.com/acme/c/pull/1' }]);
  expect(t.git('a').head(BRANCH)).toBeUndefined();
}, 60_000);

test('hostile results are refused before any request: a name that is not owner/name, a name that is not the file\'s, a link', async () => {
  const t = await setup([{ name: 'api', files: { 'docker-compose.yml': BAD } }]);
  await t.scan();
  const real = JSON.parse(readFileSync(join(t.cwd, 'out', 'acme__api.json'), 'utf8'));
  writeFileSync(join(t.cwd, 'out', 'acme__api.json'), JSON.stringify({ ...real, repository: 'acme/../../etc' }));
  writeFileSync(join(t.cwd, 'out', 'acme__web.json'), JSON.stringify(real));
  writeFileSync(join(t.cwd, 'elsewhere.json'), JSON.stringify({ ...real, repository: 'acme/linked' }));
  symlinkSync(join(t.cwd, 'elsewhere.json'), join(t.cwd, 'out', 'acme__linked.json'));
  const run = await t.cli('fix', '--input', 'out', '--output', 'fix.json');
  expect(run).toEqual({
    code: 0,
    stdout: '',
    stderr: 'clawcheck: left out acme__api.json: not a result clawcheck wrote\nclawcheck: left out acme__linked.json: not a result clawcheck wrote\nclawcheck: left out acme__web.json: not a result clawcheck wrote\nclawcheck: 0 of 0 repositories: none\n',
  });
  expect(t.since()).toEqual([]);
  expect(t.summary()).toEqual({ dryRun: false, maxPrs: 20, totals: totals({}), repositories: [], refused: ['acme__api.json', 'acme__linked.json', 'acme__web.json'] });
}, 60_000);

test('nothing left to fix closes the autofix pull request and deletes its branch, as fix: pull-request does', async () => {
  const t = await setup([{ name: 'api', files: { 'docker-compose.yml': BAD } }]);
  await t.scan();
  expect((await t.cli('fix', '--input', 'out')).code).toBe(0);
  // Fixed by hand on the default branch; a result (edited here) still claims a fixable finding.
  const fixedByHand = t.git('api').seed('main', { 'docker-compose.yml': FIXED });
  const real = JSON.parse(readFileSync(join(t.cwd, 'out', 'acme__api.json'), 'utf8'));
  writeFileSync(join(t.cwd, 'out', 'acme__api.json'), JSON.stringify({ ...real, commit: fixedByHand }));
  t.since();
  const run = await t.cli('fix', '--input', 'out', '--output', 'fix.json');
  expect(run.stdout).toBe('acme/api: closed #1: nothing left to fix\n');
  expect(calls(t.since().filter(isWrite))).toEqual(['POST /repos/acme/api/issues/1/comments', 'PATCH /repos/acme/api/pulls/1', `DELETE /repos/acme/api/git/refs/heads/${BRANCH}`]);
  expect(org!.git!.comments).toEqual([{ repo: 'api', issue: 1, body: `clawcheck found nothing left to fix on \`main\` (checked at ${fixedByHand.slice(0, 7)}): closing this pull request and deleting \`${BRANCH}\`.` }]);
  expect(org!.git!.pulls.map((p) => p.state)).toEqual(['closed']);
  expect(t.git('api').head(BRANCH)).toBeUndefined();
}, 60_000);

test('usage errors are exit 2 before any request', async () => {
  const t = await setup([{ name: 'api', files: { 'docker-compose.yml': BAD } }]);
  await t.scan();
  for (const [args, message] of [
    [[], 'clawcheck org fix needs --input'],
    [['--input', 'out', '--max-prs', 'many'], '--max-prs takes a whole number from 0 to 1000, not "many"'],
    [['--input', 'out', '--only', '('], '--only: '],
    [['--input', 'out', '--fix-type', 'all'], '--fix-type must be problem or suggestion, not "all"'],
    [['--input', 'out', '--force'], "Unknown option '--force'"],
  ] as Array<[string[], string]>) {
    const run = await t.cli('fix', ...args);
    expect([run.code, run.stderr.startsWith(`clawcheck: ${message}`), run.stderr.endsWith("Run 'clawcheck org --help' for usage.\n")]).toEqual([2, true, true]);
  }
  expect(t.since()).toEqual([]);
  expect((await t.cli('--help')).stdout).toContain('  fix      open or update the autofix pull request (as fix: pull-request) in each repository\n');
}, 60_000);
