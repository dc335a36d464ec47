/**
 * `clawcheck org fix`: the autofix pull request of `fix: pull-request` in every repository whose
 * scan found something fixable. Each repository's tarball is downloaded again at the commit its
 * result judged (the scan's limits and code path), fixed in memory by the same engine as
 * `clawcheck --fix`, and published by the Action's own autofix flow (publishAutofixPullRequest,
 * through OrgApi). The results are hostile input: only their repository name (checked), commit
 * (checked) and whether a finding is fixable are used. No network here, only OrgApi.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { MemoryTree } from '../core/check-files.js';
import { redactText } from '../core/redact.js';
import { mapBounded } from '../discover/read.js';
import type { FixedFile, FixType } from '../fix/fix.js';
import { fixFiles } from '../fix/tree.js';
import { autofixPullRequestBody } from '../github/autofix-body.js';
import { ChannelUnavailable } from '../github/channel.js';
import { PolicyError } from '../policy/load.js';
import { memoryPolicies } from '../policy/memory.js';
import type { LoadedPolicy } from '../policy/types.js';
import type { OrgApi } from './api.js';
import { PullRequestBudget } from './budget.js';
import { statusOf, waitKindOf } from './errors.js';
import { isSafeFullName } from './plan.js';
import type { OrgResult } from './result.js';
import { mayBeRead, TarballError, treeOfDownload } from './tarball.js';

/** New pull requests one run opens at most, unless --max-prs says otherwise. */
export const MAX_PRS_DEFAULT = 20;

export type FixStatus = 'opened' | 'updated' | 'unchanged' | 'closed' | 'would-open' | 'would-update' | 'would-close' | 'skipped' | 'failed';

/** What happened in one repository; `reason` is a fixed word, `message` says it in full. */
export interface RepositoryFix {
  repository: string;
  status: FixStatus;
  /** The commit the scan judged, on which the fixes were computed. */
  commit: string | null;
  base?: string;
  branch?: string;
  /** The files the fixes change. */
  files?: string[];
  pullRequest?: { number: number; url: string };
  reason?: string;
  message?: string;
}

export interface FixRunOptions {
  api: OrgApi;
  results: OrgResult[];
  /** `--config`: one policy for every repository instead of each one's own (as scan). */
  config?: LoadedPolicy;
  fixType: FixType;
  maxTarballBytes: number;
  /** New pull requests one run may open (updates of open ones are not counted). */
  maxPrs: number;
  concurrency: number;
  /** Reads only: say what would be opened, updated or closed. */
  dryRun: boolean;
  /** Each repository's outcome as soon as it is known. */
  onResult?: (fix: RepositoryFix) => void;
}

/** The branch `fix: pull-request` keeps for a base (the Action's default fix-branch). */
export const autofixBranch = (base: string) => `clawcheck/autofix/${base}`;

