#!/usr/bin/env node
// npm run oracle [-- --generated N] [-- --jobs N]
//
// The differential check against the real OpenClaw. For every pinned OpenClaw version it
// installs that release under Node 24 outside the project's dependencies
// (scripts/openclaw/install.mjs), runs `openclaw config validate --json` over every openclaw
// fixture (__tests__/fixtures/openclaw-oracle/, examples/) and over configs generated from
// OpenClaw's own schema, runs the bundled clawcheck (dist/cli/index.js) over the same files with
// that version in its policy, and fails on any file where the verdicts differ: OpenClaw accepts
// it and clawcheck reports a `schema` or `parse-error` finding, or OpenClaw rejects it and
// clawcheck reports none. For every fixture OpenClaw accepts, it also compares resolution: what
// `openclaw models status --json [--agent <id>]` resolves each agent's primary model to, against
// what clawcheck's own core resolves it to (scripts/openclaw/resolution-entry.ts, bundled with ncc
// into a temporary folder). It needs the npm registry once per version; it is not part of npm test.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundledEntry, pool } from './lib/oracle-kit.mjs';
import { ensureOpenclaw, openclawEnv } from './openclaw/install.mjs';
import { generatedConfigs } from './openclaw/generate-configs.mjs';
import { pinnedVersions, readExport } from './openclaw/regenerate.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opt } = parseArgs({ options: { generated: { type: 'string', default: '120' }, jobs: { type: 'string', default: '4' } } });
const cli = join(repo, 'dist', 'cli', 'index.js');
if (!existsSync(cli)) {
  console.error('oracle: dist/cli/index.js not found; run `npm run bundle` first.');
  process.exit(1);
}

/**
 * The openclaw fixtures, `{ name, files }` with files: name in the config's folder → text. In
 * __tests__/fixtures/openclaw-oracle/ each *.json5 is a config of its own and each folder is one
 * config of several files (its openclaw.json and what it $includes); examples/ adds its openclaw files.
 */
function fixtures() {
  const out = [];
  const oracle = join(repo, '__tests__', 'fixtures', 'openclaw-oracle');
  for (const e of existsSync(oracle) ? readdirSync(oracle, { withFileTypes: true }) : []) {
    const p = join(oracle, e.name);
    if (e.isFile() && e.name.endsWith('.json5')) out.push({ name: relative(repo, p), files: new Map([['openclaw.json', readFileSync(p, 'utf8')]]) });
    if (e.isDirectory()) out.push({ name: relative(repo, p), files: new Map(readdirSync(p).map((n) => [n, readFileSync(join(p, n), 'utf8')])) });
  }
  const walk = (dir) => {
    for (const e of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/^openclaw.*\.json5?$/.test(e.name)) out.push({ name: relative(repo, p), files: new Map([['openclaw.json', readFileSync(p, 'utf8')]]) });
    }
  };
  walk(join(repo, 'examples'));
  return out;
}

/**
 * One OpenClaw command with `--json`, a fresh HOME and nothing else of the caller's: its JSON
 * answer, or `{ unanswered }` with what it printed instead.
 */
