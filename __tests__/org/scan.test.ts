import '../support/openclaw-schema.js';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../src/core/check.js';
import { loadPolicy } from '../../src/policy/load.js';
import { PolicyFinder } from '../../src/policy/zones.js';
import { buildJsonReport } from '../../src/report/json.js';
import { tarGz } from '../../scripts/lib/tar-gz.mjs';
import { testClock } from '../support/clock.js';
import { fakeOrg } from '../support/fake-org.js';
import type { FakeOrg, FakeRepo } from '../support/fake-org.js';
import { tempTree } from '../support/tmp.js';
import { orgCli } from './helpers.js';

let org: FakeOrg | undefined;
afterEach(async () => {
  await org?.gh.close();
  org = undefined;
});

const PROXY_FILES = {
  'deploy/docker-compose.yml': 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:v1.0.0\n    env_file: .env\n    environment:\n      OPENAI_API_KEY: ${KEY}\n      OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1\n',
  'deploy/.env': 'BIG_MODEL=zai-org/GLM-4.7\nMIDDLE_MODEL=openai/gpt-oss-120b\nSMALL_MODEL=openai/gpt-oss-120b\nDISABLE_THINKING=false\n',
  'agent/openclaw.json': '{ $include: "./providers.json5", agents: { defaults: { model: { primary: "fm/zai-org/GLM-4.7" } } } }\n',
  'agent/providers.json5': '{ models: { providers: { fm: { baseUrl: "https://foundation-models.api.cloud.ru/v1", apiKey: "${FM_KEY}", api: "openai-completions", models: [{ id: "zai-org/GLM-4.7", name: "GLM" }] } } } }\n',
  'node_modules/x/docker-compose.yml': 'services:\n  p:\n    image: legard/claude-code-proxy:v1.0.0\n',
  'src/index.js': 'console.log(1)\n',
  'package.json': '{ "name": "x" }\n',
};
const CLEAN = 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:latest\n    environment:\n      OPENAI_API_KEY: ${KEY}\n      OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1\n      BIG_MODEL: openai/gpt-oss-120b\n      MIDDLE_MODEL: openai/gpt-oss-120b\n      SMALL_MODEL: openai/gpt-oss-120b\n      DISABLE_THINKING: "true"\n';

function repos(): FakeRepo[] {
  return [
    { name: 'proxy', files: PROXY_FILES },
    { name: 'clean', defaultBranch: 'release/2.x', files: { 'compose.yaml': CLEAN } },
    { name: 'own-policy', files: { '.clawcheck.yml': 'rules:\n  proxy-image-tag: off\n', 'compose.yaml': CLEAN.replace(':latest', ':v1.0.0'), 'legacy/.clawcheck.yml': 'exclude: ["**"]\n', 'legacy/compose.yaml': 'x: [' } },
    { name: 'gone' },
    { name: 'empty', state: 'empty' },
    { name: 'blocked', state: 'blocked' },
    { name: 'huge', files: [{ path: 'blob.bin', data: randomBytes(300_000) }] },
    { name: 'huge-announced', files: [{ path: 'blob.bin', data: randomBytes(300_000) }], contentLength: true },
    { name: 'evil', tarball: tarGz([{ path: 'ok/compose.yaml', data: CLEAN }, { path: '../../etc/compose.yaml', data: CLEAN }], { top: 'acme-evil-1234567' }) },
    { name: 'bomb', tarball: tarGz([{ path: 'zeros.bin', data: Buffer.alloc(3_300_000) }], { top: 'acme-bomb-1234567', level: 9 }) },
  ];
}

const planOf = (names: string[], branches: Record<string, string> = { clean: 'release/2.x' }) =>
  JSON.stringify({ shards: [{ index: 0, repos: [] }, { index: 1, repos: names.map((n) => ({ fullName: `acme/${n}`, defaultBranch: branches[n] ?? 'main', size: 1 })) }], matrix: { shard: [0, 1] } });

const result = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, `acme__${name}.json`), 'utf8'));

