/**
 * GitHub Actions workflow commands (`::error file=…::message`), which the runner turns into
 * annotations. Every finding is emitted: GitHub's per-step caps (10 per level, 50 per job)
 * are handled by the Action layer, which knows what else the step prints.
 */
import { compareFindings, type Finding, type Severity } from '../core/finding.js';
import { redactText } from '../core/redact.js';
import type { CheckResult } from '../core/result.js';
import type { Reporter } from './types.js';

export type WorkflowCommandLevel = 'error' | 'warning' | 'notice';

/** The workflow command that annotates a finding of each severity. */
export const LEVEL_BY_SEVERITY: Record<Severity, WorkflowCommandLevel> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

/** Escaping of the message part, as in @actions/core `escapeData`. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a property value, as in @actions/core `escapeProperty`: also `:` and `,`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export type CommandProperties = Array<[name: string, value: string | number | undefined]>;

/** The message is redacted here, so no workflow command (report or Action channel) prints a secret. */
export function workflowCommand(level: WorkflowCommandLevel, properties: CommandProperties, message: string): string {
  const props = properties
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${level}${props ? ' ' + props : ''}::${escapeData(redactText(message))}`;
}

/**
 * Columns go out only when the range sits on one line: the Checks API rejects column ranges
 * across lines (start_column/end_column "only on the same line").
 *
 * `endColumn` is sent exclusive, unchanged from our Location: GitHub documents no convention,
 * tools that verified it (ruff's GitHub format, reports on github/docs#40038) treat it as
 * exclusive, and the UI does not render columns anyway. A zero-width range is widened to one
 * character so that start < end always holds (GitHub rejects start_column > end_column).
 */
export function annotationProperties(finding: Finding): CommandProperties {
  const loc = finding.location;
  const sameLine = loc.endLine === loc.line;
  return [
    ['file', loc.file],
    ['line', loc.line],
    ['col', sameLine ? loc.column : undefined],
    ['endLine', loc.endLine],
    ['endColumn', sameLine ? Math.max(loc.endColumn, loc.column + 1) : undefined],
    ['title', finding.ruleId],
  ];
}

export function formatGithub(result: CheckResult): string {
  const lines = [...result.findings]
    .sort(compareFindings)
    .map((f) => workflowCommand(LEVEL_BY_SEVERITY[f.severity], annotationProperties(f), f.message));
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}

export const githubReporter: Reporter = {
  name: 'github',
  format: (result) => formatGithub(result),
};
