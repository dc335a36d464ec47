// The organisation audit's figures for `npm run bench`: a fake GitHub on 127.0.0.1 serving 300
// generated repositories (compose, openclaw and .env files from gen-corpus.mjs, plus the
// unrelated files a real repository has: sources, docs, a workflow, a binary asset), each
// tarball built on the fly, scanned by the bundled CLI on one shard.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { generateCorpus, prng } from './gen-corpus.mjs';
import { tarGz } from './tar-gz.mjs';

export const ORG_REPOS = 300;
export const ORG_CONCURRENCY = 4;
/** Added to every API answer and download, to show what latency does to a shard (0: the CPU cost alone). */
export const ORG_LATENCY_MS = 50;
const ORG = 'bench';
/** The heap limit of the runs that show memory is flat: far below what 300 repositories would need if any were kept. */
const HEAP_CAP_MB = 64;

/** 300 repositories: the corpus's project folders dealt out, and around them files no check reads. */
function repositories(tmp) {
  const root = join(tmp, 'org-corpus');
  const corpus = generateCorpus(root, { seed: 20260215, minComposeFiles: 1200 });
  const byProject = new Map();
  for (const rel of corpus.files) {
    const project = rel.split('/').slice(0, 2).join('/');
    if (!byProject.has(project)) byProject.set(project, []);
    byProject.get(project).push({ path: rel, data: readFileSync(join(root, rel)) });
  }
  const r = prng(7);
  const repos = Array.from({ length: ORG_REPOS }, (_, i) => ({ name: `svc-${String(i).padStart(3, '0')}`, entries: [] }));
  [...byProject.values()].forEach((files, i) => repos[i % ORG_REPOS].entries.push(...files));
  const filler = (n) => Buffer.from(Array.from({ length: n }, () => 'const value = compute(input, options); // ' + r.int(0, 1e9)).join('\n'));
  for (const repo of repos) {
    repo.entries.push(
      { path: 'README.md', data: `# ${repo.name}\n\n` + 'Service documentation. '.repeat(r.int(20, 200)) },
      { path: 'package.json', data: JSON.stringify({ name: repo.name, version: '1.0.0', dependencies: { express: '^4' } }, null, 2) },
      { path: '.github/workflows/ci.yml', data: 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n' },
      { path: 'assets/logo.png', data: createHash('sha512').update(repo.name).digest().subarray(0, 64).toString('hex').repeat(r.int(50, 400)) },
      ...Array.from({ length: r.int(10, 60) }, (_, k) => ({ path: `src/module-${k}.js`, data: filler(r.int(20, 120)) })),
      ...Array.from({ length: r.int(0, 8) }, (_, k) => ({ path: `docs/page-${k}.md`, data: 'Text. '.repeat(r.int(50, 500)) })),
    );
    repo.size = Math.ceil(repo.entries.reduce((n, e) => n + e.data.length, 0) / 1024);
    repo.sha = createHash('sha1').update(repo.name).digest('hex');
  }
  rmSync(root, { recursive: true, force: true });
  return repos;
}

function fakeGitHub(repos, latencyMs) {
  const counts = { list: 0, commit: 0, tarball: 0, download: 0, other: 0 };
  const byName = new Map(repos.map((r) => [r.name, r]));
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const send = (status, body, headers = {}) =>
      setTimeout(() => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(body);
      }, latencyMs);
    let m;
    if ((m = /^\/orgs\/bench\/repos$/.exec(url.pathname))) {
      counts.list++;
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const last = Math.ceil(repos.length / perPage);
      const link = page < last ? { link: `<http://${req.headers.host}/orgs/bench/repos?type=all&per_page=${perPage}&page=${page + 1}>; rel="next"` } : {};
      const body = repos.slice((page - 1) * perPage, page * perPage).map((r) => ({ name: r.name, full_name: `${ORG}/${r.name}`, default_branch: 'main', size: r.size, archived: false, fork: false, disabled: false, topics: [] }));
      return send(200, JSON.stringify(body), link);
    }
    if ((m = /^\/repos\/bench\/([^/]+)\/commits\/main$/.exec(url.pathname)) && byName.has(m[1])) {
      counts.commit++;
      return send(200, byName.get(m[1]).sha, { 'content-type': 'application/vnd.github.sha; charset=utf-8' });
    }
    if ((m = /^\/repos\/bench\/([^/]+)\/tarball\/([0-9a-f]+)$/.exec(url.pathname)) && byName.has(m[1])) {
      counts.tarball++;
      return send(302, '', { location: `http://${req.headers.host}/_codeload/bench/${m[1]}/legacy.tar.gz/${m[2]}?token=x` });
    }
    if ((m = /^\/_codeload\/bench\/([^/]+)\/legacy\.tar\.gz\/([0-9a-f]+)$/.exec(url.pathname)) && byName.has(m[1])) {
      counts.download++;
      const repo = byName.get(m[1]);
      return send(200, tarGz(repo.entries, { top: `${ORG}-${repo.name}-${repo.sha.slice(0, 7)}`, commit: repo.sha }), { 'content-type': 'application/x-gzip' });
    }
    counts.other++;
    send(404, JSON.stringify({ message: 'Not Found' }));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}`, counts })));
}

/** The CLI as a child process (not spawnSync: the fake answers from this process), with its peak RSS. */
function runCli(cli, args, cwd, env, tmp, nodeFlags = []) {
  const rssFile = join(tmp, `org-rss-${process.hrtime.bigint()}.txt`);
  const preload = join(tmp, 'org-rss-preload.cjs');
  writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(process.env.ORG_RSS_FILE, String(process.resourceUsage().maxRSS)));\n`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...nodeFlags, '-r', preload, cli, ...args], { cwd, env: { ...process.env, ...env, ORG_RSS_FILE: rssFile }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.stdout.resume();
    child.on('close', (code) => {
      const wall = performance.now() - started;
      if (code !== 0) return reject(new Error(`clawcheck ${args.join(' ')} exited with ${code}\n${stderr.slice(-2000)}`));
      const rss = Number(readFileSync(rssFile, 'utf8')) * 1024;
      resolve({ wall, rss, stderr });
    });
  });
}

