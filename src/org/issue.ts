/**
 * The organisation's tracking issue in an admin repository (`org report --issue owner/repo`):
 * one issue found again by its hidden marker, its body the Markdown report, updated in place,
 * closed when every repository was scanned and none has a finding. Same lifecycle as the
 * single repository's audit issue (publishTrackedIssue, through OrgApi).
 */
import type { AuditOutcome } from '../github/tracked-issue.js';
import type { OrgApi } from './api.js';
import { plural } from '../report/plural.js';
import { markdownOrgReport } from './markdown.js';
import type { OrgReport } from './report.js';

/** Not the single repository's `<!-- clawcheck:audit -->`: both may live in one admin repository. */
export const ORG_MARKER = '<!-- clawcheck:org-audit -->';
/** GitHub's issue body limit is 65 536 characters; the report is cut in bytes below it. */
const BODY_MAX_BYTES = 60_000;

export interface OrgIssueOptions {
  owner: string;
  repo: string;
  title: string;
  serverUrl: string;
  labels?: string[];
  /** The workflow run to link to, if any. */
  run?: { repository: string; runId: string };
}

/** What the issue counts: findings plus repositories that could not be scanned (0: clean). */
export function problemCount(report: OrgReport): number {
  return report.totals.findings + report.failed;
}

export function orgIssueBody(report: OrgReport, o: OrgIssueOptions): string {
  const link = o.run && /^\d+$/.test(o.run.runId) && /^[\w.-]+\/[\w.-]+$/.test(o.run.repository) ? `\n\n_Updated by [workflow run ${o.run.runId}](${o.serverUrl}/${o.run.repository}/actions/runs/${o.run.runId})._` : '';
  const markdown = markdownOrgReport(report, { serverUrl: o.serverUrl, title: o.title, maxBytes: BODY_MAX_BYTES - 300 });
  return `${ORG_MARKER}\n<!-- clawcheck:count=${problemCount(report)} -->\n${markdown.trimEnd()}${link}\n`;
}

export function publishOrgIssue(api: OrgApi, report: OrgReport, o: OrgIssueOptions): Promise<AuditOutcome> {
  const findings = plural(report.totals.findings, 'finding');
  return api.publishIssue({
    owner: o.owner,
    repo: o.repo,
    marker: ORG_MARKER,
    channel: 'org-issue',
    title: o.title,
    labels: o.labels,
    body: orgIssueBody(report, o),
    count: problemCount(report),
    countComment: (count: number, before: number | undefined) =>
      `clawcheck now reports ${findings} and ${plural(report.failed, 'repository', 'repositories')} not scanned: ${count} in all (was ${before ?? 'unknown'}).`,
    closeComment: `clawcheck scanned all ${plural(report.scanned, 'repository', 'repositories')} and finds nothing left to report: closing this issue.`,
  });
}
