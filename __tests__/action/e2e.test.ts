import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBinaries, runActionProcess } from '../support/action-process.js';
import { startFakeGitHub } from '../support/fake-github.js';
import type { FakeGitHub, Route } from '../support/fake-github.js';
import { checkRunBody, pullFileBody, reviewBody } from '../support/github-bodies.js';
import { tempTree } from '../support/tmp.js';

const SEED = readFileSync(fileURLToPath(new URL('../../examples/bad/docker-compose.cloudru-proxy.yml', import.meta.url)), 'utf8');
const PATH = 'deploy/docker-compose.cloudru-proxy.yml';
const HEAD = 'b'.repeat(40);
const lines = SEED.split('\n').length - 1;
/** The PR adds the whole file: every line is inside the one hunk. */
const PATCH = `@@ -0,0 +1,${lines} @@\n` + SEED.split('\n').slice(0, lines).map((l) => `+${l}`).join('\n');

const prEvent = (fork = false) => ({
  action: 'synchronize',
  number: 7,
  pull_request: {
    number: 7,
    head: { sha: HEAD, ref: 'proxy', repo: { full_name: fork ? 'stranger/deploy' : 'octo/deploy' } },
    base: { ref: 'main', repo: { full_name: 'octo/deploy' } },
  },
});

function prRoutes(checks: 'ok' | 'forbidden'): Route[] {
  return [
    ['GET', '/repos/octo/deploy/pulls/7/files', () => ({ body: [pullFileBody({ filename: PATH, status: 'added', patch: PATCH })] })],
    checks === 'ok'
      ? ['POST', '/repos/octo/deploy/check-runs', () => ({ status: 201, body: checkRunBody({ id: 99 }) })]
      : ['POST', '/repos/octo/deploy/check-runs', () => ({ status: 403, body: { message: 'Resource not accessible by integration' } })],
    ['PATCH', '/repos/octo/deploy/check-runs/99', () => ({ body: checkRunBody({ id: 99 }) })],
    ['GET', '/repos/octo/deploy/pulls/7/comments', () => ({ body: [] })],
    ['GET', '/repos/octo/deploy/pulls/7/reviews', () => ({ body: [] })],
    ['POST', '/repos/octo/deploy/pulls/7/reviews', () => ({ body: reviewBody({ id: 5 }) })],
  ];
}

const annotationLines = (stdout: string) => stdout.split('\n').filter((l) => /^::(error|warning|notice) file=/.test(l));

