/**
 * `fix: commit`: the fixes as one commit on the PR's head branch, through the Git Data API,
 * never forced, and only as a child of the very commit the run checked out and judged (the PR
 * head of the event). If the branch has moved, nothing is committed: the fixes would land on
 * commits no one checked, and the check run on that new head would say success for them.
 */
import type { FixedFile } from '../fix/fix.js';
import type { ActionLog } from './channel.js';
import type { GitHubClient } from './client.js';
import { statusOf } from './client.js';
import type { RunContext } from './context.js';
import { blobSha, commitFiles, errorText, getBranchHead, getCommit, readTree, repoPath, updateBranch } from './git-data.js';
import type { CommitInfo } from './git-data.js';

/** Marks clawcheck's own commits: a run whose head carries it does not commit again. */
export const AUTOFIX_TRAILER = 'Clawcheck-Autofix: true';

export interface CommitFixesResult {
  outcome: 'committed' | 'nothing-to-fix' | 'loop-guard' | 'head-moved' | 'not-allowed';
  sha?: string;
  reason?: string;
}

export interface CommitFixesOptions {
  /** The trailer line marking clawcheck's commits (default `Clawcheck-Autofix: true`). */
  trailer?: string;
}

/** Does a line of `message` carry `trailer` (key case-insensitive, value exact)? */
export function hasTrailer(message: string, trailer: string = AUTOFIX_TRAILER): boolean {
  const at = trailer.indexOf(':');
  const key = trailer.slice(0, at).trim().toLowerCase();
  const value = trailer.slice(at + 1).trim();
  return message.split(/\r?\n/).some((line) => {
    const i = line.indexOf(':');
    return i > 0 && line.slice(0, i).trim().toLowerCase() === key && line.slice(i + 1).trim() === value;
  });
}

/** The files whose text actually changes. */
export function changedFiles(fixed: FixedFile[]): FixedFile[] {
  return fixed.filter((f) => f.after !== f.before);
}

function rulesOf(file: FixedFile): string[] {
  return [...new Set(file.fixed.map((f) => f.ruleId))].sort();
}

/** `clawcheck: fix <rules>`, a line per file with its rule ids, then the trailer. */
export function autofixMessage(files: FixedFile[], trailer: string = AUTOFIX_TRAILER): string {
  const all = [...new Set(files.flatMap(rulesOf))].sort();
  const lines = files.map((f) => `${repoPath(f.path)}: ${rulesOf(f).join(', ') || 'formatting'}`);
  return `clawcheck: fix ${all.join(', ') || 'findings'}\n\n${lines.join('\n')}\n\n${trailer}`;
}

/**
 * Paths whose bytes in `treeSha` are not the `before` text the fixes were computed from (or that
 * are missing there, or are not regular files).
 */
export async function staleFiles(client: GitHubClient, owner: string, repo: string, treeSha: string, files: FixedFile[]): Promise<string[]> {
  const paths = files.map((f) => repoPath(f.path));
  const entries = await readTree(client, owner, repo, treeSha, paths);
  return paths.filter((p, i) => {
    const e = entries.get(p);
    return !e || (e.mode !== '100644' && e.mode !== '100755') || e.sha !== blobSha(files[i].before);
  });
}

const short = (sha: string) => sha.slice(0, 7);

export async function commitFixes(
  client: GitHubClient,
  run: RunContext,
  fixed: FixedFile[],
  log: ActionLog,
  opts: CommitFixesOptions = {},
): Promise<CommitFixesResult> {
  const trailer = opts.trailer ?? AUTOFIX_TRAILER;
  /** Every outcome with a reason logs it here, once; callers only pass it on. */
  const stop = (outcome: CommitFixesResult['outcome'], reason: string): CommitFixesResult => {
    log.notice(reason);
    return { outcome, reason };
  };
  const pr = run.pullRequest;
  if (!pr) return stop('not-allowed', 'fix: commit needs a pull request event (use fix: pull-request on push or schedule).');
  if (pr.fork)
    return stop(
      'not-allowed',
      `PR #${pr.number} comes from the fork ${pr.headRepo}: GitHub gives workflows on fork pull requests a read-only ` +
        `GITHUB_TOKEN, so clawcheck cannot push to its branch; the fixes are offered as suggestions instead. ` +
        `Committing needs a token with contents: write on ${pr.headRepo} (a PAT or GitHub App token). pull_request_target ` +
        `gives a write token, but runs on code from the fork: use it only if the workflow never executes that code.`,
    );
  const files = changedFiles(fixed);
  if (!files.length) return { outcome: 'nothing-to-fix' };
  const branch = pr.headRef;
  const { owner, repo } = run;

  try {
    const parent: CommitInfo = await getCommit(client, owner, repo, pr.headSha);
    if (hasTrailer(parent.message, trailer))
      return stop('loop-guard', `The head commit ${short(parent.sha)} is clawcheck's own fix commit (${trailer}): not committing again.`);
    const stale = await staleFiles(client, owner, repo, parent.treeSha, files);
    if (stale.length)
      return stop(
        'head-moved',
        `${stale.join(', ')} at the PR head ${short(parent.sha)} ${stale.length > 1 ? 'differ' : 'differs'} from the text clawcheck checked ` +
          `(was the merge commit checked out instead of the head?): not committing fixes computed for other content.`,
      );
    const moved = (head: string | undefined) =>
      stop(
        'head-moved',
        head
          ? `The branch ${branch} moved from ${short(parent.sha)} to ${short(head)} after this run checked out ${short(parent.sha)}: its new commits were not checked, ` +
              `so nothing was committed; the findings are reported on ${short(parent.sha)}, the commit that was judged.`
          : `The branch ${branch} no longer exists: nothing was committed; the findings are reported on ${short(parent.sha)}, the commit that was judged.`,
      );
    const head = await getBranchHead(client, owner, repo, branch);
    if (head !== parent.sha) return moved(head);
    const message = autofixMessage(files, trailer);
    const commit = await commitFiles(client, owner, repo, { parentSha: parent.sha, changes: files.map((f) => ({ path: f.path, content: f.after })), message });
    // Not forced: a push made since the read above is not an ancestor of this commit, so GitHub
    // rejects the update. (The API has no compare-and-swap; a force-push back to an ancestor in
    // that window would be fast-forwarded, but the commit is still the judged tree plus the fixes.)
    if ((await updateBranch(client, owner, repo, branch, commit.sha)) === 'updated') {
      log.notice(`clawcheck committed its fixes to ${branch} as ${commit.sha}.`);
      return { outcome: 'committed', sha: commit.sha };
    }
    return moved(await getBranchHead(client, owner, repo, branch));
  } catch (e) {
    if (statusOf(e) === 403 || (statusOf(e) === 422 && /protected branch/i.test(errorText(e))))
      return stop(
        'not-allowed',
        `GitHub refused the write to ${owner}/${repo} (${statusOf(e)}: ${(e as Error).message}). Committing fixes needs ` +
          `permissions: contents: write for the job's token (and a branch that accepts direct pushes).`,
      );
    throw e;
  }
}
