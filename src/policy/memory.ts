/**
 * The policies of a tree held in memory (a repository's tarball): its `.clawcheck.yml` at the
 * root and in any folder, each with its `extends:` files read from the same tree, as the loader
 * reads them from disk (the nearest policy file at or above each checked file; `--config` alone
 * when one is given). Nothing is read from disk.
 */
import { join, posix, relative } from 'node:path';
import type { MemoryFiles } from '../core/file-source.js';
import { normalInside } from '../core/file-source.js';
import { isGitName } from '../discover/git-dir.js';
import { DEFAULT_MAX_FILE_SIZE, textOf } from '../discover/read.js';
import { ALWAYS_SKIPPED } from '../discover/walk.js';
import type { PolicyRead } from './files.js';
import { policyOfText, PolicyError, POLICY_FILE_NAMES, recommendedPolicy } from './load.js';
import type { PolicyReader } from './load.js';
import type { LoadedPolicy } from './types.js';
import type { PolicyZone } from './zones.js';

export interface MemoryPolicies {
  /** The policy at the root: `--config`, else the tree's own root policy file, else the recommended one. */
  root: LoadedPolicy;
  /** The nested policy files by folder (never ''); none with `--config`. */
  zones: Map<string, PolicyZone>;
}

/** Reads a policy file of the tree by its absolute path under `root`, with the guards of a read from disk. */
export function memoryPolicyReader(root: string, files: MemoryFiles): PolicyReader {
  return (absPath: string): PolicyRead => {
    const rel = normalInside(relative(root, absPath));
    if (rel === undefined || rel === '') return { refused: 'is outside the repository; files outside it are not read' };
    if (rel.split('/').some(isGitName)) return { refused: 'is inside a .git folder; files there are never read' };
    const entry = files.get(rel);
    if (!entry) return { missing: true };
    if ('skip' in entry) return { refused: entry.skip.message };
    const read = textOf(entry.bytes, DEFAULT_MAX_FILE_SIZE);
    return 'skip' in read ? { refused: read.skip.message } : { text: read.text };
  };
}

/** Whether the walk reaches this path at all (not in `.git`, `node_modules` and the like). */
function walked(path: string): boolean {
  return !path.split('/').some((s) => ALWAYS_SKIPPED.has(s) || isGitName(s));
}

/**
 * The policies of the tree at `root` (absolute; shown paths are relative to it). Throws
 * PolicyError for a policy file that has problems, as loadPolicy does.
 */
export function memoryPolicies(root: string, files: MemoryFiles, config?: LoadedPolicy): MemoryPolicies {
  const read = memoryPolicyReader(root, files);
  const byDir = new Map<string, string>();
  // `.clawcheck.yml` wins over `.clawcheck.yaml` in one folder, as on disk.
  for (const name of [...POLICY_FILE_NAMES].reverse()) {
    for (const path of files.keys()) {
      if (posix.basename(path) !== name || !walked(path)) continue;
      const dir = posix.dirname(path);
      byDir.set(dir === '.' ? '' : dir, path);
    }
  }
  const load = (path: string): LoadedPolicy | undefined => {
    const r = read(join(root, path));
    if ('missing' in r) return undefined;
    if ('refused' in r) throw new PolicyError(r.refused, path);
    return policyOfText(root, join(root, path), r.text, root, read);
  };
  if (config) return { root: config, zones: new Map() };
  const top = byDir.get('');
  const rootPolicy = (top !== undefined ? load(top) : undefined) ?? { policy: recommendedPolicy(), sources: ['recommended'] };
  const zones = new Map<string, PolicyZone>();
  for (const [dir, path] of [...byDir].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (dir === '') continue;
    const loaded = load(path);
    if (loaded) zones.set(dir, { dir, loaded });
  }
  return { root: rootPolicy, zones };
}
