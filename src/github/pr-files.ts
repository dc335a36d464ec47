/** The files a pull request changes, with their right-side hunks. */
import type { GitHubClient } from './client.js';
import { parsePatch } from './hunks.js';
import type { FileDiff } from './hunks.js';

/** GitHub lists at most this many files of a pull request; a longer list is cut there. */
export const MAX_PR_FILES = 3000;

/**
 * Lists every file of pull request `number` (100 per page, up to GitHub's 3 000) and parses each
 * patch. Files without a patch (binary, too large) come back without hunks. API errors are
 * thrown as Octokit raises them (with `status`): each caller decides what a failure means.
 */
export async function listPullRequestFiles(client: GitHubClient, owner: string, repo: string, number: number): Promise<FileDiff[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, { owner, repo, pull_number: number, per_page: 100 });
  return files.slice(0, MAX_PR_FILES).map((f) => parsePatch(f.filename, f.patch, f.previous_filename));
}
