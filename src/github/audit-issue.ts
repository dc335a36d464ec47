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

async function findOpenAuditIssue(client: GitHubClient, run: RunContext): Promise<Issue | undefined> {
  const issues = (await client.paginate(client.rest.issues.listForRepo, { owner: run.owner, repo: run.repo, state: 'open', per_page: 100 })) as Issue[];
  const marked = issues.filter((i) => !i.pull_request && (i.body ?? '').includes(AUDIT_MARKER));
  if (!marked.length) return undefined;
  const identity = await tokenIdentity(client);
  // Opening another issue on every run would be noise, adopting one could close a stranger's.
  if (!identity) throw new ChannelUnavailable('audit-issue', "GitHub did not say which account the token writes as, so clawcheck cannot tell its audit issue from a copy; nothing was changed");
  return marked.find((i) => writtenBy(identity, i.user));
}

/**
 * Keeps one open issue with the current findings: created when findings appear, its body edited
 * in place when they change (a comment only when their number changes), closed with a comment
 * when the repository is clean. A run with nothing new makes no write at all.
 */
export async function publishAuditIssue(
  client: GitHubClient,
  run: RunContext,
  result: CheckResult,
  options: { title: string; rules: RuleMeta[]; labels?: string[]; failOn: FailOn },
): Promise<AuditOutcome> {
  const repo = { owner: run.owner, repo: run.repo };
  try {
    const open = await findOpenAuditIssue(client, run);
    const count = result.findings.length;
    if (!count) {
      if (!open) return { operation: 'none' };
      await client.rest.issues.createComment({ ...repo, issue_number: open.number, body: 'clawcheck finds nothing left to report: closing this audit issue.' });
      await client.rest.issues.update({ ...repo, issue_number: open.number, state: 'closed', state_reason: 'completed' });
      return { operation: 'closed', number: open.number, url: open.html_url };
    }
    const body = auditBody(result, options.rules, run, options.failOn);
    if (!open) {
      const created = await client.rest.issues.create({ ...repo, title: options.title, body, labels: options.labels ?? [] });
      return { operation: 'created', number: created.data.number, url: created.data.html_url };
    }
    // The run link changes every time; only the findings decide whether there is news.
    const withoutLink = (b: string) => b.replace(/\n\n_Updated by [\s\S]*$/, '');
    if (withoutLink(open.body ?? '') === withoutLink(body)) return { operation: 'none', number: open.number, url: open.html_url };
    await client.rest.issues.update({ ...repo, issue_number: open.number, body });
    const before = Number(COUNT.exec(open.body ?? '')?.[1] ?? NaN);
    if (before !== count) {
      await client.rest.issues.createComment({ ...repo, issue_number: open.number, body: `clawcheck now reports ${plural(count, 'finding')} (was ${Number.isNaN(before) ? 'unknown' : before}).` });
    }
    return { operation: 'updated', number: open.number, url: open.html_url };
  } catch (e) {
    if (e instanceof ChannelUnavailable) throw e;
    const status = statusOf(e);
    if (status === 403 || status === 404) {
      throw new ChannelUnavailable('audit-issue', `the token cannot manage issues here (HTTP ${status}); give the workflow \`issues: write\``);
    }
    throw new ChannelUnavailable('audit-issue', `HTTP ${status ?? '?'}: ${(e as Error).message}`);
  }
}
