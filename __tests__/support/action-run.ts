/** runAction in this process, against a fake GitHub: what the runner would see, call by call. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../src/action/run.js';
import type { ActionIO } from '../../src/action/run.js';
import type { Route } from './fake-github.js';
import { checkRunBody, pullFileBody, reviewBody } from './github-bodies.js';

export const R = '/repos/octo/deploy';

export interface Captured {
  io: ActionIO;
  infos: string[];
  notices: string[];
  warnings: string[];
  debugs: string[];
  written: string;
  outputs: Record<string, string | number>;
  summary: string;
  failed: string[];
}

export function capture(): Captured {
  const c: Captured = {
    infos: [],
    notices: [],
    warnings: [],
    debugs: [],
    written: '',
    outputs: {},
    summary: '',
    failed: [],
    io: {
      info: (m) => c.infos.push(m),
      notice: (m) => c.notices.push(m),
      warning: (m) => c.warnings.push(m),
      write: (t) => (c.written += t),
      debug: (m) => c.debugs.push(m),
      setOutput: (n, v) => (c.outputs[n] = v),
      appendSummary: (md) => (c.summary += md),
      setFailed: (m) => c.failed.push(m),
    },
  };
  return c;
}

export async function runInProcess(options: {
  workspace: string;
  eventName: string;
  event: unknown;
  apiUrl: string;
  sha?: string;
  inputs: Record<string, string>;
  env?: Record<string, string>;
  /** Client settings; by default no retries and no pacing, so requests can be asserted one by one. */
  client?: Parameters<typeof runAction>[2];
}): Promise<Captured> {
  const dir = mkdtempSync(join(tmpdir(), 'clawcheck-runner-'));
  writeFileSync(join(dir, 'event.json'), JSON.stringify(options.event));
  const env: Record<string, string> = {
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: 'octo/deploy',
    GITHUB_SHA: options.sha ?? 'a'.repeat(40),
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
    RUNNER_TEMP: dir,
  };
  Object.assign(env, options.env ?? {});
  for (const [k, v] of Object.entries(options.inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const c = capture();
  await runAction(env, c.io, options.client ?? { retries: 0, throttle: false });
  return c;
}

/** The PR adds the whole of `text` at `path`. */
export function addedFile(path: string, text: string) {
  const lines = text.split('\n').slice(0, -1);
  return pullFileBody({ filename: path, status: 'added', patch: `@@ -0,0 +1,${lines.length} @@\n` + lines.map((l) => `+${l}`).join('\n') });
}

export const prEvent = (headSha: string) => ({
  number: 7,
  pull_request: { number: 7, head: { sha: headSha, ref: 'proxy', repo: { full_name: 'octo/deploy' } }, base: { ref: 'main', repo: { full_name: 'octo/deploy' } } },
});

export const prRoutes = (files: unknown[]): Route[] => [
  ['GET', `${R}/pulls/7/files`, () => ({ body: (files as Array<Parameters<typeof pullFileBody>[0]>).map(pullFileBody) })],
  ['POST', `${R}/check-runs`, () => ({ status: 201, body: checkRunBody({ id: 99 }) })],
  ['PATCH', `${R}/check-runs/99`, () => ({ body: checkRunBody({ id: 99 }) })],
  ['GET', `${R}/pulls/7/comments`, () => ({ body: [] })],
  ['GET', `${R}/pulls/7/reviews`, () => ({ body: [] })],
  ['POST', `${R}/pulls/7/reviews`, () => ({ body: reviewBody({ id: 5 }) })],
];

