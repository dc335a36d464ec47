/** Values for the Action's outputs that are computed from the findings. */
import { failsAt, type FailOn, type Finding } from '../core/finding.js';
import { findingRecord } from '../report/json.js';

/** `failure` when a finding is at or above `failOn` (`never`: always `success`). */
export function conclusionOf(findings: Finding[], failOn: FailOn): 'success' | 'failure' {
  return failsAt(findings, failOn) ? 'failure' : 'success';
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
    const item = JSON.stringify(findingRecord(f)); // the same documented shape as the CLI's JSON
    const extra = item.length + (items.length > 0 ? 1 : 0);
    if (length + extra > maxChars) break;
    items.push(item);
    length += extra;
  }
  return { json: `[${items.join(',')}]`, truncated: items.length < findings.length, included: items.length };
}
