import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeBinaries, runActionProcess } from '../support/action-process.js';
import { startGitFake } from '../support/fake-git-data.js';
import type { GitFake } from '../support/fake-git-data.js';
import type { Route } from '../support/fake-github.js';
import { checkRunBody, issueCommentBody, pullFileBody, storedIssueBody } from '../support/github-bodies.js';
import { tempTree } from '../support/tmp.js';

const example = (side: 'bad' | 'good') => readFileSync(fileURLToPath(new URL(`../../examples/${side}/docker-compose.cloudru-proxy.yml`, import.meta.url)), 'utf8');
const BAD = example('bad');
const GOOD = example('good');
const PATH = 'deploy/docker-compose.cloudru-proxy.yml';
const TRAILER = 'Clawcheck-Autofix: true';

const checkRoutes: Route[] = [
  ['POST', '/repos/octo/deploy/check-runs', () => ({ status: 201, body: checkRunBody({ id: 99 }) })],
  ['PATCH', '/repos/octo/deploy/check-runs/99', () => ({ body: checkRunBody({ id: 99 }) })],
];

function filesRoute(text: string): Route {
  const lines = text.split('\n').slice(0, -1);
  const patch = `@@ -0,0 +1,${lines.length} @@\n` + lines.map((l) => `+${l}`).join('\n');
  return ['GET', '/repos/octo/deploy/pulls/7/files', () => ({ body: [pullFileBody({ filename: PATH, status: 'added', patch })] })];
}

const prEvent = (headSha: string) => ({
  number: 7,
  pull_request: { number: 7, head: { sha: headSha, ref: 'proxy', repo: { full_name: 'octo/deploy' } }, base: { ref: 'main', repo: { full_name: 'octo/deploy' } } },
});

