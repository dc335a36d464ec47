// Runs the real docker-compose (1.29.2, Debian's package) on one project folder for
// scripts/compose-oracle.mjs: `docker-compose -f <layer>... --project-directory <dir> config`, in
// an environment with PATH and a fresh HOME only, and reads its YAML answer.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

export const COMPOSE = 'docker-compose';

/** `docker-compose version`'s first line, or undefined when it is not installed. */
export function composeVersion() {
  const r = spawnSync(COMPOSE, ['version'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
  return r.status === 0 ? r.stdout.split('\n')[0].trim() : undefined;
}

/**
 * The variables that `docker-compose` may read from the shell, as `.env` lines define them: a
 * probe sets every name of `names` that the project's `.env` does not, to a value of its own.
 */
export function probeVariables(names, dotenvText) {
  const defined = new Set((dotenvText ?? '').split('\n').map((l) => /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=/.exec(l)?.[1]).filter(Boolean));
  return Object.fromEntries(names.filter((n) => !defined.has(n)).map((n) => [n, `__shell_${n}__`]));
}

/**
 * `{ services }` as `config` prints them, or `{ rejected }`
 * with what Compose said on a non-zero exit. `shell`: extra variables (the probe).
 */
export function composeConfig(dir, layers, shell = {}) {
  return new Promise((resolveRun) => {
    const home = mkdtempSync(join(tmpdir(), 'clawcheck-compose-home-'));
    const args = [...layers.flatMap((l) => ['-f', join(dir, l)]), '--project-directory', dir, 'config'];
    const child = spawn(COMPOSE, args, { cwd: dir, env: { PATH: process.env.PATH, HOME: home, ...shell }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      rmSync(home, { recursive: true, force: true });
      // What Compose says about the file, without its warnings about unset variables.
      const said = err.split('\n').filter((l) => l.trim() && !/variable is not set|could not parse statement/.test(l));
      if (code !== 0) return resolveRun({ rejected: said.slice(0, 3).join(' | ') || `exit ${code}` });
      try {
        // Read as YAML 1.2: PyYAML quotes every string that YAML 1.1 would read otherwise, and
        // leaves `0:0` plain, which a YAML 1.1 reader takes for a sexagesimal number.
        resolveRun({ services: parse(out)?.services ?? {}, warnings: err.trim() });
      } catch (e) {
        resolveRun({ rejected: `unreadable output: ${e.message}` });
      }
    });
  });
}
