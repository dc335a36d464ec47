/**
 * A check of files held in memory (a repository's tarball, with no checkout on disk): the same
 * discovery rules (targets, include and exclude globs, skipped folders, maxFileSize, binary
 * files), the same nested policies and the same engine as `check()`, and the same CheckResult.
 * Nothing here reads the disk: `.env` and `$include` files come from the same set of files.
 */
import { posix } from 'node:path';
import picomatch from 'picomatch';
import type { DiscoveredFile } from '../discover/index.js';
import { kindOf } from '../discover/targets.js';
import { buildMatchers } from '../discover/targets.js';
import { isGitName } from '../discover/git-dir.js';
import { byPath } from '../discover/paths.js';
import { textOf } from '../discover/read.js';
import { ALWAYS_SKIPPED } from '../discover/walk.js';
import type { Policy } from '../policy/types.js';
import { zonedPolicy } from '../policy/zones.js';
import type { PolicyZone } from '../policy/zones.js';
import { judgeFolders, resultOf } from './check.js';
import type { Discovered } from './check.js';
import { memorySource } from './file-source.js';
import type { FileSource, MemoryFiles } from './file-source.js';
import type { Finding } from './finding.js';
import { readOpenclawIncludes } from './includes.js';
import type { CheckResult, SkippedPath } from './result.js';
import type { SourceFile } from './source.js';

/** A tree of files in memory: the files (or why each was not kept) and every folder. */
export interface MemoryTree {
  files: MemoryFiles;
  folders: Set<string>;
}

export interface CheckFilesOptions {
  /** Absolute path the result names as its root; never read. */
  root: string;
  tree: MemoryTree;
  /** The policy at the root of the tree. */
  policy: Policy;
  /** Nested policy files by folder (relative to the root, never ''), as `memoryPolicies` loads them. */
  zones?: Map<string, PolicyZone>;
  include?: string[];
  exclude?: string[];
  onProgress?: (parsed: number, total: number) => void;
}

function parentDir(path: string): string {
  const d = posix.dirname(path);
  return d === '.' ? '' : d;
}

/** The folders of a path below the root, outermost first: `a/b/c.yml` → `a`, `a/b`. */
function foldersOf(path: string): string[] {
  const parts = path.split('/').slice(0, -1);
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

/**
 * What discovery would find in the tree with these globs: the walk's rules (never `.git`,
 * `node_modules` and the like; an excluded folder leaves out all below it; a target by name or by
 * an include glob), then each file read as discovery reads one. `.gitignore` is not consulted: a
 * tree from git holds only what was committed.
 */
export function discoverInMemory(tree: MemoryTree, include: string[], exclude: string[], maxFileSize: number): { found: DiscoveredFile[]; skipped: SkippedPath[] } {
  const { isTarget, isExcluded } = buildMatchers(include, exclude);
  const found: DiscoveredFile[] = [];
  const skipped: SkippedPath[] = [];
  const prunedDir = new Map<string, boolean>();
  const pruned = (dir: string): boolean => {
    let p = prunedDir.get(dir);
    if (p === undefined) {
      const name = dir.slice(dir.lastIndexOf('/') + 1);
      p = ALWAYS_SKIPPED.has(name) || isGitName(name) || isExcluded(dir);
      prunedDir.set(dir, p);
    }
    return p;
  };
  for (const path of [...tree.files.keys()].sort()) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (ALWAYS_SKIPPED.has(name) || isGitName(name) || foldersOf(path).some(pruned)) continue;
    if (!isTarget(path) || isExcluded(path)) continue;
    const entry = tree.files.get(path)!;
    const kind = kindOf(path);
    if (!kind) skipped.push({ path, reason: 'unknown-type', message: 'matches an include glob but is not a compose, openclaw or .env file by its name' });
    else if ('skip' in entry) skipped.push({ path, ...entry.skip });
    else {
      const read = textOf(entry.bytes, maxFileSize);
      if ('skip' in read) skipped.push({ path, ...read.skip });
      else found.push({ path, absPath: path, kind, text: read.text, explicit: false });
    }
  }
  return { found, skipped };
}

/** The nested policies in force for `paths`: those of their folders and the folders above, shallowest first. */
function zonesFor(zones: Map<string, PolicyZone>, paths: string[]): PolicyZone[] {
  const dirs = new Set<string>();
  for (const p of paths) for (let dir = parentDir(p); dir !== '' && !dirs.has(dir); dir = parentDir(dir)) dirs.add(dir);
  const depth = (d: string) => d.split('/').length;
  return [...dirs]
    .map((d) => zones.get(d))
    .filter((z): z is PolicyZone => !!z)
    .sort((a, b) => depth(a.dir) - depth(b.dir) || (a.dir < b.dir ? -1 : 1));
}

/** What discovery finds in a tree in memory, with the policy it leaves in force, and where its `.env` and `$include` files are read. */
export function discoverTree(options: CheckFilesOptions): Discovered & { source: FileSource } {
  const { tree, policy: outer } = options;
  const exclude = [...outer.exclude, ...(options.exclude ?? [])];
  const discovered = discoverInMemory(tree, [...outer.include, ...(options.include ?? [])], exclude, outer.maxFileSize);
  const zoned = zonedPolicy(outer, zonesFor(options.zones ?? new Map(), [...discovered.found, ...discovered.skipped].map((f) => f.path)));
  // A nested policy's exclude drops what was found in its folder, as it does on disk.
  const excluded = zoned.policy.exclude.length > outer.exclude.length ? picomatch(zoned.policy.exclude, { dot: true }) : undefined;
  const keep = (f: { path: string }) => !excluded || !excluded(f.path);
  return {
    root: options.root,
    found: discovered.found.filter(keep).sort(byPath),
    skipped: discovered.skipped.filter(keep),
    policy: zoned.policy,
    zones: zoned.zones,
    warnings: zoned.warnings,
    source: memorySource(tree.files, tree.folders),
  };
}

/** `check()` for a tree in memory: same findings, same shape, paths relative to the tree's root. */
export async function checkFiles(options: CheckFilesOptions): Promise<CheckResult> {
  const { root, found, skipped, policy, source, zones, warnings } = discoverTree(options);
  const includes = await readOpenclawIncludes(root, found, policy, skipped, source);
  const findings: Finding[] = [];
  const sources = new Map<string, SourceFile>();
  for await (const batch of judgeFolders(root, found, { root, policy, source, onProgress: options.onProgress }, skipped, sources, includes)) findings.push(...batch.findings);
  return { ...resultOf(root, findings, skipped, sources, policy), zones, warnings };
}
