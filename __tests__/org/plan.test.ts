import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { balance, selectRepos } from '../../src/org/plan.js';
import { cli } from '../support/cli.js';
import { testClock } from '../support/clock.js';
import { fakeOrg } from '../support/fake-org.js';
import type { FakeOrg, FakeRepo } from '../support/fake-org.js';
import { tempTree } from '../support/tmp.js';
import { orgCli } from './helpers.js';

let org: FakeOrg | undefined;
afterEach(async () => {
  await org?.gh.close();
  org = undefined;
});

const pad = (i: number) => String(i).padStart(3, '0');

test('lists every page of the organisation, skips archived, forks and disabled ones, and balances by size', async () => {
  const repos: FakeRepo[] = Array.from({ length: 230 }, (_, i) => ({ name: `svc-${pad(i)}`, size: i }));
  repos[3].archived = true;
  repos[4].fork = true;
  repos[5].disabled = true;
  org = await fakeOrg(repos);
  const cwd = tempTree({});
  const run = await orgCli(cwd, org.gh.url)('plan', '--org', 'acme', '--shards', '4', '--output', 'plan.json');
  expect(run).toEqual({ code: 0, stdout: '', stderr: 'clawcheck: 227 of 230 repositories of acme in 4 shards\n' });
  expect(org.gh.requests.map((r) => [r.path, r.query])).toEqual([
    ['/orgs/acme/repos', { type: 'all', per_page: '100' }],
    ['/orgs/acme/repos', { type: 'all', per_page: '100', page: '2' }],
    ['/orgs/acme/repos', { type: 'all', per_page: '100', page: '3' }],
  ]);
  const plan = JSON.parse(readFileSync(join(cwd, 'plan.json'), 'utf8'));
  expect(Object.keys(plan)).toEqual(['shards', 'matrix']);
  expect(plan.matrix).toEqual({ shard: [0, 1, 2, 3] });
  expect(plan.shards.map((s: { index: number }) => s.index)).toEqual([0, 1, 2, 3]);
  expect(plan.shards[0].repos[0]).toEqual({ fullName: 'acme/svc-229', defaultBranch: 'main', size: 229 });
  const names = plan.shards.flatMap((s: { repos: Array<{ fullName: string }> }) => s.repos.map((r) => r.fullName)).sort();
  expect(names).toHaveLength(227);
  expect(names).not.toContain('acme/svc-003');
  expect(names).not.toContain('acme/svc-004');
  expect(names).not.toContain('acme/svc-005');
  // Sizes 0..229 less 3, 4 and 5: 26 323 KiB in all, within 2 KiB of a quarter each.
  const totals = plan.shards.map((s: { repos: Array<{ size: number }> }) => s.repos.reduce((n, r) => n + r.size, 0));
  expect(totals).toEqual([6582, 6581, 6580, 6580]);
  expect(plan.shards.map((s: { repos: unknown[] }) => s.repos.length)).toEqual([57, 57, 57, 56]);
});

test('the exact shards of a small organisation: largest first onto the lightest shard, ties by name, then by count', () => {
  const repo = (name: string, size: number) => ({ fullName: `o/${name}`, defaultBranch: 'main', size });
  const plan = balance([repo('e', 0), repo('a', 10), repo('b', 9), repo('c', 8), repo('d', 7), repo('f', 0), repo('g', 3), repo('h', 0)], 3);
  expect(plan).toEqual({
    shards: [
      // a→0 (10), b→1 (9), c→2 (8), d→2 (15), g→1 (12); then e, f, h (by name) onto the lightest, 0.
      { index: 0, repos: [repo('a', 10), repo('e', 0), repo('f', 0), repo('h', 0)] },
      { index: 1, repos: [repo('b', 9), repo('g', 3)] },
      { index: 2, repos: [repo('c', 8), repo('d', 7)] },
    ],
    matrix: { shard: [0, 1, 2] },
  });
  // Repositories of size 0 spread over the shards instead of piling onto the first.
  expect(balance(['x', 'y', 'z', 'w'].map((n) => repo(n, 0)), 2).shards.map((s) => s.repos.map((r) => r.fullName))).toEqual([['o/w', 'o/y'], ['o/x', 'o/z']]);
});