test('a shard with every outcome: judged as a checkout would be, or a result that says why not; the shard goes on', async () => {
  org = await fakeOrg(repos());
  const names = org.repos.map((r) => r.name);
  const cwd = tempTree({ 'plan.json': planOf(names) });
  org.repos.find((r) => r.name === 'gone')!.state = 'deleted'; // deleted between plan and scan
  const run = await orgCli(cwd, org.gh.url)('scan', '--plan', 'plan.json', '--shard', '1', '--output-dir', 'out', '--concurrency', '1', '--max-tarball-bytes', '200000');
  expect(run.code).toBe(0);
  const sha = (n: string) => org!.sha(n);
  const judged = (n: string) => [`GET /repos/acme/${n}/commits/${n === 'clean' ? 'release/2.x' : 'main'}`, `GET /repos/acme/${n}/tarball/${sha(n)}`, `GET /_codeload/acme/${n}/legacy.tar.gz/${sha(n)}`];
  expect(org.calls()).toEqual([
    ...judged('proxy'),
    ...judged('clean'),
    ...judged('own-policy'),
    'GET /repos/acme/gone/commits/main',
    'GET /repos/acme/empty/commits/main',
    'GET /repos/acme/blocked/commits/main',
    ...judged('huge'),
    ...judged('huge-announced'),
    ...judged('evil'),
    ...judged('bomb'),
  ]);
  // The commit is asked for as a bare SHA; the download carries no token of ours.
  expect(org.gh.requests.filter((r) => r.path.includes('/commits/')).map((r) => r.headers.accept)).toEqual(Array(10).fill('application/vnd.github.v3.sha'));
  expect(org.gh.requests.filter((r) => r.path.startsWith('/_codeload/')).map((r) => r.headers.authorization)).toEqual(Array(7).fill(undefined));
  expect(org.gh.requests.filter((r) => r.path.includes('/tarball/')).map((r) => r.headers.authorization)).toEqual(Array(7).fill('token ghs_test'));

  const dir = join(cwd, 'out');
  expect(readdirSync(dir).sort()).toEqual([
    ...['blocked', 'bomb', 'clean', 'empty', 'evil', 'gone', 'huge-announced', 'huge', 'own-policy', 'proxy'].flatMap((n) => [`acme__${n}.json`, ...(['clean', 'own-policy', 'proxy'].includes(n) ? [`acme__${n}.sarif`] : [])]),
  ]);
  const outcome = (n: string) => {
    const r = result(dir, n);
    return [r.status, r.commit, r.reason ?? null, r.message ?? null];
  };
  expect(names.map((n) => [n, ...outcome(n)])).toEqual([
    ['proxy', 'scanned', sha('proxy'), null, null],
    ['clean', 'scanned', sha('clean'), null, null],
    ['own-policy', 'scanned', sha('own-policy'), null, null],
    ['gone', 'failed', null, 'not-found', 'the repository or its default branch "main" no longer exists, or the token cannot read it (HTTP 404)'],
    ['empty', 'failed', null, 'empty', 'the repository is empty (HTTP 409)'],
    ['blocked', 'failed', null, 'unavailable', 'the repository is unavailable for legal reasons (HTTP 451)'],
    ['huge', 'failed', sha('huge'), 'too-large', 'the tarball is larger than the 0.2 MiB limit (--max-tarball-bytes)'],
    ['huge-announced', 'failed', sha('huge-announced'), 'too-large', 'the tarball is 0.3 MiB, larger than the 0.2 MiB limit (--max-tarball-bytes)'],
    ['evil', 'failed', sha('evil'), 'bad-tarball', 'the tarball has an entry outside its top folder (an absolute path or ..); nothing of it was checked'],
    ['bomb', 'failed', sha('bomb'), 'too-large', 'the tarball holds more than 3.1 MiB uncompressed'],
  ]);

  // The tarball is judged exactly as a checkout of the same files is.
  const checkout = tempTree(PROXY_FILES);
  const disk = buildJsonReport(await check({ root: checkout, cwd: checkout, policy: loadPolicy(checkout, undefined, checkout).policy, policies: new PolicyFinder(checkout, checkout) }));
  const proxy = result(dir, 'proxy');
  expect({ files: proxy.files, findings: proxy.findings, skipped: proxy.skipped }).toEqual(disk);
  expect(proxy.files).toEqual(['agent/openclaw.json', 'agent/providers.json5', 'deploy/.env', 'deploy/docker-compose.yml']);
  expect(proxy.findings.map((f: { ruleId: string; file: string; line: number }) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual([
    'banned-model agent/openclaw.json:1',
    'banned-model agent/providers.json5:1',
    'banned-model deploy/.env:1',
    'disable-thinking deploy/.env:4',
    'proxy-image-tag deploy/docker-compose.yml:3',
  ]);
  expect(result(dir, 'clean')).toMatchObject({ files: ['compose.yaml'], findings: [], skipped: [] });
  // The repository's own policy turns the rule off; the nested one excludes its folder.
  expect(result(dir, 'own-policy')).toMatchObject({ files: ['compose.yaml'], findings: [], skipped: [] });
  const sarif = JSON.parse(readFileSync(join(dir, 'acme__proxy.sarif'), 'utf8'));
  expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['banned-model', 'banned-model', 'banned-model', 'disable-thinking', 'proxy-image-tag']);
  expect(run.stderr).not.toContain('SECRETDOWNLOADTOKEN');
  expect(run.stderr.split('\n').slice(-2)).toEqual(['clawcheck: shard 1: 10 repositories, 3 judged, 0 already judged, 7 not scanned; 5 findings', '']);
});

test('resumed: a result for the same commit is kept (no tarball asked), a half-written file is ignored, a new commit is judged', async () => {
  org = await fakeOrg(repos().filter((r) => ['proxy', 'clean', 'huge', 'empty'].includes(r.name)));
  const cwd = tempTree({ 'plan.json': planOf(['proxy', 'clean', 'huge', 'empty']) });
  const scan = orgCli(cwd, org.gh.url);
  const args = ['scan', '--plan', 'plan.json', '--shard', '1', '--output-dir', 'out', '--concurrency', '1', '--max-tarball-bytes', '200000'];
  expect((await scan(...args)).code).toBe(0);
  const dir = join(cwd, 'out');
  const first = readFileSync(join(dir, 'acme__proxy.json'), 'utf8');
  // A scan killed while writing leaves a temporary file beside the results; one killed before
  // the JSON leaves the SARIF alone.
  writeFileSync(join(dir, '.acme__clean.json.clawcheck-0badf00d.tmp'), '{"repository": "acme/cl');
  writeFileSync(join(dir, 'acme__clean.json'), '{"repository": "acme/clean", "commit": ');
  const before = org.gh.requests.length;
  const again = await scan(...args);
  expect(again.code).toBe(0);
  expect(org.calls().slice(before)).toEqual([
    'GET /repos/acme/proxy/commits/main',
    'GET /repos/acme/clean/commits/release/2.x',
    `GET /repos/acme/clean/tarball/${org.sha('clean')}`,
    `GET /_codeload/acme/clean/legacy.tar.gz/${org.sha('clean')}`,
    'GET /repos/acme/huge/commits/main', // too large at this commit: not downloaded again
    'GET /repos/acme/empty/commits/main',
  ]);
  expect(again.stderr.split('\n')[0]).toBe('clawcheck: removed 1 half-written result file of an earlier run');
  expect(readFileSync(join(dir, 'acme__proxy.json'), 'utf8')).toBe(first);
  expect(result(dir, 'clean')).toMatchObject({ status: 'scanned', commit: org.sha('clean') });
  expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);

  // A new commit on the default branch: judged again, and only that repository.
  org.repos.find((r) => r.name === 'proxy')!.revision = 1;
  org.repos.find((r) => r.name === 'proxy')!.files = { ...PROXY_FILES, 'deploy/.env': 'BIG_MODEL=openai/gpt-oss-120b\nMIDDLE_MODEL=openai/gpt-oss-120b\nSMALL_MODEL=openai/gpt-oss-120b\nDISABLE_THINKING=true\n' };
  const third = org.gh.requests.length;
  expect((await scan(...args)).code).toBe(0);
  expect(org.calls().slice(third).filter((c) => !c.includes('/commits/'))).toEqual([`GET /repos/acme/proxy/tarball/${org.sha('proxy')}`, `GET /_codeload/acme/proxy/legacy.tar.gz/${org.sha('proxy')}`]);
  expect(result(dir, 'proxy').findings.map((f: { ruleId: string; file: string }) => `${f.ruleId} ${f.file}`)).toEqual(['banned-model agent/openclaw.json', 'banned-model agent/providers.json5', 'proxy-image-tag deploy/docker-compose.yml']);
});

