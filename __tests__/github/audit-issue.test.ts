import '../support/openclaw-schema.js';
import { SourceFile } from '../../src/core/source.js';
import { judge, parseFile } from '../../src/core/engine.js';
import type { CheckResult } from '../../src/core/result.js';
import { AUDIT_MARKER, auditBody, publishAuditIssue } from '../../src/github/audit-issue.js';
import { ChannelUnavailable } from '../../src/github/channel.js';
import { createClient } from '../../src/github/client.js';
import type { RunContext } from '../../src/github/context.js';
import { recommendedPolicy } from '../../src/policy/load.js';
import { ALL_RULE_META } from '../../src/rules/index.js';
import { ACTIONS_BOT, HUMAN_USER, startFakeGitHub } from '../support/fake-github.js';
import { issueCommentBody, storedIssueBody, userBody } from '../support/github-bodies.js';
import type { FakeGitHub } from '../support/fake-github.js';

const run: RunContext = { eventName: 'schedule', owner: 'o', repo: 'r', sha: 'c'.repeat(40), workspace: '/w', apiUrl: '', serverUrl: 'https://github.com', runId: '11' };

function resultOf(text: string): CheckResult {
  const parsed = [parseFile(new SourceFile('docker-compose.yml', text, 'compose'))];
  return { root: '/w', files: ['docker-compose.yml'], findings: judge(parsed, recommendedPolicy()), skipped: [], sources: new Map(parsed.map((p) => [p.file.path, p.file])) };
}

const proxy = (tag: string, model: string) =>
  `services:\n  p:\n    image: legard/claude-code-proxy:${tag}\n    environment:\n      OPENAI_API_KEY: k\n      OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1\n      BIG_MODEL: ${model}\n      MIDDLE_MODEL: openai/gpt-oss-120b\n      SMALL_MODEL: openai/gpt-oss-120b\n      DISABLE_THINKING: "true"\n`;

/** A stored issue as GitHub answers it (issue): its labels as label objects, its author an account. */
const asIssue = (i: Record<string, any>) => storedIssueBody(i, 'o/r');

/** Issues kept in memory, like GitHub would. */
async function issuesFake(): Promise<{ gh: FakeGitHub; issues: Array<Record<string, any>> }> {
  const issues: Array<Record<string, any>> = [{ number: 1, title: 'unrelated', body: 'hello', state: 'open', html_url: 'https://github.com/o/r/issues/1', user: HUMAN_USER }];
  const gh = await startFakeGitHub([
    ['GET', '/repos/o/r/issues', (req) => ({ body: issues.filter((i) => i.state === req.query.state).map(asIssue) })],
    ['POST', '/repos/o/r/issues', (req) => {
      const issue = { number: issues.length + 1, ...req.body, state: 'open', html_url: `https://github.com/o/r/issues/${issues.length + 1}`, user: ACTIONS_BOT };
      issues.push(issue);
      return { status: 201, body: asIssue(issue) };
    }],
    ['PATCH', '/repos/o/r/issues/:n', (req) => {
      const issue = issues.find((i) => i.number === Number(req.params.n))!;
      Object.assign(issue, req.body);
      return { body: asIssue(issue) };
    }],
    ['POST', '/repos/o/r/issues/:n/comments', (req) => ({ status: 201, body: issueCommentBody({ id: 1, body: req.body.body, user: userBody(ACTIONS_BOT) }) })],
  ]);
  return { gh, issues };
}

test('create, update in place, comment on a new count, close when clean', async () => {
  const { gh, issues } = await issuesFake();
  const client = createClient({ token: 't', baseUrl: gh.url, retries: 0, throttle: false });
  const opts = { title: 'clawcheck audit', rules: ALL_RULE_META, failOn: 'warning' as const };

  expect(await publishAuditIssue(client, run, resultOf(proxy('v1.0.0', 'zai-org/GLM-4.7')), opts)).toEqual({ operation: 'created', number: 2, url: 'https://github.com/o/r/issues/2' });
  expect(issues[1].title).toBe('clawcheck audit');
  expect(issues[1].body).toContain(AUDIT_MARKER);
  expect(issues[1].body).toContain('<!-- clawcheck:count=2 -->');

  // The same findings on a later run: nothing is written (who the token is, is asked once per client).
  const again = gh.requests.length;
  expect(await publishAuditIssue(client, { ...run, runId: '12' }, resultOf(proxy('v1.0.0', 'zai-org/GLM-4.7')), opts)).toMatchObject({ operation: 'none', number: 2 });
  expect(gh.calls().slice(again)).toEqual(['GET /repos/o/r/issues', 'POST /graphql']);

  // One finding fixed: the body is edited and one comment tells the new count.
  const before = gh.requests.length;
  expect(await publishAuditIssue(client, run, resultOf(proxy('latest', 'zai-org/GLM-4.7')), opts)).toMatchObject({ operation: 'updated', number: 2 });
  expect(gh.calls().slice(before)).toEqual(['GET /repos/o/r/issues', 'PATCH /repos/o/r/issues/2', 'POST /repos/o/r/issues/2/comments']);
  expect(gh.requests[gh.requests.length - 1].body.body).toBe('clawcheck now reports 1 finding (was 2).');

  // Clean: a closing comment, then the issue is closed.
  const last = gh.requests.length;
  expect(await publishAuditIssue(client, run, resultOf(proxy('latest', 'openai/gpt-oss-120b')), opts)).toMatchObject({ operation: 'closed', number: 2 });
  expect(gh.calls().slice(last)).toEqual(['GET /repos/o/r/issues', 'POST /repos/o/r/issues/2/comments', 'PATCH /repos/o/r/issues/2']);
  expect(issues[1].state).toBe('closed');
  expect(issues[0]).toEqual({ number: 1, title: 'unrelated', body: 'hello', state: 'open', html_url: 'https://github.com/o/r/issues/1', user: HUMAN_USER });

  // Clean again: nothing to do.
  expect(await publishAuditIssue(client, run, resultOf(proxy('latest', 'openai/gpt-oss-120b')), opts)).toEqual({ operation: 'none' });
  await gh.close();
});

