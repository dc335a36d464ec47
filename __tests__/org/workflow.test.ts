/**
 * .github/workflows/org-audit.yml end to end against the fake organisation: its jobs in order
 * (plan, one scan job per entry of the plan's matrix, report), each `run:` step executed with
 * bash as a runner would (its `env:` expressions filled in), the actions it uses stood in for
 * (checkout puts a freshly built CLI bundle in place, artifacts are folders), and the CLI bundle
 * built from this tree with ncc, so the lazily loaded GitHub chunk is exercised too. The fake's
 * repositories are real git repositories, for the optional fix job's autofix pull requests.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ACTIONS_BOT } from '../support/fake-github.js';
import { fakeOrg } from '../support/fake-org.js';
import type { FakeOrg } from '../support/fake-org.js';
import { storedIssueBody } from '../support/github-bodies.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const workflow = parse(readFileSync(join(root, '.github/workflows/org-audit.yml'), 'utf8'));
const base = mkdtempSync(join(tmpdir(), 'clawcheck-org-workflow-'));
const bundle = join(base, 'bundle');
let org: FakeOrg;
const issues: Array<Record<string, any>> = [];

beforeAll(async () => {
  execFileSync(process.execPath, [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', join(root, 'src/cli/main.ts'), '-o', bundle, '--no-cache', '--quiet', '--target', 'es2022'], { cwd: root, stdio: 'pipe' });
  const bad = 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:v1.0.0\n';
  org = await fakeOrg(
    [
      { name: 'api', size: 30, files: { 'docker-compose.yml': bad, 'README.md': '# api\n' } },
      { name: 'web', size: 20, topics: ['proxy'], files: { 'deploy/compose.yaml': bad, 'deploy/.env': 'X=1\n' } },
      { name: 'docs', size: 10, files: { 'index.md': 'hi\n' } },
      { name: 'old', size: 50, archived: true, files: { 'compose.yaml': bad } },
      { name: 'empty', size: 0, state: 'empty' },
    ],
    {
      routes: [
        ['GET', '/repos/acme/admin/issues', () => ({ body: issues.filter((i) => i.state === 'open').map((i) => storedIssueBody(i, 'acme/admin')) })],
        ['POST', '/repos/acme/admin/issues', (req) => {
          const issue = { number: issues.length + 1, ...req.body, state: 'open', html_url: `u${issues.length + 1}`, user: ACTIONS_BOT };
          issues.push(issue);
          return { status: 201, body: storedIssueBody(issue, 'acme/admin') };
        }],
      ],
      gitData: true,
    },
  );
}, 180_000);

afterAll(async () => {
  await org?.close();
});

type Context = {
  inputs: Record<string, unknown>;
  secrets: Record<string, string>;
  matrix?: Record<string, unknown>;
  needs?: Record<string, { outputs: Record<string, string> }>;
  steps?: Record<string, { outputs: Record<string, string> }>;
};

/** `${{ a.b.c }}` and `${{ a.b || c.d }}` in a string, from the context; anything else in an expression is a mistake here. */
function fill(text: unknown, ctx: Context): string {
  return String(text).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    const values = expr.split('||').map((e) => e.trim().split('.').reduce<any>((v, k) => v?.[k], ctx)); // eslint-disable-line @typescript-eslint/no-explicit-any
    const value = values.find((v) => v !== undefined && v !== '') ?? values[values.length - 1];
    if (value === undefined) throw new Error(`unknown expression ${expr}`);
    return String(value);
  });
}

