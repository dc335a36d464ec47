import { readFileSync } from 'node:fs';
import type { ActionLog } from '../../src/github/channel.js';
import { createClient, type GitHubClient } from '../../src/github/client.js';
import type { RunContext } from '../../src/github/context.js';
import { AUTOFIX_TRAILER, autofixMessage, commitFixes, hasTrailer } from '../../src/github/autofix-commit.js';
import type { FixedFile } from '../../src/fix/fix.js';
import type { Finding } from '../../src/core/finding.js';
import type { Route } from '../support/fake-github.js';
import { startGitFake, unthrottledClient, type GitFake } from '../support/fake-git-data.js';
import { fixTexts } from '../support/fix.js';

const BAD = readFileSync(new URL('../../examples/bad/docker-compose.cloudru-proxy.yml', import.meta.url), 'utf8');
const COMPOSE = 'deploy/docker-compose.cloudru-proxy.yml';

let fake: GitFake;
let client: GitHubClient;
let notices: string[];
const log: ActionLog = { info: () => {}, notice: (m) => notices.push(m), warning: (m) => notices.push(m), write: () => {} };

async function start(extra: Route[] = []) {
  fake = await startGitFake({ extra });
  client = unthrottledClient(fake.gh.url);
  notices = [];
}

afterEach(async () => {
  await fake?.close();
  fake = undefined!;
});

function run(headSha: string, pr: Partial<RunContext['pullRequest']> = {}): RunContext {
  return {
    eventName: 'pull_request',
    owner: 'octo',
    repo: 'app',
    sha: headSha,
    workspace: '/w',
    apiUrl: fake.gh.url,
    serverUrl: 'https://github.com',
    pullRequest: { number: 7, headSha, headRef: 'feature/proxy', baseRef: 'main', fork: false, headRepo: 'octo/app', ...pr },
  };
}

function finding(ruleId: string, file: string): Finding {
  return { ruleId, severity: 'error', message: ruleId, location: { file, line: 1, column: 1, endLine: 1, endColumn: 2 }, range: [0, 1] };
}

function fixedFile(path: string, before: string, after: string, rules: string[]): FixedFile {
  return { path, before, after, fixed: rules.map((r) => finding(r, path)), edits: [] };
}

/** A PR branch holding the bad compose file (fixed by the real fixer) and a second file. */
function seedPr(): { head: string; fixed: FixedFile[] } {
  fake.repo.seed('main', { 'README.md': '# app\n', [COMPOSE]: BAD });
  const head = fake.repo.seed('feature/proxy', { 'other.txt': 'unrelated\n' }, { parent: fake.repo.head('main') });
  const { outcome } = fixTexts({ [COMPOSE]: BAD });
  expect(outcome.files.length).toBe(1);
  return { head, fixed: outcome.files };
}

const writes = () => fake.gh.calls().filter((c) => !c.startsWith('GET '));
const patches = () => fake.gh.requests.filter((r) => r.method === 'PATCH');

