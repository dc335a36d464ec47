// Builds the committed bundles: dist/cli/index.js (the `clawcheck` bin) and dist/index.js (the Action).
// `--check` rebuilds into a temporary folder and fails when dist/ differs (CI uses it).
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

function build(outDir) {
  execFileSync(process.execPath, [join(root, 'scripts', 'gen-assets.mjs')], { stdio: 'inherit' });
  for (const [entry, sub, flags] of entries) {
    if (!existsSync(join(root, entry))) continue;
    const out = join(outDir, sub);
    execFileSync(process.execPath, [ncc, 'build', join(root, entry), '-o', out, '--no-cache', '--quiet', '--target', 'es2022', ...flags], { cwd: root, stdio: 'inherit' });
    dropYamlDebugSwitches(join(out, 'index.js'));
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
