/**
 * What an organisation audit asks of GitHub, and nothing else. The implementation
 * (src/github/org-api.ts, over the Action's client: bounded waits, Retry-After, secondary limits)
 * is loaded only by `clawcheck org`, in a chunk of its own: the rest of clawcheck never loads
 * Octokit, and the org commands' own code stays network-free and testable with any OrgApi.
 */
import type { FixedFile } from '../fix/fix.js';
import type { AutofixPrResult } from '../github/autofix-pr.js';
import type { BlobEntry } from '../github/git-data.js';
import type { AuditOutcome, TrackedIssue } from '../github/tracked-issue.js';
import type { WaitClock } from '../github/waits.js';
import type { ListedRepo } from './plan.js';

export interface TarballStream {
  /** The gzipped archive as it arrives. */
  body: AsyncIterable<Buffer>;
  /** Its length when the server announced one. */
  length?: number;
  /** Stops the download (a tarball refused by its announced length is not read). */
  cancel?: () => Promise<unknown>;
}

export interface OrgApi {
  /** Every repository of the organisation, a hundred per request, with the fields the plan reads. */
  listRepos(org: string): Promise<ListedRepo[]>;
  /** The commit a branch points at now (one request answering with the SHA alone). */
  headCommit(owner: string, repo: string, branch: string): Promise<string>;
  /** The tarball of a commit, streamed from the URL the API redirects to. */
  tarball(owner: string, repo: string, sha: string): Promise<TarballStream>;
  /** Keeps one issue up to date (publishTrackedIssue). */
  publishIssue(issue: TrackedIssue): Promise<AuditOutcome>;
  /** The repository's default branch now, and whether it is archived (read-only). */
  repository(owner: string, repo: string): Promise<{ defaultBranch: string; archived: boolean }>;
  /** The blobs of a commit's tree by path (one request for the commit, one for its tree; `wanted` when GitHub cuts a large tree short). */
  treeAt(owner: string, repo: string, sha: string, wanted: string[]): Promise<Map<string, BlobEntry>>;
  /** The open pull request from `branch` into `base`, read only. */
  openPull(owner: string, repo: string, branch: string, base: string): Promise<{ number: number; url: string } | undefined>;
  /** The autofix pull request of `fix: pull-request` (publishAutofixPullRequest), for fixes computed at `judged`. */
  publishAutofix(owner: string, repo: string, request: AutofixRequest): Promise<AutofixPrResult>;
}

export interface AutofixRequest {
  /** The default branch: the pull request's base. */
  base: string;
  /** The commit the fixes were computed on. */
  judged: string;
  files: FixedFile[];
  body: string;
}

export interface OrgApiOptions {
  token: string;
  baseUrl: string;
  clock?: WaitClock;
  retries?: number;
  throttle?: boolean;
  log?: (message: string) => void;
  /** Longest wait for one tarball download, from the request to its last byte. */
  downloadTimeoutMs?: number;
}

/** The GitHub implementation, loaded on first use. */
export async function githubOrgApi(options: OrgApiOptions): Promise<OrgApi> {
  const { createOrgApi } = await import('../github/org-api.js');
  return createOrgApi(options);
}