describe('commitFixes', () => {
  it('commits the fixer output on top of the PR head, fast-forward, with the trailer (production client)', async () => {
    await start();
    const { head, fixed } = seedPr();
    client = createClient({ token: 't0ken', baseUrl: fake.gh.url, retries: 0 });
    const result = await commitFixes(client, run(head), fixed, log);
    expect(result).toEqual({ outcome: 'committed', sha: expect.stringMatching(/^[0-9a-f]{40}$/) });
    const sha = result.sha!;
    expect(fake.repo.head('feature/proxy')).toBe(sha);
    expect(fake.repo.parents(sha)).toEqual([head]);
    expect(fake.repo.isAncestor(head, sha)).toBe(true);
    expect(fake.repo.git(['diff', '--name-only', head, sha])).toBe(COMPOSE);
    expect(fake.repo.show(sha, COMPOSE).equals(Buffer.from(fixed[0].after))).toBe(true);
    const message = fake.repo.message(sha);
    const rules = [...new Set(fixed[0].fixed.map((f) => f.ruleId))].sort();
    expect(message.split('\n')[0]).toBe(`clawcheck: fix ${rules.join(', ')}`);
    expect(message).toContain(`\n\n${COMPOSE}: ${rules.join(', ')}\n\n`);
    expect(message.endsWith(`\n\n${AUTOFIX_TRAILER}`)).toBe(true);
    expect(writes()).toEqual([
      'POST /repos/octo/app/git/blobs',
      'POST /repos/octo/app/git/trees',
      'POST /repos/octo/app/git/commits',
      'PATCH /repos/octo/app/git/refs/heads/feature/proxy',
    ]);
    expect(patches()[0].body).toEqual({ sha, force: false });
  });

  // Whatever is committed must have been judged as committed: only the checked-out commit is a parent.
  it('a push between checkout and commit: nothing is written, and the reason names both commits', async () => {
    await start();
    const { head, fixed } = seedPr();
    const pushed = fake.repo.seed('feature/proxy', { 'docs/unrelated.md': 'not checked by this run\n' });
    const result = await commitFixes(client, run(head), fixed, log);
    expect(result).toEqual({
      outcome: 'head-moved',
      reason:
        `The branch feature/proxy moved from ${head.slice(0, 7)} to ${pushed.slice(0, 7)} after this run checked out ${head.slice(0, 7)}: its new commits were not checked, ` +
        `so nothing was committed; the findings are reported on ${head.slice(0, 7)}, the commit that was judged.`,
    });
    expect(writes()).toEqual([]);
    expect(fake.repo.head('feature/proxy')).toBe(pushed);
    expect(notices).toEqual([result.reason]);
  });

  it('a push while committing: the non-forced update is rejected and no second commit is built on the new head', async () => {
    await start();
    const { head, fixed } = seedPr();
    const pushed: string[] = [];
    fake.repo.hooks.beforeUpdateRef = (branch) => {
      pushed.push(fake.repo.seed(branch, { [`notes-${pushed.length}.md`]: 'concurrent push\n' }));
    };
    const result = await commitFixes(client, run(head), fixed, log);
    expect(result.outcome).toBe('head-moved');
    expect(result.reason).toContain(`moved from ${head.slice(0, 7)} to ${pushed[0].slice(0, 7)} after this run checked out`);
    expect(patches().map((p) => p.body.force)).toEqual([false]);
    expect(writes().filter((c) => c.endsWith('/git/commits'))).toHaveLength(1);
    expect(fake.repo.parents(patches()[0].body.sha)).toEqual([head]);
    expect(fake.repo.head('feature/proxy')).toBe(pushed[0]);
    expect(fake.repo.show('feature/proxy', COMPOSE).toString()).toBe(BAD);
    expect(notices.at(-1)).toBe(result.reason);
  });

  it('a branch reset to an older commit is not fast-forwarded back to the judged one', async () => {
    await start();
    const { head, fixed } = seedPr();
    const older = fake.repo.head('main')!;
    fake.repo.git(['update-ref', 'refs/heads/feature/proxy', older]);
    const result = await commitFixes(client, run(head), fixed, log);
    expect(result.outcome).toBe('head-moved');
    expect(result.reason).toContain(`moved from ${head.slice(0, 7)} to ${older.slice(0, 7)}`);
    expect(writes()).toEqual([]);
    expect(fake.repo.head('feature/proxy')).toBe(older);
  });

  it('a deleted branch: nothing is committed', async () => {
    await start();
    const { head, fixed } = seedPr();
    fake.repo.git(['update-ref', '-d', 'refs/heads/feature/proxy']);
    const result = await commitFixes(client, run(head), fixed, log);
    expect(result).toEqual({ outcome: 'head-moved', reason: `The branch feature/proxy no longer exists: nothing was committed; the findings are reported on ${head.slice(0, 7)}, the commit that was judged.` });
    expect(writes()).toEqual([]);
  });

  it('does not commit again on its own commit (loop guard)', async () => {
    await start();
    fake.repo.seed('main', { [COMPOSE]: BAD });
    const head = fake.repo.seed('feature/proxy', { 'x.yml': 'x\n' }, { message: `clawcheck: fix image-tag\n\nx.yml: image-tag\n\n${AUTOFIX_TRAILER}` });
    const result = await commitFixes(client, run(head), fixTexts({ [COMPOSE]: BAD }).outcome.files, log);
    expect(result.outcome).toBe('loop-guard');
    expect(fake.gh.calls()).toEqual([`GET /repos/octo/app/git/commits/${head}`]);
  });

  it('makes no request at all for a fork PR, and says why and what would enable commits', async () => {
    await start();
    const { head, fixed } = seedPr();
    const result = await commitFixes(client, run(head, { fork: true, headRepo: 'someone/app' }), fixed, log);
    expect(result.outcome).toBe('not-allowed');
    expect(result.reason).toMatch(/fork someone\/app.*read-only.*suggestions.*contents: write on someone\/app.*PAT or GitHub App token.*pull_request_target/s);
    expect(fake.gh.requests).toEqual([]);
    expect(notices).toEqual([result.reason]);
  });

  it('reports the permission it needs when a write is refused (403)', async () => {
    await start([['POST', '/repos/:owner/:repo/git/blobs', () => ({ status: 403, body: { message: 'Resource not accessible by integration' } })]]);
    const { head, fixed } = seedPr();
    const result = await commitFixes(client, run(head), fixed, log);
    expect(result.outcome).toBe('not-allowed');
    expect(result.reason).toMatch(/403.*contents: write/s);
    expect(fake.repo.head('feature/proxy')).toBe(head);
  });

  it('refuses fixes computed for other text than the PR head (a merge checkout)', async () => {
    await start();
    const { head } = seedPr();
    const elsewhere = BAD.replace('openclaw-cloudru-proxy', 'merged-name');
    const fixed = fixTexts({ [COMPOSE]: elsewhere }).outcome.files;
    const result = await commitFixes(client, run(head), fixed, log);
    expect(result.outcome).toBe('head-moved');
    expect(result.reason).toMatch(/differs from the text clawcheck checked.*merge commit/);
    expect(writes()).toEqual([]);
  });

  it('has nothing to do when no file changes', async () => {
    await start();
    const { head } = seedPr();
    const result = await commitFixes(client, run(head), [fixedFile(COMPOSE, BAD, BAD, [])], log);
    expect(result).toEqual({ outcome: 'nothing-to-fix' });
    expect(fake.gh.requests).toEqual([]);
  });

  it('commits several files at once, naming each with its rules, with a custom trailer', async () => {
    await start();
    const main = fake.repo.seed('main', { 'a.yml': 'a: 1\n', 'b/openclaw.json': '{}\n' });
    const head = fake.repo.seed('feature/proxy', { 'c.txt': 'c\n' }, { parent: main });
    const fixed = [fixedFile('a.yml', 'a: 1\n', 'a: 2\n', ['rule-b', 'rule-a', 'rule-b']), fixedFile('b/openclaw.json', '{}\n', '{ "x": 1 }\n', ['rule-c'])];
    const result = await commitFixes(client, run(head), fixed, log, { trailer: 'X-Bot: yes' });
    expect(result.outcome).toBe('committed');
    expect(fake.repo.message(result.sha!)).toBe('clawcheck: fix rule-a, rule-b, rule-c\n\na.yml: rule-a, rule-b\nb/openclaw.json: rule-c\n\nX-Bot: yes');
    expect(fake.repo.git(['diff', '--name-only', head, result.sha!]).split('\n')).toEqual(['a.yml', 'b/openclaw.json']);
  });
});

describe('trailer helpers', () => {
  it('finds the trailer on its own line only', () => {
    expect(hasTrailer(`fix\n\n${AUTOFIX_TRAILER}`)).toBe(true);
    expect(hasTrailer('fix\n\nclawcheck-autofix:   true\r\n')).toBe(true);
    expect(hasTrailer('fix\n\nClawcheck-Autofix: false')).toBe(false);
    expect(hasTrailer('mentions Clawcheck-Autofix: true inline')).toBe(false);
  });

  it('writes a stable message', () => {
    expect(autofixMessage([fixedFile('./x.yml', 'a', 'b', ['r2', 'r1'])])).toBe(`clawcheck: fix r1, r2\n\nx.yml: r1, r2\n\n${AUTOFIX_TRAILER}`);
  });
});
