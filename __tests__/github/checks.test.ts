import '../support/openclaw-schema.js';
import type { Finding, Severity } from '../../src/core/finding.js';
import { SourceFile } from '../../src/core/source.js';
import { judge, parseFile } from '../../src/core/engine.js';
import { recommendedPolicy } from '../../src/policy/load.js';
import { ALL_RULE_META } from '../../src/rules/index.js';
import { ChannelUnavailable, type ActionLog, type PublishContext } from '../../src/github/channel.js';
import { publishCheckRun, toAnnotation } from '../../src/github/checks.js';
import { createClient } from '../../src/github/client.js';
import type { RunContext } from '../../src/github/context.js';
import { startFakeGitHub, type FakeGitHub, type Route } from '../support/fake-github.js';
import { checkRunBody, validationFailed } from '../support/github-bodies.js';
import { makeResult } from '../report/fixtures.js';

const SHA = 'a'.repeat(40);

function finding(severity: Severity, line: number, file = 'docker-compose.yml'): Finding {
  return {
    ruleId: `rule-${severity}`,
    severity,
    message: `${severity} ${line}`,
    location: { file, line, column: 5, endLine: line, endColumn: 12 },
    range: [0, 0],
  };
}

const log: ActionLog = { info: () => {}, notice: () => {}, warning: () => {}, write: () => {} };

function run(apiUrl: string): RunContext {
  return { eventName: 'pull_request', owner: 'octo', repo: 'app', sha: SHA, workspace: '/w', apiUrl, serverUrl: 'https://github.com' };
}

const ok: Route[] = [
  ['POST', '/repos/:owner/:repo/check-runs', () => ({ status: 201, body: checkRunBody({ id: 42 }) })],
  ['PATCH', '/repos/:owner/:repo/check-runs/:id', (r) => ({ body: checkRunBody({ id: Number(r.params.id) }) })],
];

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

async function publish(routes: Route[], findings: Finding[], failOn: PublishContext['failOn'] = 'error', extra: Partial<PublishContext> = {}) {
  gh = await startFakeGitHub(routes);
  const client = createClient({ token: 't0ken', baseUrl: gh.url, retries: 0, throttle: false });
  const ctx: PublishContext = { result: makeResult([], findings), rules: ALL_RULE_META, run: run(gh.url), client, failOn, log, ...extra };
  return publishCheckRun(ctx);
}

