#!/usr/bin/env node
// npm run eval [-- <corpus> --top N --json <file>]
//
// Runs the bundled CLI (dist/cli/index.js, or $CLAWCHECK_CLI) with --format json over the
// external corpus (default ../shared/corpus, or $CLAWCHECK_CORPUS, or the first argument):
// compose/, proxy/ and openclaw/. Reports files checked, findings per rule, parse errors, and
// false-positive candidates judged against the corpus's own ground truth:
//   (i)   schema findings on compose files both official schemas accept (compose/ANALYSIS.tsv)
//   (ii)  schema findings on openclaw files the real validator accepts (openclaw/VALIDATION.tsv)
//   (iii) policy-rule findings in compose/ files from repositories unrelated to the proxy
//   (iv)  parse errors on files eemeli/yaml parses (ANALYSIS.tsv) or that parse as JSON/JSON5 (NOTES.tsv)
//   (v)   Cloud.ru / proxy rule findings in files that mention neither Cloud.ru, the proxy image nor GLM
// plus, for information, what clawcheck is silent on (schema-invalid or unparsable per the corpus).
// Exit 0 whatever it finds (this is a report, not a gate); 1 only if the CLI crashes or is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '15' }, json: { type: 'string' } },
});
const TOP = Math.max(1, Number(opt.top));
const corpus = resolve(positionals[0] ?? process.env.CLAWCHECK_CORPUS ?? join(repo, '..', 'shared', 'corpus'));
const cli = process.env.CLAWCHECK_CLI ? resolve(process.env.CLAWCHECK_CLI) : join(repo, 'dist', 'cli', 'index.js');

if (!existsSync(join(corpus, 'compose')) && !existsSync(join(corpus, 'openclaw')) && !existsSync(join(corpus, 'proxy'))) {
  console.log(`eval: no corpus at ${corpus} (expected compose/, proxy/, openclaw/ folders).`);
  console.log('Pass its path as an argument or set CLAWCHECK_CORPUS; nothing to evaluate.');
  process.exit(0);
}
if (!existsSync(cli)) {
  console.error(`eval: ${cli} not found; run \`npm run bundle\` first (or point CLAWCHECK_CLI at a bundle).`);
  process.exit(1);
}

// ---------- ground truth ----------
/** A TSV with a header row → array of objects keyed by column name ([] when the file is absent). */
function tsv(rel) {
  const p = join(corpus, rel);
  if (!existsSync(p)) return [];
  const [head, ...lines] = readFileSync(p, 'utf8').split('\n').filter((l) => l.length > 0);
  const cols = head.split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v])));
}
const byFile = (rows, folder) => new Map(rows.map((r) => [`${folder}/${r.corpus_file}`, r]));
const composeAnalysis = byFile(tsv('compose/ANALYSIS.tsv'), 'compose');
const openclawValidation = byFile(tsv('openclaw/VALIDATION.tsv'), 'openclaw');
const openclawNotes = byFile(tsv('openclaw/NOTES.tsv'), 'openclaw');
const index = new Map([
  ...byFile(tsv('compose/INDEX.tsv'), 'compose'),
  ...byFile(tsv('openclaw/INDEX.tsv'), 'openclaw'),
  ...byFile(tsv('proxy/INDEX.tsv'), 'proxy'),
]);

