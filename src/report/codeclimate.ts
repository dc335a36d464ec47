/**
 * Code Climate issues, the JSON array GitLab's code quality widget reads
 * (`artifacts:reports:codequality`). GitLab needs description, check_name, fingerprint,
 * severity, location.path and location.lines.begin; type, categories, content and
 * other_locations complete the Code Climate spec. GitLab keeps one issue per fingerprint, so each
 * is unique in a report; it is SARIF's, which does not move with the line.
 */
import { compareFindings, type Location, type Severity } from '../core/finding.js';
import { redactFinding } from '../core/redact.js';
import type { CheckResult } from '../core/result.js';
import { docsUrl } from '../rules/types.js';
import { fingerprints } from './sarif-fingerprint.js';
import type { Reporter, ReportContext } from './types.js';

/** GitLab's scale is info, minor, major, critical, blocker: an error is `major`, as ESLint's GitLab formatters have it. */
export const CODECLIMATE_SEVERITY: Record<Severity, CodeClimateSeverity> = { error: 'major', warning: 'minor', info: 'info' };

export type CodeClimateSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface CodeClimateLocation {
  path: string;
  lines: { begin: number; end: number };
}

export interface CodeClimateIssue {
  type: 'issue';
  check_name: string;
  description: string;
  content?: { body: string };
  categories: string[];
  location: CodeClimateLocation;
  other_locations?: CodeClimateLocation[];
  severity: CodeClimateSeverity;
  fingerprint: string;
}

/** Lines of a range; one that ends at column 1 (a whole line with its line break) ends on the line before. */
function locationOf(loc: Location): CodeClimateLocation {
  const end = loc.endLine > loc.line && loc.endColumn === 1 ? loc.endLine - 1 : loc.endLine;
  return { path: loc.file, lines: { begin: loc.line, end: Math.max(loc.line, end) } };
}

export function buildCodeClimate(result: CheckResult, ctx: Pick<ReportContext, 'rules'>): CodeClimateIssue[] {
  const meta = new Map(ctx.rules.map((r) => [r.id, r]));
  // Sorted and redacted as for SARIF, so the fingerprints are the same values.
  const findings = [...result.findings].sort(compareFindings).map(redactFinding);
  const prints = fingerprints(findings, result.sources);
  return findings.map((f, i) => {
    const rule = meta.get(f.ruleId);
    const issue: CodeClimateIssue = {
      type: 'issue',
      check_name: f.ruleId,
      description: f.message,
      ...(rule ? { content: { body: `${rule.description}\n\n[Documentation](${docsUrl(rule.id)})` } } : {}),
      // Every rule is about a deployment that would misbehave; the spec needs at least one category.
      categories: ['Bug Risk'],
      location: locationOf(f.location),
      severity: CODECLIMATE_SEVERITY[f.severity],
      fingerprint: prints[i],
    };
    if (f.related && f.related.length > 0) issue.other_locations = f.related.map(locationOf);
    return issue;
  });
}

export const codeclimateReporter: Reporter = {
  name: 'codeclimate',
  format: (result, ctx) => JSON.stringify(buildCodeClimate(result, ctx), null, 2) + '\n',
};