describe('publishCheckRun', () => {
  it('sends 120 annotations as 50 + 50 + 20, completing with the last batch', async () => {
    const findings = Array.from({ length: 120 }, (_, i) => finding(i < 5 ? 'error' : 'warning', i + 1));
    const outcome = await publish(ok, findings);
    expect(outcome).toEqual({ checkRunId: 42, annotations: 120, requests: 4, conclusion: 'failure' });
    expect(gh!.calls()).toEqual([
      'POST /repos/octo/app/check-runs',
      'PATCH /repos/octo/app/check-runs/42',
      'PATCH /repos/octo/app/check-runs/42',
      'PATCH /repos/octo/app/check-runs/42',
    ]);
    const [create, ...patches] = gh!.requests;
    expect(create.body).toMatchObject({ name: 'clawcheck', head_sha: SHA, status: 'in_progress' });
    expect(create.body.output.title).toBe('5 errors, 115 warnings, 0 info');
    expect(create.headers.authorization).toBe('token t0ken');
    expect(patches.map((p) => p.body.output.annotations.length)).toEqual([50, 50, 20]);
    for (const p of patches) {
      expect(p.body.output.title).toBe('5 errors, 115 warnings, 0 info');
      expect(p.body.output.summary).toContain('## ❌ clawcheck: failed (fail-on: error)');
    }
    expect(patches.slice(0, 2).map((p) => p.body.status)).toEqual([undefined, undefined]);
    expect(patches[2].body).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(Date.parse(patches[2].body.completed_at)).not.toBeNaN();
    // Every finding annotated once, in order.
    const lines = patches.flatMap((p) => p.body.output.annotations.map((a: { start_line: number }) => a.start_line));
    expect(lines).toEqual(findings.map((f) => f.location.line));
  });

  it('exactly 50 findings: one batch that also completes the run', async () => {
    await publish(ok, Array.from({ length: 50 }, (_, i) => finding('warning', i + 1)), 'warning');
    expect(gh!.calls()).toHaveLength(2);
    expect(gh!.requests[1].body.output.annotations).toHaveLength(50);
    expect(gh!.requests[1].body.conclusion).toBe('failure');
  });

  it('no findings: created and completed green, without annotations', async () => {
    const outcome = await publish(ok, []);
    expect(outcome).toEqual({ checkRunId: 42, annotations: 0, requests: 2, conclusion: 'success' });
    const done = gh!.requests[1].body;
    expect(done.output).toEqual({ title: 'No problems found', summary: expect.stringContaining('no problems found') });
    expect(done).toMatchObject({ status: 'completed', conclusion: 'success' });
  });

  it.each([
    ['error', ['warning', 'info'], 'success'],
    ['warning', ['warning', 'info'], 'failure'],
    ['warning', ['info'], 'success'],
    ['never', ['error'], 'neutral'],
    ['never', [], 'success'],
  ] as const)('fail-on %s with %j → %s', async (failOn, severities, expected) => {
    const outcome = await publish(ok, severities.map((s, i) => finding(s, i + 1)), failOn);
    expect(outcome.conclusion).toBe(expected);
    expect(gh!.requests.at(-1)!.body.conclusion).toBe(expected);
  });

  it('403 on create → ChannelUnavailable naming the checks: write permission, nothing else sent', async () => {
    const forbidden: Route[] = [['POST', '/repos/:owner/:repo/check-runs', () => ({ status: 403, body: { message: 'Resource not accessible by integration' } })]];
    const error = await publish(forbidden, [finding('error', 1)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelUnavailable);
    expect((error as ChannelUnavailable).channel).toBe('checks');
    expect((error as Error).message).toContain('HTTP 403');
    expect((error as Error).message).toContain('checks: write');
    expect(gh!.calls()).toEqual(['POST /repos/octo/app/check-runs']);
  });

  it('500 on create → ChannelUnavailable with the status', async () => {
    const broken: Route[] = [['POST', '/repos/:owner/:repo/check-runs', () => ({ status: 500, body: { message: 'boom' } })]];
    const error = await publish(broken, [finding('error', 1)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelUnavailable);
    expect((error as Error).message).toMatch(/cannot create a check run \(HTTP 500/);
  });

  it.each([
    ['no body', undefined],
    ['no id', { name: 'clawcheck' }],
    ['an id that is not a number', { id: '42' }],
    ['a zero id', { id: 0 }],
  ])('a create answer with %s → ChannelUnavailable, and no PATCH without an id', async (_what, body) => {
    const cut: Route[] = [['POST', '/repos/:owner/:repo/check-runs', () => ({ status: 201, body, offSpec: 'a truncated or malformed answer' })], ok[1]];
    const error = await publish(cut, [finding('error', 1)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelUnavailable);
    expect((error as Error).message).toBe("GitHub's answer to creating the check run has no check run id (truncated or malformed response), so it cannot be updated");
    expect(gh!.calls()).toEqual(['POST /repos/octo/app/check-runs']);
  });

  it('a failed batch completes the run with the findings’ conclusion (never green) and throws', async () => {
    let patches = 0;
    const flaky: Route[] = [
      ok[0],
      ['PATCH', '/repos/:owner/:repo/check-runs/:id', () => (++patches === 2 ? { status: 422, body: validationFailed('Unprocessable') } : { body: checkRunBody({ id: 42 }) })],
    ];
    const error = await publish(flaky, Array.from({ length: 120 }, (_, i) => finding('error', i + 1))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelUnavailable);
    expect((error as Error).message).toContain('HTTP 422');
    expect(gh!.calls()).toHaveLength(4);
    const last = gh!.requests[3].body;
    expect(last).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(last.output.annotations).toBeUndefined();
    expect(last.output.summary).toContain('only 50 of 120 annotations could be added (HTTP 422)');
  });

  it('a failed completion throws instead of reporting success', async () => {
    const failing: Route[] = [ok[0], ['PATCH', '/repos/:owner/:repo/check-runs/:id', () => ({ status: 502, body: { message: 'bad gateway' } })]];
    const error = await publish(failing, [finding('error', 1)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelUnavailable);
    expect((error as Error).message).toContain('cannot complete the check run (HTTP 502');
    expect(gh!.calls()).toHaveLength(2);
  });

  it('without a client the channel is unavailable', async () => {
    const ctx: PublishContext = { result: makeResult([], []), rules: [], run: run('http://127.0.0.1:1'), failOn: 'error', log };
    await expect(publishCheckRun(ctx)).rejects.toThrow(ChannelUnavailable);
  });

  it('names the check run by check-name', async () => {
    await publish(ok, [finding('error', 1)], 'error', { checkName: 'lint / clawcheck' });
    expect(gh!.requests[0].body).toMatchObject({ name: 'lint / clawcheck', head_sha: SHA });
  });

  it('1 010 findings: 1 000 annotations in 20 requests, errors and changed lines first; the rest counted in the summary and the log, with where all are', async () => {
    const findings = [
      ...Array.from({ length: 990 }, (_, i) => finding('warning', i + 1, 'a.yml')),
      ...Array.from({ length: 20 }, (_, i) => finding('error', i + 1, 'z.yml')),
    ];
    const notices: string[] = [];
    const changedLines = new Map([['a.yml', new Set([990])]]);
    const outcome = await publish(ok, findings, 'error', { log: { ...log, notice: (m) => notices.push(m) }, changedLines, fullList: () => 'the SARIF file out/clawcheck.sarif' });
    expect(outcome).toEqual({ checkRunId: 42, annotations: 1000, requests: 21, conclusion: 'failure' });
    const annotated = gh!.requests.slice(1).flatMap((p) => p.body.output.annotations as Array<{ path: string; start_line: number; annotation_level: string }>);
    expect(annotated.filter((a) => a.annotation_level === 'failure')).toHaveLength(20);
    // The warnings left out are the last ten in file order, except the one on a changed line.
    const warned = new Set(annotated.filter((a) => a.path === 'a.yml').map((a) => a.start_line));
    expect([...Array(990).keys()].map((i) => i + 1).filter((l) => !warned.has(l))).toEqual([980, 981, 982, 983, 984, 985, 986, 987, 988, 989]);
    const note =
      '10 more findings not annotated on the check run (10 warnings): clawcheck adds at most 1000 annotations to a check run, ' +
      "within GitHub's limit on content-creating requests. All 1010 are in the SARIF file out/clawcheck.sarif.";
    expect(notices).toEqual([note]);
    for (const r of gh!.requests) expect(r.body.output.summary).toContain('\n> **Annotations:** 10 more findings not annotated on the check run \\(10 warnings\\): ');
    expect(gh!.requests[0].body.output.summary).toContain('All 1010 are in the SARIF file out/clawcheck.sarif.');
  });

  it('keeps the summary within 65 535 characters', async () => {
    gh = await startFakeGitHub(ok);
    const client = createClient({ token: 't', baseUrl: gh.url, retries: 0, throttle: false });
    // 100 rows of ~3 KB escaped each: far beyond the summary limit, in only 2 requests.
    const findings = Array.from({ length: 100 }, (_, i) => ({ ...finding('error', i + 1), message: `long message ${'&'.repeat(600)}` }));
    await publishCheckRun({ result: makeResult([], findings), rules: ALL_RULE_META, run: run(gh.url), client, failOn: 'error', log });
    expect(gh.requests).toHaveLength(1 + 2);
    for (const r of gh.requests) {
      expect(r.body.output.summary.length).toBeLessThanOrEqual(65_535);
      expect(r.body.output.summary).toContain('Summary truncated');
    }
    expect(gh.requests[0].body.output.summary).toContain('findings not shown');
  });
});

describe('toAnnotation', () => {
  it('maps severities, sets columns only on single-line ranges, and lists related places', () => {
    expect(toAnnotation(finding('info', 3))).toEqual({
      path: 'docker-compose.yml',
      start_line: 3,
      end_line: 3,
      start_column: 5,
      end_column: 12,
      annotation_level: 'notice',
      message: 'info 3',
      title: 'rule-info',
    });
    const multi: Finding = {
      ...finding('error', 7),
      location: { file: 'a.yml', line: 7, column: 5, endLine: 8, endColumn: 1 },
      related: [{ file: '.env', line: 2, column: 11, endLine: 2, endColumn: 26, message: 'Also set here.' }],
    };
    expect(toAnnotation(multi)).toEqual({
      path: 'a.yml',
      start_line: 7,
      end_line: 8,
      annotation_level: 'failure',
      message: 'error 7',
      title: 'rule-error',
      raw_details: '.env:2:11: Also set here.',
    });
    expect(toAnnotation(finding('warning', 1)).annotation_level).toBe('warning');
  });

  it('annotates real engine findings on the seed compose file', async () => {
    const text = [
      'services:',
      '  claude-code-proxy:',
      '    image: legard/claude-code-proxy:v1.0.0',
      '    environment:',
      '      OPENAI_API_KEY: "${CLOUDRU_API_KEY}"',
      '      OPENAI_BASE_URL: "https://foundation-models.api.cloud.ru/v1"',
      '      BIG_MODEL: "zai-org/GLM-4.7"',
      '      MIDDLE_MODEL: "zai-org/GLM-4.7-FlashX"',
      '      SMALL_MODEL: "zai-org/GLM-4.7-Flash"',
      '      DISABLE_THINKING: "false"',
      '    user: "1000:1000"',
      '    read_only: true',
      '',
    ].join('\n');
    const file = new SourceFile('docker-compose.cloudru-proxy.yml', text, 'compose');
    const findings = judge([parseFile(file)], recommendedPolicy()).filter((f) => f.ruleId !== 'schema');
    expect(findings.length).toBeGreaterThanOrEqual(7);
    const outcome = await publish(ok, findings);
    expect(outcome).toMatchObject({ annotations: findings.length, requests: 2, conclusion: 'failure' });
    const annotations = gh!.requests[1].body.output.annotations;
    expect(annotations.map((a: { title: string }) => a.title)).toEqual(expect.arrayContaining(['banned-model', 'proxy-image-tag', 'proxy-read-only']));
    for (const a of annotations) {
      expect(a.path).toBe('docker-compose.cloudru-proxy.yml');
      if (a.start_line !== a.end_line) expect(a.start_column).toBeUndefined();
      else expect(a.end_column).toBeGreaterThan(a.start_column);
    }
  });
});
