/**
 * `fix: pull-request`: one autofix branch and one pull request per base. The branch is clawcheck's:
 * every run rebuilds it as ONE fresh commit on the current base head, so moving it is safe, but a
 * branch with any commit clawcheck did not make is refused, never overwritten. A commit is
 * clawcheck's only when it carries the trailer AND GitHub shows the token's own account as its
 * author (a trailer is just text anyone can write). The move itself is a compare-and-swap. Runs are idempotent:
 * nothing new to fix means no commit, no PR, no comment; two runs at once end with one of each.
 */
import type { FixedFile } from '../fix/fix.js';
import { AUTOFIX_TRAILER, autofixMessage, changedFiles, hasTrailer } from './autofix-commit.js';
import { ChannelUnavailable } from './channel.js';
import type { ActionLog } from './channel.js';
import type { GitHubClient } from './client.js';
import { statusOf } from './client.js';
import type { RunContext } from './context.js';
import { tokenIdentity, writtenBy } from './identity.js';
import type { BlobEntry, CommitInfo } from './git-data.js';
import { blobSha, commitFiles, createBranch, deleteBranch, errorText, forceBranchTo, getBranchHead, getCommit, readTree, repoPath } from './git-data.js';

/** GitHub refuses PR bodies longer than this. */
export const MAX_BODY = 65536;

export interface AutofixPrOptions {
  /** Default `clawcheck/autofix/<base>`. */
  branch?: string;
  base: string;
  title?: string;
  body: string;
  labels?: string[];
  reviewers?: string[];
  assignees?: string[];
  /** The trailer marking clawcheck's commits (default `Clawcheck-Autofix: true`). */
  trailer?: string;
}

export interface AutofixPrResult {
  operation: 'created' | 'updated' | 'closed' | 'none';
  number?: number;
  url?: string;
  branch: string;
  /** Why nothing was done although something was to do (a foreign branch, a base that moved). */
  reason?: string;
}

interface OpenPull {
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
}

const short = (sha: string) => sha.slice(0, 7);

function sameTree(a: Map<string, BlobEntry>, b: Map<string, BlobEntry>): boolean {
  if (a.size !== b.size) return false;
  for (const [path, e] of a) {
    const o = b.get(path);
    if (!o || o.sha !== e.sha || o.mode !== e.mode) return false;
  }
  return true;
}

/** The open pull request from `branch` into `base`, if there is one. */
export async function findOpenPull(client: GitHubClient, owner: string, repo: string, branch: string, base: string): Promise<OpenPull | undefined> {
  const { data } = await client.rest.pulls.list({ owner, repo, head: `${owner}:${branch}`, base, state: 'open', per_page: 10 });
  return data[0];
}

