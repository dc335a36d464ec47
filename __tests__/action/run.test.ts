/** runAction in this process, against a fake GitHub: what the runner would see, call by call. */
import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addedFile, prEvent, prRoutes, R, runInProcess as run } from '../support/action-run.js';
import { startGitFake } from '../support/fake-git-data.js';
import type { GitFake } from '../support/fake-git-data.js';
import { tempTree } from '../support/tmp.js';
import { issueBody } from '../support/github-bodies.js';

const example = (side: 'bad' | 'good') => readFileSync(fileURLToPath(new URL(`../../examples/${side}/docker-compose.cloudru-proxy.yml`, import.meta.url)), 'utf8');
const BAD = example('bad');
const PATH = 'deploy/docker-compose.cloudru-proxy.yml';

let fake: GitFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('fix: commit', () => {
  test('a server error while committing falls back to suggestions; annotations, summary and outputs still come', async () => {
    fake = await startGitFake({
      extra: [['POST', `${R}/git/commits`, () => ({ status: 500, body: { message: 'Server Error' } })], ...prRoutes([addedFile(PATH, BAD)])],
    });
    const { repo, gh } = fake;
    const head = repo.seed('proxy', { [PATH]: BAD });
    const r = await run({ workspace: tempTree({ [PATH]: BAD }), eventName: 'pull_request', event: prEvent(head), apiUrl: gh.url, sha: head, inputs: { token: 't0ken', fix: 'commit' } });

    const said = 'Fixes not committed: GitHub answered HTTP 500 (Server Error). They are offered as review suggestions instead.';
    expect(r.notices).toEqual([said]);
    expect(r.summary).toContain('- Fixes not committed: GitHub answered HTTP 500 \\(Server Error\\). They are offered as review suggestions instead.\n');
    expect(repo.head('proxy')).toBe(head);
    expect(gh.calls(/^(POST|PATCH|DELETE) /)).toEqual([
      `POST ${R}/git/blobs`,
      `POST ${R}/git/trees`,
      `POST ${R}/git/commits`,
      `POST ${R}/check-runs`,
      `PATCH ${R}/check-runs/99`,
      `POST ${R}/pulls/7/reviews`,
    ]);
    const review = gh.requests.find((q) => q.method === 'POST' && q.path === `${R}/pulls/7/reviews`)!;
    expect(review.body.commit_id).toBe(head);
    expect(review.body.comments.length).toBeGreaterThan(0);
    expect(r.outputs['fix-commit']).toBeUndefined();
    expect(r.outputs).toMatchObject({ errors: 7, warnings: 0, 'files-checked': 1, conclusion: 'failure' });
    expect(r.failed).toEqual(['clawcheck: 7 error(s) and 0 warning(s) in 1 file(s) (fail-on: error)']);
  });
});

