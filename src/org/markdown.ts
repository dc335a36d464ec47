/**
 * The organisation report as Markdown, for the job summary and the tracking issue. Every value
 * from a repository or the API goes through escapeMarkdown (it renders as literal text: no links,
 * mentions, HTML or table cells of its own); the tables are cut to fit a byte budget, the worst
 * repositories kept.
 */
import { escapeMarkdown, markdownLink, utf8Bytes } from '../github/markdown.js';
import { plural } from '../report/plural.js';
import type { OrgReport } from './report.js';

export interface OrgMarkdownOptions {
  /** Links to repositories and commits start here (https only; anything else renders as text). */
  serverUrl: string;
  title?: string;
  /** The whole text stays within this many UTF-8 bytes (GitHub's job summary takes 1 MiB, an issue body 65 536 characters). */
  maxBytes?: number;
}

const ROW_CAP = 500;

function render(report: OrgReport, o: OrgMarkdownOptions, repoRows: number, failedRows: number): string {
  const { totals } = report;
  const lines: string[] = [`## ${escapeMarkdown(o.title ?? 'clawcheck organisation audit')}`, ''];
  const withFindings = report.byRepository.filter((r) => r.findings > 0);
  lines.push(
    `**${plural(report.repositories, 'repository', 'repositories')}**: ${report.scanned} scanned, ${report.failed} not scanned. ` +
      `**${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}, ${plural(totals.infos, 'note')}** in ${plural(withFindings.length, 'repository', 'repositories')}.`,
  );
  if (report.rules.length) {
    lines.push('', '### Findings by rule', '', '| rule | errors | warnings | notes | repositories |', '|---|---:|---:|---:|---:|');
    for (const r of report.rules) lines.push(`| ${escapeMarkdown(r.ruleId)} | ${r.errors} | ${r.warnings} | ${r.infos} | ${r.repositories} |`);
  }
  if (withFindings.length) {
    lines.push('', '### Repositories with findings, the worst first', '', '| repository | commit | errors | warnings | notes |', '|---|---|---:|---:|---:|');
    for (const r of withFindings.slice(0, repoRows)) {
      const commit = r.commit ? markdownLink(r.commit.slice(0, 7), `${o.serverUrl}/${r.repository}/tree/${r.commit}`) : '';
      lines.push(`| ${markdownLink(r.repository, `${o.serverUrl}/${r.repository}`)} | ${commit} | ${r.errors} | ${r.warnings} | ${r.infos} |`);
    }
    if (withFindings.length > repoRows) lines.push('', `…and ${plural(withFindings.length - repoRows, 'more repository', 'more repositories')} with findings (see the JSON or CSV report).`);
  }
  if (report.failedScans.length) {
    lines.push('', '### Not scanned', '', '| repository | reason | why |', '|---|---|---|');
    for (const f of report.failedScans.slice(0, failedRows)) lines.push(`| ${escapeMarkdown(f.repository)} | ${escapeMarkdown(f.reason)} | ${escapeMarkdown(f.message)} |`);
    if (report.failedScans.length > failedRows) lines.push('', `…and ${plural(report.failedScans.length - failedRows, 'more repository', 'more repositories')} not scanned.`);
  }
  return lines.join('\n') + '\n';
}

/** The report as Markdown, as many rows as fit in `maxBytes` (at most 500 of each table). */
export function markdownOrgReport(report: OrgReport, o: OrgMarkdownOptions): string {
  const max = o.maxBytes ?? 1_000_000;
  let repoRows = ROW_CAP;
  let failedRows = ROW_CAP;
  for (;;) {
    const text = render(report, o, repoRows, failedRows);
    if (utf8Bytes(text) <= max || (repoRows === 0 && failedRows === 0)) return text;
    if (repoRows >= failedRows && repoRows > 0) repoRows = Math.floor(repoRows / 2);
    else failedRows = Math.floor(failedRows / 2);
  }
}
