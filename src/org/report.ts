/**
 * `clawcheck org report`: the shards' results merged into one report for the organisation —
 * totals per rule and per repository (the worst first) and the repositories that could not be
 * scanned — as JSON, CSV or SARIF here, Markdown in markdown.ts. Every value comes from a
 * repository or the API and is treated as hostile: redacted, and escaped for its format.
 */
import { redactText } from '../core/redact.js';
import { SARIF_SCHEMA_URI } from '../report/sarif.js';
import type { FailReason, OrgResult } from './result.js';

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  findings: number;
}

export interface RepoTotals extends Counts {
  repository: string;
  commit: string;
  files: number;
  /** Findings per rule id. */
  rules: Record<string, number>;
}

export interface RuleTotals extends Counts {
  ruleId: string;
  /** Repositories with at least one finding of the rule. */
  repositories: number;
}

export interface FailedScan {
  repository: string;
  commit: string | null;
  reason: FailReason | string;
  message: string;
}

export interface OrgReport {
  repositories: number;
  scanned: number;
  failed: number;
  totals: Counts;
  rules: RuleTotals[];
  /** Every scanned repository, the worst first (errors, then warnings, then notes; then by name). */
  byRepository: RepoTotals[];
  failedScans: FailedScan[];
}

const zero = (): Counts => ({ errors: 0, warnings: 0, infos: 0, findings: 0 });
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function add(c: Counts, severity: unknown): void {
  c.findings++;
  if (severity === 'error') c.errors++;
  else if (severity === 'warning') c.warnings++;
  else c.infos++;
}

export function worstFirst(a: Counts & { repository: string }, b: Counts & { repository: string }): number {
  return b.errors - a.errors || b.warnings - a.warnings || b.infos - a.infos || byName(a.repository, b.repository);
}

/** The merged report of every result. */
export function aggregate(results: OrgResult[]): OrgReport {
  const totals = zero();
  const rules = new Map<string, RuleTotals>();
  const byRepository: RepoTotals[] = [];
  const failedScans: FailedScan[] = [];
  for (const r of results) {
    if (r.status === 'failed') {
      failedScans.push({ repository: r.repository, commit: r.commit, reason: String(r.reason ?? 'error'), message: redactText(String(r.message ?? '')) });
      continue;
    }
    const repo: RepoTotals = { repository: r.repository, commit: r.commit ?? '', files: r.files.length, rules: {}, ...zero() };
    for (const f of r.findings) {
      const ruleId = redactText(String(f?.ruleId ?? 'unknown'));
      add(repo, f?.severity);
      add(totals, f?.severity);
      repo.rules[ruleId] = (repo.rules[ruleId] ?? 0) + 1;
      let rule = rules.get(ruleId);
      if (!rule) rules.set(ruleId, (rule = { ruleId, repositories: 0, ...zero() }));
      add(rule, f?.severity);
    }
    for (const id of Object.keys(repo.rules)) rules.get(id)!.repositories++;
    byRepository.push(repo);
  }
  return {
    repositories: results.length,
    scanned: byRepository.length,
    failed: failedScans.length,
    totals,
    rules: [...rules.values()].sort((a, b) => b.findings - a.findings || byName(a.ruleId, b.ruleId)),
    byRepository: byRepository.sort(worstFirst),
    failedScans: failedScans.sort((a, b) => byName(a.repository, b.repository)),
  };
}

export function jsonOrgReport(report: OrgReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; a value a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) gets a
 * leading `'` first, so it stays text.
 */
export function csvField(value: string | number): string {
  let v = String(value);
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** One row per repository, a column per rule; failed scans with their reason. */
export function csvOrgReport(report: OrgReport): string {
  const ruleIds = report.rules.map((r) => r.ruleId);
  const rows: Array<Array<string | number>> = [['repository', 'status', 'commit', 'errors', 'warnings', 'notes', 'findings', ...ruleIds, 'reason', 'message']];
  for (const r of report.byRepository) rows.push([r.repository, 'scanned', r.commit, r.errors, r.warnings, r.infos, r.findings, ...ruleIds.map((id) => r.rules[id] ?? 0), '', '']);
  for (const f of report.failedScans) rows.push([f.repository, 'failed', f.commit ?? '', '', '', '', '', ...ruleIds.map(() => ''), f.reason, f.message]);
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * The repositories' SARIF logs as one: each repository's run, in the order of `byRepository`,
 * with the repository and commit it judged (`versionControlProvenance`).
 */
export function sarifOrgReport(report: OrgReport, sarifOf: (repository: string) => string | undefined, serverUrl: string): string {
  const runs: unknown[] = [];
  for (const r of report.byRepository) {
    let log: { runs?: Array<Record<string, unknown>> };
    try {
      log = JSON.parse(sarifOf(r.repository) ?? '{}');
    } catch {
      continue;
    }
    for (const run of Array.isArray(log.runs) ? log.runs : []) {
      if (!run || typeof run !== 'object') continue;
      runs.push({ ...run, versionControlProvenance: [{ repositoryUri: `${serverUrl}/${r.repository}`, revisionId: r.commit }], automationDetails: { id: `clawcheck/org/${r.repository}/` } });
    }
  }
  return JSON.stringify({ $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs }, null, 2) + '\n';
}
