import type { FailOn } from '../core/finding.js';
import type { CheckResult } from '../core/result.js';
import { plural } from '../report/plural.js';
import type { RuleMeta } from '../rules/types.js';
import type { GitHubClient } from './client.js';
import type { RunContext } from './context.js';
import { jobSummary } from './summary.js';
import { publishTrackedIssue } from './tracked-issue.js';
import type { AuditOutcome } from './tracked-issue.js';

export type { AuditOutcome } from './tracked-issue.js';

/** Found again by this marker, never by title: a renamed issue stays ours. Trusted only on an issue the token's account opened. */
export const AUDIT_MARKER = '<!-- clawcheck:audit -->';
/** GitHub's issue body limit is 65 536 characters; the summary is capped in bytes below it. */
const BODY_MAX_BYTES = 60_000;

/** The issue's body: the job summary titled `clawcheck audit`, its verdict by the run's `fail-on`, and a link to the run. */
export function auditBody(result: CheckResult, rules: RuleMeta[], run: RunContext, failOn: FailOn): string {
  const link = run.runId ? `\n\n_Updated by [workflow run ${run.runId}](${run.serverUrl}/${run.owner}/${run.repo}/actions/runs/${run.runId}) at \`${run.sha.slice(0, 7)}\`._` : '';
  return `${AUDIT_MARKER}\n<!-- clawcheck:count=${result.findings.length} -->\n${jobSummary(result, { rules, failOn, title: 'clawcheck audit', maxBytes: BODY_MAX_BYTES })}${link}\n`;
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