describe('only-changed on a pull request', () => {
  test('annotations, review and outputs cover the changed files; the SARIF file covers every file', async () => {
    const OTHER = 'legacy/docker-compose.cloudru-proxy.yml';
    fake = await startGitFake({ extra: prRoutes([addedFile(PATH, BAD)]) });
    const { gh } = fake;
    const workspace = tempTree({ [PATH]: BAD, [OTHER]: BAD });
    const r = await run({ workspace, eventName: 'pull_request', event: prEvent('b'.repeat(40)), apiUrl: gh.url, inputs: { token: 't0ken', 'sarif-file': 'clawcheck.sarif' } });

    const annotated = gh.requests.filter((q) => q.method === 'PATCH' && q.path === `${R}/check-runs/99`).flatMap((q) => q.body.output.annotations ?? []);
    expect(new Set(annotated.map((a: { path: string }) => a.path))).toEqual(new Set([PATH]));
    expect(annotated).toHaveLength(7);
    const review = gh.requests.find((q) => q.method === 'POST' && q.path === `${R}/pulls/7/reviews`)!;
    expect(new Set(review.body.comments.map((c: { path: string }) => c.path))).toEqual(new Set([PATH]));
    expect(r.outputs).toMatchObject({ errors: 7, 'files-checked': 2, 'sarif-file': 'clawcheck.sarif' });
    expect(JSON.parse(String(r.outputs.findings)).map((f: { file: string }) => f.file)).toEqual(Array(7).fill(PATH));

    // Code scanning closes alerts missing from an analysis: the untouched file's must stay in it.
    const sarif = JSON.parse(readFileSync(join(workspace, 'clawcheck.sarif'), 'utf8'));
    const uris = sarif.runs[0].results.map((x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => x.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris).toEqual([...Array(7).fill(PATH), ...Array(7).fill(OTHER)]);
  });
});

describe('each reason is said once', () => {
  test('fix: commit on a fork: the reason, then what follows from it, then why suggestions cannot be posted either', async () => {
    fake = await startGitFake({ extra: prRoutes([addedFile(PATH, BAD)]) });
    const { repo, gh } = fake;
    const head = repo.seed('proxy', { [PATH]: BAD });
    const event = prEvent(head);
    event.pull_request.head.repo.full_name = 'stranger/deploy';
    const r = await run({ workspace: tempTree({ [PATH]: BAD }), eventName: 'pull_request', event, apiUrl: gh.url, sha: head, inputs: { token: 't0ken', fix: 'commit', annotations: 'commands' } });

    const fork =
      'PR #7 comes from the fork stranger/deploy: GitHub gives workflows on fork pull requests a read-only GITHUB_TOKEN, so clawcheck cannot push to its branch; ' +
      'the fixes are offered as suggestions instead. Committing needs a token with contents: write on stranger/deploy (a PAT or GitHub App token). ' +
      'pull_request_target gives a write token, but runs on code from the fork: use it only if the workflow never executes that code.';
    const suggestions = 'Suggestions not posted: the pull request comes from a fork, whose GITHUB_TOKEN is read-only; suggestions need pull-requests: write.';
    expect(r.notices).toEqual([fork, 'Fixes not committed: they are offered as review suggestions instead.', suggestions]);
    expect(r.warnings).toEqual([]);
    const notes = r.summary.split('\n**Notes**\n\n')[1].split('\n\n')[0].split('\n');
    expect(notes).toEqual([
      '- Fixes not committed: PR \\#&#8203;7 comes from the fork stranger/deploy: GitHub gives workflows on fork pull requests a read-only GITHUB\\_TOKEN, so clawcheck cannot push to its branch; ' +
        'the fixes are offered as suggestions instead. Committing needs a token with contents: write on stranger/deploy \\(a PAT or GitHub App token\\). ' +
        'pull\\_request\\_target gives a write token, but runs on code from the fork: use it only if the workflow never executes that code. They are offered as review suggestions instead.',
      '- Suggestions not posted: the pull request comes from a fork, whose GITHUB\\_TOKEN is read-only; suggestions need pull-requests: write.',
    ]);
    expect(gh.calls(/^(POST|PATCH|DELETE) /)).toEqual([]);
  });

  test('fix: commit that commits: the commit and the completed check run are logged once each', async () => {
    fake = await startGitFake({ extra: prRoutes([addedFile(PATH, BAD)]) });
    const { repo, gh } = fake;
    const head = repo.seed('proxy', { [PATH]: BAD });
    const r = await run({ workspace: tempTree({ [PATH]: BAD }), eventName: 'pull_request', event: prEvent(head), apiUrl: gh.url, sha: head, inputs: { token: 't0ken', fix: 'commit' } });

    const sha = String(r.outputs['fix-commit']);
    expect(repo.head('proxy')).toBe(sha);
    expect(r.notices).toEqual([`clawcheck committed its fixes to proxy as ${sha}.`]);
    expect(r.infos.filter((m) => m.includes('check run'))).toEqual(['clawcheck: check run 99 completed (success) with 0 annotations in 2 requests']);
    expect(r.summary).toContain(`\n- clawcheck committed its fixes to proxy as ${sha.slice(0, 7)}; the findings below are what remains.\n`);
    expect(r.failed).toEqual([]);
  });

  test('fix: pull-request on a branch with a human commit: the warning is logged once and noted in the summary', async () => {
    fake = await startGitFake();
    const { repo, gh } = fake;
    const main = repo.seed('main', { [PATH]: BAD });
    const human = repo.seed('clawcheck/autofix/main', { 'notes.md': 'mine\n' }, { parent: main });
    const r = await run({
      workspace: tempTree({ [PATH]: BAD }),
      eventName: 'push',
      event: {},
      apiUrl: gh.url,
      sha: main,
      env: { GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main' },
      inputs: { token: 't0ken', fix: 'pull-request', annotations: 'commands' },
    });

    const foreign =
      `The branch clawcheck/autofix/main has commits clawcheck did not make (${human.slice(0, 7)} lacks "Clawcheck-Autofix: true"): ` +
      'leaving the branch and its pull request alone. Delete it, or choose another branch (input fix-branch).';
    expect(r.warnings).toEqual([foreign]);
    expect(r.notices).toEqual([]);
    expect(r.summary).toContain(`\n- Autofix pull request not changed: The branch clawcheck/autofix/main has commits clawcheck did not make \\(${human.slice(0, 7)} lacks`);
    expect(r.outputs['pull-request-operation']).toBe('none');
    expect(repo.head('clawcheck/autofix/main')).toBe(human);
    expect(gh.calls(/^(POST|PATCH|DELETE) /)).toEqual([]);
  });

  test('audit issue: an API failure is said once, as a notice', async () => {
    fake = await startGitFake({ extra: [['GET', `${R}/issues`, () => ({ status: 502, body: { message: 'Bad Gateway' } })]] });
    const { gh } = fake;
    const r = await run({ workspace: tempTree({ [PATH]: BAD }), eventName: 'schedule', event: {}, apiUrl: gh.url, inputs: { token: 't0ken', fix: 'none', annotations: 'commands', 'audit-issue': 'true' } });

    expect(r.notices).toEqual(['Audit issue not updated: HTTP 502: Bad Gateway']);
    expect(r.warnings).toEqual([]);
    expect(r.summary).toContain('\n- Audit issue not updated: HTTP 502: Bad Gateway\n');
    expect(gh.calls()).toEqual([`GET ${R}/issues`]);
  });
});

describe('audit-issue', () => {
  test("the issue's verdict is the Action's fail-on", async () => {
    fake = await startGitFake({
      extra: [
        ['GET', `${R}/issues`, () => ({ body: [] })],
        ['POST', `${R}/issues`, (req) => ({ status: 201, body: issueBody({ ...req.body, labels: [], number: 3, html_url: 'https://github.com/octo/deploy/issues/3' }) })],
      ],
    });
    const { gh } = fake;
    const r = await run({ workspace: tempTree({ [PATH]: BAD }), eventName: 'schedule', event: {}, apiUrl: gh.url, inputs: { token: 't0ken', fix: 'none', annotations: 'commands', 'audit-issue': 'true', 'fail-on': 'never' } });

    expect(gh.calls()).toEqual([`GET ${R}/issues`, `POST ${R}/issues`]);
    const created = gh.requests[1].body;
    expect(created.title).toBe('clawcheck audit');
    expect(created.body.split('\n')[2]).toBe('## ⚠️ clawcheck audit: passed with findings (fail-on: never)');
    expect(r.outputs).toMatchObject({ 'audit-issue-operation': 'created', 'audit-issue-number': 3, conclusion: 'success' });
    expect(r.failed).toEqual([]);
  });
});

describe('sarif-file', () => {
  const push = (workspace: string, sarifFile: string) =>
    run({ workspace, eventName: 'push', event: {}, apiUrl: 'http://127.0.0.1:9', inputs: { 'sarif-file': sarifFile, annotations: 'commands' } });
  const failure = 'clawcheck: 7 error(s) and 0 warning(s) in 1 file(s) (fail-on: error)';

  test('missing folders are created; the summary and every output still come', async () => {
    const workspace = tempTree({ [PATH]: BAD });
    const r = await push(workspace, 'reports/ci/clawcheck.sarif');
    expect(JSON.parse(readFileSync(join(workspace, 'reports/ci/clawcheck.sarif'), 'utf8')).runs[0].results).toHaveLength(7);
    expect(r.outputs).toMatchObject({ errors: 7, 'files-checked': 1, 'sarif-file': 'reports/ci/clawcheck.sarif', conclusion: 'failure' });
    expect(r.summary).not.toBe('');
    expect(r.failed).toEqual([failure]);
  });

  test.each([
    ['a committed link to a file elsewhere', 'clawcheck.sarif', 'clawcheck.sarif is a symbolic link; clawcheck does not write through links'],
    ['a committed link to a folder elsewhere', 'out/clawcheck.sarif', 'out is a symbolic link; clawcheck does not write through links'],
    ['a path up and out', '../clawcheck.sarif', '../clawcheck.sarif is outside the workspace; clawcheck writes only inside it'],
  ])('%s is refused; the summary, the outputs and the verdict still come', async (_name, sarifFile, why) => {
    const outside = tempTree({ 'precious.txt': 'keep me\n' });
    const workspace = join(tempTree({}), 'workspace');
    mkdirSync(join(workspace, 'deploy'), { recursive: true });
    writeFileSync(join(workspace, PATH), BAD);
    symlinkSync(join(outside, 'precious.txt'), join(workspace, 'clawcheck.sarif'));
    symlinkSync(outside, join(workspace, 'out'));
    const r = await push(workspace, sarifFile);

    expect(readdirSync(outside)).toEqual(['precious.txt']);
    expect(readFileSync(join(outside, 'precious.txt'), 'utf8')).toBe('keep me\n');
    expect(readdirSync(join(workspace, '..'))).toEqual(['workspace']);
    expect(lstatSync(join(workspace, 'clawcheck.sarif')).isSymbolicLink()).toBe(true);
    expect(r.outputs).toMatchObject({ errors: 7, 'files-checked': 1, 'sarif-file': '', conclusion: 'failure' });
    expect(r.summary).toContain(`\n- SARIF file not written: ${why}.\n`);
    // The folder link out of the workspace is also a file-skipped warning.
    expect(r.failed).toEqual([`clawcheck: SARIF file not written: ${why}.`, failure.replace('0 warning(s)', '1 warning(s)')]);
  });

  test('an absolute path elsewhere is refused', async () => {
    const outside = tempTree({});
    const r = await push(tempTree({ [PATH]: BAD }), join(outside, 'clawcheck.sarif'));
    expect(readdirSync(outside)).toEqual([]);
    expect(r.outputs['sarif-file']).toBe('');
    expect(r.failed[0]).toMatch(/^clawcheck: SARIF file not written: .*clawcheck\.sarif is outside the workspace; clawcheck writes only inside it\.$/);
  });
});
