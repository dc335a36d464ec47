/**
 * What GitHub code scanning accepts in one SARIF upload. Past a hard limit the whole file is
 * rejected, so the writer keeps what fits, most severe first, and says what it left out.
 * Source: https://docs.github.com/en/code-security/code-scanning/troubleshooting-sarif-uploads/results-exceed-limit
 * (the table "SARIF data | Maximum values"; also in sarif-support-for-code-scanning).
 */
import { compareFindings, SEVERITY_RANK, type Finding, type Severity } from '../core/finding.js';

export interface SarifLimits {
  /** Results per run: 25 000 (only the top 5 000 by severity are displayed). */
  resultsPerRun: number;
  /** Rules per run: 25 000. */
  rulesPerRun: number;
  /** Locations per result: 1 000 (100 displayed). clawcheck writes one; related locations are held to it as well. */
  locationsPerResult: number;
}

export const SARIF_LIMITS: SarifLimits = { resultsPerRun: 25_000, rulesPerRun: 25_000, locationsPerResult: 1_000 };
// Runs per file (20) and tags per rule (20) are not reached: one run, one tag per rule.

/** Error, then warning, then info (note); then file, line, column as everywhere else. */
export function bySeverity(a: Finding, b: Finding): number {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || compareFindings(a, b);
}

export interface ResultsLeftOut {
  error: number;
  warning: number;
  info: number;
  total: number;
}

export const NONE_LEFT_OUT: ResultsLeftOut = { error: 0, warning: 0, info: 0, total: 0 };

/**
 * The findings that fit in `max` results: all of them in their order when they fit; otherwise
 * the `max` most severe, in severity order (which is how code scanning ranks what it shows).
 */
export function fitResults<T extends Finding>(findings: T[], max: number): { kept: T[]; leftOut: ResultsLeftOut } {
  if (findings.length <= max) return { kept: findings, leftOut: NONE_LEFT_OUT };
  const ranked = [...findings].sort(bySeverity);
  const dropped = ranked.slice(max);
  const count = (s: Severity) => dropped.filter((f) => f.severity === s).length;
  return { kept: ranked.slice(0, max), leftOut: { error: count('error'), warning: count('warning'), info: count('info'), total: dropped.length } };
}
