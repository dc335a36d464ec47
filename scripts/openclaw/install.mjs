// Installs a pinned OpenClaw from the npm registry outside the project's dependencies, under
// Node 24 (OpenClaw needs Node >= 24.16 and refuses to install on older ones). The install is
// cached in ~/.cache/clawcheck/openclaw/<version> (or $CLAWCHECK_OPENCLAW_CACHE); nothing here
// runs when clawcheck itself runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

const MIN_NODE = [24, 16];

function nodeOk(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
}

/** A Node >= 24.16 binary: this one, $CLAWCHECK_NODE24, or one fetched with `npx -y node@24`. */
export function node24() {
  if (nodeOk(process.version)) return process.execPath;
  const env = process.env.CLAWCHECK_NODE24;
  if (env && existsSync(env)) return env;
  const r = spawnSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], { encoding: 'utf8' });
  const path = r.stdout?.trim();
  if (r.status !== 0 || !path || !existsSync(path)) throw new Error(`Node 24 could not be fetched with npx -y node@24: ${r.stderr?.trim() ?? ''}`);
  return path;
}

/** The environment that runs npm and OpenClaw under `node`: its folder first on PATH, a fresh HOME. */
export function envFor(node, extra = {}) {
  return { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}`, ...extra };
}

export function cacheDir(version) {
  const base = process.env.CLAWCHECK_OPENCLAW_CACHE ?? join(homedir(), '.cache', 'clawcheck', 'openclaw');
  return join(base, version);
}

/** `{ node, entry, dir }` for the given OpenClaw version, installing it on first use. */
export function ensureOpenclaw(version, log = (m) => process.stderr.write(`${m}\n`)) {
  const node = node24();
  const dir = cacheDir(version);
  const entry = join(dir, 'node_modules', 'openclaw', 'openclaw.mjs');
  if (!existsSync(entry)) {
    log(`installing openclaw@${version} under Node ${spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()} into ${dir} (once; about 650 MB)`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, dependencies: { openclaw: version } }, null, 2));
    const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts=false', `openclaw@${version}`], { cwd: dir, env: envFor(node), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (npm.status !== 0 || !existsSync(entry)) throw new Error(`npm install openclaw@${version} failed:\n${npm.stderr}`);
  }
  return { node, entry, dir };
}

/** Without OpenClaw's own variables from the caller's shell, which would point it at another config. */
function withoutOpenclawVars(env) {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('OPENCLAW_')));
}

/** The environment OpenClaw runs in: Node 24 first on PATH, `home` as HOME, none of the caller's OPENCLAW_* variables. */
export function openclawEnv(install, home, extra = {}) {
  return { ...withoutOpenclawVars(envFor(install.node)), HOME: home, NO_COLOR: '1', ...extra };
}

/** Runs `openclaw <args>` with a fresh HOME (so no user config leaks in); returns the spawn result. */
export function runOpenclaw(install, args, env = {}) {
  const home = mkdtempSync(join(tmpdir(), 'clawcheck-openclaw-home-'));
  try {
    return spawnSync(install.node, [install.entry, ...args], {
      env: openclawEnv(install, home, env),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000,
    });
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