function openclawJson(install, args, env) {
  return new Promise((resolveJson) => {
    const home = mkdtempSync(join(tmpdir(), 'clawcheck-oracle-home-'));
    const child = spawn(install.node, [install.entry, ...args, '--json'], { env: openclawEnv(install, home, env), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('close', () => {
      clearTimeout(timer);
      rmSync(home, { recursive: true, force: true });
      try {
        resolveJson(JSON.parse(out.slice(out.indexOf('{'))));
      } catch {
        resolveJson({ unanswered: `no JSON answer: ${out.slice(0, 200)}` });
      }
    });
  });
}

/** OpenClaw's verdict on one config file. */
async function openclawVerdict(install, file) {
  const j = await openclawJson(install, ['config', 'validate'], { OPENCLAW_CONFIG_PATH: file });
  if (j.unanswered) return { valid: undefined, issues: [j.unanswered] };
  return { valid: j.valid === true, issues: (j.issues ?? []).map((i) => `${i.path}: ${i.message}`) };
}

/** OpenClaw's resolved primary model for the defaults (agent undefined) or one agent. */
async function openclawPrimary(install, c, agent) {
  // models status resolves secrets: every ${VAR} the config names gets a placeholder.
  const vars = Object.fromEntries([...c.files.values()].flatMap((t) => [...t.matchAll(/\$\{([A-Z_][A-Z0-9_]*)\}/g)].map((m) => [m[1], 'oracle-placeholder'])));
  const j = await openclawJson(install, ['models', 'status', ...(agent ? ['--agent', agent] : [])], { ...vars, OPENCLAW_CONFIG_PATH: c.file });
  if (j.unanswered) return { error: j.unanswered };
  return j.ok === false ? { error: j.error?.message ?? 'failed' } : { primary: j.resolvedDefault ?? null };
}

/** clawcheck's resolver, bundled from its sources into a temporary folder. */
async function clawcheckResolver(work) {
  return (await bundledEntry(repo, 'scripts/openclaw/resolution-entry.ts', join(work, 'resolver'), 'the resolver')).resolvedPrimaries;
}

/** The id `--agent` takes for an agents.entries.<id> scope. */
function agentId(scope) {
  const m = /^agents\.entries(?:\.(.+)|\["(.+)"\])$/.exec(scope);
  if (m) return m[1] ?? JSON.parse(`"${m[2]}"`);
  return undefined;
}


let disagreements = 0;
for (const version of pinnedVersions()) {
  const install = ensureOpenclaw(version);
  const work = mkdtempSync(join(tmpdir(), 'clawcheck-oracle-'));
  const cases = fixtures();
  const fixtureCount = cases.length;
  cases.push(...generatedConfigs(readExport(version), Number(opt.generated)).map((c) => ({ name: `generated/${c.name}`, files: new Map([['openclaw.json', c.text]]) })));
  // One folder per config, its root file named openclaw.json, as discovery finds it.
  cases.forEach((c, i) => {
    c.dir = join(work, 'configs', String(i));
    mkdirSync(c.dir, { recursive: true });
    c.file = join(c.dir, 'openclaw.json');
    for (const [name, text] of c.files) writeFileSync(join(c.dir, name), text);
  });
  writeFileSync(join(work, 'policy.yml'), `openclaw:\n  version: "${version}"\n`);
  const run = spawnSync(process.execPath, [cli, '--format', 'json', '--config', join(work, 'policy.yml'), join(work, 'configs')], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status === 2 || run.status === 3) throw new Error(`clawcheck failed (${run.status}): ${run.stderr}`);
  // A finding in any file of a config's folder (an included one too) is about that config.
  const flagged = new Map();
  for (const f of JSON.parse(run.stdout).findings) {
    if (f.ruleId !== 'schema' && f.ruleId !== 'parse-error') continue;
    const m = /[\\/]configs[\\/](\d+)[\\/]([^\\/]+)$/.exec(f.file);
    if (!m) continue;
    const key = join(work, 'configs', m[1], 'openclaw.json');
    flagged.set(key, [...(flagged.get(key) ?? []), `${m[2]}:${f.line}:${f.column} ${f.message}`]);
  }
  const verdicts = await pool(cases, Math.max(1, Number(opt.jobs)), (c) => openclawVerdict(install, c.file));
  const counts = { accepted: 0, rejected: 0, agree: 0, differ: 0, unanswered: 0 };
  cases.forEach((c, i) => {
    const v = verdicts[i];
    const ours = flagged.get(c.file) ?? [];
    if (v.valid === undefined) {
      counts.unanswered++;
      console.log(`? ${c.name}: ${v.issues[0]}`);
      return;
    }
    counts[v.valid ? 'accepted' : 'rejected']++;
    if (v.valid === (ours.length === 0)) counts.agree++;
    else {
      counts.differ++;
      console.log(`DIFFER ${c.name}\n  openclaw: ${v.valid ? 'valid' : v.issues.join('; ')}\n  clawcheck: ${ours.length ? ours.join('; ') : 'no schema finding'}`);
    }
  });
  // Resolution: every agent of every fixture OpenClaw accepts.
  const resolve = await clawcheckResolver(work);
  const asks = [];
  cases.slice(0, fixtureCount).forEach((c, i) => {
    if (!verdicts[i].valid) return;
    const ours = resolve(Object.fromEntries(c.files), version);
    const agents = Object.keys(ours).filter((scope) => agentId(scope));
    // With a roster OpenClaw answers per agent only; without one, for the implicit main agent (the defaults).
    if (!agents.length) asks.push({ c, scope: 'agents.defaults', agent: undefined, ours: ours['agents.defaults'] ?? null });
    for (const scope of agents) asks.push({ c, scope, agent: agentId(scope), ours: ours[scope] });
  });
  const theirs = await pool(asks, Math.max(1, Number(opt.jobs)), (a) => openclawPrimary(install, a.c, a.agent));
  const resolution = { agree: 0, differ: 0, unanswered: 0 };
  asks.forEach((a, i) => {
    const t = theirs[i];
    if (t.error) {
      resolution.unanswered++;
      console.log(`? ${a.c.name} ${a.scope}: ${t.error}`);
      return;
    }
    // Without a configured primary OpenClaw names its built-in default; clawcheck has none to judge.
    if (a.ours === null ? t.primary !== undefined : t.primary === a.ours) resolution.agree++;
    else {
      resolution.differ++;
      console.log(`DIFFER ${a.c.name} ${a.scope}: openclaw resolves the primary to ${t.primary}, clawcheck to ${a.ours}`);
    }
  });
  console.log(`openclaw ${version}: resolution of ${asks.length} agent primaries: agrees on ${resolution.agree}, differs on ${resolution.differ}, unanswered ${resolution.unanswered}`);
  disagreements += counts.differ + counts.unanswered + resolution.differ + resolution.unanswered;
  console.log(`openclaw ${version}: ${cases.length} configs (${fixtureCount} fixtures, ${cases.length - fixtureCount} generated); OpenClaw accepts ${counts.accepted}, rejects ${counts.rejected}; clawcheck agrees on ${counts.agree}, differs on ${counts.differ}, unanswered ${counts.unanswered}`);
  rmSync(work, { recursive: true, force: true });
}
process.exit(disagreements ? 1 : 0);
