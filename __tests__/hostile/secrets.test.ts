/**
 * Credentials written in many styles (.env, git's `http.extraheader`, compose environment map
 * and list, quoted and plain, a YAML block scalar, openclaw's JSON5 `apiKey` in single quotes)
 * sit in finding messages (a policy that judges them as integers, `user:`) and on the lines
 * code frames and suggestions show. Every channel of the CLI and of the Action prints the
 * findings, and none of them prints a secret; a short label (the key, `ghp_`, `Bearer`) and
 * the model ids stay readable.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../src/action/run.js';
import { startFakeGitHub } from '../support/fake-github.js';
import type { FakeGitHub } from '../support/fake-github.js';
import { addedFile, prRoutes } from '../support/action-run.js';
import { cli } from '../support/cli.js';
import { tempTree } from '../support/tmp.js';

const B64 = 'eHgtYWNjZXNzLXRva2VuOmdoc19RcTFXdzJFZTNScjRUdDVZeTZVdTdJaThPbzk=';

/** Each secret, how it is written, and what a reader still sees in its place. */
const SECRETS = [
  { style: '.env, plain, read through ${OPENAI_API_KEY}', secret: 'correct-horse-battery-staple', label: 'OPENAI_API_KEY is "[redacted]"' },
  { style: 'git config http.extraheader in an env_file', secret: B64, label: 'extraheader is "AUTHORIZATION: basic [redacted]"' },
  { style: 'compose map, double-quoted GitHub token', secret: 'ghp_Qq1Ww2Ee3Rr4Tt5Yy6Uu7Ii8Oo9Pp0Aa1Ss2', label: 'GITHUB_TOKEN is "[redacted]"' },
  { style: 'compose map, plain JWT under a neutral name', secret: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjbGF3In0.c2lnbmF0dXJlLXNpZw', label: 'SESSION is "eyJ[redacted]"' },
  { style: 'compose map, AWS key id', secret: 'AKIAQWERTYUIOPASDFGH', label: 'AWS_ID is "AKIA[redacted]"' },
  { style: 'compose map, Bearer header in a value', secret: 'Zk9mT2tlbkZvckJlYXJlcjEyMw', label: 'HEADERS is "Authorization: Bearer [redacted]"' },
  { style: 'user: an OpenAI-style key', secret: 'sk-proj-Zx9Qw8Er7Ty6Ui5Op4As3Df2', label: 'runs as user "sk-[redacted]"' },
  { style: 'YAML block scalar', secret: 'tr0ub4dor and 3 horses', label: 'DB_PASSWORD is "[redacted]"' },
  { style: 'compose list, double-quoted', secret: 'plain words secret', label: 'CLIENT_SECRET is "[redacted]"' },
  { style: 'compose list, plain, on a line a fix renames', secret: 'hunter2-but-longer', label: 'API_KEY is not read by the proxy' },
  { style: 'openclaw apiKey in JSON5 single quotes, on a line a fix edits', secret: 'open sesame 1234', label: "apiKey: '[redacted]'" },
];
const [ENV_KEY, EXTRAHEADER, GH_TOKEN, JWT, AWS, BEARER, SK, BLOCK, LISTED, RENAMED, APIKEY] = SECRETS.map((s) => s.secret);

const LONG_PORT = 'a port value that goes on and on, far longer than anyone needs to read';

const FILES: Record<string, string> = {
  '.clawcheck.yml': [
    'rules:',
    '  model-tiers:',
    '    options:',
    '      integers: [PORT, OPENAI_API_KEY, GITHUB_TOKEN, SESSION, AWS_ID, HEADERS, DB_PASSWORD, extraheader]',
    // In list/, OPENAI_API_KEY is what the rename fix writes: judging it as an integer would refuse the fix.
    'overrides:',
    '  - files: [list/**]',
    '    rules:',
    '      model-tiers:',
    '        options:',
    '          integers: [CLIENT_SECRET]',
    '',
  ].join('\n'),
  'deploy/.env': `OPENAI_API_KEY=${ENV_KEY}\n`,
  'deploy/creds.env': `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${EXTRAHEADER}\n`,
  'deploy/docker-compose.yml': [
    'services:',
    '  claude-code-proxy:',
    '    image: legard/claude-code-proxy:latest',
    `    user: "${SK}"`,
    '    env_file: creds.env',
    '    environment:',
    '      OPENAI_API_KEY: ${OPENAI_API_KEY}',
    '      OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1',
    '      BIG_MODEL: "zai-org/GLM-4.7"',
    '      MIDDLE_MODEL: openai/gpt-oss-120b',
    '      SMALL_MODEL: openai/gpt-oss-120b',
    '      DISABLE_THINKING: "true"',
    `      GITHUB_TOKEN: "${GH_TOKEN}"`,
    `      SESSION: ${JWT}`,
    `      AWS_ID: ${AWS}`,
    `      HEADERS: "Authorization: Bearer ${BEARER}"`,
    `      PORT: "${LONG_PORT}"`,
    '      DB_PASSWORD: |',
    `        ${BLOCK}`,
    '',
  ].join('\n'),
  'list/docker-compose.yml': [
    'services:',
    '  claude-code-proxy:',
    '    image: legard/claude-code-proxy:latest',
    '    environment:',
    `      - "CLIENT_SECRET=${LISTED}"`,
    `      - API_KEY=${RENAMED}`,
    '      - OPENAI_BASE_URL=https://foundation-models.api.cloud.ru/v1',
    '      - BIG_MODEL=openai/gpt-oss-120b',
    '      - MIDDLE_MODEL=openai/gpt-oss-120b',
    '      - SMALL_MODEL=openai/gpt-oss-120b',
    '      - DISABLE_THINKING=true',
    '',
  ].join('\n'),
  'openclaw.json': [
    '{',
    '  models: {',
    '    providers: {',
    `      'cloudru-fm': { baseUrl: 'https://foundation-models.api.cloud.ru/v1', apiKey: '${APIKEY}', models: [{ id: 'zai-org/GLM-4.7', name: 'GLM' }] },`,
    '    },',
    '  },',
    '}',
    '',
  ].join('\n'),
};

const R = '/repos/octo/deploy';
let root: string;
let gh: FakeGitHub;
/** Everything each channel printed or sent, by channel name. */
const outputs: Record<string, string> = {};

/** The Action on a pull request that adds every file: check run, review, summary, outputs, SARIF file, log. */
async function actionRun(inputs: Record<string, string>): Promise<Record<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'clawcheck-runner-'));
  writeFileSync(join(dir, 'event.json'), JSON.stringify({ number: 7, pull_request: { number: 7, head: { sha: 'b'.repeat(40), ref: 'proxy', repo: { full_name: 'octo/deploy' } }, base: { ref: 'main', repo: { full_name: 'octo/deploy' } } } }));
  const env: Record<string, string> = {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: 'octo/deploy',
    GITHUB_SHA: 'b'.repeat(40),
    GITHUB_WORKSPACE: root,
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const seen = { log: '', written: '', outputs: '', summary: '', failed: '' };
  const before = gh.requests.length;
  await runAction(
    env,
    {
      info: (m) => (seen.log += m + '\n'),
      notice: (m) => (seen.log += m + '\n'),
      warning: (m) => (seen.log += m + '\n'),
      write: (t) => (seen.written += t),
      setOutput: (n, v) => (seen.outputs += `${n}=${String(v)}\n`),
      appendSummary: (md) => (seen.summary += md),
      setFailed: (m) => (seen.failed += m + '\n'),
    },
    { retries: 0, throttle: false },
  );
  const requests = gh.requests.slice(before).map((q) => `${q.method} ${q.path} ${JSON.stringify(q.body ?? '')}`).join('\n');
  return { ...seen, requests };
}

