import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_MARKER } from '../../src/github/audit-issue.js';
import { ORG_MARKER } from '../../src/org/issue.js';
import type { OrgResult } from '../../src/org/result.js';
import { ACTIONS_BOT, startFakeGitHub } from '../support/fake-github.js';
import type { FakeGitHub } from '../support/fake-github.js';
import { issueCommentBody, storedIssueBody } from '../support/github-bodies.js';
import { tempTree } from '../support/tmp.js';
import { orgCli } from './helpers.js';

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

const finding = (ruleId: string) => ({ ruleId, severity: 'error', file: 'compose.yaml', line: 1, column: 1, endLine: 1, endColumn: 2, message: 'm', fixable: true });
const scanned = (name: string, rules: string[]): OrgResult => ({ repository: `acme/${name}`, commit: 'c'.repeat(40), status: 'scanned', files: ['compose.yaml'], skipped: [], findings: rules.map(finding) }) as OrgResult;

test('the tracking issue: created, left alone when nothing changed, updated in place, closed when clean', async () => {
  const issues: Array<Record<string, any>> = [{ number: 1, title: 'clawcheck audit', body: `${AUDIT_MARKER}\n<!-- clawcheck:count=3 -->\nthis repository's own audit`, state: 'open', html_url: 'u1', user: ACTIONS_BOT }];
  gh = await startFakeGitHub([
    ['GET', '/repos/admin/audits/issues', (req) => ({ body: issues.filter((i) => i.state === req.query.state).map((i) => storedIssueBody(i, 'admin/audits')) })],
    ['POST', '/repos/admin/audits/issues', (req) => {
      const issue = { number: issues.length + 1, ...req.body, state: 'open', html_url: `u${issues.length + 1}`, user: ACTIONS_BOT };
      issues.push(issue);
      return { status: 201, body: storedIssueBody(issue, 'admin/audits') };
    }],
    ['PATCH', '/repos/admin/audits/issues/:n', (req) => ({ body: storedIssueBody(Object.assign(issues.find((i) => i.number === Number(req.params.n))!, req.body), 'admin/audits') })],
    ['POST', '/repos/admin/audits/issues/:n/comments', () => ({ status: 201, body: issueCommentBody({ id: 1 }) })],
  ]);
  const cwd = tempTree({});
  const write = (list: OrgResult[]) => {
    rmSync(join(cwd, 'in'), { recursive: true, force: true });
    mkdirSync(join(cwd, 'in'));
    for (const r of list) writeFileSync(join(cwd, 'in', `${r.repository.replace('/', '__')}.json`), JSON.stringify(r));
  };
  const report = orgCli(cwd, gh!.url, undefined, { GITHUB_RUN_ID: '77', GITHUB_REPOSITORY: 'admin/audits', GITHUB_SERVER_URL: 'https://github.com' });
  const args = ['report', '--input', 'in', '--output', 'summary.md', '--issue', 'admin/audits'];
  const since = (n: number) => gh!.calls().slice(n);

  write([scanned('api', ['banned-model', 'proxy-image-tag']), scanned('web', ['banned-model']), { repository: 'acme/gone', commit: null, status: 'failed', reason: 'not-found', message: 'gone (HTTP 404)', files: [], findings: [], skipped: [] } as OrgResult]);
  expect(await report(...args)).toEqual({ code: 0, stdout: '', stderr: 'clawcheck: tracking issue in admin/audits: created (#2)\n' });
  // No issue carries the organisation's marker (the repository's own audit issue has another): no need to ask who the token is.
  expect(gh!.calls()).toEqual(['GET /repos/admin/audits/issues', 'POST /repos/admin/audits/issues']);
  expect(issues[1]).toMatchObject({ number: 2, title: 'clawcheck organisation audit', state: 'open', labels: [] });
  expect(issues[1].body.startsWith(`${ORG_MARKER}\n<!-- clawcheck:count=4 -->\n## clawcheck organisation audit\n`)).toBe(true);
  expect(issues[1].body.endsWith(`\n\n_Updated by [workflow run 77](https://github.com/admin/audits/actions/runs/77)._\n`)).toBe(true);
  expect(issues[1].body).toContain('| acme/gone | not-found | gone \\(HTTP 404\\) |');

  // The same results from a later run: nothing written.
  let n = gh!.requests.length;
  expect((await orgCli(cwd, gh!.url, undefined, { GITHUB_RUN_ID: '78', GITHUB_REPOSITORY: 'admin/audits', GITHUB_SERVER_URL: 'https://github.com' })(...args)).stderr).toBe('clawcheck: tracking issue in admin/audits: none (#2)\n');
  expect(since(n)).toEqual(['GET /repos/admin/audits/issues', 'POST /graphql']);

  // One repository fixed, the deleted one gone from the plan: edited in place, one comment with the new count.
  write([scanned('api', ['banned-model']), scanned('web', [])]);
  n = gh!.requests.length;
  expect((await report(...args)).stderr).toBe('clawcheck: tracking issue in admin/audits: updated (#2)\n');
  expect(since(n)).toEqual(['GET /repos/admin/audits/issues', 'POST /graphql', 'PATCH /repos/admin/audits/issues/2', 'POST /repos/admin/audits/issues/2/comments']);
  expect(issues[1].body).toContain('<!-- clawcheck:count=1 -->');
  expect(gh!.requests[gh!.requests.length - 1].body.body).toBe('clawcheck now reports 1 finding and 0 repositories not scanned: 1 in all (was 4).');

  // Clean: a closing comment, then closed; the repository's own audit issue is never touched.
  write([scanned('api', []), scanned('web', [])]);
  n = gh!.requests.length;
  expect((await report(...args)).stderr).toBe('clawcheck: tracking issue in admin/audits: closed (#2)\n');
  expect(since(n)).toEqual(['GET /repos/admin/audits/issues', 'POST /graphql', 'POST /repos/admin/audits/issues/2/comments', 'PATCH /repos/admin/audits/issues/2']);
  expect(gh!.requests[gh!.requests.length - 2].body.body).toBe('clawcheck scanned all 2 repositories and finds nothing left to report: closing this issue.');
  expect(issues.map((i) => [i.number, i.state])).toEqual([[1, 'open'], [2, 'closed']]);
  expect(issues[0].body).toBe(`${AUDIT_MARKER}\n<!-- clawcheck:count=3 -->\nthis repository's own audit`);

  // Clean again: nothing to do.
  n = gh!.requests.length;
  expect((await report(...args)).stderr).toBe('clawcheck: tracking issue in admin/audits: none\n');
  expect(since(n)).toEqual(['GET /repos/admin/audits/issues']);
});

test('a token that may not write issues: the report is still written, and the command says so with exit 1', async () => {
  gh = await startFakeGitHub([
    ['GET', '/repos/admin/audits/issues', () => ({ body: [] })],
    ['POST', '/repos/admin/audits/issues', () => ({ status: 403, body: { message: 'Resource not accessible by integration' } })],
  ]);
  const cwd = tempTree({ 'in/acme__api.json': JSON.stringify(scanned('api', ['banned-model'])) });
  const run = await orgCli(cwd, gh!.url)('report', '--input', 'in', '--issue', 'admin/audits');
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('| banned-model | 1 | 0 | 0 | 1 |');
  expect(run.stderr).toBe('clawcheck: the tracking issue in admin/audits was not updated: the token cannot manage issues here (HTTP 403); give the workflow `issues: write`\n');
});
