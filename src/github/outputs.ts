/** Values for the Action's outputs that are computed from the findings. */
import { SEVERITY_RANK, type Finding } from '../core/finding.js';

export type FailOn = 'error' | 'warning' | 'never';

/** One finding in the `findings` output (a stable, documented shape). */
export interface FindingOutput {
  ruleId: string;
  severity: Finding['severity'];
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  fixable: boolean;
}

/** `failure` when a finding is at or above `failOn` (`never`: always `success`). */
export function conclusionOf(findings: Finding[], failOn: FailOn): 'success' | 'failure' {
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]) ? 'failure' : 'success';
}

export function toFindingOutput(f: Finding): FindingOutput {
  const l = f.location;
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    file: l.file,
    line: l.line,
    column: l.column,
    endLine: l.endLine,
    endColumn: l.endColumn,
    message: f.message,
    fixable: !!f.fix,
  };
}

/**
 * The `findings` output: a compact JSON array, in the order given, of at most `maxChars`
 * characters. When it would be longer, whole items are dropped from the end (never a string
 * cut in half), so the value always parses; `truncated` says so and `included` how many remain.
 */
export function findingsOutput(findings: Finding[], maxChars = 60_000): { json: string; truncated: boolean; included: number } {
  const items: string[] = [];
  let length = 2; // "[" + "]"
  for (const f of findings) {
    const item = JSON.stringify(toFindingOutput(f));
    const extra = item.length + (items.length > 0 ? 1 : 0);
    if (length + extra > maxChars) break;
    items.push(item);
    length += extra;
  }
  return { json: `[${items.join(',')}]`, truncated: items.length < findings.length, included: items.length };
}
