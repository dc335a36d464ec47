import type { Finding } from '../../src/core/finding.js';
import type { CheckResult } from '../../src/core/result.js';
import { SourceFile } from '../../src/core/source.js';
import type { FixedFile } from '../../src/fix/fix.js';
import { auditBody } from '../../src/github/audit-issue.js';
import { autofixPullRequestBody } from '../../src/github/autofix-body.js';
import type { ActionLog } from '../../src/github/channel.js';
import { publishCheckRun } from '../../src/github/checks.js';
import { createClient } from '../../src/github/client.js';
import type { RunContext } from '../../src/github/context.js';
import { escapeMarkdown } from '../../src/github/markdown.js';
import { commentFor, reviewBody } from '../../src/github/review.js';
import type { PlannedFix } from '../../src/github/review.js';
import { jobSummary } from '../../src/github/summary.js';
import { ALL_RULE_META } from '../../src/rules/index.js';
import { startFakeGitHub } from '../support/fake-github.js';
import { checkRunBody } from '../support/github-bodies.js';

/**
 * One hostile string, as a file's value would put it into a finding's message, a fix's
 * description, a notice and a path, through every Markdown channel GitHub renders. GitHub
 * autolinks bare URLs, `www.` names, e-mail addresses, @mentions and issue references after the
 * Markdown is rendered, so escaping punctuation is not enough: each must be broken up.
 */
const HOSTILE =
  'Go to https://evil.example/x, HTTP://EVIL.example or www.evil.example (WWW.Evil.example); ftp://e.example <https://e.example> ' +
  '[l](https://e.example) ![i](https://e.example/i.png) <img src=x onerror=alert(1)> &lt;b&gt; @octocat @org/team a@evil.example #1 octo/deploy#2 GH-3 mailto:x@e.example';
const ESCAPED =
  'Go to https:&#8203;//evil.example/x, HTTP:&#8203;//EVIL.example or www&#8203;.evil.example \\(WWW&#8203;.Evil.example\\); ftp:&#8203;//e.example &lt;https:&#8203;//e.example&gt; ' +
  '\\[l\\]\\(https:&#8203;//e.example\\) \\!\\[i\\]\\(https:&#8203;//e.example/i.png\\) &lt;img src=x onerror=alert\\(1\\)&gt; &amp;lt;b&amp;gt; @&#8203;octocat @&#8203;org/team a@&#8203;evil.example \\#&#8203;1 octo/deploy\\#&#8203;2 GH&#8203;-3 mailto:x@&#8203;e.example';

const PATH = 'deploy/www.evil.example/https:/x.yml';
const TEXT = 'services:\n  p:\n    image: x\n';
const source = new SourceFile(PATH, TEXT, 'compose');
const at = TEXT.indexOf('x\n');
const finding: Finding = {
  ruleId: 'proxy-image',
  severity: 'error',
  message: HOSTILE,
  location: source.location(at, at + 1),
  range: [at, at + 1],
  fix: { description: HOSTILE, edits: [{ file: PATH, start: at, end: at + 1, text: 'legard/claude-code-proxy:latest' }] },
};
const result: CheckResult = { root: '/w', files: [PATH], findings: [finding], skipped: [], sources: new Map([[PATH, source]]) };
const fixed: FixedFile = { path: PATH, before: TEXT, after: TEXT.replace('image: x', 'image: legard/claude-code-proxy:latest'), fixed: [finding], edits: [] };
const run: RunContext = { eventName: 'schedule', owner: 'o', repo: 'r', sha: 'c'.repeat(40), workspace: '/w', apiUrl: '', serverUrl: 'https://github.com', runId: '5' };

/**
 * Nothing GitHub would turn into a link, an image, a mention, a reference or HTML, outside code
 * blocks (which render literally) and the links and tags clawcheck writes itself.
 */
function expectInert(md: string): void {
  const prose = md
    .replace(/^(`{3,})[a-z]*\n[\s\S]*?^\1$/gm, '') // fenced code
    .replace(/\]\(https:\/\/(github\.com\/(o\/r\/actions\/runs\/5|o\/r\/blob\/c{40}\/[A-Za-z0-9._~%/-]+#L\d+|[^/)]+\/clawcheck\/blob\/[^)]+))\)/g, '](OURS)') // our own links
    .replace(/<\/?(br|details|summary|sub)>|<!-- clawcheck:[^>]* -->/g, '');
  expect(prose).toContain(ESCAPED);
  const text = prose.replace(/&#8203;/g, '\u200B').replace(/&(#\d+|[a-z]+);/g, '&');
  expect(text).not.toMatch(/:\/\//);
  expect(text).not.toMatch(/www\./i);
  expect(text).not.toMatch(/</);
  expect(text).not.toMatch(/@[A-Za-z0-9]/);
  expect(text).not.toMatch(/#\d|GH-\d/i);
  expect(text).not.toMatch(/(^|[^\\])!?\[[^\]]*\]\((?!OURS\))/);
}

test('escapeMarkdown breaks every autolink, mention and reference in the hostile string', () => {
  expect(escapeMarkdown(HOSTILE)).toBe(ESCAPED);
});

test('job summary', () => {
  expectInert(jobSummary(result, { rules: ALL_RULE_META, failOn: 'error', fixes: [fixed], notices: [HOSTILE] }));
  const linked = jobSummary(result, { rules: ALL_RULE_META, failOn: 'error', notices: [HOSTILE], blob: run });
  expect(linked).toContain('](https://github.com/o/r/blob/' + 'c'.repeat(40) + '/deploy/www.evil.example/https%3A/x.yml#L3)');
  expectInert(linked);
  const cut = jobSummary(result, { rules: ALL_RULE_META, failOn: 'error', notices: [HOSTILE], maxBytes: 900, fullList: () => HOSTILE });
  expect(cut).toContain('**Summary truncated**');
  expectInert(cut);
});

test('check-run summary, as sent to GitHub', async () => {
  const gh = await startFakeGitHub([
    ['POST', '/repos/:owner/:repo/check-runs', () => ({ status: 201, body: checkRunBody({ id: 1 }) })],
    ['PATCH', '/repos/:owner/:repo/check-runs/:id', () => ({ body: checkRunBody({ id: 1 }) })],
  ]);
  try {
    const log: ActionLog = { info: () => {}, notice: () => {}, warning: () => {}, write: () => {} };
    const client = createClient({ token: 't', baseUrl: gh.url, retries: 0, throttle: false });
    await publishCheckRun({ result, rules: ALL_RULE_META, run: { ...run, apiUrl: gh.url }, client, failOn: 'error', log });
    expect(gh.requests.map((r) => r.body.output.summary)).toHaveLength(2);
    for (const r of gh.requests) expectInert(r.body.output.summary);
  } finally {
    await gh.close();
  }
});

test('review comment and review body', () => {
  const inline: PlannedFix = {
    finding,
    path: PATH,
    inDiff: true,
    fingerprint: `${'0'.repeat(16)}-1`,
    suggestion: { path: PATH, startLine: 3, endLine: 3, original: '    image: x', replacement: '    image: legard/claude-code-proxy:latest' },
  };
  expectInert(commentFor(inline).body);
  expectInert(reviewBody(1, [{ finding, path: PATH, inDiff: false }]));
});

test('autofix pull request body', () => {
  expectInert(autofixPullRequestBody([fixed], 'main'));
});

test('audit issue body', () => {
  expectInert(auditBody(result, ALL_RULE_META, run, 'error'));
});
