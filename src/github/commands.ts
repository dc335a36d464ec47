/**
 * Findings as workflow commands within GitHub's caps: the runner keeps at most 10 `::error`,
 * 10 `::warning` and 10 `::notice` annotations per step and drops the rest silently. So we
 * choose which ones to show (errors and warnings on the PR's changed lines first) and close
 * with one notice that counts what was left out and says where to find it.
 */
import { compareFindings, type Finding, type Severity } from '../core/finding.js';
import { annotationProperties, LEVEL_BY_SEVERITY, workflowCommand } from '../report/github.js';
import { plural } from '../report/plural.js';
import type { ChangedLines } from './channel.js';

/** GitHub's per-step limit for each annotation level. */
export const ANNOTATIONS_PER_LEVEL = 10;

/** Does any line of the finding's range lie on a line the PR adds or changes? */
export function onChangedLines(finding: Finding, changedLines?: ChangedLines): boolean {
  const lines = changedLines?.get(finding.location.file);
  if (!lines || lines.size === 0) return false;
  const { line, endLine } = finding.location;
  for (let l = line; l <= Math.max(line, endLine); l++) if (lines.has(l)) return true;
  return false;
}

/** The findings of one severity, changed lines first, each group in file/line order. */
function ranked(findings: Finding[], severity: Severity, changedLines?: ChangedLines): Finding[] {
  const list = findings.filter((f) => f.severity === severity).sort(compareFindings);
  const changed = list.filter((f) => onChangedLines(f, changedLines));
  return [...changed, ...list.filter((f) => !onChangedLines(f, changedLines))];
}

/** Errors, then warnings, then infos; within each, changed lines first, then file and line. */
export function prioritized(findings: Finding[], changedLines?: ChangedLines): Finding[] {
  return (['error', 'warning', 'info'] as const).flatMap((s) => ranked(findings, s, changedLines));
}

/**
 * Workflow commands for `findings`: up to 10 errors, 10 warnings and 10 notices (info), then,
 * when some did not fit, one `::notice` with the counts and `where` to see them all (asked only
 * then; a place that holds every finding, not another channel that cuts its list too; the
 * closing notice counts against the notice cap, so infos get 9 slots then). Every annotation
 * carries file, line, end line, columns (single-line ranges) and the rule id as title.
 * Returns '' for no findings; otherwise newline-terminated lines.
 */
export function workflowCommandsFor(findings: Finding[], changedLines?: ChangedLines, where: string | (() => string) = 'by a local clawcheck run'): string {
  if (findings.length === 0) return '';
  const errors = ranked(findings, 'error', changedLines);
  const warnings = ranked(findings, 'warning', changedLines);
  const infos = ranked(findings, 'info', changedLines);
  const overflow = errors.length > ANNOTATIONS_PER_LEVEL || warnings.length > ANNOTATIONS_PER_LEVEL || infos.length > ANNOTATIONS_PER_LEVEL;
  const infoSlots = overflow ? ANNOTATIONS_PER_LEVEL - 1 : ANNOTATIONS_PER_LEVEL;
  const shown = [
    ...errors.slice(0, ANNOTATIONS_PER_LEVEL),
    ...warnings.slice(0, ANNOTATIONS_PER_LEVEL),
    ...infos.slice(0, infoSlots),
  ];
  const lines = shown.map((f) => workflowCommand(LEVEL_BY_SEVERITY[f.severity], annotationProperties(f), f.message));

  const hidden = {
    errors: errors.length - Math.min(errors.length, ANNOTATIONS_PER_LEVEL),
    warnings: warnings.length - Math.min(warnings.length, ANNOTATIONS_PER_LEVEL),
    infos: infos.length - Math.min(infos.length, infoSlots),
  };
  const hiddenTotal = hidden.errors + hidden.warnings + hidden.infos;
  if (hiddenTotal > 0) {
    const parts = [
      hidden.errors ? plural(hidden.errors, 'error') : '',
      hidden.warnings ? plural(hidden.warnings, 'warning') : '',
      hidden.infos ? `${hidden.infos} info` : '',
    ].filter(Boolean);
    const total = `${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}, ${infos.length} info`;
    const message =
      `${plural(hiddenTotal, 'more finding')} not annotated here (${parts.join(', ')}): ` +
      `GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations per level in a step. ` +
      `All ${findings.length} (${total}) are listed ${typeof where === 'function' ? where() : where}.`;
    lines.push(workflowCommand('notice', [['title', 'clawcheck']], message));
  }
  return lines.join('\n') + '\n';
}
