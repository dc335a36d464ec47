#!/usr/bin/env node
// npm run oracle:compose [-- --seed N] [-- --count N] [-- --keep DIR] [-- --jobs N]
//                        [-- --only-generate --keep DIR] [-- --project DIR]
//
// The differential check of clawcheck's Compose project model against a real Compose. It
// generates projects (scripts/compose/generate.mjs, seeded: a base compose file, maybe an
// override, an `extends:` fragment, a `.env`, `env_file:` files, anchors and merge keys, block
// scalars, map and list environments), runs Debian's docker-compose 1.29.2 on each
// (`docker-compose -f <base> [-f <override>] --project-directory <dir> config`, with PATH and a
// fresh HOME only), asks clawcheck's own core the same question (scripts/compose/view-entry.ts,
// bundled with ncc into a temporary folder, as scripts/oracle.mjs bundles its resolver), and
// compares per service the environment, image, user and read_only. A value clawcheck reports as
// unknown (null) is counted as unknown by design when Compose's value changes with the shell (the
// project is run again with the variables it may read set); otherwise it is a disagreement. Exits
// 1 when anything differs. Needs `apt-get install -y docker-compose`; not part of npm test.
//
//   --keep DIR       write the projects to DIR and keep them (each has oracle-layers.txt, the -f order)
//   --only-generate  write the projects (to --keep DIR) and stop
//   --project DIR    compare one kept project and print both sides in full
//   --show N         print N disagreements (default 20)
import { bundledEntry, pool } from './lib/oracle-kit.mjs';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compareProject, show } from './compose/compare.mjs';
import { LIMITS, SHELL_NAMES, generateProjects } from './compose/generate.mjs';
import { composeConfig, composeVersion, probeVariables } from './compose/run-compose.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opt } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    count: { type: 'string', default: '300' },
    keep: { type: 'string' },
    jobs: { type: 'string', default: String(Math.max(2, availableParallelism())) },
    'only-generate': { type: 'boolean', default: false },
    project: { type: 'string' },
    show: { type: 'string', default: '20' },
  },
});
const LAYERS_FILE = 'oracle-layers.txt';
const SHOWN = Number(opt.show);

/** clawcheck's project model, bundled from its sources into a temporary folder. */
async function clawcheckView(work) {
  return (await bundledEntry(repo, 'scripts/compose/view-entry.ts', join(work, 'view'), 'the project view')).composeView;
}


function writeProject(root, p) {
  p.dir = join(root, p.name);
  mkdirSync(p.dir, { recursive: true });
  for (const [name, text] of Object.entries(p.files)) writeFileSync(join(p.dir, name), text);
  writeFileSync(join(p.dir, LAYERS_FILE), p.layers.join('\n') + '\n');
}

function readProject(dir) {
  const files = Object.fromEntries(readdirSync(dir).filter((n) => n !== LAYERS_FILE).map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
  const layers = existsSync(join(dir, LAYERS_FILE))
    ? readFileSync(join(dir, LAYERS_FILE), 'utf8').split('\n').filter(Boolean)
    : Object.keys(files).filter((n) => /^(docker-)?compose(\.override)?\.ya?ml$/.test(n)).sort((a, b) => a.includes('override') - b.includes('override'));
  return { name: basename(dir), dir, files, layers, features: [] };
}

/** Compose's answer, clawcheck's view, and the compared items of one project. */
async function judge(p, view) {
  const compose = await composeConfig(p.dir, p.layers);
  const ours = view(p.files, p.layers);
  if (compose.rejected) return { p, compose, ours };
  // Unknown on clawcheck's side: run again with the shell setting what the project may read.
  const unknown = Object.values(ours.services).some((s) => [...Object.values(s.env), s.image, s.user, s.read_only].includes(null));
  const probe = unknown ? await composeConfig(p.dir, p.layers, probeVariables(SHELL_NAMES, p.files['.env'])) : undefined;
  return { p, compose, ours, probeRejected: probe?.rejected, items: compareProject(compose.services, ours, probe?.services) };
}

const version = composeVersion();
if (!version) {
  console.error('oracle:compose: docker-compose not found; install it with `apt-get install -y docker-compose` (1.29.2).');
  process.exit(2);
}
const projects = opt.project ? [readProject(resolve(opt.project))] : generateProjects(Number(opt.seed), Number(opt.count));
if (opt['only-generate'] && !opt.keep) {
  console.error('oracle:compose: --only-generate needs --keep DIR');
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'clawcheck-compose-oracle-'));
const root = opt.keep ? resolve(opt.keep) : join(work, 'projects');
if (!opt.project) for (const p of projects) writeProject(root, p);
if (opt['only-generate']) {
  console.log(`${projects.length} projects written to ${root}`);
  process.exit(0);
}
const view = await clawcheckView(work);
const results = await pool(projects, Math.max(1, Number(opt.jobs)), (p) => judge(p, view));

