/**
 * What `only-changed` keeps on a pull request: the findings that the PR can have caused. A finding
 * is in scope when any file it depends on changed (its own, or the `.env`, `env_file:`, override
 * or `extends:` file that decides it). When the changed set is not known for certain, nothing is
 * filtered: a partial list would hide findings the PR caused.
 */
import { posix } from 'node:path';
import type { Finding } from '../core/finding.js';
import { filesOf } from '../core/finding.js';
import type { FixedFile } from '../fix/fix.js';
import type { FileDiff } from '../github/hunks.js';
import { MAX_PR_FILES } from '../github/pr-files.js';
import { POLICY_FILE_NAMES } from '../policy/load.js';

export interface ChangeScope {
  /** Paths the PR adds, modifies, removes or renames (both names), relative to the root. */
  changed: Set<string>;
}

/**
 * The PR's changed set, or undefined with the reason when it cannot be trusted: the list is empty
 * (GitHub lists no files, or failed to), as long as GitHub's cap, shorter than the PR's own
 * `changed_files`, or it touches the policy, which can change every finding.
 */
export function changeScope(
  diffs: FileDiff[],
  changedFiles: number | undefined,
  policySources: string[],
): { scope: ChangeScope } | { unknown: string } {
  if (diffs.length === 0) return { unknown: 'GitHub listed no changed files for the pull request' };
  if (diffs.length >= MAX_PR_FILES) return { unknown: `GitHub lists at most ${MAX_PR_FILES} files of a pull request and this one has at least that many` };
  if (changedFiles !== undefined && changedFiles > diffs.length) {
    return { unknown: `GitHub listed ${diffs.length} of the pull request's ${changedFiles} changed files` };
  }
  const changed = new Set<string>();
  for (const d of diffs) {
    changed.add(d.path);
    if (d.previousPath !== undefined) changed.add(d.previousPath);
  }
  // Any folder's .clawcheck.yml: each governs the files below it.
  const policy = [...changed].find((p) => policySources.includes(p) || POLICY_FILE_NAMES.includes(posix.basename(p)));
  if (policy) return { unknown: `the pull request changes the policy file ${policy}, which can change every finding` };
  return { scope: { changed } };
}

export function inScope(finding: Finding, scope: ChangeScope | undefined): boolean {
  return !scope || filesOf(finding).some((path) => scope.changed.has(path));
}

/** Fixed files to deliver: those the PR changed, or that hold a finding it caused. */
export function fixesInScope(files: FixedFile[], findings: Finding[], scope: ChangeScope | undefined): FixedFile[] {
  if (!scope) return files;
  const touched = new Set(findings.filter((f) => inScope(f, scope)).map((f) => f.location.file));
  return files.filter((f) => scope.changed.has(f.path) || touched.has(f.path));
}