test('found by its marker even when renamed', async () => {
  const { gh, issues } = await issuesFake();
  issues.push({ number: 2, title: 'renamed by a human', body: `${AUDIT_MARKER}\n<!-- clawcheck:count=5 -->\nold`, state: 'open', html_url: 'https://github.com/o/r/issues/2', user: ACTIONS_BOT });
  const client = createClient({ token: 't', baseUrl: gh.url, retries: 0, throttle: false });
  const r = await publishAuditIssue(client, run, resultOf(proxy('v1.0.0', 'openai/gpt-oss-120b')), { title: 'clawcheck audit', rules: ALL_RULE_META, failOn: 'warning' });
  expect(r).toMatchObject({ operation: 'updated', number: 2 });
  expect(issues).toHaveLength(2);
  expect(issues[1].title).toBe('renamed by a human');
  await gh.close();
});

test("a stranger's issue carrying the marker is neither adopted nor closed", async () => {
  const { gh, issues } = await issuesFake();
  const bait = { number: 2, title: 'please close', body: `${AUDIT_MARKER}\n<!-- clawcheck:count=1 -->\nmine`, state: 'open', html_url: 'https://github.com/o/r/issues/2', user: HUMAN_USER };
  issues.push({ ...bait });
  const client = createClient({ token: 't', baseUrl: gh.url, retries: 0, throttle: false });
  const opts = { title: 'clawcheck audit', rules: ALL_RULE_META, failOn: 'warning' as const };
  // Clean: there is no audit issue of clawcheck's to close.
  expect(await publishAuditIssue(client, run, resultOf(proxy('latest', 'openai/gpt-oss-120b')), opts)).toEqual({ operation: 'none' });
  expect(gh.calls()).toEqual(['GET /repos/o/r/issues', 'POST /graphql']);
  // Findings: clawcheck opens its own issue and leaves the stranger's as it was.
  expect(await publishAuditIssue(client, run, resultOf(proxy('v1.0.0', 'zai-org/GLM-4.7')), opts)).toMatchObject({ operation: 'created', number: 3 });
  expect(gh.calls().slice(2)).toEqual(['GET /repos/o/r/issues', 'POST /repos/o/r/issues']);
  expect(issues[1]).toEqual(bait);
  await gh.close();
});

test('when GitHub does not say who the token is, a marked issue is not touched and none is opened', async () => {
  const { gh, issues } = await issuesFake();
  issues.push({ number: 2, title: 'clawcheck audit', body: `${AUDIT_MARKER}\nold`, state: 'open', html_url: 'https://github.com/o/r/issues/2', user: ACTIONS_BOT });
  await gh.close();
  const blind = await startFakeGitHub([
    ['POST', '/graphql', () => ({ status: 401, body: { message: 'Bad credentials' } })],
    ['GET', '/user', () => ({ status: 401, body: { message: 'Bad credentials' } })],
    ['GET', '/repos/o/r/issues', () => ({ body: issues.map(asIssue) })],
  ]);
  const client = createClient({ token: 't', baseUrl: blind.url, retries: 0, throttle: false });
  const error = await publishAuditIssue(client, run, resultOf(proxy('latest', 'openai/gpt-oss-120b')), { title: 't', rules: ALL_RULE_META, failOn: 'warning' }).catch((e) => e);
  expect(error).toBeInstanceOf(ChannelUnavailable);
  expect(error.message).toBe('GitHub did not say which account the token writes as, so clawcheck cannot tell its audit issue from a copy; nothing was changed');
  expect(blind.calls()).toEqual(['GET /repos/o/r/issues', 'POST /graphql', 'GET /user']);
  await blind.close();
});

test('a token without issues: write is reported as unavailable', async () => {
  const gh = await startFakeGitHub([['GET', '/repos/o/r/issues', () => ({ status: 403, body: { message: 'Resource not accessible by integration' } })]]);
  const client = createClient({ token: 't', baseUrl: gh.url, retries: 0, throttle: false });
  await expect(publishAuditIssue(client, run, resultOf(proxy('v1.0.0', 'x')), { title: 't', rules: ALL_RULE_META, failOn: 'warning' })).rejects.toBeInstanceOf(ChannelUnavailable);
  await gh.close();
});

test("the body's verdict follows the run's fail-on", () => {
  const errors = resultOf(proxy('v1.0.0', 'zai-org/GLM-4.7'));
  const heading = (result: CheckResult, failOn: 'error' | 'warning' | 'never') => auditBody(result, ALL_RULE_META, run, failOn).split('\n')[2];
  expect(heading(errors, 'error')).toBe('## ❌ clawcheck audit: failed (fail-on: error)');
  expect(heading(errors, 'warning')).toBe('## ❌ clawcheck audit: failed (fail-on: warning)');
  expect(heading(errors, 'never')).toBe('## ⚠️ clawcheck audit: passed with findings (fail-on: never)');
});