/** One job's steps in a fresh workspace; returns what it wrote to $GITHUB_OUTPUT and the summary. */
async function runJob(name: string, ctx: Context, artifacts: string): Promise<{ outputs: Record<string, string>; summary: string; stderr: string }> {
  const job = workflow.jobs[name];
  const work = mkdtempSync(join(base, `${name}-`));
  const outputFile = join(work, '.output');
  const summaryFile = join(work, '.summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const outputs: Record<string, string> = {};
  let stderr = '';
  for (const step of job.steps) {
    if (step.if && /issue-repository != ''/.test(step.if) && !ctx.inputs['issue-repository']) continue;
    if (step.if && /app-id != ''/.test(step.if) && !ctx.inputs['app-id']) continue;
    ctx = { ...ctx, steps: { app: { outputs: {} } } };
    const withs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, fill(v, ctx)]));
    if (step.uses?.startsWith('actions/checkout@')) cpSync(bundle, join(work, withs.path, 'dist', 'cli'), { recursive: true });
    else if (step.uses?.startsWith('actions/setup-node@')) continue;
    else if (step.uses?.startsWith('actions/upload-artifact@')) {
      // A folder's files, or one file, become the artifact's top level (as upload-artifact does).
      const from = join(work, withs.path);
      if (!existsSync(from)) continue;
      const to = join(artifacts, withs.name);
      rmSync(to, { recursive: true, force: true });
      if (statSync(from).isDirectory()) cpSync(from, to, { recursive: true });
      else cpSync(from, join(to, basename(from)));
    } else if (step.uses?.startsWith('actions/download-artifact@')) {
      const names = withs.pattern ? readdirSync(artifacts).filter((n) => new RegExp(`^${withs.pattern.replace('*', '.*')}$`).test(n)) : [withs.name];
      for (const n of names) {
        if (!existsSync(join(artifacts, n))) {
          if (step['continue-on-error']) continue;
          throw new Error(`no artifact ${n}`);
        }
        cpSync(join(artifacts, n), join(work, withs.path ?? '.'), { recursive: true });
      }
    } else if (step.run) {
      const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, fill(v, ctx)]));
      // Not execFileSync: the fake GitHub answers from this process.
      const done = await promisify(execFile)('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
        cwd: work,
        env: { PATH: process.env.PATH ?? '', GITHUB_API_URL: org.gh.url, GITHUB_SERVER_URL: 'https://github.com', GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_RUN_ID: '9', GITHUB_REPOSITORY: 'acme/admin', ...env },
        encoding: 'utf8',
      });
      stderr += done.stderr;
    } else throw new Error(`step ${JSON.stringify(step)} is not stood in for`);
    for (const line of readFileSync(outputFile, 'utf8').split('\n').filter(Boolean)) outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
  }
  return { outputs, summary: readFileSync(summaryFile, 'utf8'), stderr };
}