describe.each(nodeBinaries())('autofix through dist/index.js on %s', (_name, node) => {
  let fake: GitFake | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  test('fix: commit puts the fixer output on the PR branch, reports what remains on that commit, and does not loop', async () => {
    fake = await startGitFake({ extra: [filesRoute(BAD), ...checkRoutes] });
    const { repo, gh } = fake;
    const base = repo.seed('main', { 'README.md': '# deploy\n' });
    const head = repo.seed('proxy', { [PATH]: BAD }, { parent: base });
    const workspace = tempTree({ 'README.md': '# deploy\n', [PATH]: BAD });

    const r = await runActionProcess({ node, workspace, eventName: 'pull_request', event: prEvent(head), apiUrl: gh.url, sha: head, inputs: { token: 't0ken', fix: 'commit' } });
    expect(r.stderr).toBe('');
    const sha = r.outputs['fix-commit'];
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    expect(repo.head('proxy')).toBe(sha);
    expect(repo.parents(sha)).toEqual([head]);
    expect(repo.git(['diff', '--name-only', head, sha]).trim()).toBe(PATH);
    expect(repo.show(sha, PATH).toString()).toBe(GOOD);
    expect(repo.message(sha)).toContain(TRAILER);
    // Nothing remains, so the step passes and the check run sits on the fixed commit.
    expect(r.status).toBe(0);
    expect(r.outputs.errors).toBe('0');
    const create = gh.requests.find((q) => q.method === 'POST' && q.path.endsWith('/check-runs'))!;
    expect(create.body.head_sha).toBe(sha);
    expect(r.summary).toContain(sha.slice(0, 7));

    // The run the autofix commit triggers: loop guard, no second commit.
    const writes = gh.requests.filter((q) => q.method !== 'GET').length;
    const again = await runActionProcess({ node, workspace: tempTree({ 'README.md': '# deploy\n', [PATH]: GOOD }), eventName: 'pull_request', event: prEvent(sha), apiUrl: gh.url, sha, inputs: { token: 't0ken', fix: 'commit' } });
    expect(again.status).toBe(0);
    expect(again.outputs['fix-commit']).toBeUndefined();
    expect(repo.head('proxy')).toBe(sha);
    expect(gh.requests.filter((q) => q.method !== 'GET' && !q.path.includes('check-runs')).length).toBe(writes - 2);
  });

  test('fix: commit on a fork pull request writes nothing and falls back to suggestions', async () => {
    fake = await startGitFake({ extra: [filesRoute(BAD), ...checkRoutes] });
    const { repo, gh } = fake;
    const head = repo.seed('proxy', { [PATH]: BAD });
    const event = prEvent(head);
    event.pull_request.head.repo.full_name = 'stranger/deploy';
    const r = await runActionProcess({ node, workspace: tempTree({ [PATH]: BAD }), eventName: 'pull_request', event, apiUrl: gh.url, sha: head, inputs: { token: 't0ken', fix: 'commit', annotations: 'commands' } });
    expect(r.status).toBe(1);
    expect(r.outputs['fix-commit']).toBeUndefined();
    expect(repo.head('proxy')).toBe(head);
    expect(gh.requests.filter((q) => q.method !== 'GET')).toEqual([]);
    expect(r.stdout).toContain('Fixes not committed');
    expect(r.stdout).toContain('Suggestions not posted');
    expect(r.summary).toContain('Fixes not committed');
  });

  test('fix: pull-request opens one autofix PR, then leaves it alone when nothing changed', async () => {
    fake = await startGitFake({ extra: checkRoutes });
    const { repo, gh, pulls } = fake;
    const main = repo.seed('main', { [PATH]: BAD, 'README.md': '# deploy\n' });
    const workspace = tempTree({ [PATH]: BAD, 'README.md': '# deploy\n' });
    const env = { GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main' };
    const inputs = { token: 't0ken', fix: 'pull-request', 'fix-labels': 'clawcheck,autofix' };

    const r = await runActionProcess({ node, workspace, eventName: 'push', event: {}, apiUrl: gh.url, sha: main, env, inputs });
    expect(r.outputs['pull-request-operation']).toBe('created');
    expect(r.outputs['pull-request-number']).toBe('1');
    const branchHead = repo.head('clawcheck/autofix/main')!;
    expect(repo.parents(branchHead)).toEqual([main]);
    expect(repo.show(branchHead, PATH).toString()).toBe(GOOD);
    expect(pulls.pulls).toHaveLength(1);
    expect(pulls.pulls[0]).toMatchObject({ state: 'open', head: { ref: 'clawcheck/autofix/main' }, base: { ref: 'main' }, labels: [{ name: 'clawcheck' }, { name: 'autofix' }] });
    expect(pulls.pulls[0].body).toContain('GITHUB_TOKEN');
    expect(pulls.pulls[0].body).toContain('[banned-model]');
    // The base still has its findings: the step fails on them.
    expect(r.status).toBe(1);

    const second = await runActionProcess({ node, workspace, eventName: 'push', event: {}, apiUrl: gh.url, sha: main, env, inputs });
    expect(second.outputs['pull-request-operation']).toBe('none');
    expect(repo.head('clawcheck/autofix/main')).toBe(branchHead);
    expect(pulls.pulls).toHaveLength(1);
    expect(pulls.comments).toEqual([]);
  });
});

describe.each(nodeBinaries())('scheduled audit through dist/index.js on %s', (_name, node) => {
  test('audit-issue: created with the findings, then closed when the repository is clean', async () => {
    const issues: Array<Record<string, any>> = [];
    const { startFakeGitHub } = await import('../support/fake-github.js');
    const gh = await startFakeGitHub([
      ...checkRoutes,
      ['GET', '/repos/octo/deploy/issues', () => ({ body: issues.filter((i) => i.state === 'open').map((i) => storedIssueBody(i)) })],
      ['POST', '/repos/octo/deploy/issues', (q) => {
        issues.push({ number: issues.length + 1, ...q.body, state: 'open', html_url: 'u', user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' } });
        return { status: 201, body: storedIssueBody(issues[issues.length - 1]) };
      }],
      ['PATCH', '/repos/octo/deploy/issues/:n', (q) => ({ body: storedIssueBody(Object.assign(issues[Number(q.params.n) - 1], q.body)) })],
      ['POST', '/repos/octo/deploy/issues/:n/comments', () => ({ status: 201, body: issueCommentBody({ id: 1 }) })],
    ]);
    const inputs = { token: 't0ken', 'audit-issue': 'true', 'only-changed': 'true' };
    const first = await runActionProcess({ node, workspace: tempTree({ [PATH]: BAD }), eventName: 'schedule', event: {}, apiUrl: gh.url, inputs });
    expect(first.outputs['audit-issue-operation']).toBe('created');
    expect(issues[0].title).toBe('clawcheck audit');
    expect(issues[0].body).toContain('<!-- clawcheck:count=7 -->');
    const clean = await runActionProcess({ node, workspace: tempTree({ [PATH]: GOOD }), eventName: 'schedule', event: {}, apiUrl: gh.url, inputs });
    expect(clean.status).toBe(0);
    expect(clean.outputs['audit-issue-operation']).toBe('closed');
    expect(issues[0].state).toBe('closed');
    await gh.close();
  });
});
