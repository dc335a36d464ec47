import type { FailOn } from '../core/finding.js';
import type { CheckResult } from '../core/result.js';
import { plural } from '../report/plural.js';
import type { RuleMeta } from '../rules/types.js';
import { ChannelUnavailable } from './channel.js';
import type { GitHubClient } from './client.js';
import { statusOf } from './client.js';
import type { RunContext } from './context.js';
import { tokenIdentity, writtenBy } from './identity.js';
import { jobSummary } from './summary.js';

/** Found again by this marker, never by title: a renamed issue stays ours. Trusted only on an issue the token's account opened. */
export const AUDIT_MARKER = '<!-- clawcheck:audit -->';
const COUNT = /<!-- clawcheck:count=(\d+) -->/;
/** GitHub's issue body limit is 65 536 characters; the summary is capped in bytes below it. */
const BODY_MAX_BYTES = 60_000;

export interface AuditOutcome {
  operation: 'created' | 'updated' | 'closed' | 'none';
  number?: number;
  url?: string;
}

interface Issue {
  number: number;
  html_url: string;
  body?: string | null;
  pull_request?: unknown;
  user?: unknown;
}

/** The issue's body: the job summary titled `clawcheck audit`, its verdict by the run's `fail-on`, and a link to the run. */
export function auditBody(result: CheckResult, rules: RuleMeta[], run: RunContext, failOn: FailOn): string {
  const link = run.runId ? `\n\n_Updated by [workflow run ${run.runId}](${run.serverUrl}/${run.owner}/${run.repo}/actions/runs/${run.runId}) at \`${run.sha.slice(0, 7)}\`._` : '';
  return `${AUDIT_MARKER}\n<!-- clawcheck:count=${result.findings.length} -->\n${jobSummary(result, { rules, failOn, title: 'clawcheck audit', maxBytes: BODY_MAX_BYTES })}${link}\n`;
}

/** One issue kept up to date: where it lives, how it is found again, what it says. */
export interface TrackedIssue {
  owner: string;
  repo: string;
  /** The hidden marker that finds the issue again (never the title). */
  marker: string;
  /** The channel named in errors (`audit-issue`, `org-issue`). */
  channel: string;
  title: string;
  labels?: string[];
  /** The body, which must carry `marker` and `<!-- clawcheck:count=N -->`; a trailing `\n\n_Updated by …` line is not news. */
  body: string;
  /** 0: clean, so the issue is closed. */
  count: number;
  /** The comment when the count changes. */
  countComment: (count: number, before: number | undefined) => string;
  closeComment: string;
}

async function findOpenIssue(client: GitHubClient, t: TrackedIssue): Promise<Issue | undefined> {
  const issues = (await client.paginate(client.rest.issues.listForRepo, { owner: t.owner, repo: t.repo, state: 'open', per_page: 100 })) as Issue[];
  const marked = issues.filter((i) => !i.pull_request && (i.body ?? '').includes(t.marker));
  if (!marked.length) return undefined;
  const identity = await tokenIdentity(client);
  // Opening another issue on every run would be noise, adopting one could close a stranger's.
  if (!identity) throw new ChannelUnavailable(t.channel, `GitHub did not say which account the token writes as, so clawcheck cannot tell its ${t.channel === 'audit-issue' ? 'audit' : 'tracking'} issue from a copy; nothing was changed`);
  return marked.find((i) => writtenBy(identity, i.user));
}

/**
 * Keeps one open issue with the current findings: created when findings appear, its body edited
 * in place when they change (a comment only when their number changes), closed with a comment
 * when the count is 0. A run with nothing new makes no write at all.
 */
export async function publishTrackedIssue(client: GitHubClient, t: TrackedIssue): Promise<AuditOutcome> {
  const repo = { owner: t.owner, repo: t.repo };
  try {
    const open = await findOpenIssue(client, t);
    if (!t.count) {
      if (!open) return { operation: 'none' };
      await client.rest.issues.createComment({ ...repo, issue_number: open.number, body: t.closeComment });
      await client.rest.issues.update({ ...repo, issue_number: open.number, state: 'closed', state_reason: 'completed' });
      return { operation: 'closed', number: open.number, url: open.html_url };
    }
    if (!open) {
      const created = await client.rest.issues.create({ ...repo, title: t.title, body: t.body, labels: t.labels ?? [] });
      return { operation: 'created', number: created.data.number, url: created.data.html_url };
    }
    // The run link changes every time; only the findings decide whether there is news.
    const withoutLink = (b: string) => b.replace(/\n\n_Updated by [\s\S]*$/, '');
    if (withoutLink(open.body ?? '') === withoutLink(t.body)) return { operation: 'none', number: open.number, url: open.html_url };
    await client.rest.issues.update({ ...repo, issue_number: open.number, body: t.body });
    const before = Number(COUNT.exec(open.body ?? '')?.[1] ?? NaN);
    if (before !== t.count) await client.rest.issues.createComment({ ...repo, issue_number: open.number, body: t.countComment(t.count, Number.isNaN(before) ? undefined : before) });
    return { operation: 'updated', number: open.number, url: open.html_url };
  } catch (e) {
    if (e instanceof ChannelUnavailable) throw e;
    const status = statusOf(e);
    if (status === 403 || status === 404) {
      throw new ChannelUnavailable(t.channel, `the token cannot manage issues here (HTTP ${status}); give the workflow \`issues: write\``);
    }
    throw new ChannelUnavailable(t.channel, `HTTP ${status ?? '?'}: ${(e as Error).message}`);
  }
}

/** The repository's audit issue (the Action's `audit-issue: true`): the job summary of its findings. */
export async function publishAuditIssue(
  client: GitHubClient,
  run: RunContext,
  result: CheckResult,
  options: { title: string; rules: RuleMeta[]; labels?: string[]; failOn: FailOn },
): Promise<AuditOutcome> {
  return publishTrackedIssue(client, {
    owner: run.owner,
    repo: run.repo,
    marker: AUDIT_MARKER,
    channel: 'audit-issue',
    title: options.title,
    labels: options.labels,
    body: auditBody(result, options.rules, run, options.failOn),
    count: result.findings.length,
    countComment: (count, before) => `clawcheck now reports ${plural(count, 'finding')} (was ${before ?? 'unknown'}).`,
    closeComment: 'clawcheck finds nothing left to report: closing this audit issue.',
  });
}
