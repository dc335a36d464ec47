import type { FixedFile } from '../fix/fix.js';
import type { CheckResult } from '../core/result.js';
import { ALL_RULE_META } from '../rules/index.js';
import { publishAuditIssue } from '../github/audit-issue.js';
import { autofixPullRequestBody } from '../github/autofix-body.js';
import { commitFixes } from '../github/autofix-commit.js';
import { publishAutofixPullRequest } from '../github/autofix-pr.js';
import type { ActionLog } from '../github/channel.js';
import { statusOf } from '../github/client.js';
import type { RunContext } from '../github/context.js';
import { GitHubWaitError } from '../github/waits.js';
import type { RunApi } from './api.js';
import type { ActionInputs } from './inputs.js';
import type { ActionIO } from './run.js';

/** What the delivery of fixes did, for outputs, the summary and the choice of channels after it. */
export interface Delivery {
  /** The fixes are in a new commit on the PR head: report what remains, on that commit. */
  commitSha?: string;
  /** Commits were asked for but are not possible here: offer review suggestions instead. */
  suggestInstead: boolean;
}

/** A notice for the log and the job summary's notes alike. */
export function say(log: Pick<ActionLog, 'notice'>, notices: string[], message: string): void {
  notices.push(message);
  log.notice(message);
}

/** `fix: commit`: the fixes as one commit on the PR's head branch, never forced. */
export async function deliverCommit(api: RunApi, run: RunContext, files: FixedFile[], io: ActionIO, notices: string[]): Promise<Delivery> {
  if (!run.pullRequest) {
    io.debug?.('autofix commit: skipped — not a pull_request event');
    say(io, notices, 'fix: commit works on pull_request events; on other events use fix: pull-request. Nothing was committed.');
    return { suggestInstead: false };
  }
  if (!api.hasToken) {
    io.debug?.('autofix commit: skipped — no token');
    say(io, notices, 'fix: commit needs a token with contents: write; none was given, so the fixes are offered as suggestions.');
    return { suggestInstead: true };
  }
  // Out of reach: suggestions are what would come next (and the review says why it is skipped too).
  const client = api.for('autofix commit');
  if (!client) return { suggestInstead: true };
  let r;
  try {
    r = await commitFixes(client, run, files, api.quiet(io));
  } catch (e) {
    if (api.settle()) return { suggestInstead: true };
    io.debug?.(`autofix commit: failed — ${(e as Error).message}`);
    const status = statusOf(e);
    const why = e instanceof GitHubWaitError ? e.message : `GitHub answered ${status ? `HTTP ${status}` : 'with an error'} (${(e as Error).message})`;
    say(io, notices, `Fixes not committed: ${why}. They are offered as review suggestions instead.`);
    return { suggestInstead: true };
  }
  // commitFixes has logged what it did and why it stopped: the log gets only what follows from it.
  io.debug?.(`autofix commit: ${r.outcome}${r.reason ? ` — ${r.reason}` : ''}`);
  switch (r.outcome) {
    case 'committed':
      io.setOutput('fix-commit', r.sha!);
      notices.push(`clawcheck committed its fixes to ${run.pullRequest.headRef} as ${r.sha!.slice(0, 7)}; the findings below are what remains.`);
      return { commitSha: r.sha, suggestInstead: false };
    case 'not-allowed':
      notices.push(`Fixes not committed: ${r.reason} They are offered as review suggestions instead.`);
      io.notice('Fixes not committed: they are offered as review suggestions instead.');
      return { suggestInstead: true };
    case 'loop-guard':
      notices.push('The head commit is clawcheck\'s own autofix commit: no further commit is made (loop guard).');
      return { suggestInstead: true };
    case 'head-moved':
      notices.push(`Fixes not committed: ${r.reason} Nothing was forced; the next run will try again.`);
      return { suggestInstead: true };
    default:
      return { suggestInstead: false };
  }
}

/** `fix: pull-request`: one autofix branch and pull request per base branch, kept up to date. */
export async function deliverPullRequest(
  api: RunApi,
  run: RunContext,
  files: FixedFile[],
  inputs: ActionInputs,
  env: Record<string, string | undefined>,
  io: ActionIO,
  notices: string[],
): Promise<Delivery> {
  io.setOutput('pull-request-operation', 'none');
  if (run.pullRequest) {
    io.debug?.('autofix pull request: skipped — event is a pull request');
    say(io, notices, 'fix: pull-request is for push, schedule and workflow_dispatch events; on a pull request use fix: commit or fix: suggest. The fixes are offered as review suggestions.');
    return { suggestInstead: true };
  }
  if (!api.hasToken) {
    io.debug?.('autofix pull request: skipped — no token');
    say(io, notices, 'fix: pull-request needs a token with contents: write and pull-requests: write; none was given.');
    return { suggestInstead: false };
  }
  const client = api.for('autofix pull request');
  if (!client) return { suggestInstead: false };
  const base = env.GITHUB_REF_NAME || (env.GITHUB_REF ?? '').replace(/^refs\/heads\//, '');
  if (!base || (env.GITHUB_REF ?? '').startsWith('refs/tags/')) {
    io.debug?.('autofix pull request: skipped — the run is not on a branch');
    say(io, notices, 'fix: pull-request needs a branch to fix (this run is not on one).');
    return { suggestInstead: false };
  }
  try {
    const r = await publishAutofixPullRequest(client, run, files, api.quiet(io), {
      base,
      branch: inputs.fixBranch,
      body: autofixPullRequestBody(files, base),
      labels: inputs.fixLabels,
      reviewers: inputs.fixReviewers,
      assignees: inputs.fixAssignees,
    });
    io.debug?.(`autofix pull request: ${r.operation}${r.reason ? ` — ${r.reason}` : ''}`);
    io.setOutput('pull-request-operation', r.operation);
    if (r.number !== undefined) io.setOutput('pull-request-number', r.number);
    if (r.url) io.setOutput('pull-request-url', r.url);
    // The reason is in the log already (publishAutofixPullRequest says it); the summary gets it too.
    if (r.reason) notices.push(`Autofix pull request not changed: ${r.reason}`);
    else if (r.operation !== 'none') notices.push(`Autofix pull request #${r.number} ${r.operation} (branch ${r.branch}).`);
  } catch (e) {
    if (api.settle()) return { suggestInstead: false };
    io.debug?.(`autofix pull request: failed — ${(e as Error).message}`);
    say(io, notices, `Autofix pull request not published: ${(e as Error).message}`);
  }
  return { suggestInstead: false };
}

/** `audit-issue: true` on scheduled or manual runs: one tracking issue with the current findings. */
export async function deliverAuditIssue(api: RunApi, run: RunContext, result: CheckResult, inputs: ActionInputs, io: ActionIO, notices: string[]): Promise<void> {
  if (!api.hasToken) {
    io.debug?.('audit issue: skipped — no token');
    return say(io, notices, 'audit-issue needs a token with issues: write; none was given.');
  }
  const client = api.for('audit issue');
  if (!client) return;
  try {
    const r = await publishAuditIssue(client, run, result, { title: inputs.auditTitle, rules: ALL_RULE_META, failOn: inputs.failOn });
    io.debug?.(`audit issue: ${r.operation}${r.number !== undefined ? ` #${r.number}` : ''}`);
    io.setOutput('audit-issue-operation', r.operation);
    if (r.number !== undefined) io.setOutput('audit-issue-number', r.number);
  } catch (e) {
    if (api.settle()) return;
    io.debug?.(`audit issue: failed — ${(e as Error).message}`);
    say(io, notices, `Audit issue not updated: ${(e as Error).message}`);
  }
}
