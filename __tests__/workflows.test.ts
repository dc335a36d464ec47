/**
 * The workflows this repository runs (.github/workflows) and the ones it offers users
 * (docs/workflows, the README's snippet): they parse, call the same current major version of
 * each action, keep no git credentials in jobs that do not push with git, and ask for exactly
 * the permissions what they run needs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The major version each workflow uses of each action; a new action is added here on purpose. */
const MAJORS: Record<string, string> = {
  'actions/checkout': 'v7',
  'actions/setup-node': 'v7',
  'github/codeql-action/upload-sarif': 'v4',
  'actions/upload-artifact': 'v7',
  'actions/download-artifact': 'v8',
  'actions/create-github-app-token': 'v3',
  'clawcheck/clawcheck': 'v1',
  '.': '',
};

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string>;
  steps?: Step[];
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean };
  jobs: Record<string, Job>;
}

const files = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((n) => `${dir}/${n}`);
const offered = files('docs/workflows');
const own = files('.github/workflows');
const load = (path: string) => parse(readFileSync(join(root, path), 'utf8')) as Workflow;

/** The steps of every job, with the permissions the job runs with. */
function jobs(wf: Workflow): Array<[string, Job, Record<string, string>]> {
  return Object.entries(wf.jobs).map(([name, job]) => [name, job, job.permissions ?? wf.permissions ?? {}]);
}

const action = (uses: string) => (uses.startsWith('./') || uses === '.' ? ['.', ''] : [uses.slice(0, uses.lastIndexOf('@')), uses.slice(uses.lastIndexOf('@') + 1)]);
const isClawcheck = (s: Step) => s.uses === './' || !!s.uses?.startsWith('clawcheck/clawcheck@');

test('there are workflows to check', () => {
  expect(offered).toEqual(['docs/workflows/autofix-pull-request.yml', 'docs/workflows/autofix.yml', 'docs/workflows/nightly-audit.yml', 'docs/workflows/org-audit.yml', 'docs/workflows/pr-check.yml']);
  expect(own.length).toBeGreaterThan(0);
});

describe.each([...offered, ...own])('%s', (path) => {
  const wf = load(path);

  test('parses, with triggers, jobs and permissions for every job', () => {
    expect(wf.on).toBeDefined();
    expect(Object.keys(wf.jobs).length).toBeGreaterThan(0);
    for (const [name, , permissions] of jobs(wf)) expect([name, Object.keys(permissions).length > 0]).toEqual([name, true]);
  });

  test('uses the current major version of every action it calls', () => {
    for (const [, job] of jobs(wf)) {
      for (const step of job.steps ?? []) {
        if (!step.uses) continue;
        const [name, ref] = action(step.uses);
        expect([step.uses, name in MAJORS]).toEqual([step.uses, true]);
        expect([step.uses, ref]).toEqual([step.uses, MAJORS[name]]);
      }
    }
  });

  test('checkout keeps no credentials in jobs that do not push with git', () => {
    for (const [name, job] of jobs(wf)) {
      const pushes = (job.steps ?? []).some((s) => /\bgit push\b/.test(s.run ?? ''));
      for (const step of job.steps ?? []) {
        if (!step.uses?.startsWith('actions/checkout@') || pushes) continue;
        expect([name, step.with?.['persist-credentials']]).toEqual([name, false]);
      }
    }
  });

  test('asks for the permissions its steps need, and write access only where they write', () => {
    for (const [name, job, permissions] of jobs(wf)) {
      const steps = job.steps ?? [];
      const clawcheck = steps.filter(isClawcheck);
      const input = (key: string) => clawcheck.map((s) => String(s.with?.[key] ?? '')).find(Boolean) ?? '';
      const want: Record<string, string> = { contents: 'read' };
      if (steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))) Object.assign(want, { 'security-events': 'write', actions: 'read' });
      if (clawcheck.length && path.startsWith('docs/')) {
        const fix = input('fix') || 'suggest';
        const onPullRequests = JSON.stringify(wf.on).includes('pull_request');
        if (fix === 'commit' || fix === 'pull-request') want.contents = 'write'; // commits through the API
        if (fix !== 'pull-request') want.checks = 'write'; // the check run with annotations
        if (onPullRequests || fix === 'pull-request') want['pull-requests'] = 'write'; // review, changed files, the autofix PR
        if (input('audit-issue') === 'true' || fix === 'pull-request') want.issues = 'write'; // the audit issue; the autofix PR's labels
      }
      if (clawcheck.length && path.startsWith('.github/')) want['pull-requests'] = 'read';
      expect([name, permissions]).toEqual([name, want]);
    }
  });

  test('a step that probes takes its keys from secrets in its env, never from inputs', () => {
    for (const [, job] of jobs(wf)) {
      for (const step of (job.steps ?? []).filter(isClawcheck)) {
        if (!['models', 'completion'].includes(String(step.with?.probe ?? ''))) continue;
        const env = step.env ?? {};
        expect(Object.values(env).length).toBeGreaterThan(0);
        for (const v of Object.values(env)) expect(v).toMatch(/^\$\{\{ secrets\.[A-Z_]+ \}\}$/);
      }
    }
  });

  test('a workflow that writes fixes runs one at a time per ref and never cancels a running fix', () => {
    const fixes = jobs(wf).some(([, job]) => (job.steps ?? []).some((s) => isClawcheck(s) && ['commit', 'pull-request'].includes(String(s.with?.fix ?? ''))));
    if (!fixes) return;
    expect(wf.concurrency?.group).toContain('${{ github.ref }}');
    expect(wf.concurrency?.['cancel-in-progress']).toBe(false);
  });
});

test('the organisation audit example calls the reusable workflow this repository has, with inputs and secrets it declares', () => {
  const caller = load('docs/workflows/org-audit.yml');
  const called = load('.github/workflows/org-audit.yml') as unknown as { on: { workflow_call: { inputs: Record<string, unknown>; secrets: Record<string, unknown> } } };
  const job = caller.jobs.audit as Job & { uses?: string; with?: Record<string, unknown>; secrets?: Record<string, unknown> };
  expect(job.uses).toBe('clawcheck/clawcheck/.github/workflows/org-audit.yml@v1');
  for (const key of Object.keys(job.with ?? {})) expect([key, key in called.on.workflow_call.inputs]).toEqual([key, true]);
  for (const key of Object.keys(job.secrets ?? {})) expect([key, key in called.on.workflow_call.secrets]).toEqual([key, true]);
  expect(JSON.stringify(caller.on)).toContain('schedule');
});

test("the README's workflow snippets use the same versions and keep no credentials", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const snippets = [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]).filter((s) => /^\s*-?\s*uses: /m.test(s));
  expect(snippets.length).toBeGreaterThan(0);
  for (const snippet of snippets) {
    const steps = parse(snippet) as Step[];
    for (const step of steps) {
      if (!step.uses) continue;
      const [name, ref] = action(step.uses);
      expect([step.uses, ref]).toEqual([step.uses, MAJORS[name]]);
      if (name === 'actions/checkout') expect([step.uses, step.with?.['persist-credentials']]).toEqual([step.uses, false]);
    }
  }
});
