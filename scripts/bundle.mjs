// Builds the committed bundles: dist/cli/index.js (the `clawcheck` bin) and dist/index.js (the Action),
// each with licenses.txt beside it (the licences of the third-party code bundled into it).
// `--check` rebuilds into a temporary folder and fails when any file of dist/ differs (CI uses it).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
// The Action is minified (it is downloaded and parsed on every workflow run; its source map sits
// beside it for reading stack traces); the CLI stays readable.
const entries = [
  ['src/cli/main.ts', 'cli', []],
  ['src/action/main.ts', '', ['--minify', '--source-map', '--no-source-map-register']],
];

// The yaml library looks up process.env.LOG_TOKENS for every token it parses (and LOG_STREAM for
// every document), debugging switches clawcheck never uses. process.env is backed by getenv(), so
// on a 10 000-file tree these lookups alone cost about half a second. They become `false`, padded
// to the same length so the Action's source map stays exact. Any other count means the library
// changed and this needs a look.
const YAML_DEBUG_SWITCH = /\b[A-Za-z_$][\w$]*\.env\.LOG_(?:TOKENS|STREAM)\b/g;

function dropYamlDebugSwitches(file) {
  const code = readFileSync(file, 'utf8');
  const found = code.match(YAML_DEBUG_SWITCH) ?? [];
  if (found.length !== 2) throw new Error(`${file}: expected 2 yaml debug switches (process.env.LOG_*), found ${found.length}`);
  writeFileSync(file, code.replace(YAML_DEBUG_SWITCH, (m) => 'false'.padEnd(m.length)));
}

// ncc's --license writes one file per chunk, all under the one name given, so a lazily loaded
// chunk's file (the OpenClaw schema's) would overwrite the entry chunk's. Each chunk gets its own
// file instead, and mergeLicenses makes them one licenses.txt beside the bundle: every package
// bundled into any chunk, once, sorted by name, in ncc's format (name, licence id, licence text).
const CHUNK_LICENSES = '[id].licenses.txt';
const CHUNK_LICENSES_FILE = /^\d+\.licenses\.txt$/;

/** Every package name the lockfile installs (nested ones too): the names an entry can start with. */
function installedNames() {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  return new Set(Object.keys(lock.packages ?? {}).filter(Boolean).map((path) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)));
}

/** Entries of one of ncc's licence files: a package name on a line of its own after a blank line starts one. */
function parseLicenses(text, names) {
  const entries = new Map();
  let name;
  let body = [];
  const flush = () => {
    if (name !== undefined) entries.set(name, body.join('\n').trim());
  };
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (names.has(line) && (i === 0 || lines[i - 1] === '')) {
      flush();
      name = line;
      body = [];
    } else if (name === undefined) {
      if (line.trim()) throw new Error(`licence file starts with ${JSON.stringify(line)}, not a package name`);
    } else body.push(line);
  });
  flush();
  return entries;
}

function mergeLicenses(out) {
  const names = installedNames();
  const merged = new Map();
  for (const file of readdirSync(out).filter((f) => CHUNK_LICENSES_FILE.test(f))) {
    for (const [name, body] of parseLicenses(readFileSync(join(out, file), 'utf8'), names)) merged.set(name, body);
    rmSync(join(out, file));
  }
  if (merged.size === 0) throw new Error(`${out}: ncc wrote no licence file`);
  // A package that ships no licence file (ncc then writes only its licence id) gets the licence's
  // standard text from scripts/licenses/<id>.txt; a bundled package without either fails the build.
  for (const [name, body] of merged) {
    if (body.includes('\n')) continue;
    const standard = join(root, 'scripts', 'licenses', `${body}.txt`);
    if (!existsSync(standard)) throw new Error(`${name} (${body || 'no licence id'}) ships no licence text: add scripts/licenses/${body || '<id>'}.txt`);
    merged.set(name, `${body}\n(${name} ships no licence file; the standard ${body} text follows.)\n\n${readFileSync(standard, 'utf8').trim()}`);
  }
  const text = [...merged.keys()].sort().map((name) => `${name}\n${merged.get(name)}`.trim()).join('\n\n');
  writeFileSync(join(out, 'licenses.txt'), `${text}\n`);
}

function build(outDir) {
  execFileSync(process.execPath, [join(root, 'scripts', 'gen-assets.mjs')], { stdio: 'inherit' });
  for (const [entry, sub, flags] of entries) {
    if (!existsSync(join(root, entry))) continue;
    const out = join(outDir, sub);
    execFileSync(process.execPath, [ncc, 'build', join(root, entry), '-o', out, '--no-cache', '--quiet', '--target', 'es2022', '--license', CHUNK_LICENSES, ...flags], { cwd: root, stdio: 'inherit' });
    dropYamlDebugSwitches(join(out, 'index.js'));
    mergeLicenses(out);
  }
}

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

if (process.argv.includes('--check')) {
  const tmp = mkdtempSync(join(tmpdir(), 'clawcheck-dist-'));
  build(tmp);
  const want = files(tmp);
  const have = files(join(root, 'dist'));
  const diff = [...new Set([...want, ...have])].filter(
    (f) => !want.includes(f) || !have.includes(f) || !readFileSync(join(tmp, f)).equals(readFileSync(join(root, 'dist', f))),
  );
  rmSync(tmp, { recursive: true, force: true });
  if (diff.length) {
    console.error(`dist/ is not a fresh build; differing files: ${diff.map((f) => relative(root, join('dist', f))).join(', ')}\nRun \`npm run bundle\` and commit dist/.`);
    process.exit(1);
  }
  console.log('dist/ matches a fresh build');
} else {
  // Build beside dist/ and swap only when every bundle built: a failed build leaves dist/ as it was.
  const next = mkdtempSync(join(root, '.dist-'));
  try {
    build(next);
    rmSync(join(root, 'dist'), { recursive: true, force: true });
    renameSync(next, join(root, 'dist'));
  } finally {
    rmSync(next, { recursive: true, force: true });
  }
}
