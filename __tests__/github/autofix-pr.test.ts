import { readFileSync } from 'node:fs';
import type { ActionLog } from '../../src/github/channel.js';
import { ChannelUnavailable } from '../../src/github/channel.js';
import type { GitHubClient } from '../../src/github/client.js';
import type { RunContext } from '../../src/github/context.js';
import { AUTOFIX_TRAILER } from '../../src/github/autofix-commit.js';
import { publishAutofixPullRequest, type AutofixPrOptions } from '../../src/github/autofix-pr.js';
import type { FixedFile } from '../../src/fix/fix.js';
import type { RecordedRequest, Route } from '../support/fake-github.js';
import { startGitFake, unthrottledClient, type GitFake } from '../support/fake-git-data.js';
import { fixTexts } from '../support/fix.js';

const BAD = readFileSync(new URL('../../examples/bad/docker-compose.cloudru-proxy.yml', import.meta.url), 'utf8');
const COMPOSE = 'docker-compose.cloudru-proxy.yml';
const BRANCH = 'clawcheck/autofix/main';
const P = '/repos/octo/app';

let fake: GitFake;
let client: GitHubClient;
let notices: string[];
const log: ActionLog = { info: () => {}, notice: (m) => notices.push(m), warning: (m) => notices.push(`warning: ${m}`), write: () => {} };

async function start(opts: { extra?: Route[]; failLabels?: boolean } = {}) {
  fake = await startGitFake(opts);
  client = unthrottledClient(fake.gh.url);
  notices = [];
}

afterEach(async () => {
  await fake?.close();
  fake = undefined!;
});

function run(): RunContext {
  return { eventName: 'schedule', owner: 'octo', repo: 'app', sha: fake.repo.head('main')!, workspace: '/w', apiUrl: fake.gh.url, serverUrl: 'https://github.com' };
}

const fixesFor = (text: string): FixedFile[] => fixTexts({ [COMPOSE]: text }).outcome.files;
const options = (extra: Partial<AutofixPrOptions> = {}): AutofixPrOptions => ({ base: 'main', body: 'Fixes table', ...extra });

/** `METHOD path`, or for GraphQL `GRAPHQL query|mutation <its first field>`. */
const describeCall = (r: RecordedRequest): string => {
  if (r.path !== '/graphql') return `${r.method} ${r.path}`;
  const q: string = r.body?.query ?? '';
  return `GRAPHQL ${/^\s*mutation/.test(q) ? 'mutation' : 'query'} ${/\b(viewer|repository|updateRefs)\b/.exec(q)?.[1] ?? '?'}`;
};
const allCalls = () => fake.gh.requests.map(describeCall);

/** Requests made from now on. */
function mark(): () => string[] {
  const from = fake.gh.requests.length;
  return () => allCalls().slice(from);
}

/** The writes among `calls`: not REST GETs, not GraphQL queries. */
const onlyReads = (calls: string[]) => calls.filter((c) => !c.startsWith('GET ') && !c.startsWith('GRAPHQL query'));

