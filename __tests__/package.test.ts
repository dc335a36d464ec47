/**
 * The npm package as users get it: no runtime dependencies (the bundled CLI needs none), the CLI
 * bundle with its licences and without the Action's bundle, and a tarball that installs as one
 * package whose CLI runs. Offline: the tarball is installed from disk with an empty npm cache.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempTree } from './support/tmp.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown> & { version: string; files: string[] };

/** The environment without what `npm test` adds: npm_* settings would configure the nested npm, NODE_OPTIONS the CLI. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE_OPTIONS' && k !== 'INIT_CWD'));
}

function npm(args: string[], cwd: string, cache: string): string {
  return execFileSync('npm', [...args, '--cache', cache, '--no-audit', '--no-fund', '--ignore-scripts'], { cwd, env: cleanEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

interface Packed {
  filename: string;
  size: number;
  unpackedSize: number;
  files: Array<{ path: string }>;
}

const work = mkdtempSync(join(tmpdir(), 'clawcheck-pack-'));
const cache = join(work, 'npm-cache');
let packed: Packed;
let paths: string[];

beforeAll(() => {
  packed = (JSON.parse(npm(['pack', '--json', '--pack-destination', work], root, cache)) as Packed[])[0];
  paths = packed.files.map((f) => f.path).sort();
}, 120_000);

test('package.json declares no runtime dependencies: the bundles carry everything they use', () => {
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'bundledDependencies']) {
    expect([field, pkg[field]]).toEqual([field, undefined]);
  }
  expect(pkg.bin).toEqual({ clawcheck: 'dist/cli/index.js' });
});

test('engines names the oldest Node the package supports', () => {
  expect(pkg.engines).toEqual({ node: '>=22' });
});

test('the package holds the CLI bundle, every chunk of it, its licences and the project files', () => {
  const cliDir = join(root, 'dist', 'cli');
  const cli = readdirSync(cliDir).map((n) => `dist/cli/${n}`);
  expect(cli).toEqual(expect.arrayContaining(['dist/cli/index.js', 'dist/cli/package.json', 'dist/cli/licenses.txt']));
  expect(paths).toEqual(expect.arrayContaining([...cli, 'LICENSE', 'README.md', 'CHANGELOG.md', 'package.json', 'schemas/policy.schema.json', 'src/policy/recommended.yml']));
  expect(readFileSync(join(cliDir, 'licenses.txt'), 'utf8')).toMatch(/^yaml\nISC\n/m);
});

test('the package leaves out the Action bundle, its source map and everything only development needs', () => {
  const outside = paths.filter((p) => p.startsWith('dist/') && !p.startsWith('dist/cli/'));
  expect(outside).toEqual([]);
  expect(paths.filter((p) => /^(__tests__|scripts|examples|\.github|\.ci)\//.test(p) || (p.startsWith('src/') && p !== 'src/policy/recommended.yml'))).toEqual([]);
  expect(paths).not.toContain('action.yml');
});

test('the tarball installs as exactly one package, and its CLI runs on every Node at hand', () => {
  const project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  npm(['install', '--offline', join(work, packed.filename)], project, cache);

  const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
  expect(Object.keys(lock.packages).filter(Boolean)).toEqual(['node_modules/clawcheck']);
  expect(readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['clawcheck']);

  // The bin link, as `npx clawcheck` runs it (through #!/usr/bin/env node).
  const shim = join(project, 'node_modules', '.bin', 'clawcheck');
  expect(existsSync(shim)).toBe(true);
  const version = spawnSync(shim, ['--version'], { cwd: project, env: cleanEnv(), encoding: 'utf8' });
  expect([version.status, version.stdout.trim()]).toEqual([0, pkg.version]);

  const cli = join(project, 'node_modules', 'clawcheck', 'dist', 'cli', 'index.js');
  const tree = tempTree({
    'docker-compose.yml':
      'services:\n  p:\n    image: legard/claude-code-proxy:v1.0.0\n    environment:\n      - OPENAI_API_KEY=x\n      - OPENAI_BASE_URL=https://foundation-models.api.cloud.ru/v1\n      - BIG_MODEL=openai/gpt-oss-120b\n      - MIDDLE_MODEL=openai/gpt-oss-120b\n      - SMALL_MODEL=openai/gpt-oss-120b\n      - DISABLE_THINKING=true\n',
    'openclaw.json': '{ agents: { defaults: { model: { primary: "cloudru-fm/zai-org/GLM-4.7" } } } }\n',
  });
  // CI sets these to Node 22 (the oldest engines allows) and Node 24 (the Action's runtime).
  const nodes = [process.execPath, process.env.CLAWCHECK_NODE22, process.env.CLAWCHECK_NODE24].filter((n): n is string => !!n);
  for (const node of nodes) {
    const help = spawnSync(node, [cli, '--help'], { cwd: project, env: cleanEnv(), encoding: 'utf8' });
    expect([node, help.status, help.stderr]).toEqual([node, 0, '']);
    expect(help.stdout).toMatch(/clawcheck \[options\] \[paths\.\.\.\]/);

    const check = spawnSync(node, [cli, '--format', 'json'], { cwd: tree, env: cleanEnv(), encoding: 'utf8' });
    expect([node, check.status, check.stderr]).toEqual([node, 1, '']);
    const rules = (JSON.parse(check.stdout) as { findings: Array<{ ruleId: string }> }).findings.map((f) => f.ruleId);
    expect([node, [...new Set(rules)].sort()]).toEqual([node, ['banned-model', 'proxy-image-tag']]);
  }
}, 120_000);