describe.each(nodeBinaries())('dist/index.js on %s', (_name, node) => {
  let gh: FakeGitHub | undefined;
  afterEach(async () => {
    await gh?.close();
    gh = undefined;
  });

  test('pull request: check run, review with suggestions, SARIF, summary and outputs', async () => {
    gh = await startFakeGitHub(prRoutes('ok'));
    const workspace = tempTree({ [PATH]: SEED, 'README.md': '# deploy\n' });
    const r = await runActionProcess({ node, workspace, eventName: 'pull_request', event: prEvent(), apiUrl: gh.url, inputs: { token: 't0ken', 'sarif-file': 'clawcheck.sarif' } });

    expect(r.status).toBe(1);
    expect(r.outputs.errors).toBe('7');
    expect(r.outputs.warnings).toBe('0');
    expect(r.outputs['files-checked']).toBe('1');
    expect(r.outputs.conclusion).toBe('failure');
    expect(r.outputs['sarif-file']).toBe('clawcheck.sarif');
    expect(r.outputs['findings-truncated']).toBe('false');
    expect(JSON.parse(r.outputs.findings).map((f: { ruleId: string; line: number }) => `${f.line}:${f.ruleId}`)).toEqual([
      '3:proxy-image-tag',
      '9:banned-model',
      '10:banned-model',
      '11:banned-model',
      '12:disable-thinking',
      '13:proxy-user',
      '14:proxy-read-only',
    ]);
    const sarif = JSON.parse(readFileSync(join(workspace, 'clawcheck.sarif'), 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(7);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(PATH);

    // The Checks API took the annotations, so the log carries none; the step still fails.
    expect(annotationLines(r.stdout)).toEqual([]);
    expect(r.stdout).toContain('::error::clawcheck: 7 error(s) and 0 warning(s) in 1 file(s) (fail-on: error)');
    expect(gh.calls()).toEqual([
      'GET /repos/octo/deploy/pulls/7/files',
      'POST /repos/octo/deploy/check-runs',
      'PATCH /repos/octo/deploy/check-runs/99',
      'GET /repos/octo/deploy/pulls/7/comments',
      'POST /repos/octo/deploy/pulls/7/reviews',
    ]);
    const create = gh.requests[1].body;
    expect(create).toMatchObject({ name: 'clawcheck', head_sha: HEAD, status: 'in_progress' });
    const done = gh.requests[2].body;
    expect(done.conclusion).toBe('failure');
    expect(done.output.annotations.map((a: { start_line: number; annotation_level: string; title: string }) => `${a.start_line}:${a.annotation_level}:${a.title}`)).toEqual([
      '3:failure:proxy-image-tag',
      '9:failure:banned-model',
      '10:failure:banned-model',
      '11:failure:banned-model',
      '12:failure:disable-thinking',
      '13:failure:proxy-user',
      '14:failure:proxy-read-only',
    ]);
    const review = gh.requests[4].body;
    expect(review.commit_id).toBe(HEAD);
    expect(review.event).toBe('COMMENT');
    expect(review.comments.map((c: { path: string; line: number }) => `${c.path}:${c.line}`)).toEqual([
      `${PATH}:3`,
      `${PATH}:9`,
      `${PATH}:10`,
      `${PATH}:11`,
      `${PATH}:12`,
      `${PATH}:13`,
      `${PATH}:14`,
    ]);
    expect(review.comments[0].body).toContain('```suggestion\n    image: legard/claude-code-proxy:latest        # tag not published\n```');
    expect(review.comments[6].body).toContain('```suggestion\n```');

    expect(r.summary).toContain('### deploy/docker-compose.cloudru-proxy.yml');
    expect(r.summary).toContain('```diff');
    expect(r.summary).toContain('+    image: legard/claude-code-proxy:latest');
  });

  test('fork pull request: no check run or review is possible, findings go to capped workflow commands', async () => {
    gh = await startFakeGitHub(prRoutes('forbidden'));
    const many = Array.from({ length: 12 }, (_, i) => [`svc${i}/docker-compose.yml`, SEED] as const);
    const workspace = tempTree(Object.fromEntries(many));
    const r = await runActionProcess({ node, workspace, eventName: 'pull_request', event: prEvent(true), apiUrl: gh.url, inputs: { token: 't0ken', 'only-changed': 'false' } });

    expect(r.status).toBe(1);
    expect(r.outputs.errors).toBe('84');
    const annotations = annotationLines(r.stdout);
    expect(annotations.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(annotations.filter((l) => l.startsWith('::warning '))).toHaveLength(0);
    expect(r.stdout).toMatch(/::notice title=clawcheck::.*74 more/);
    expect(r.stdout).toContain('Checks API not used');
    expect(gh.calls()).toEqual(['GET /repos/octo/deploy/pulls/7/files', 'POST /repos/octo/deploy/check-runs']);
    expect(r.summary).toContain('Checks API not used');
  });

  test('push without a token: workflow commands and a summary, no API call', async () => {
    gh = await startFakeGitHub([]);
    const workspace = tempTree({ 'docker-compose.yml': SEED.replace(':v1.0.0', ':latest') });
    const r = await runActionProcess({ node, workspace, eventName: 'push', event: {}, apiUrl: gh.url, inputs: { 'fail-on': 'never' } });
    expect(r.status).toBe(0);
    expect(r.outputs.errors).toBe('6');
    expect(r.outputs.conclusion).toBe('success');
    expect(annotationLines(r.stdout)).toHaveLength(6);
    expect(gh.calls()).toEqual([]);
  });

  test('an invalid input fails the step with a clear message', async () => {
    const workspace = tempTree({});
    const r = await runActionProcess({ node, workspace, eventName: 'push', event: {}, apiUrl: 'http://127.0.0.1:9', inputs: { 'fail-on': 'sometimes' } });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error::clawcheck: input "fail-on" must be one of error, warning, never, not "sometimes"');
  });
});