if (opt.project) {
  const [r] = results;
  console.log(`layers: ${r.p.layers.join(' ')}`);
  console.log(`compose: ${JSON.stringify(r.compose.rejected ?? r.compose.services, null, 2)}`);
  console.log(`clawcheck: ${JSON.stringify(r.ours, null, 2)}`);
}

const counts = { rejected: 0, rejectedFlagged: 0, compared: 0, agree: 0, differ: 0, values: 0, unknown: 0 };
const differences = [];
const featureTotals = new Map();
const featureDiffers = new Map();
for (const r of results) {
  for (const f of r.p.features) featureTotals.set(f, (featureTotals.get(f) ?? 0) + 1);
  if (r.compose.rejected) {
    counts.rejected++;
    if (r.ours.problems.length) counts.rejectedFlagged++;
    console.log(`REJECTED ${r.p.name}: ${r.compose.rejected}\n  clawcheck: ${r.ours.problems.length ? r.ours.problems.join('; ') : 'no schema or parse finding'}`);
    continue;
  }
  counts.compared++;
  if (r.probeRejected) console.log(`PROBE REJECTED ${r.p.name}: ${r.probeRejected} (its unknown values count as disagreements)`);
  counts.values += r.items.filter((i) => i.verdict !== 'unknown').length;
  counts.unknown += r.items.filter((i) => i.verdict === 'unknown').length;
  const differ = r.items.filter((i) => i.verdict === 'differ');
  if (!differ.length) {
    counts.agree++;
    continue;
  }
  counts.differ++;
  for (const f of r.p.features) featureDiffers.set(f, (featureDiffers.get(f) ?? 0) + 1);
  for (const i of differ) differences.push({ ...i, project: r.p });
}

for (const d of differences.slice(0, SHOWN)) {
  console.log(`DIFFER ${d.project.name} ${d.service} ${d.key}: compose ${show(d.compose)}, clawcheck ${show(d.clawcheck)}`);
}
if (differences.length > SHOWN) console.log(`… and ${differences.length - SHOWN} more disagreements`);
if (differences.length) {
  const where = opt.project ? `in ${projects[0].dir}` : opt.keep ? `kept in ${root}` : 'rerun with --keep DIR to keep them';
  console.log(`reproduce: cd <project> && docker-compose $(sed 's/^/-f /' ${LAYERS_FILE}) config (projects ${where}; --project <dir> prints both sides)`);
  // Which generated features the differing projects share: where to look first.
  const rows = [...featureDiffers].map(([f, n]) => [f, n, featureTotals.get(f)]).sort((a, b) => b[1] / b[2] - a[1] / a[2] || b[1] - a[1]);
  if (rows.length) console.log(`features of differing projects (differing/with it): ${rows.map(([f, n, t]) => `${f} ${n}/${t}`).join(', ')}`);
}
if (!opt.project) {
  console.log('limits (not generated, or counted apart):');
  for (const l of LIMITS) console.log(`  - ${l}`);
}
console.log(
  `${version}: ${projects.length} projects ${opt.project ? 'read' : `generated (seed ${opt.seed})`}; rejected by Compose ${counts.rejected} (clawcheck flags ${counts.rejectedFlagged} of them); ` +
    `compared ${counts.compared}: agree ${counts.agree}, differ ${counts.differ}; ${counts.values} values compared, ${differences.length} differ, ${counts.unknown} unknown by design`,
);
rmSync(work, { recursive: true, force: true });
process.exit(differences.length ? 1 : 0);