// ---------- one CLI run ----------
const INCLUDE = ['compose/**/*.{yml,yaml}', 'proxy/**/*.{yml,yaml,env}', 'proxy/**/.env*', 'openclaw/**/*.{json,json5}'];
const tmp = mkdtempSync(join(tmpdir(), 'clawcheck-eval-'));
const out = join(tmp, 'report.json');
const args = [cli, '.', ...INCLUDE.flatMap((g) => ['--include', g]), '--format', 'json', '-o', out, '--fail-on', 'never'];
const t0 = performance.now();
const run = spawnSync(process.execPath, args, { cwd: corpus, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
const wall = performance.now() - t0;
if (run.error || (run.status !== 0 && run.status !== 1) || !existsSync(out)) {
  console.error(`eval: clawcheck exited with ${run.status ?? run.error}\n${run.stderr}`);
  rmSync(tmp, { recursive: true, force: true });
  process.exit(1);
}
const report = JSON.parse(readFileSync(out, 'utf8'));
rmSync(tmp, { recursive: true, force: true });

// ---------- helpers ----------
const folderOf = (file) => file.split('/')[0];
const fmt = (f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message.length > 220 ? f.message.slice(0, 217) + '...' : f.message}`;
const count = (xs, key) => {
  const m = new Map();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
};
const textCache = new Map();
const textOf = (file) => {
  if (!textCache.has(file)) {
    try {
      textCache.set(file, readFileSync(join(corpus, file), 'utf8'));
    } catch {
      textCache.set(file, '');
    }
  }
  return textCache.get(file);
};
/** Words that tie a file to the Cloud.ru FM / claude-code-proxy setup the policy is about. */
const RELEVANT = /cloud\.ru|cloudru|claude-code-proxy|GLM-4\.7|:8082\b|\b8082:|BIG_MODEL|MIDDLE_MODEL|SMALL_MODEL|DISABLE_THINKING/i;
const PROXY_REPO = /claude-code-proxy|openclaw/i;
const ENGINE = new Set(['schema', 'parse-error', 'invalid-suppression']);

const findings = report.findings;
const checked = new Set(report.files);
const candidates = {
  'i-schema-on-valid-compose': {
    title: '(i) schema findings on compose files BOTH official schemas accept (compose/ANALYSIS.tsv) — should be zero',
    items: findings.filter((f) => {
      const a = f.ruleId === 'schema' && composeAnalysis.get(f.file);
      return a && a.schema_compose_spec_d07 === 'valid' && a.schema_compose_go_2020 === 'valid';
    }),
  },
  'i-b-schema-where-compose-go-accepts': {
    title: '(i-b) schema findings on compose files that compose-go accepts but compose-spec rejects (review: Compose itself runs them)',
    items: findings.filter((f) => {
      const a = f.ruleId === 'schema' && composeAnalysis.get(f.file);
      return a && a.schema_compose_go_2020 === 'valid' && a.schema_compose_spec_d07 !== 'valid';
    }),
  },
  'ii-schema-on-valid-openclaw': {
    title: '(ii) schema findings on openclaw files the real validator accepts (openclaw/VALIDATION.tsv)',
    items: findings.filter((f) => f.ruleId === 'schema' && openclawValidation.get(f.file)?.['openclaw_2026.9.6_valid'] === 'true'),
  },
  'iii-rules-on-unrelated-compose': {
    title: '(iii) policy-rule findings in compose/ files from repositories unrelated to claude-code-proxy/openclaw (no proxy there)',
    items: findings.filter((f) => folderOf(f.file) === 'compose' && !ENGINE.has(f.ruleId) && !PROXY_REPO.test(index.get(f.file)?.repo ?? '')),
  },
  'iv-parse-error-on-parsable': {
    title: '(iv) parse-error on files eemeli/yaml parses (ANALYSIS.tsv yaml_ok) or that NOTES.tsv parses as JSON/JSON5',
    items: findings.filter((f) => {
      if (f.ruleId !== 'parse-error') return false;
      const a = composeAnalysis.get(f.file);
      if (a) return a.yaml_ok === 'true';
      const n = openclawNotes.get(f.file);
      return !!n && (n.parse === 'json' || n.parse === 'json5') && !n.parse_error;
    }),
  },
  'v-cloudru-rule-on-unrelated-file': {
    title: '(v) Cloud.ru/proxy rule findings in files (and their related files) that mention neither Cloud.ru, the proxy, its port, its variables nor GLM-4.7',
    items: findings.filter((f) => !ENGINE.has(f.ruleId) && ![f.file, ...(f.related ?? []).map((r) => r.file)].some((p) => RELEVANT.test(textOf(p)))),
  },
};

// What clawcheck is silent on (information, not false positives: its schema is tolerant by design).
const flagged = (rule) => new Set(findings.filter((f) => f.ruleId === rule).map((f) => f.file));
const schemaFiles = flagged('schema');
const parseFiles = flagged('parse-error');
const silent = {
  composeBothInvalid: [...composeAnalysis.entries()].filter(([f, a]) => checked.has(f) && a.schema_compose_spec_d07 === 'invalid' && a.schema_compose_go_2020 === 'invalid' && !schemaFiles.has(f) && !parseFiles.has(f)),
  composeYamlFails: [...composeAnalysis.entries()].filter(([f, a]) => checked.has(f) && a.yaml_ok === 'false' && !parseFiles.has(f)),
  openclawInvalid: [...openclawValidation.entries()].filter(([f, v]) => checked.has(f) && v['openclaw_2026.9.6_valid'] === 'false' && !schemaFiles.has(f) && !parseFiles.has(f)),
};
// Latent misclassification: a provider on the local proxy port is judged as Cloud.ru FM even when
// nothing in the file mentions Cloud.ru (other claude-code-proxy forks also listen on 8082).
const LOCAL_PROXY = /(localhost|127\.0\.0\.1|\[::1\]):8082\b/;
const latentLocalProxy = report.files
  .filter((f) => folderOf(f) === 'openclaw' && LOCAL_PROXY.test(textOf(f)) && !/cloud\.ru|cloudru/i.test(f + textOf(f)))
  .map((f) => {
    const lines = textOf(f).split('\n');
    const i = lines.findIndex((l) => LOCAL_PROXY.test(l));
    return `${f}:${i + 1}: ${lines[i].trim()}`;
  });
const notChecked = [...index.keys()].filter((f) => !checked.has(f));
const skippedSet = new Set(report.skipped.map((s) => s.path));

// ---------- report ----------
const folders = ['compose', 'proxy', 'openclaw'];
console.log(`clawcheck eval over ${corpus}`);
console.log(`bundle ${cli.replace(repo + '/', '')}, node ${process.version}, one run in ${(wall / 1000).toFixed(1)} s (exit ${run.status})\n`);
console.log(
  `files checked: ${report.files.length} (${folders.map((d) => `${d}/ ${report.files.filter((f) => folderOf(f) === d).length}`).join(', ')}` +
    `${report.files.some((f) => !folders.includes(folderOf(f))) ? ', other ' + report.files.filter((f) => !folders.includes(folderOf(f))).length : ''})`,
);
console.log(
  `corpus files not checked: ${notChecked.length}` +
    (notChecked.length ? ` (${notChecked.filter((f) => skippedSet.has(f)).length} skipped by clawcheck, the rest not matched by name): ${notChecked.slice(0, 5).join(', ')}${notChecked.length > 5 ? ', ...' : ''}` : ''),
);
if (report.skipped.length) console.log(`skipped: ${count(report.skipped, (s) => s.reason).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`findings: ${findings.length}; parse errors: ${findings.filter((f) => f.ruleId === 'parse-error').length}\n`);

const rules = count(findings, (f) => f.ruleId).map(([k]) => k);
const w = Math.max(8, ...rules.map((r) => r.length));
console.log(`${'rule'.padEnd(w)}  ${'total'.padStart(6)}  ${folders.map((d) => d.padStart(8)).join('  ')}  files`);
for (const r of rules) {
  const fs = findings.filter((f) => f.ruleId === r);
  console.log(`${r.padEnd(w)}  ${String(fs.length).padStart(6)}  ${folders.map((d) => String(fs.filter((f) => folderOf(f.file) === d).length).padStart(8)).join('  ')}  ${new Set(fs.map((f) => f.file)).size}`);
}

console.log('\nFALSE-POSITIVE CANDIDATES');
let total = 0;
for (const c of Object.values(candidates)) {
  total += c.items.length;
  console.log(`\n${c.title}: ${c.items.length} finding(s) in ${new Set(c.items.map((f) => f.file)).size} file(s)`);
  if (!c.items.length) continue;
  const byMsg = count(c.items, (f) => `${f.ruleId}: ${f.message.replace(/"[^"]*"/g, '"…"').slice(0, 120)}`);
  if (byMsg.length > 1) for (const [m, n] of byMsg.slice(0, 5)) console.log(`  ${String(n).padStart(4)} × ${m}`);
  for (const f of c.items.slice(0, TOP)) {
    const truth = composeAnalysis.get(f.file)?.schema_error || openclawValidation.get(f.file)?.first_issues || composeAnalysis.get(f.file)?.yaml_error;
    console.log(`  ${fmt(f)}${truth ? `\n      corpus says: ${truth.slice(0, 160)}` : ''}`);
  }
  if (c.items.length > TOP) console.log(`  ... ${c.items.length - TOP} more (--top N to see more)`);
}

console.log('\nFOR INFORMATION (clawcheck silent: its schemas are tolerant by design; and latent risks)');
const info = [
  ['compose files both Ajv schemas reject, no schema/parse finding', silent.composeBothInvalid, (a) => a.schema_error],
  ['compose files eemeli/yaml rejects, no parse-error', silent.composeYamlFails, (a) => a.yaml_error],
  ['openclaw files the real validator rejects, no schema/parse finding', silent.openclawInvalid, (v) => v.first_issues],
];
for (const [title, rows, why] of info) {
  console.log(`- ${title}: ${rows.length}`);
  for (const [f, row] of rows.slice(0, 3)) console.log(`    ${f}: ${(why(row) ?? '').slice(0, 140)}`);
}

console.log(`- openclaw files with a provider on the local proxy port (8082) that never mention Cloud.ru (judged as Cloud.ru FM; openclaw-thinking/banned-model would apply): ${latentLocalProxy.length}`);
for (const l of latentLocalProxy.slice(0, 5)) console.log(`    ${l}`);

console.log(`\nfalse-positive candidates in total: ${total}`);
if (opt.json) {
  writeFileSync(
    opt.json,
    JSON.stringify(
      {
        corpus,
        files: report.files.length,
        findings: findings.length,
        perRule: Object.fromEntries(count(findings, (f) => f.ruleId)),
        candidates: Object.fromEntries(Object.entries(candidates).map(([k, c]) => [k, c.items])),
        silent: Object.fromEntries(Object.entries(silent).map(([k, rows]) => [k, rows.map(([f]) => f)])),
        latentLocalProxy,
        notChecked,
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`details written to ${opt.json}`);
}
