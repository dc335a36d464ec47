/**
 * Machine-readable output with a small, stable shape (a public contract: add fields, never
 * rename). Pretty-printed with two spaces: readable in CI logs and diffable, at little cost.
 */
import { compareFindings, type Finding, type Location, type TextEdit } from '../core/finding.js';
import { redactFinding, redactText } from '../core/redact.js';
import { findSecrets } from '../core/secrets.js';
import type { CheckResult, ProbeRecord, SkippedPath } from '../core/result.js';
import type { Reporter } from './types.js';

export interface JsonRelatedLocation extends Location {
  message: string;
}

/** The fields every machine-readable finding has (CLI json, the Action's `findings` output). */
export interface FindingRecord {
  ruleId: string;
  severity: Finding['severity'];
  file: string;
  line: number;
  column: number;
  endLine: number;
  /** Exclusive, like SARIF: the column after the last reported character. */
  endColumn: number;
  message: string;
  /** The finding carries a fix (safe or suggestion). */
  fixable: boolean;
}

export interface JsonFinding extends FindingRecord {
  /** Present (true) only when the fix is a suggestion, applied only on request. */
  suggestion?: true;
  related?: JsonRelatedLocation[];
}

export interface JsonReport {
  files: string[];
  findings: JsonFinding[];
  /** Always present (possibly empty) so consumers need no existence check. */
  skipped: SkippedPath[];
  /** `clawcheck probe` only: every request, at the line that configures it. */
  probes?: ProbeRecord[];
}

/** Messages redacted: this shape also goes out as the Action's `findings` output. */
/** A `fixes` entry of `--fix-dry-run --format json`: the file's edits and its (redacted) diff. */
export interface JsonFix {
  file: string;
  edits: TextEdit[];
  /** Present (true) when an edit's text would publish a secret: `edits` is then empty; the diff still shows the change. */
  editsWithheld?: true;
  diff: string;
}

/** Edits rewrite whole lines: when one of them carries a secret, none are printed (a partial set would be a wrong patch). */
export function jsonFix(file: string, edits: TextEdit[], diff: string): JsonFix {
  if (edits.some((e) => findSecrets(e.text).length > 0)) return { file, edits: [], editsWithheld: true, diff };
  return { file, edits, diff };
}

export function findingRecord(finding: Finding): FindingRecord {
  const { file, line, column, endLine, endColumn } = finding.location;
  return { ruleId: finding.ruleId, severity: finding.severity, file, line, column, endLine, endColumn, message: redactText(finding.message), fixable: finding.fix !== undefined };
}

function toJsonFinding(raw: Finding): JsonFinding {
  const finding = redactFinding(raw);
  const out: JsonFinding = findingRecord(finding);
  if (finding.fix && finding.suggestion) out.suggestion = true;
  if (finding.related && finding.related.length > 0) {
    out.related = finding.related.map((r) => ({
      file: r.file,
      line: r.line,
      column: r.column,
      endLine: r.endLine,
      endColumn: r.endColumn,
      message: r.message,
    }));
  }
  return out;
}

export function buildJsonReport(result: CheckResult): JsonReport {
  return {
    files: [...result.files],
    findings: [...result.findings].sort(compareFindings).map(toJsonFinding),
    skipped: result.skipped.map((s) => ({ path: s.path, reason: s.reason, message: redactText(s.message) })),
    ...(result.probes ? { probes: result.probes.map((p) => ({ ...p, baseUrl: redactText(p.baseUrl), model: redactText(p.model) })) } : {}),
  };
}

export const jsonReporter: Reporter = {
  name: 'json',
  format: (result) => JSON.stringify(buildJsonReport(result), null, 2) + '\n',
};