test('a secondary rate limit on the tarball is waited for with Retry-After, then the shard goes on', async () => {
  let limited = 0;
  org = await fakeOrg([{ name: 'a', files: { 'compose.yaml': CLEAN } }, { name: 'b', files: { 'compose.yaml': CLEAN } }], {
    intercept: (req) => (req.path.includes('/tarball/') && limited++ === 0 ? { status: 403, headers: { 'retry-after': '42' }, body: { message: 'You have exceeded a secondary rate limit.' } } : undefined),
  });
  const clock = testClock();
  const cwd = tempTree({ 'plan.json': planOf(['a', 'b']) });
  const run = await orgCli(cwd, org.gh.url, clock)('scan', '--plan', 'plan.json', '--shard', '1', '--output-dir', 'out', '--concurrency', '1');
  expect(run.code).toBe(0);
  expect(clock.sleeps).toEqual([42_000]);
  expect(org.calls().filter((c) => c.includes('/tarball/'))).toEqual([`GET /repos/acme/a/tarball/${org.sha('a')}`, `GET /repos/acme/a/tarball/${org.sha('a')}`, `GET /repos/acme/b/tarball/${org.sha('b')}`]);
  expect(['a', 'b'].map((n) => result(join(cwd, 'out'), n).status)).toEqual(['scanned', 'scanned']);
});