/** The sha git gives these bytes as a blob: the tarball's files compared with a tree's without downloading them. */
function gitBlobSha(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

const short = (sha: string) => sha.slice(0, 7);
const REGULAR = new Set(['100644', '100755']);

/**
 * The files a check may read whose content at `head` is not what the judged tarball held: a
 * changed, added or removed compose, openclaw, `.env`, policy or other YAML/JSON file. Entries
 * the tarball did not keep (links, files over the limits) are compared by presence only.
 */
async function changedSince(api: OrgApi, owner: string, repo: string, head: string, tree: MemoryTree): Promise<string[]> {
  const judged = [...tree.files].filter(([path]) => mayBeRead(path));
  const now = await api.treeAt(owner, repo, head, judged.map(([path]) => path));
  const changed = new Set<string>();
  for (const [path, entry] of judged) {
    const at = now.get(path);
    if (!at || ('bytes' in entry && (at.sha !== gitBlobSha(entry.bytes) || !REGULAR.has(at.mode)))) changed.add(path);
  }
  for (const path of now.keys()) if (mayBeRead(path) && !tree.files.has(path)) changed.add(path);
  return [...changed].sort();
}

function failure(e: unknown): { reason: string; message: string } {
  if (e instanceof ChannelUnavailable) return { reason: 'forbidden', message: e.message };
  if (e instanceof TarballError) return { reason: e.reason, message: e.message };
  if (e instanceof PolicyError) return { reason: 'policy', message: `its policy file has problems: ${e.message}` };
  const wait = waitKindOf(e);
  if (wait) return { reason: wait === 'rate-limit' ? 'rate-limited' : 'unreachable', message: (e as Error).message };
  const status = statusOf(e);
  if (status === 404) return { reason: 'not-found', message: 'the repository, its default branch or the judged commit no longer exists, or the token cannot read it (HTTP 404)' };
  if (status === 403) return { reason: 'forbidden', message: 'GitHub refused the request (HTTP 403): the token needs contents: write and pull requests: write on the repository' };
  if (status === 409) return { reason: 'empty', message: 'the repository is empty (HTTP 409)' };
  if (status === 451) return { reason: 'unavailable', message: 'the repository is unavailable for legal reasons (HTTP 451)' };
  return { reason: 'error', message: status ? `HTTP ${status}: ${(e as Error).message}` : String((e as Error)?.message ?? e) };
}

/** Every result's repository fixed, skipped with a reason, or failed with one, `concurrency` at a time; in the results' order. */
export async function fixRepositories(o: FixRunOptions): Promise<RepositoryFix[]> {
  const budget = new PullRequestBudget(o.maxPrs);
  const out: RepositoryFix[] = new Array(o.results.length);
  const indexed = o.results.map((result, index) => ({ result, index }));
  await mapBounded(indexed, Math.max(1, o.concurrency), async ({ result, index }) => {
    const fix = await fixOne(o, budget, result);
    if (fix.message) fix.message = redactText(fix.message);
    out[index] = fix;
    o.onResult?.(fix);
  });
  return out;
}

async function fixOne(o: FixRunOptions, budget: PullRequestBudget, result: OrgResult): Promise<RepositoryFix> {
  const fullName = result.repository;
  const commit = typeof result.commit === 'string' ? result.commit : null;
  const record = (status: FixStatus, more: Partial<RepositoryFix> = {}): RepositoryFix => ({ repository: fullName, status, commit, ...more });
  const skip = (reason: string, message: string, more: Partial<RepositoryFix> = {}) => record('skipped', { ...more, reason, message });
  // readResults checked the name already; checked again here, as it names URLs.
  if (!isSafeFullName(fullName)) return skip('refused', 'the result does not name a repository as owner/name');
  if (result.status !== 'scanned' || commit === null) return skip('not-scanned', 'the scan could not judge the repository; re-scan it');
  if (!result.findings.some((f) => f?.fixable === true)) return skip('no-fixable-findings', 'none of its findings has a fix');
  const [owner, name] = fullName.split('/');
  let held = false;
  try {
    const repo = await o.api.repository(owner, name);
    const base = repo.defaultBranch;
    const branch = autofixBranch(base);
    const at = { base, branch };
    if (repo.archived) return skip('archived', 'the repository is archived (read-only)', at);
    const head = await o.api.headCommit(owner, name, base);
    const { tree } = await treeOfDownload(await o.api.tarball(owner, name, commit), { maxTarballBytes: o.maxTarballBytes });
    const root = join('/', owner, name);
    const policies = memoryPolicies(root, tree.files, o.config);
    const fixed = await fixFiles({ root, tree, policy: policies.root.policy, zones: policies.zones }, o.fixType);
    const files: FixedFile[] = fixed.files.filter((f) => f.after !== f.before);
    const paths = files.map((f) => f.path);
    if (head !== commit) {
      // The fixes go onto the new head only if everything a check reads there is what was judged.
      const changed = await changedSince(o.api, owner, name, head, tree);
      if (changed.length)
        return skip('stale', `re-scan: ${base} moved from ${short(commit)} to ${short(head)} and ${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ` and ${changed.length - 5} more` : ''} changed since the scan`, { ...at, files: paths });
    }
    if (!files.length) {
      // As fix: pull-request does: nothing left to fix closes clawcheck's open autofix pull request.
      const nothing = 'the fixes its findings carry change nothing here (suggestions the policy does not apply, or fixes that failed their checks)';
      if (o.dryRun) {
        const open = await o.api.openPull(owner, name, branch, base);
        return open ? record('would-close', { ...at, pullRequest: open, message: `${nothing}: its autofix pull request would be closed` }) : skip('nothing-to-fix', nothing, at);
      }
      const r = await o.api.publishAutofix(owner, name, { base, judged: commit, files: [], body: '' });
      const pullRequest = r.number !== undefined && r.url ? { number: r.number, url: r.url } : undefined;
      if (r.operation === 'closed') return record('closed', { ...at, pullRequest, message: nothing });
      return r.reason ? skip('not-published', r.reason, { ...at, pullRequest }) : skip('nothing-to-fix', nothing, at);
    }
    const more = { ...at, files: paths };
    const open = await o.api.openPull(owner, name, branch, base);
    if (!open) {
      if (!(await budget.acquire())) return skip('max-prs', `${budget.max} pull requests were opened in this run (--max-prs); the next run opens this one`, more);
      held = true;
    }
    if (o.dryRun) {
      if (held) budget.release(true);
      held = false;
      return open ? record('would-update', { ...more, pullRequest: open }) : record('would-open', more);
    }
    const r = await o.api.publishAutofix(owner, name, { base, judged: commit, files, body: autofixPullRequestBody(files, base) });
    if (held) budget.release(r.operation === 'created');
    held = false;
    const pullRequest = r.number !== undefined && r.url ? { number: r.number, url: r.url } : undefined;
    if (r.operation === 'created') return record('opened', { ...more, pullRequest });
    if (r.operation === 'updated') return record('updated', { ...more, pullRequest });
    if (r.reason) return skip('not-published', r.reason, { ...more, ...(pullRequest ? { pullRequest } : {}) });
    return record('unchanged', { ...more, pullRequest });
  } catch (e) {
    if (held) budget.release(false);
    const { reason, message } = failure(e);
    return record('failed', { reason, message });
  }
}

/** How many repositories ended in each status. */
export function fixTotals(fixes: RepositoryFix[]): Record<FixStatus, number> {
  const totals: Record<FixStatus, number> = { opened: 0, updated: 0, unchanged: 0, closed: 0, 'would-open': 0, 'would-update': 0, 'would-close': 0, skipped: 0, failed: 0 };
  for (const f of fixes) totals[f.status]++;
  return totals;
}