export async function publishAutofixPullRequest(
  client: GitHubClient,
  run: RunContext,
  fixed: FixedFile[],
  log: ActionLog,
  opts: AutofixPrOptions,
): Promise<AutofixPrResult> {
  const { owner, repo } = run;
  const { base } = opts;
  const branch = opts.branch ?? `clawcheck/autofix/${base}`;
  if (branch === base) throw new Error(`The autofix branch cannot be the base branch itself (${base}).`);
  const trailer = opts.trailer ?? AUTOFIX_TRAILER;
  const files = changedFiles(fixed);
  const done = (operation: AutofixPrResult['operation'], pr?: OpenPull, reason?: string): AutofixPrResult => ({
    operation,
    ...(pr ? { number: pr.number, url: pr.html_url } : {}),
    branch,
    ...(reason ? { reason } : {}),
  });
  /**
   * The head of `branch` when every commit it has beyond `base` is clawcheck's (carries the
   * trailer and is authored by the token's account); otherwise a reason to stop. A human commit
   * anywhere on it, even under one of clawcheck's (say from `fix: commit` on a PR from this
   * branch), makes it someone's work.
   */
  const ownHead = async (): Promise<{ head?: CommitInfo; foreign?: string }> => {
    const sha = await getBranchHead(client, owner, repo, branch);
    if (!sha) return {};
    const { data } = await client.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${base}...${sha}` });
    let theirs = data.commits.find((c) => !hasTrailer(c.commit.message, trailer));
    let why = theirs ? `${short(theirs.sha)} lacks "${trailer}"` : `${data.ahead_by} commits ahead of ${base}`;
    if (!theirs && data.commits.length) {
      const identity = await tokenIdentity(client);
      theirs = data.commits.find((c) => !writtenBy(identity, c.author));
      if (theirs)
        why = identity
          ? `${short(theirs.sha)} is not authored by ${identity.login}, the token's account`
          : `GitHub did not say which account the token writes as, so ${short(theirs.sha)} cannot be told from a copy`;
    }
    if (!theirs && data.commits.length === data.ahead_by) {
      const last = data.commits.at(-1);
      const head: CommitInfo =
        last?.sha === sha
          ? { sha, treeSha: last.commit.tree.sha, parents: last.parents.map((p) => p.sha), message: last.commit.message }
          : await getCommit(client, owner, repo, sha);
      return { head };
    }
    const foreign =
      `The branch ${branch} has commits clawcheck did not make (${why}): ` +
      `leaving the branch and its pull request alone. Delete it, or choose another branch (input fix-branch).`;
    log.warning(foreign);
    return { foreign };
  };

  try {
    if (!files.length) {
      const pr = await findOpenPull(client, owner, repo, branch, base);
      if (!pr) return done('none');
      const { head, foreign } = await ownHead();
      if (foreign) return done('none', pr, foreign);
      const body = `clawcheck found nothing left to fix on \`${base}\` (checked at ${short(run.sha)}): closing this pull request and deleting \`${branch}\`.`;
      await client.rest.issues.createComment({ owner, repo, issue_number: pr.number, body });
      await client.rest.pulls.update({ owner, repo, pull_number: pr.number, state: 'closed' });
      if (head) await deleteBranch(client, owner, repo, branch);
      log.notice(`Closed autofix pull request #${pr.number} and deleted ${branch}: nothing left to fix.`);
      return done('closed', pr);
    }

    // The tree the branch should have: the base head's, with the fixed files.
    const baseHead = await getBranchHead(client, owner, repo, base);
    if (!baseHead) throw new Error(`The base branch ${base} does not exist in ${owner}/${repo}.`);
    const baseTree = await readTree(client, owner, repo, (await getCommit(client, owner, repo, baseHead)).treeSha);
    const stale = files.map((f) => repoPath(f.path)).filter((p, i) => baseTree.get(p)?.sha !== blobSha(files[i].before));
    if (stale.length) {
      const reason = `${stale.join(', ')} on ${base} (now ${short(baseHead)}) ${stale.length > 1 ? 'differ' : 'differs'} from the text clawcheck checked: the base moved; the next run will fix its new content.`;
      log.notice(reason);
      return done('none', undefined, reason);
    }
    const desired = new Map(baseTree);
    for (const f of files) {
      const path = repoPath(f.path);
      desired.set(path, { mode: baseTree.get(path)?.mode ?? '100644', type: 'blob', sha: blobSha(f.after) });
    }

    let branchOp: 'created' | 'updated' | 'none' | undefined;
    let commit: { sha: string; treeSha: string } | undefined;
    for (let attempt = 0; attempt < 2 && !branchOp; attempt++) {
      const { head, foreign } = await ownHead();
      if (foreign) return done('none', await findOpenPull(client, owner, repo, branch, base), foreign);
      if (head) {
        const same = commit ? head.treeSha === commit.treeSha : sameTree(await readTree(client, owner, repo, head.treeSha), desired);
        if (same && head.parents.length === 1 && head.parents[0] === baseHead) {
          branchOp = 'none';
          break;
        }
      }
      commit ??= await commitFiles(client, owner, repo, { parentSha: baseHead, changes: files.map((f) => ({ path: f.path, content: f.after })), message: autofixMessage(files, trailer) });
      if (!head) {
        if ((await createBranch(client, owner, repo, branch, commit.sha)) === 'created') branchOp = 'created';
      } else if ((await forceBranchTo(client, owner, repo, branch, commit.sha, head.sha)) === 'forced') branchOp = 'updated';
      if (!branchOp) log.info(`${branch} changed meanwhile (another run?); looking again.`);
    }
    if (!branchOp) {
      const reason = `${branch} kept changing while clawcheck was updating it (concurrent runs?): left as it is.`;
      log.notice(reason);
      return done('none', await findOpenPull(client, owner, repo, branch, base), reason);
    }
    if (branchOp !== 'none') log.info(`${branch} ${branchOp} at ${commit!.sha} on ${base} ${short(baseHead)}.`);

    const title = opts.title ?? `clawcheck: automatic fixes for ${base}`;
    const body = opts.body.length > MAX_BODY ? opts.body.slice(0, MAX_BODY) : opts.body;
    let pr = await findOpenPull(client, owner, repo, branch, base);
    if (!pr) {
      try {
        const { data } = await client.rest.pulls.create({ owner, repo, head: branch, base, title, body });
        log.notice(`Opened autofix pull request #${data.number}: ${data.html_url}`);
        await addExtras(client, owner, repo, data.number, opts, log);
        return done('created', data);
      } catch (e) {
        if (!(statusOf(e) === 422 && /pull request already exists/i.test(errorText(e)))) throw e;
        pr = await findOpenPull(client, owner, repo, branch, base); // opened by a concurrent run
        if (!pr) throw e;
      }
    }
    let operation: AutofixPrResult['operation'] = branchOp === 'none' ? 'none' : 'updated';
    if (pr.title !== title || (pr.body ?? '') !== body) {
      await client.rest.pulls.update({ owner, repo, pull_number: pr.number, title, body });
      operation = 'updated';
    }
    if (operation === 'updated') log.notice(`Updated autofix pull request #${pr.number}: ${pr.html_url}`);
    return done(operation, pr);
  } catch (e) {
    if (statusOf(e) === 403)
      throw new ChannelUnavailable(
        'pull-request',
        `GitHub refused a write to ${owner}/${repo} (403: ${(e as Error).message}). An autofix pull request needs ` +
          `permissions: contents: write and pull-requests: write; with GITHUB_TOKEN the repository must also ` +
          `allow GitHub Actions to create pull requests (Settings → Actions → General).`,
      );
    throw e;
  }
}

/** Labels, reviewers and assignees of a new PR; a failure is only a notice. */
async function addExtras(client: GitHubClient, owner: string, repo: string, number: number, opts: AutofixPrOptions, log: ActionLog): Promise<void> {
  const steps: Array<[string, string[] | undefined, () => Promise<unknown>]> = [
    ['labels', opts.labels, () => client.rest.issues.addLabels({ owner, repo, issue_number: number, labels: opts.labels! })],
    ['reviewers', opts.reviewers, () => client.rest.pulls.requestReviewers({ owner, repo, pull_number: number, reviewers: opts.reviewers! })],
    ['assignees', opts.assignees, () => client.rest.issues.addAssignees({ owner, repo, issue_number: number, assignees: opts.assignees! })],
  ];
  for (const [what, list, call] of steps) {
    if (!list?.length) continue;
    try {
      await call();
    } catch (e) {
      log.notice(`Could not add ${what} (${list.join(', ')}) to #${number}: ${(e as Error).message}`);
    }
  }
}
