import type { Dirent } from 'node:fs';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SkippedPath } from '../core/result.js';
import { isGitName } from './git-dir.js';
import { isIgnored, loadIgnoreFile, type IgnoreLevel } from './gitignore.js';
import { locate, OUTSIDE_ROOT, skipForError, type Skip } from './read.js';
import type { PathTest } from './targets.js';
import { childPath } from './paths.js';

/** Folders never walked: version-control internals and dependency trees (`.git` in any spelling: isGitName). */
export const ALWAYS_SKIPPED = new Set(['.hg', '.svn', '.bzr', 'node_modules']);

export const UNREPORTABLE_NAME: Skip = {
  reason: 'unreportable-name',
  message: 'has a name that is not valid UTF-8 (shown with U+FFFD); it cannot be read or reported by name: rename it',
};

/** Names in `dir` whose bytes are not valid UTF-8, as readdir decodes them (with U+FFFD). */
function lossyNames(dir: string): Set<string> {
  const out = new Set<string>();
  try {
    for (const raw of readdirSync(dir, { encoding: 'buffer' })) {
      const name = raw.toString('utf8');
      if (!Buffer.from(name, 'utf8').equals(raw)) out.add(name);
    }
  } catch {
    // unreadable now: the string listing already succeeded, nothing more to learn
  }
  return out;
}

/** A file chosen for reading; `realPath` lets two names of one file be reported once. */
export interface Candidate {
  path: string;
  absPath: string;
  realPath: string;
  explicit: boolean;
}

interface PendingDir {
  absPath: string;
  path: string;
  realPath: string;
  levels: IgnoreLevel[];
}

/**
 * Walks folders under the root, collecting target files and the paths it had to skip.
 * Folders reached through a symlink are walked only after every real folder, and each real
 * folder at most once: this stops symlink cycles and makes a linked folder show up under
 * its real name rather than under whichever link sorts first.
 */
export class Walker {
  readonly candidates: Candidate[] = [];
  readonly skipped: SkippedPath[] = [];
  private readonly visited = new Set<string>();
  private readonly linkedDirs: PendingDir[] = [];

  constructor(
    private readonly realRoot: string,
    private readonly isTarget: PathTest,
    private readonly isExcluded: PathTest,
    /** false with --no-ignore: .gitignore files are not read. */
    private readonly gitignore = true,
  ) {}

  async walk(start: PendingDir): Promise<void> {
    await this.walkDir(start);
  }

  /** Walks the folders reached through symlinks, including ones found while doing so. */
  async walkLinkedDirs(): Promise<void> {
    for (let dir = this.linkedDirs.shift(); dir; dir = this.linkedDirs.shift()) {
      await this.walkDir(dir);
    }
  }

  private skip(path: string, skip: Skip): void {
    this.skipped.push({ path, ...skip });
  }

  private filteredOut(levels: IgnoreLevel[], absPath: string, path: string, isDir: boolean): boolean {
    return this.isExcluded(path) || isIgnored(levels, absPath, isDir);
  }

  private async walkDir(dir: PendingDir): Promise<void> {
    if (this.visited.has(dir.realPath)) return;
    this.visited.add(dir.realPath);
    let entries: Dirent[];
    try {
      // Synchronous: one folder at a time anyway, and far cheaper than the promise API per call.
      entries = readdirSync(dir.absPath, { withFileTypes: true });
    } catch (error) {
      const skip = skipForError(error, 'folder');
      if (skip) this.skip(dir.path || '.', skip);
      return;
    }
    // The listing says whether there is a .gitignore: no lookup in the many folders without one.
    const hasIgnoreFile = this.gitignore && entries.some((e) => e.name === '.gitignore' && e.isFile());
    const own = hasIgnoreFile ? await loadIgnoreFile(dir.absPath, childPath(dir.absPath, '.gitignore')) : undefined;
    const levels = own ? [...dir.levels, own] : dir.levels;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const lossy = entries.some((e) => e.name.includes('\uFFFD')) ? lossyNames(dir.absPath) : undefined;
    for (const entry of entries) {
      if (ALWAYS_SKIPPED.has(entry.name) || isGitName(entry.name)) continue;
      const child: PendingDir = {
        absPath: childPath(dir.absPath, entry.name),
        path: dir.path ? `${dir.path}/${entry.name}` : entry.name,
        realPath: childPath(dir.realPath, entry.name),
        levels,
      };
      if (lossy?.has(entry.name)) {
        // Not valid UTF-8: the name cannot be opened through a string path, nor reported exactly.
        const isDir = entry.isDirectory();
        if ((isDir || this.isTarget(child.path)) && !this.filteredOut(levels, child.absPath, child.path, isDir)) this.skip(child.path, UNREPORTABLE_NAME);
      } else if (entry.isSymbolicLink()) await this.visitLink(child);
      else if (entry.isDirectory()) {
        if (!this.filteredOut(levels, child.absPath, child.path, true)) await this.walkDir(child);
      } else if (this.isTarget(child.path) && !this.filteredOut(levels, child.absPath, child.path, false)) {
        // A FIFO or socket named like a target is reported, never opened.
        if (entry.isFile()) this.addFile(child);
        else this.skip(child.path, { reason: 'not-a-file', message: 'is not a regular file' });
      }
    }
  }

  private async visitLink(link: PendingDir): Promise<void> {
    const where = await locate(link.absPath, this.realRoot);
    if ('missing' in where || 'skip' in where) {
      // A dangling link only matters when its name says it should have been checked.
      if (this.isTarget(link.path) && !this.filteredOut(link.levels, link.absPath, link.path, false)) {
        this.skip(link.path, 'skip' in where ? where.skip : { reason: 'unreadable', message: 'is a broken symbolic link' });
      }
      return;
    }
    let isDir: boolean;
    try {
      isDir = statSync(link.absPath).isDirectory();
    } catch {
      return; // vanished between the two calls
    }
    if (this.filteredOut(link.levels, link.absPath, link.path, isDir)) return;
    if (!isDir && !this.isTarget(link.path)) return;
    if ('outside' in where) {
      this.skip(link.path, OUTSIDE_ROOT);
      return;
    }
    if (isDir) this.linkedDirs.push({ ...link, realPath: where.real });
    else this.addFile({ ...link, realPath: where.real });
  }

  /** Files named on the command line bypass targets, .gitignore and exclude. */
  addExplicitFile(path: string, absPath: string, realPath: string): void {
    this.candidates.push({ path, absPath, realPath, explicit: true });
  }

  private addFile(file: PendingDir): void {
    this.candidates.push({ path: file.path, absPath: file.absPath, realPath: file.realPath, explicit: false });
  }
}

/**
 * One candidate per real file: the name that is its real location wins (not one reached
 * through a symlink), then the first by path; `explicit` if any of its names was given.
 */
export function dedupeCandidates(candidates: readonly Candidate[], realRoot: string): Candidate[] {
  const isRealName = (c: Candidate): boolean => c.realPath === join(realRoot, c.path);
  const byReal = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const seen = byReal.get(candidate.realPath);
    if (!seen) {
      byReal.set(candidate.realPath, candidate);
      continue;
    }
    const better =
      isRealName(seen) !== isRealName(candidate)
        ? isRealName(seen) ? seen : candidate
        : seen.path <= candidate.path ? seen : candidate;
    byReal.set(candidate.realPath, { ...better, explicit: seen.explicit || candidate.explicit });
  }
  return [...byReal.values()];
}
