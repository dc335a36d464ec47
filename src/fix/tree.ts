import { byFolder, discoverFor, judgeFolders, parseWithEnvFiles, resultOf } from '../core/check.js';
import type { CheckOptions, Discovered } from '../core/check.js';
import { discoverTree } from '../core/check-files.js';
import type { CheckFilesOptions } from '../core/check-files.js';
import type { DiscoveredFile } from '../discover/index.js';
import { byPath } from '../discover/paths.js';
import { envFilesToRead, rulesLookup } from '../core/engine.js';
import { includedFor, readOpenclawIncludes } from '../core/includes.js';
import type { Finding } from '../core/finding.js';
import { sortAndDedupe } from '../core/finding.js';
import type { CheckResult } from '../core/result.js';
import type { SourceFile } from '../core/source.js';
import { fixableFile, fixParsed } from './fix.js';
import type { FixedFile, FixType, Refusal } from './fix.js';

export interface TreeFixOutcome {
  files: FixedFile[];
  /** Judged on the texts as they are on disk. */
  before: CheckResult;
  /** Judged on the fixed texts, with a `fix-failed` finding for each file left untouched. */
  after: CheckResult;
  passes: number;
}

/** Files fixed together at most (whole folder groups, so a group may exceed it). */
const CHUNK_FILES = 256;

/** One folder: a Compose project and its neighbours, with the `.env` and `$include` files it reads. */
interface Folder {
  files: DiscoveredFile[];
  /** Every path its judging involves: its own files and the `.env` and included files they read. */
  paths: Set<string>;
  wantsFix: boolean;
}

/**
 * Checks and fixes a whole tree while holding only a slice of it parsed. First every folder is
 * judged once, as `check()` does. Only folders with a fix to make are parsed again and fixed,
 * together with every folder that reads a `.env` file they share (a fix there changes what those
 * folders see), a few hundred files at a time. `refusal` names the files that must not be rewritten.
 */
export async function fixTree(options: CheckOptions, type: FixType = 'problem', refusal?: Refusal): Promise<TreeFixOutcome> {
  return fixDiscovered(await discoverFor(options), options, type, refusal);
}

/**
 * `fixTree` for a tree held in memory (a repository's tarball): the same discovery as
 * `checkFiles`, the same fix loop; the fixed texts are returned, nothing is written.
 */
export async function fixFiles(options: CheckFilesOptions, type: FixType = 'problem'): Promise<TreeFixOutcome> {
  const discovered = discoverTree(options);
  return fixDiscovered(discovered, { root: options.root, policy: discovered.policy, source: discovered.source, onProgress: options.onProgress }, type);
}

/** The fixes of what discovery found, its `.env` and `$include` files read from `options.source` (the disk by default). */
async function fixDiscovered(discovered: Discovered, options: CheckOptions, type: FixType, refusal?: Refusal): Promise<TreeFixOutcome> {
  const { root, found, skipped, policy } = discovered;
  options = { ...options, policy };
  const rulesOf = rulesLookup(policy);

  const original = new Map<string, SourceFile>();
  const firstJudging: Finding[] = [];
  const folders: Folder[] = [];
  const includes = await readOpenclawIncludes(root, found, policy, skipped, options.source);
  for await (const batch of judgeFolders(root, found, options, skipped, original, includes)) {
    firstJudging.push(...batch.findings);
    const edited = new Set(batch.findings.map((f) => fixableFile(f, type, rulesOf)));
    const parsedByPath = new Map(batch.parsed.map((p) => [p.file.path, p]));
    for (const files of byFolder(batch.files)) {
      const own = files.map((f) => parsedByPath.get(f.path)!);
      const paths = new Set([...files.map((f) => f.path), ...envFilesToRead(own).keys(), ...includedFor(own, includes).map((p) => p.file.path)]);
      folders.push({ files, paths, wantsFix: [...paths].some((p) => edited.has(p)) });
    }
  }
  const before = sortAndDedupe(firstJudging);

  const fixedSources = new Map<string, SourceFile>();
  const after: Finding[] = [];
  const refixed = new Set<string>();
  const files: FixedFile[] = [];
  let passes = 0;
  for (const chunk of fixChunks(folders)) {
    const parsed = await parseWithEnvFiles(root, chunk, policy, [], original, includes, options.source);
    // A chunk holds every reader of its .env files: its findings are exactly those of the first judging.
    const paths = new Set(parsed.map((p) => p.file.path));
    const outcome = fixParsed(parsed, policy, type, before.filter((f) => paths.has(f.location.file)), refusal, { refused: includes.refused });
    for (const path of paths) refixed.add(path);
    for (const p of outcome.parsed) fixedSources.set(p.file.path, p.file);
    after.push(...outcome.findings);
    files.push(...outcome.files);
    passes = Math.max(passes, outcome.passes);
  }
  // Folders with nothing to fix keep the findings of the first judging.
  after.push(...before.filter((f) => !refixed.has(f.location.file)));

  return {
    files: files.sort(byPath),
    before: { ...resultOf(root, before, skipped, original, policy), zones: discovered.zones, warnings: discovered.warnings },
    after: { ...resultOf(root, after, skipped, new Map([...original, ...fixedSources]), policy), zones: discovered.zones, warnings: discovered.warnings },
    passes,
  };
}

/**
 * The folders to fix, in chunks of about CHUNK_FILES files: folders sharing a path (a `.env`
 * read by several) always land in one chunk, and a group is fixed if any of its folders needs it.
 */
function* fixChunks(folders: Folder[]): Generator<DiscoveredFile[]> {
  const parent = folders.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const owner = new Map<string, number>();
  folders.forEach((folder, i) => {
    for (const path of folder.paths) {
      const j = owner.get(path);
      if (j === undefined) owner.set(path, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Folder[]>();
  folders.forEach((folder, i) => {
    const group = groups.get(find(i));
    if (group) group.push(folder);
    else groups.set(find(i), [folder]);
  });
  let chunk: DiscoveredFile[] = [];
  for (const group of groups.values()) {
    if (!group.some((f) => f.wantsFix)) continue;
    chunk.push(...group.flatMap((f) => f.files));
    if (chunk.length >= CHUNK_FILES) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}
