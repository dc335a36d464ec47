// The model-reference and thinking locations of one OpenClaw version, derived from its exported
// config schema, checked against the paths its own configured-model collector reports, and
// settled where shape and description do not say by scripts/openclaw/location-decisions.json.
// Paths are patterns: `*` any map key, `[]` any list item (`agents.entries.*.model`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export function readDecisions() {
  return JSON.parse(readFileSync(join(here, 'location-decisions.json'), 'utf8'));
}

const join2 = (path, seg) => (seg === '[]' ? `${path}[]` : path ? `${path}.${seg}` : seg);

/** Every value path of the schema with what may stand there: types, a selector object, a string list. */
export function schemaPaths(schema) {
  const out = new Map();
  const info = (path) => {
    if (!out.has(path)) out.set(path, { types: new Set(), selector: false, stringList: false, description: '', enum: new Set() });
    return out.get(path);
  };
  const walk = (n, path, depth) => {
    if (!n || typeof n !== 'object' || depth > 60) return;
    const i = info(path);
    if (typeof n.description === 'string') i.description ||= n.description;
    for (const t of Array.isArray(n.type) ? n.type : n.type ? [n.type] : []) i.types.add(t);
    if (n.const !== undefined) {
      i.types.add(typeof n.const);
      i.enum.add(n.const);
    }
    for (const v of n.enum ?? []) {
      i.types.add(typeof v);
      i.enum.add(v);
    }
    if (n.properties?.primary) i.selector = true;
    if (n.items && (n.items.type === 'string' || n.items.enum)) i.stringList = true;
    for (const [k, v] of Object.entries(n.properties ?? {})) walk(v, join2(path, k), depth + 1);
    if (n.additionalProperties && typeof n.additionalProperties === 'object') walk(n.additionalProperties, join2(path, '*'), depth + 1);
    for (const v of Object.values(n.patternProperties ?? {})) walk(v, join2(path, '*'), depth + 1);
    if (n.items && !Array.isArray(n.items)) walk(n.items, join2(path, '[]'), depth + 1);
    for (const k of ['anyOf', 'oneOf', 'allOf']) for (const a of n[k] ?? []) walk(a, path, depth + 1);
  };
  walk(schema, '', 0);
  out.delete('');
  return out;
}

const segments = (pattern) => pattern.replace(/\[\]/g, '.[]').split('.');
const lastKey = (pattern) => segments(pattern).filter((s) => s !== '[]' && s !== '*').at(-1);

/** A decision pattern (`*` matches any one segment) matches a schema path. */
function matches(decision, path) {
  const a = segments(decision);
  const b = segments(path);
  return a.length === b.length && a.every((s, i) => s === '*' || s === b[i]);
}

function decide(table, path) {
  const exact = table[path];
  if (exact) return exact;
  const hit = Object.keys(table).find((k) => k.includes('*') && matches(k, path));
  return hit ? table[hit] : undefined;
}

/** The candidate a schema path stands for: itself without a trailing `[]`, when its last segment is a key. */
function candidateOf(path) {
  const p = path.endsWith('[]') ? path.slice(0, -2) : path;
  const last = segments(p).at(-1);
  return last === '*' || last === '[]' ? undefined : p;
}

/** A decision's location: its `sub` pattern appended to the candidate's path. */
function located(candidate, d) {
  const { sub, ...rest } = d.location;
  // `..`: the object that holds the candidate (a pair's two fields sit in it).
  const path = sub === '..' ? candidate.replace(/(?:\.[^.]+|\[\])$/, '') : sub ? join2(candidate, sub) : candidate;
  return { path, ...rest };
}

/**
 * The location table: `{ models: [{path, form, ...}], thinking: [{path, kind, off?, model?}] }`.
 * Throws when a schema path that names a model or a thinking setting is undecided, or when
 * OpenClaw's collector reports a path the table does not cover.
 */