beforeAll(async () => {
  root = tempTree(FILES);
  gh = await startFakeGitHub(prRoutes(Object.entries(FILES).map(([filename, text]) => addedFile(filename, text))));
  for (const format of ['stylish', 'json', 'sarif', 'github', 'junit', 'codeclimate']) outputs[`cli --format ${format}`] = (await cli(root, ['--format', format])).stdout;
  outputs['cli --fix-dry-run'] = (await cli(root, ['--fix-dry-run', '--fix-type', 'suggestion'])).stdout;
  outputs['cli --fix-dry-run --format json'] = (await cli(root, ['--fix-dry-run', '--fix-type', 'suggestion', '--format', 'json'])).stdout;
  const checks = await actionRun({ token: 't0ken', 'sarif-file': 'out.sarif' });
  for (const [part, text] of Object.entries(checks)) outputs[`action (checks): ${part}`] = text;
  outputs['action: SARIF file'] = readFileSync(join(root, 'out.sarif'), 'utf8');
  const commands = await actionRun({ token: 't0ken', annotations: 'commands' });
  for (const [part, text] of Object.entries(commands)) outputs[`action (commands): ${part}`] = text;
}, 60_000);

afterAll(async () => {
  await gh?.close();
});

it('the secrets are where findings point, so code frames and suggestions would show them', async () => {
  const report = JSON.parse(outputs['cli --format json']) as { findings: Array<{ file: string; line: number; ruleId: string; message: string }> };
  const onLine = (f: { file: string; line: number }) => FILES[f.file].split('\n')[f.line - 1];
  // Every secret but the block scalar's sits on a reported line; that one is the value a finding quotes.
  for (const s of SECRETS.filter((x) => x.secret !== BLOCK)) expect([s.style, report.findings.some((f) => onLine(f).includes(s.secret))]).toEqual([s.style, true]);
  expect(report.findings.filter((f) => f.file === 'deploy/docker-compose.yml' && f.line === 18).map((f) => f.ruleId)).toEqual(['model-tiers']);
  // The review was asked for, and suggestions on lines without secrets still go out.
  expect(outputs['action (checks): requests']).toMatch(/POST \/repos\/octo\/deploy\/pulls\/7\/reviews .*```suggestion/);
});

const CHANNELS = Object.keys({
  'cli --format stylish': 1,
  'cli --format json': 1,
  'cli --format sarif': 1,
  'cli --format github': 1,
  'cli --fix-dry-run': 1,
  'cli --fix-dry-run --format json': 1,
  'action (checks): requests': 1,
  'action (checks): summary': 1,
  'action (checks): outputs': 1,
  'action (checks): log': 1,
  'action (checks): failed': 1,
  'action: SARIF file': 1,
  'action (commands): written': 1,
  'action (commands): requests': 1,
  'action (commands): summary': 1,
});

describe.each(CHANNELS)('%s', (channel) => {
  it.each(SECRETS)('never prints the $style secret', ({ secret }) => {
    expect(outputs[channel]).toBeDefined();
    expect(outputs[channel]).not.toContain(secret);
    // Nor a piece of it long enough to matter.
    if (secret.length > 24) expect(outputs[channel]).not.toContain(secret.slice(4, 24));
  });
});

describe('what stays readable', () => {
  it('stylish: messages keep the key and the kind of credential; code frames show the line with the secret redacted', () => {
    const out = outputs['cli --format stylish'];
    for (const s of SECRETS) expect([s.style, out.includes(s.label)]).toEqual([s.style, true]);
    expect(out).toContain('  2 |     extraheader = AUTHORIZATION: basic [redacted]\n'); // the tab expanded
    expect(out).toContain('  6 |       - API_KEY=[redacted]\n    |         ^~~~~~~\n');
    expect(out).toContain(`  13 |       GITHUB_TOKEN: "[redacted]"\n     |                      ^~~~~~~~~~\n`);
    expect(out).toContain('BIG_MODEL uses "zai-org/GLM-4.7"');
  });

  it('a long value is quoted as its first 47 characters and an ellipsis', () => {
    const json = JSON.parse(outputs['cli --format json']) as { findings: Array<{ message: string }> };
    const port = json.findings.find((f) => f.message.startsWith('PORT is'))!;
    expect(port.message).toBe(`PORT is "${LONG_PORT.slice(0, 47)}…", not an integer; the proxy crashes at start`);
  });

  it('review: no suggestion that would copy a secret (the rename and the openclaw id go to the body); removing a line is still suggested', () => {
    const review = JSON.parse(outputs['action (checks): requests'].split('\n').find((l) => l.startsWith(`POST ${R}/pulls/7/reviews `))!.slice(`POST ${R}/pulls/7/reviews `.length));
    const lines = review.comments.map((c: { path: string; line: number }) => `${c.path}:${c.line}`);
    expect(lines).not.toContain('list/docker-compose.yml:6');
    expect(lines).not.toContain('openclaw.json:4');
    expect(lines).toContain('deploy/docker-compose.yml:9'); // BIG_MODEL: a model id, no secret on its line
    expect(lines).toContain('deploy/docker-compose.yml:4'); // removes `user: "sk-…"`: the suggestion block is empty
    expect(review.body).toContain('rename API\\_KEY to OPENAI\\_API\\_KEY');
  });

  it('diffs (dry run, job summary) show the fixed lines with their secrets redacted; JSON withholds edits that carry one', () => {
    expect(outputs['cli --fix-dry-run']).toContain('-      - API_KEY=[redacted]\n+      - OPENAI_API_KEY=[redacted]\n');
    expect(outputs['action (checks): summary']).toContain("-      'cloudru-fm': { baseUrl: 'https://foundation-models.api.cloud.ru/v1', apiKey: '[redacted]', models: [{ id: 'zai-org/GLM-4.7'");
    const fixes = JSON.parse(outputs['cli --fix-dry-run --format json']).fixes as Array<{ file: string; edits: unknown[]; editsWithheld?: true }>;
    expect(fixes.map((f) => [f.file, f.edits.length, f.editsWithheld ?? false])).toEqual([
      ['deploy/docker-compose.yml', 2, false],
      ['list/docker-compose.yml', 0, true],
      ['openclaw.json', 0, true],
    ]);
  });
});