test('filters: include and exclude on the name, every topic named, archived and forks when asked; unsafe names are left out', () => {
  const listed = [
    { full_name: 'o/api', name: 'api', default_branch: 'main', size: 1, topics: ['proxy', 'prod'] },
    { full_name: 'o/api-old', name: 'api-old', default_branch: 'main', size: 1, topics: ['proxy'], archived: true },
    { full_name: 'o/web', name: 'web', default_branch: 'dev', size: 1, topics: ['prod'], fork: true },
    { full_name: 'o/../x', name: '..', default_branch: 'main', size: 1, topics: ['proxy', 'prod'] },
  ];
  const names = (f: Partial<Parameters<typeof selectRepos>[1]>) => selectRepos(listed, { topics: [], archived: false, forks: false, ...f });
  expect(names({}).selected.map((r) => r.fullName)).toEqual(['o/api']);
  expect(names({}).refused).toEqual(['o/../x']);
  expect(names({ archived: true, forks: true }).selected.map((r) => r.fullName)).toEqual(['o/api', 'o/api-old', 'o/web']);
  expect(names({ archived: true, include: '^api' }).selected.map((r) => r.fullName)).toEqual(['o/api', 'o/api-old']);
  expect(names({ archived: true, exclude: 'old$' }).selected.map((r) => r.fullName)).toEqual(['o/api']);
  expect(names({ forks: true, topics: ['prod'] }).selected.map((r) => r.fullName)).toEqual(['o/api', 'o/web']);
  expect(names({ forks: true, archived: true, topics: ['prod', 'proxy'] }).selected.map((r) => r.fullName)).toEqual(['o/api']);
});

test('a secondary rate limit with Retry-After is waited for (on the recorded clock) and the page asked again', async () => {
  let limited = 0;
  org = await fakeOrg(Array.from({ length: 150 }, (_, i) => ({ name: `r${pad(i)}`, size: 1 })), {
    intercept: (req) =>
      req.query.page === '2' && limited++ === 0
        ? { status: 403, headers: { 'retry-after': '17' }, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' } }
        : undefined,
  });
  const clock = testClock();
  const cwd = tempTree({});
  const run = await orgCli(cwd, org.gh.url, clock)('plan', '--org', 'acme', '--shards', '2');
  expect(run.code).toBe(0);
  expect(run.stderr).toBe("clawcheck: GitHub's secondary rate limit asks for a pause of 17 s before GET /orgs/acme/repos; waiting (103 s of the wait budget left after it)\nclawcheck: 150 of 150 repositories of acme in 2 shards\n");
  expect(clock.sleeps).toEqual([17_000]);
  expect(org.gh.requests.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '2']);
  expect(JSON.parse(run.stdout).shards.map((s: { repos: unknown[] }) => s.repos.length)).toEqual([75, 75]);
});

test('usage errors before any request; a GitHub refusal is exit 1', async () => {
  org = await fakeOrg([]);
  const cwd = tempTree({});
  const run = orgCli(cwd, org.gh.url);
  expect((await cli(cwd, ['org', 'plan', '--shards', '2'])).stderr).toBe("clawcheck: clawcheck org plan needs --org\nRun 'clawcheck org --help' for usage.\n");
  expect((await cli(cwd, ['org', 'plan', '--org', 'acme', '--shards', '257'])).stderr).toMatch(/^clawcheck: --shards takes a whole number from 1 to 256, not "257"\n/);
  expect((await cli(cwd, ['org', 'plan', '--org', 'acme', '--shards', '2', '--include', '(?<=x)'])).code).toBe(2);
  expect((await cli(cwd, ['org', 'plan', '--org', 'acme', '--shards', '2'])).stderr).toMatch(/^clawcheck: a GitHub token is needed: set GITHUB_TOKEN or pass --token\n/);
  expect((await cli(cwd, ['org', 'frobnicate'])).code).toBe(2);
  expect((await cli(cwd, ['org', 'scan', '--plan', 'missing.json', '--shard', '0', '--output-dir', 'out'])).stderr).toBe(
    "clawcheck: --plan missing.json: no such file or folder (ENOENT)\nRun 'clawcheck org --help' for usage.\n",
  );
  expect((await cli(cwd, ['org', 'report', '--input', 'nowhere'])).stderr).toMatch(/^clawcheck: --input nowhere: no such file or folder \(ENOENT\)\n/);
  expect((await cli(cwd, ['org', '--help'])).stdout).toMatch(/^Usage: clawcheck org <command> \[options\]/);
  expect(org.gh.requests).toEqual([]);
  expect(await run('plan', '--org', 'nobody', '--shards', '1')).toEqual({ code: 1, stdout: '', stderr: 'clawcheck: listing the repositories of nobody: GitHub answered HTTP 404 (Not Found - https://docs.github.com/rest/repos/repos#get-a-repository)\n' });
});

test('the web server of the API: github.com, GitHub Enterprise Server, or GITHUB_SERVER_URL', async () => {
  const { serverUrlOf } = await import('../../src/cli/org.js');
  expect(serverUrlOf({}, 'https://api.github.com')).toBe('https://github.com');
  expect(serverUrlOf({}, 'https://ghe.example.com/api/v3')).toBe('https://ghe.example.com');
  expect(serverUrlOf({ GITHUB_SERVER_URL: 'https://ghe.example.com/' }, 'https://ghe.example.com/api/v3')).toBe('https://ghe.example.com');
});