export function deriveLocations(schema, collectorPaths, decisions = readDecisions()) {
  const paths = schemaPaths(schema);
  const ignoredUnder = (p) => decisions.ignoreUnder.some((prefix) => p === prefix || p.startsWith(`${prefix}.`) || p.startsWith(`${prefix}[]`));
  const candidates = new Map();
  for (const [path, i] of paths) {
    const c = candidateOf(path);
    if (c && !ignoredUnder(c) && !candidates.has(c)) candidates.set(c, paths.get(c) ?? i);
  }
  const collected = new Set(collectorPaths);
  const undecided = [];
  const models = [];
  const thinking = [];
  for (const [path, i] of candidates) {
    const key = lastKey(path);
    if (/think/i.test(key)) {
      const d = decide(decisions.thinking, path);
      if (!d) undecided.push(path);
      else if (!d.ignore) thinking.push({ ...located(path, d), ...(i.enum.has('off') || i.enum.size === 0 ? { off: 'off' } : {}) });
      continue;
    }
    if (!/model/i.test(key)) continue;
    const d = decide(decisions.models, path);
    if (d?.ignore) continue;
    let entry;
    if (d) entry = { ...located(path, d), source: 'decision' };
    else if (i.selector && i.types.has('string')) entry = { path, form: 'selector', source: collected.has(`${path}.primary`) ? 'collector' : 'schema' };
    else if (i.stringList && /allow/i.test(key)) entry = { path, form: 'allowlist', source: 'schema' };
    else if (collected.has(path)) entry = { path, form: 'ref', source: 'collector' };
    else if (i.types.has('string') && /provider\/model/i.test(i.description)) entry = { path, form: 'ref', source: 'schema' };
    if (entry) models.push(entry);
    else undecided.push(path);
  }
  for (const extra of decisions.extraModels ?? []) models.push({ path: extra.path, ...extra.location, source: 'decision' });
  for (const extra of decisions.extraThinking ?? []) thinking.push({ path: extra.path, ...extra.location, off: 'off' });
  if (undecided.length) throw new Error(`scripts/openclaw/location-decisions.json does not decide these schema paths:\n  ${undecided.join('\n  ')}`);
  // One `plugins.entries.*` row stands for the same row under every named plugin.
  const general = (rows) => rows.filter((m) => !rows.some((g) => g !== m && g.form === m.form && g.path !== m.path && matches(g.path, m.path)));
  const modelRows = general(models);
  const missing = [...collected].filter((c) => !covers(modelRows, c));
  if (missing.length) throw new Error(`OpenClaw's configured-model collector reads paths the location table lacks:\n  ${missing.join('\n  ')}`);
  const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { models: modelRows.sort(byPath), thinking: general(thinking).sort(byPath) };
}

function covers(table, collectedPath) {
  return table.some((m) => {
    if (matches(m.path, collectedPath)) return m.form === 'ref' || m.form === 'selector';
    if (m.form === 'selector') return [`${m.path}.primary`, `${m.path}.fallbacks[]`].some((p) => matches(p, collectedPath));
    if (m.form === 'map-key') return matches(`${m.path}.*`, collectedPath);
    return false;
  });
}

/** A config with a distinct marker at every string path of the schema. */
export function plantedConfig(schema) {
  const config = {};
  let n = 0;
  const concrete = (pattern) => segments(pattern).map((s) => (s === '*' ? 'k' : s === '[]' ? 0 : s));
  for (const [path, i] of schemaPaths(schema)) {
    if (!i.types.has('string')) continue;
    const segs = concrete(path);
    let node = config;
    let ok = true;
    for (const [j, s] of segs.slice(0, -1).entries()) {
      const next = segs[j + 1];
      if (typeof node[s] !== 'object' || node[s] === null) node[s] = typeof next === 'number' ? [] : {};
      node = node[s];
      if (typeof node !== 'object') ok = false;
    }
    const leaf = segs.at(-1);
    if (!ok || (node[leaf] !== undefined && typeof node[leaf] === 'object')) continue;
    const marker = `m${n++}/planted`;
    node[leaf] = marker;
  }
  return { config };
}

/** The collector module and its export name for collectConfiguredModelRefs, found in the installed package. */
function findCollector(distDir) {
  for (const name of readdirSync(distDir)) {
    if (!name.startsWith('configured-model-refs-') || !name.endsWith('.mjs')) continue;
    const code = readFileSync(join(distDir, name), 'utf8');
    const m = /collectConfiguredModelRefs as (\w+)/.exec(code);
    if (m) return { file: join(distDir, name), exportName: m[1] };
  }
  throw new Error("OpenClaw's configured-model collector (dist/configured-model-refs-*.mjs) was not found: update findCollector");
}

/** The path patterns OpenClaw's own collector reports on a config planted at every string path. */
export function collectorPaths(install, schema) {
  const { file, exportName } = findCollector(join(install.dir, 'node_modules', 'openclaw', 'dist'));
  const { config } = plantedConfig(schema);
  const dir = mkdtempSync(join(tmpdir(), 'clawcheck-collector-'));
  try {
    writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
    const script = `import(${JSON.stringify(pathToFileURL(file).href)}).then((m) => { const c = JSON.parse(require('node:fs').readFileSync(${JSON.stringify(join(dir, 'config.json'))}, 'utf8')); console.log(JSON.stringify(m[${JSON.stringify(exportName)}](c).map((r) => r.path))); })`;
    const r = spawnSync(install.node, ['-e', script], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`running OpenClaw's collector failed:\n${r.stderr}`);
    const reported = JSON.parse(r.stdout.trim().split('\n').at(-1));
    // Concrete paths back to patterns: `k` was planted for every map key, 0 for every list item.
    const patterns = reported.map((p) => p.split('.').map((s, i, all) => (s === 'k' ? '*' : /^\d+$/.test(s) ? '[]' : s)).join('.').replace(/\.\[\]/g, '[]'));
    return [...new Set(patterns)].sort();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