const mib = (b) => `${(b / 1048576).toFixed(1)} MiB`;

/** Rows: repositories per minute on one shard, requests per repository, peak RSS at 100 and 300 repositories, and the projection for 5 000 on 20 shards. */
export async function orgRows(row, cli, tmp, ms) {
  const dir = join(tmp, 'org');
  mkdirSync(dir, { recursive: true });
  const repos = repositories(tmp);
  const files = repos.reduce((n, r) => n + r.entries.length, 0);
  for (const latency of [0, ORG_LATENCY_MS]) {
    const { server, url, counts } = await fakeGitHub(repos, latency);
    try {
      const env = { GITHUB_TOKEN: 'bench-token', GITHUB_API_URL: url };
      const plan = await runCli(cli, ['org', 'plan', '--org', ORG, '--shards', '1', '--output', 'plan.json'], dir, env, tmp);
      const listed = counts.list;
      const whole = JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8'));
      writeFileSync(join(dir, 'plan-100.json'), JSON.stringify({ shards: [{ index: 0, repos: whole.shards[0].repos.slice(0, 100) }], matrix: { shard: [0] } }));
      const scan = (planFile, out, flags) => runCli(cli, ['org', 'scan', '--plan', planFile, '--shard', '0', '--output-dir', out, '--concurrency', String(ORG_CONCURRENCY)], dir, env, tmp, flags);
      rmSync(join(dir, 'out-100'), { recursive: true, force: true });
      rmSync(join(dir, 'out-300'), { recursive: true, force: true });
      const small = await scan('plan-100.json', 'out-100');
      const before = { ...counts };
      const big = await scan('plan.json', 'out-300');
      const requests = Object.keys(counts).reduce((n, k) => n + counts[k] - before[k], 0);
      const resumedBefore = { ...counts };
      const resumed = await scan('plan.json', 'out-300');
      const resumedRequests = Object.keys(counts).reduce((n, k) => n + counts[k] - resumedBefore[k], 0);
      const perMinute = (ORG_REPOS / big.wall) * 60_000;
      const findings = big.stderr.match(/; (\d+) findings\n/)?.[1] ?? '?';
      const label = latency ? `${latency} ms latency per request` : 'no latency';
      row(`org: scan ${ORG_REPOS} repositories, one shard, concurrency ${ORG_CONCURRENCY}, ${label}`, ms(big.wall), `${perMinute.toFixed(0)} repositories/min; ${files} files in the tarballs, ${findings} findings`);
      row(`org: requests per repository (${label})`, (requests / ORG_REPOS).toFixed(2), `target 3 = the tarball (API redirect + download) + 1 commit lookup; ${(resumedRequests / ORG_REPOS).toFixed(2)} on a resumed scan (${ms(resumed.wall)}); plan: ${listed} list requests, ${ms(plan.wall)}`);
      if (!latency) {
        // Without a cap V8 grows its heap before collecting it; with one, the live memory shows.
        const capped = [];
        for (const [file, out] of [['plan-100.json', 'out-100c'], ['plan.json', 'out-300c']]) capped.push((await scan(file, out, [`--max-old-space-size=${HEAP_CAP_MB}`])).rss);
        row('org: peak RSS, 100 vs 300 repositories', `${mib(small.rss)} / ${mib(big.rss)}`, `${(big.rss / small.rss).toFixed(2)}x for 3x the repositories; with the heap capped at ${HEAP_CAP_MB} MB: ${mib(capped[0])} / ${mib(capped[1])} (${(capped[1] / capped[0]).toFixed(2)}x), target flat`);
      } else {
        // 5 000 repositories on 20 shards: 250 a shard at this rate, plus the plan (50 list pages) and the report.
        const shardMs = (250 / perMinute) * 60_000;
        const planMs = plan.wall + (50 - listed) * latency;
        row('org: projected 5 000 repositories on 20 shards', ms(planMs + shardMs), `${ms(shardMs)} a shard (250 repositories at ${perMinute.toFixed(0)}/min with ${latency} ms latency) + ${ms(planMs)} for the plan; add each job's start-up (checkout, setup-node) and the report`);
      }
    } finally {
      server.close();
    }
  }
}