describe('publishAutofixPullRequest', () => {
  it('creates one branch with one fresh commit on the base head, and one PR with labels, reviewers, assignees', async () => {
    await start();
    const base = fake.repo.seed('main', { [COMPOSE]: BAD, 'README.md': '# app\n' });
    const fixed = fixesFor(BAD);
    const result = await publishAutofixPullRequest(client, run(), fixed, log, options({ labels: ['clawcheck'], reviewers: ['octo-lead'], assignees: ['octo-dev'] }));
    expect(result).toEqual({ operation: 'created', number: 1, url: 'https://github.com/octo/app/pull/1', branch: BRANCH });
    const head = fake.repo.head(BRANCH)!;
    expect(fake.repo.parents(head)).toEqual([base]);
    expect(fake.repo.git(['diff', '--name-only', base, head])).toBe(COMPOSE);
    expect(fake.repo.show(head, COMPOSE).equals(Buffer.from(fixed[0].after))).toBe(true);
    expect(fake.repo.message(head).endsWith(`\n\n${AUTOFIX_TRAILER}`)).toBe(true);
    expect(fake.repo.head('main')).toBe(base);
    const [pr] = fake.pulls.pulls;
    expect(pr).toMatchObject({ state: 'open', title: 'clawcheck: automatic fixes for main', body: 'Fixes table', head: { ref: BRANCH, label: `octo:${BRANCH}` }, base: { ref: 'main' } });
    expect(pr.labels).toEqual([{ name: 'clawcheck' }]);
    expect(pr.requested_reviewers).toEqual([{ login: 'octo-lead' }]);
    expect(pr.assignees).toEqual([{ login: 'octo-dev' }]);
    expect(onlyReads(allCalls())).toEqual([
      `POST ${P}/git/blobs`,
      `POST ${P}/git/trees`,
      `POST ${P}/git/commits`,
      `POST ${P}/git/refs`,
      `POST ${P}/pulls`,
      `POST ${P}/issues/1/labels`,
      `POST ${P}/pulls/1/requested_reviewers`,
      `POST ${P}/issues/1/assignees`,
    ]);
  });

  it('a second run with nothing new makes no commit, no PR, no comment: only reads', async () => {
    await start();
    fake.repo.seed('main', { [COMPOSE]: BAD });
    await publishAutofixPullRequest(client, run(), fixesFor(BAD), log, options({ labels: ['clawcheck'] }));
    const head = fake.repo.head(BRANCH);
    const calls = mark();
    const again = await publishAutofixPullRequest(client, run(), fixesFor(BAD), log, options({ labels: ['clawcheck'] }));
    expect(again).toEqual({ operation: 'none', number: 1, url: 'https://github.com/octo/app/pull/1', branch: BRANCH });
    const baseHead = fake.repo.head('main')!;
    const baseTree = fake.repo.git(['rev-parse', `${baseHead}^{tree}`]);
    const tree = fake.repo.git(['rev-parse', `${head}^{tree}`]);
    expect(calls()).toEqual([
      `GET ${P}/git/ref/heads/main`,
      `GET ${P}/git/commits/${baseHead}`,
      `GET ${P}/git/trees/${baseTree}`,
      `GET ${P}/git/ref/heads/${BRANCH}`,
      `GET ${P}/compare/main...${head}`,
      'GRAPHQL query viewer',
      `GET ${P}/git/trees/${tree}`,
      `GET ${P}/pulls`,
    ]);
    expect(fake.repo.head(BRANCH)).toBe(head);
    expect(fake.pulls.pulls.length).toBe(1);
    expect(fake.pulls.comments).toEqual([]);
  });

  it('moves the branch to one fresh commit on the new base head when the base moved', async () => {
    await start();
    fake.repo.seed('main', { [COMPOSE]: BAD });
    await publishAutofixPullRequest(client, run(), fixesFor(BAD), log, options());
    const first = fake.repo.head(BRANCH)!;
    const moved = fake.repo.seed('main', { 'docs/new.md': 'new\n' });
    const calls = mark();
    const result = await publishAutofixPullRequest(client, run(), fixesFor(BAD), log, options());
    expect(result).toMatchObject({ operation: 'updated', number: 1 });
    const head = fake.repo.head(BRANCH)!;
    expect(head).not.toBe(first);
    expect(fake.repo.parents(head)).toEqual([moved]);
    expect(fake.repo.git(['rev-list', '--count', `main..${BRANCH}`])).toBe('1');
    expect(fake.repo.git(['diff', '--name-only', moved, head])).toBe(COMPOSE);
    expect(fake.repo.show(head, 'docs/new.md').toString()).toBe('new\n');
    // Same title and body: the PR itself is not edited; no second PR, no comment.
    expect(onlyReads(calls())).toEqual([`POST ${P}/git/blobs`, `POST ${P}/git/trees`, `POST ${P}/git/commits`, 'GRAPHQL mutation updateRefs']);
    // A compare-and-swap from the head clawcheck read and judged.
    expect(fake.gh.requests.find((r) => describeCall(r) === 'GRAPHQL mutation updateRefs')!.body.variables.input.refUpdates).toEqual([
      { name: `refs/heads/${BRANCH}`, beforeOid: first, afterOid: head, force: true },
    ]);
    expect(fake.pulls.pulls.length).toBe(1);
    expect(fake.pulls.comments).toEqual([]);
  });

  it('edits the PR title and body when they change, without a new commit', async () => {
    await start();
    fake.repo.seed('main', { [COMPOSE]: BAD });
    await publishAutofixPullRequest(client, run(), fixesFor(BAD), log, options());
    const calls = mark();
    const result = await publishAutofixPullRequest(client, run(), fixesFor(BAD), log, options({ title: 'Fix proxy', body: 'New table' }));
    expect(result.operation).toBe('updated');
    expect(onlyReads(calls())).toEqual([`PATCH ${P}/pulls/1`]);
    expect(fake.pulls.pulls[0]).toMatchObject({ title: 'Fix proxy', body: 'New table', state: 'open' });
  });

  it('closes the PR with a comment and deletes the branch when nothing is left to fix; then does nothing', async () => {
    await start();
    fake.repo.seed('main', { [COMPOSE]: BAD });
    await publishAutofixPullRequest(client, run(), fixesFor(BAD), log, options());
    fake.repo.seed('main', { [COMPOSE]: fixesFor(BAD)[0].after });
    const calls = mark();
    const result = await publishAutofixPullRequest(client, run(), [], log, options());
    expect(result).toEqual({ operation: 'closed', number: 1, url: 'https://github.com/octo/app/pull/1', branch: BRANCH });
    expect(onlyReads(calls())).toEqual([`POST ${P}/issues/1/comments`, `PATCH ${P}/pulls/1`, `DELETE ${P}/git/refs/heads/${BRANCH}`]);
    expect(fake.pulls.pulls[0].state).toBe('closed');
    expect(fake.pulls.comments).toEqual([{ issue: 1, body: expect.stringContaining('nothing left to fix') }]);
    expect(fake.repo.head(BRANCH)).toBeUndefined();
    const later = mark();
    expect(await publishAutofixPullRequest(client, run(), [], log, options())).toEqual({ operation: 'none', branch: BRANCH });
    expect(later()).toEqual([`GET ${P}/pulls`]);
  });

  it('two runs at once for the same base end with one branch and one PR', async () => {
    await start();
    const base = fake.repo.seed('main', { [COMPOSE]: BAD });
    const other = unthrottledClient(fake.gh.url);
    const results = await Promise.all([
      publishAutofixPullRequest(client, run(), fixesFor(BAD), log, options({ labels: ['clawcheck'] })),
      publishAutofixPullRequest(other, run(), fixesFor(BAD), log, options({ labels: ['clawcheck'] })),
    ]);
    expect(results.map((r) => r.operation).sort()).toEqual(['created', 'none']);
    expect(results.map((r) => r.number)).toEqual([1, 1]);
    expect(fake.pulls.pulls.length).toBe(1);
    expect(fake.repo.git(['for-each-ref', '--format=%(refname)', 'refs/heads/']).split('\n').sort()).toEqual([`refs/heads/${BRANCH}`, 'refs/heads/main']);
    expect(fake.repo.parents(fake.repo.head(BRANCH)!)).toEqual([base]);
    expect(fake.pulls.comments).toEqual([]);
  });

  it('updates the PR another run opened between its lookup and its create (422 already exists)', async () => {
    let hide = false;
    const store: { list?: Route[2] } = {};
    await start({ extra: [['GET', '/repos/:owner/:repo/pulls', (r) => (hide ? ((hide = false), { body: [] }) : store.list!(r))]] });
    store.list = fake.pulls.routes().find(([m, p]) => m === 'GET' && p.endsWith('/pulls'))![2];
    fake.repo.seed('main', { [COMPOSE]: BAD });
    await publishAutofixPullRequest(client, run(), fixesFor(BAD), log, options());
    hide = true;
    const calls = mark();
    const result = await publishAutofixPullRequest(client, run(), fixesFor(BAD), log, options({ body: 'Newer table' }));
    expect(result).toMatchObject({ operation: 'updated', number: 1 });
    expect(onlyReads(calls())).toEqual([`POST ${P}/pulls`, `PATCH ${P}/pulls/1`]);
    expect(fake.pulls.pulls.map((p) => [p.number, p.state, p.body])).toEqual([[1, 'open', 'Newer table']]);
  });

  it('refuses to touch an autofix branch with someone else’s commit on top, saying why', async () => {
    await start();
    fake.repo.seed('main', { [COMPOSE]: BAD });
    await publishAutofixPullRequest(client, run(), fixesFor(BAD), log, options());
    const theirs = fake.repo.seed(BRANCH, { 'their-work.md': 'keep me\n' }, { message: 'Add notes' });
    fake.repo.seed('main', { 'docs/new.md': 'new\n' });
    const calls = mark();
    const result = await publishAutofixPullRequest(client, run(), fixesFor(BAD), log, options());
    expect(result).toMatchObject({ operation: 'none', number: 1, branch: BRANCH });
    expect(result.reason).toMatch(/commits clawcheck did not make.*lacks "Clawcheck-Autofix: true".*fix-branch/);
    expect(notices.at(-1)).toBe(`warning: ${result.reason}`);
    expect(onlyReads(calls())).toEqual([]);
    expect(fake.repo.head(BRANCH)).toBe(theirs);
    // Nothing left to fix does not close or delete it either.
    const closing = mark();
    expect((await publishAutofixPullRequest(client, run(), [], log, options())).operation).toBe('none');
    expect(onlyReads(closing())).toEqual([]);
    expect(fake.repo.head(BRANCH)).toBe(theirs);
  });

  it('refuses a branch whose human commit sits under one of clawcheck’s own commits', async () => {
    await start();
    fake.repo.seed('main', { [COMPOSE]: BAD });
    await publishAutofixPullRequest(client, run(), fixesFor(BAD), log, options());
    const human = fake.repo.seed(BRANCH, { 'their-work.md': 'keep me\n' }, { message: 'Add notes' });
    const bot = fake.repo.seed(BRANCH, { 'x.yml': 'x\n' }, { message: `clawcheck: fix r\n\nx.yml: r\n\n${AUTOFIX_TRAILER}` });
    fake.repo.seed('main', { 'docs/new.md': 'new\n' });
    const calls = mark();
    const result = await publishAutofixPullRequest(client, run(), fixesFor(BAD), log, options());
    expect(result.operation).toBe('none');
    expect(result.reason).toContain(`${human.slice(0, 7)} lacks`);
    expect(onlyReads(calls())).toEqual([]);
    expect(fake.repo.head(BRANCH)).toBe(bot);
  });

  it("refuses a branch whose commit carries the trailer but is a person's, not the token's account", async () => {
    await start();
    fake.repo.seed('main', { [COMPOSE]: BAD });
    await publishAutofixPullRequest(client, run(), fixesFor(BAD), log, options());
    // Their own work, with the trailer copied from clawcheck's message.
    const human = fake.repo.seed(BRANCH, { 'their-work.md': 'keep me\n' }, { message: `Add notes\n\n${AUTOFIX_TRAILER}` });
    fake.repo.seed('main', { 'docs/new.md': 'new\n' });
    const calls = mark();
    const result = await publishAutofixPullRequest(client, run(), fixesFor(BAD), log, options());
    expect(result).toMatchObject({ operation: 'none', number: 1 });
    expect(result.reason).toBe(
      `The branch ${BRANCH} has commits clawcheck did not make (${human.slice(0, 7)} is not authored by github-actions[bot], the token's account): ` +
        'leaving the branch and its pull request alone. Delete it, or choose another branch (input fix-branch).',
    );
    expect(onlyReads(calls())).toEqual([]);
    expect(fake.repo.head(BRANCH)).toBe(human);
    // Nothing left to fix: not closed, not deleted.
    expect((await publishAutofixPullRequest(client, run(), [], log, options())).operation).toBe('none');
    expect(fake.repo.head(BRANCH)).toBe(human);
    expect(fake.pulls.pulls[0].state).toBe('open');
  });

  it('a push made after clawcheck read the branch is never dropped by its forced update', async () => {
    await start();
    fake.repo.seed('main', { [COMPOSE]: BAD });
    await publishAutofixPullRequest(client, run(), fixesFor(BAD), log, options());
    const ours = fake.repo.head(BRANCH)!;
    fake.repo.seed('main', { 'docs/new.md': 'new\n' });
    let pushed: string | undefined;
    // Someone pushes onto the branch at the last moment: between every read and the update itself.
    fake.repo.hooks.beforeUpdateRef = (branch) => {
      if (branch === BRANCH && !pushed) pushed = fake.repo.seed(BRANCH, { 'late.md': 'late\n' }, { message: 'Late fix' });
    };
    const result = await publishAutofixPullRequest(client, run(), fixesFor(BAD), log, options());
    expect(pushed).toBeDefined();
    expect(fake.repo.head(BRANCH)).toBe(pushed);
    expect(fake.repo.parents(pushed!)).toEqual([ours]);
    expect(result).toMatchObject({ operation: 'none', number: 1 });
    expect(result.reason).toContain(`${pushed!.slice(0, 7)} lacks "${AUTOFIX_TRAILER}"`);
  });

  it('when GitHub does not say who the token is, its own-looking branch is not moved', async () => {
    await start({ extra: [['POST', '/graphql', (r) => (/viewer/.test(r.body?.query) ? { status: 502, body: { message: 'Bad Gateway' } } : undefined)], ['GET', '/user', () => ({ status: 502, body: { message: 'Bad Gateway' } })]] });
    fake.repo.seed('main', { [COMPOSE]: BAD });
    await publishAutofixPullRequest(client, run(), fixesFor(BAD), log, options());
    const head = fake.repo.head(BRANCH)!;
    fake.repo.seed('main', { 'docs/new.md': 'new\n' });
    const calls = mark();
    const result = await publishAutofixPullRequest(client, run(), fixesFor(BAD), log, options());
    expect(result.operation).toBe('none');
    expect(result.reason).toContain(`GitHub did not say which account the token writes as, so ${head.slice(0, 7)} cannot be told from a copy`);
    expect(onlyReads(calls())).toEqual([]);
    expect(fake.repo.head(BRANCH)).toBe(head);
  });

  it('does not build a branch from fixes computed for an older base text', async () => {
    await start();
    fake.repo.seed('main', { [COMPOSE]: BAD });
    const fixed = fixesFor(BAD);
    fake.repo.seed('main', { [COMPOSE]: BAD.replace('openclaw-cloudru-proxy', 'renamed') });
    const result = await publishAutofixPullRequest(client, run(), fixed, log, options());
    expect(result.operation).toBe('none');
    expect(result.reason).toMatch(/differs from the text clawcheck checked: the base moved/);
    expect(onlyReads(allCalls())).toEqual([]);
  });

  it('only notes a label failure; a 403 on the PR surfaces as ChannelUnavailable with the permissions needed', async () => {
    await start({ failLabels: true });
    fake.repo.seed('main', { [COMPOSE]: BAD });
    const result = await publishAutofixPullRequest(client, run(), fixesFor(BAD), log, options({ labels: ['clawcheck'] }));
    expect(result.operation).toBe('created');
    expect(notices.some((n) => /Could not add labels \(clawcheck\) to #1/.test(n))).toBe(true);
    await fake.close();

    await start({ extra: [['POST', '/repos/:owner/:repo/pulls', () => ({ status: 403, body: { message: 'GitHub Actions is not permitted to create or approve pull requests.' } })]] });
    fake.repo.seed('main', { [COMPOSE]: BAD });
    const error = await publishAutofixPullRequest(client, run(), fixesFor(BAD), log, options()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelUnavailable);
    expect((error as Error).message).toMatch(/contents: write and pull-requests: write/);
  });

  it('uses the given branch name and refuses the base itself', async () => {
    await start();
    fake.repo.seed('main', { [COMPOSE]: BAD });
    const result = await publishAutofixPullRequest(client, run(), fixesFor(BAD), log, options({ branch: 'bots/fix' }));
    expect(result).toMatchObject({ operation: 'created', branch: 'bots/fix' });
    expect(fake.repo.head('bots/fix')).toBeDefined();
    await expect(publishAutofixPullRequest(client, run(), fixesFor(BAD), log, options({ branch: 'main' }))).rejects.toThrow(/cannot be the base/);
  });
});