test('plan → a scan job per shard → report: the job summary, report files and the tracking issue', async () => {
  expect(Object.keys(workflow.on)).toEqual(['workflow_call']);
  expect(workflow.jobs.scan.strategy).toEqual({ 'fail-fast': false, matrix: '${{ fromJSON(needs.plan.outputs.matrix) }}' });
  // No expression is expanded inside a script: inputs reach them only through env.
  for (const job of Object.values<any>(workflow.jobs)) for (const step of job.steps) expect([step.name, /\$\{\{/.test(step.run ?? '')]).toEqual([step.name, false]);

  const artifacts = mkdtempSync(join(base, 'artifacts-'));
  const ctx: Context = { inputs: { org: 'acme', shards: 2, include: '', exclude: '^docs$', topic: '', archived: false, forks: false, concurrency: 2, 'issue-repository': 'acme/admin', 'issue-title': 'clawcheck organisation audit', 'clawcheck-ref': 'v1', 'app-id': '' }, secrets: { token: 'ghs_workflow' } };
  const plan = await runJob('plan', ctx, artifacts);
  expect(JSON.parse(plan.outputs.matrix)).toEqual({ shard: [0, 1] });
  const planned = JSON.parse(readFileSync(join(artifacts, 'clawcheck-plan', 'plan.json'), 'utf8'));
  expect(planned.shards.map((s: { repos: Array<{ fullName: string }> }) => s.repos.map((r) => r.fullName))).toEqual([['acme/api'], ['acme/web', 'acme/empty']]);

  for (const shard of JSON.parse(plan.outputs.matrix).shard) await runJob('scan', { ...ctx, matrix: { shard }, needs: { plan: { outputs: plan.outputs } } }, artifacts);
  expect(readdirSync(join(artifacts, 'clawcheck-shard-0')).sort()).toEqual(['acme__api.json', 'acme__api.sarif']);
  expect(readdirSync(join(artifacts, 'clawcheck-shard-1')).sort()).toEqual(['acme__empty.json', 'acme__web.json', 'acme__web.sarif']);

  const report = await runJob('report', ctx, artifacts);
  expect(report.summary).toContain('**3 repositories**: 2 scanned, 1 not scanned. **4 errors, 6 warnings, 0 notes** in 2 repositories.');
  expect(report.summary).toContain('| acme/empty | empty | the repository is empty \\(HTTP 409\\) |');
  expect(readdirSync(join(artifacts, 'clawcheck-org-report')).sort()).toEqual(['clawcheck-org.csv', 'clawcheck-org.json', 'clawcheck-org.sarif']);
  expect(JSON.parse(readFileSync(join(artifacts, 'clawcheck-org-report', 'clawcheck-org.json'), 'utf8')).totals).toEqual({ errors: 4, warnings: 6, infos: 0, findings: 10 });
  expect(issues.map((i) => [i.number, i.title, i.state])).toEqual([[1, 'clawcheck organisation audit', 'open']]);
  expect(issues[0].body).toContain('<!-- clawcheck:count=11 -->');
  // Every repository's head asked once per scan, each tarball once; the token never on the download.
  expect(org.calls().filter((c) => c.includes('/tarball/') || c.includes('/_codeload/')).length).toBe(4);
  expect(org.gh.requests.filter((r) => r.headers.authorization).every((r) => r.headers.authorization === 'token ghs_workflow' && !r.path.startsWith('/_codeload/'))).toBe(true);
}, 120_000);

test('fix: true adds a fix job after the scans: the autofix pull requests opened with a token that may write, the job itself read-only', async () => {
  const job = workflow.jobs.fix;
  expect(workflow.on.workflow_call.inputs.fix).toEqual({ description: expect.any(String), type: 'boolean', default: false });
  expect(workflow.on.workflow_call.inputs['fix-max-prs']).toEqual({ description: expect.any(String), type: 'number', default: 20 });
  expect([job.needs, job.if, job.permissions]).toEqual([['plan', 'scan'], "${{ inputs.fix && !cancelled() && needs.plan.result == 'success' }}", { contents: 'read' }]);
  const app = job.steps.find((s: { id?: string }) => s.id === 'app');
  expect([app.with['permission-contents'], app.with['permission-pull-requests']]).toEqual(['write', 'write']);
  // Every other job's App token is read-only: no permission-* asked there.
  for (const name of ['plan', 'scan', 'report']) expect(Object.keys(workflow.jobs[name].steps.find((s: { id?: string }) => s.id === 'app').with).filter((k) => k.startsWith('permission-'))).toEqual([]);

  const artifacts = mkdtempSync(join(base, 'artifacts-'));
  const ctx: Context = { inputs: { org: 'acme', shards: 1, include: '', exclude: '', topic: '', archived: false, forks: false, concurrency: 1, 'issue-repository': '', 'issue-title': 't', 'clawcheck-ref': 'v1', 'app-id': '', fix: true, 'fix-max-prs': 20 }, secrets: { token: 'ghs_workflow' } };
  const plan = await runJob('plan', ctx, artifacts);
  await runJob('scan', { ...ctx, matrix: { shard: 0 }, needs: { plan: { outputs: plan.outputs } } }, artifacts);
  const before = org.gh.requests.length;
  await runJob('fix', ctx, artifacts);
  const summary = JSON.parse(readFileSync(join(artifacts, 'clawcheck-org-fix', 'clawcheck-org-fix.json'), 'utf8'));
  expect(summary.repositories.map((r: { repository: string; status: string; reason?: string }) => [r.repository, r.status, r.reason])).toEqual([
    ['acme/api', 'opened', undefined],
    ['acme/docs', 'skipped', 'no-fixable-findings'],
    ['acme/empty', 'skipped', 'not-scanned'],
    ['acme/web', 'opened', undefined],
  ]);
  expect(org.git!.pulls.map((p) => [p.repo, p.number, p.head.ref, p.state])).toEqual([['api', 1, 'clawcheck/autofix/main', 'open'], ['web', 1, 'clawcheck/autofix/main', 'open']]);
  expect(org.gh.requests.slice(before).filter((r) => !r.path.startsWith('/_codeload/')).every((r) => r.headers.authorization === 'token ghs_workflow')).toBe(true);
}, 120_000);
