/**
 * Human output in the style of ESLint's "stylish": findings grouped by file, each with a
 * clickable `file:line:col`, a code frame, then a summary footer.
 */
import { compareFindings, type Finding, type Severity } from '../core/finding.js';
import { redactText } from '../core/redact.js';
import type { CheckResult } from '../core/result.js';
import { codeFrame } from './code-frame.js';
import { plural } from './plural.js';
import { probeTable } from './probe-table.js';
import { escapeControl, painter, type AnsiStyle, type Paint } from './terminal-text.js';
import type { Reporter, ReportContext } from './types.js';

const SEVERITY_STYLE: Record<Severity, AnsiStyle> = { error: 'red', warning: 'yellow', info: 'cyan' };
/** Width of the longest severity word, so messages line up. */
const SEVERITY_PAD = 'warning'.length;

function findingLines(finding: Finding, result: CheckResult, paint: Paint): string[] {
  const loc = finding.location;
  const style = SEVERITY_STYLE[finding.severity];
  const position = `${escapeControl(loc.file)}:${loc.line}:${loc.column}`;
  const severity = paint(style, finding.severity) + ' '.repeat(SEVERITY_PAD - finding.severity.length);
  const header = `${position}  ${severity}  ${escapeControl(redactText(finding.message))}  ${paint('dim', finding.ruleId)}`;
  return [header, ...codeFrame(result.sources.get(loc.file), loc, paint, style)];
}

export function summaryLines(findings: Finding[], paint: Paint): string[] {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const infos = findings.length - errors - warnings;
  const counts = [plural(errors, 'error'), plural(warnings, 'warning')];
  if (infos > 0) counts.push(`${infos} info`);
  const style: AnsiStyle = errors > 0 ? 'red' : warnings > 0 ? 'yellow' : 'cyan';
  const lines = [paint(style, paint('bold', `✖ ${plural(findings.length, 'problem')} (${counts.join(', ')})`))];

  // Safe fixes apply with --fix; suggestions change behaviour and need an explicit opt-in.
  const fixable = findings.filter((f) => f.fix && !f.suggestion).length;
  const suggestions = findings.filter((f) => f.fix && f.suggestion).length;
  if (fixable > 0) lines.push(paint(style, `  ${fixable} fixable with --fix`));
  if (suggestions > 0) lines.push(paint(style, `  ${suggestions} fixable with --fix-type suggestion`));
  return lines;
}

/**
 * Empty result (no findings, nothing skipped) → empty string, like ESLint, so a clean run
 * prints nothing and `clawcheck > report.txt` stays empty.
 */
export function formatStylish(result: CheckResult, ctx: Pick<ReportContext, 'color'>): string {
  const paint = painter(ctx.color);
  const findings = [...result.findings].sort(compareFindings);
  const blocks: string[] = [];
  let current: string[] = [];
  let currentFile: string | undefined;
  for (const finding of findings) {
    if (finding.location.file !== currentFile) {
      if (current.length > 0) blocks.push(current.join('\n'));
      // Every finding line carries its path (clickable); a blank line separates files.
      current = [];
      currentFile = finding.location.file;
    }
    current.push(...findingLines(finding, result, paint));
  }
  if (current.length > 0) blocks.push(current.join('\n'));

  // A probe's table of requests (empty when nothing was asked).
  if (result.probes?.length) blocks.push(probeTable(result.probes, paint));
  // Skipped paths are there as `file-skipped` findings.
  if (findings.length > 0) blocks.push(summaryLines(findings, paint).join('\n'));
  return blocks.length === 0 ? '' : blocks.join('\n\n') + '\n';
}

export const stylishReporter: Reporter = {
  name: 'stylish',
  format: formatStylish,
};
