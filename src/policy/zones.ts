/**
 * Policies found upward from each checked file, as ESLint finds its config: a file is judged by
 * the nearest `.clawcheck.yml` in its folder or a folder above it, up to the scan root (the
 * repository root). The run keeps one Policy: each nested policy file becomes overrides for its
 * folder (its whole rule settings, then its own overrides), so the engine's per-path lookup does
 * the rest. Its globs are relative to its own folder.
 */
import { posix } from 'node:path';
import { join } from 'node:path';
import { lstatSync } from 'node:fs';
import { insideGit } from '../discover/git-dir.js';
import { childPath } from '../discover/paths.js';
import { loadPolicyIn, POLICY_FILE_NAMES } from './load.js';
import type { LoadedPolicy, Policy } from './types.js';

export interface PolicyZone {
  /** Folder of the policy file, relative to the root ('' for the root itself). */
  dir: string;
  loaded: LoadedPolicy;
}

export interface ZonedPolicy {
  policy: Policy;
  /** The nested policy files in force, shallowest first. */
  zones: PolicyZone[];
  /** Settings a nested policy sets but cannot change for its folder alone. */
  warnings: string[];
}

/** Finds and loads policy files by folder, each folder looked at once. */
export class PolicyFinder {
  private readonly byDir = new Map<string, PolicyZone | null>();

  constructor(
    private readonly root: string,
    private readonly cwd: string,
  ) {}

  /** The policy file in `dir` itself (relative to the root), or null. */
  at(dir: string): PolicyZone | null {
    let zone = this.byDir.get(dir);
    if (zone === undefined) {
      // Nothing in or through a .git folder is read, a policy file included; a folder that is
      // gone or a link to a file has none.
      const abs = join(this.root, dir);
      const loaded = insideGit(dir) || !mayHavePolicy(abs) || !isRealFolder(abs) ? undefined : loadPolicyIn(this.root, abs, this.cwd);
      zone = loaded ? { dir, loaded } : null;
      this.byDir.set(dir, zone);
    }
    return zone;
  }

  /** The nearest policy file for a file at `relPath`: its folder, then each folder up to the root. */
  nearest(relPath: string): PolicyZone | null {
    for (let dir = parent(relPath); ; dir = parent(dir)) {
      const zone = this.at(dir);
      if (zone || dir === '') return zone;
    }
  }

  /** Every policy file in a folder of `paths` or above it, below the root, shallowest first. */
  zonesFor(paths: string[]): PolicyZone[] {
    const dirs = new Set<string>();
    for (const p of paths) for (let dir = parent(p); dir !== '' && !dirs.has(dir); dir = parent(dir)) dirs.add(dir);
    return [...dirs]
      .map((d) => this.at(d))
      .filter((z): z is PolicyZone => !!z)
      .sort((a, b) => depth(a.dir) - depth(b.dir) || (a.dir < b.dir ? -1 : 1));
  }
}

/** A folder itself, not a link: policy files are looked for where the tree's own folders are. */
function isRealFolder(abs: string): boolean {
  try {
    return lstatSync(abs).isDirectory();
  } catch {
    return false;
  }
}

/**
 * False only when no policy file name exists in the folder. Every folder of the tree is asked,
 * and nearly all have none: one lstat per name instead of the guarded read's realpaths and the
 * errors they throw (a third of a second on a 10 000-file tree). Anything else is read as before.
 */
function mayHavePolicy(absDir: string): boolean {
  try {
    return POLICY_FILE_NAMES.some((name) => lstatSync(childPath(absDir, name), { throwIfNoEntry: false }) !== undefined);
  } catch {
    return true;
  }
}

function parent(path: string): string {
  const d = posix.dirname(path);
  return d === '.' || d === '/' ? '' : d;
}

const depth = (dir: string) => dir.split('/').length;

function rebase(glob: string, dir: string): string {
  return dir ? `${dir}/${glob}` : glob;
}

/** `outer` with each zone's settings applied to its folder. */
export function zonedPolicy(outer: Policy, zones: PolicyZone[]): ZonedPolicy {
  const policy: Policy = {
    ...outer,
    overrides: [...outer.overrides],
    include: [...outer.include],
    exclude: [...outer.exclude],
    compose: { projects: [...outer.compose.projects], fragments: [...outer.compose.fragments] },
  };
  const warnings: string[] = [];
  for (const { dir, loaded } of zones) {
    const p = loaded.policy;
    const on = (globs: string[]) => globs.map((g) => rebase(g, dir));
    policy.overrides.push({ files: [`${dir}/**`], rules: p.rules });
    policy.overrides.push(...p.overrides.map((o) => ({ files: on(o.files), rules: o.rules })));
    policy.exclude.push(...on(p.exclude));
    // include: discovery has run by the time nested folders are known; only the policies at or
    // above the checked paths (applied before discovery) add files.
    policy.include.push(...on(p.include));
    policy.compose.projects.push(...on(p.compose.projects));
    policy.compose.fragments.push(...on(p.compose.fragments));
    const differs = (['proxy', 'cloudru', 'openclaw', 'maxFileSize'] as const).filter((k) => JSON.stringify(p[k]) !== JSON.stringify(outer[k]));
    if (differs.length) {
      warnings.push(`${loaded.sources[loaded.sources.length - 1]} sets ${differs.join(', ')}, which apply to the whole run: the values of the policy at the scan root are used`);
    }
  }
  return { policy, zones, warnings };
}