test('never writes through a link: an output folder that is one, or a link planted at a result', async () => {
  org = await fakeOrg([{ name: 'a', files: { 'compose.yaml': CLEAN } }]);
  const cwd = tempTree({ 'plan.json': planOf(['a']), 'elsewhere/keep.txt': 'mine\n' });
  symlinkSync(join(cwd, 'elsewhere'), join(cwd, 'out'));
  const scan = orgCli(cwd, org.gh.url);
  expect(await scan('scan', '--plan', 'plan.json', '--shard', '1', '--output-dir', 'out')).toEqual({ code: 2, stdout: '', stderr: 'clawcheck: out is a symbolic link; clawcheck does not write through links\n' });
  mkdirSync(join(cwd, 'real'));
  symlinkSync(join(cwd, 'elsewhere', 'keep.txt'), join(cwd, 'real', 'acme__a.json'));
  const planted = await scan('scan', '--plan', 'plan.json', '--shard', '1', '--output-dir', 'real');
  expect([planted.code, planted.stderr.split('\n').slice(-2)[0]]).toEqual([2, 'clawcheck: acme__a.json is a symbolic link; clawcheck does not write through links']);
  expect(readFileSync(join(cwd, 'elsewhere', 'keep.txt'), 'utf8')).toBe('mine\n');
  expect(readdirSync(join(cwd, 'elsewhere'))).toEqual(['keep.txt']);
});

test('--config names one policy for every repository, over each one\'s own', async () => {
  org = await fakeOrg([{ name: 'own-policy', files: { '.clawcheck.yml': 'rules:\n  proxy-image-tag: off\n', 'compose.yaml': CLEAN.replace(':latest', ':v1.0.0') } }]);
  const cwd = tempTree({ 'plan.json': planOf(['own-policy']), 'org-policy.yml': 'rules:\n  proxy-image-tag: error\n' });
  const scan = orgCli(cwd, org.gh.url);
  expect((await scan('scan', '--plan', 'plan.json', '--shard', '1', '--output-dir', 'own')).code).toBe(0);
  expect(result(join(cwd, 'own'), 'own-policy').findings).toEqual([]);
  expect((await scan('scan', '--plan', 'plan.json', '--shard', '1', '--output-dir', 'central', '--config', 'org-policy.yml')).code).toBe(0);
  expect(result(join(cwd, 'central'), 'own-policy').findings.map((f: { ruleId: string; line: number }) => [f.ruleId, f.line])).toEqual([['proxy-image-tag', 3]]);
  expect(await scan('scan', '--plan', 'plan.json', '--shard', '1', '--output-dir', 'x', '--config', 'missing.yml')).toEqual({ code: 2, stdout: '', stderr: 'clawcheck: --config missing.yml: no such file\n' });
  expect(org.calls().filter((c) => c.includes('/tarball/'))).toHaveLength(2);
});
