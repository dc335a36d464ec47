/**
 * The Checks API channel: one check run (named by `check-name`, default `clawcheck`) on the commit
 * being checked, findings as annotations (GitHub takes at most 50 per request, so the run is
 * updated in batches; at most 1 000 per run, see MAX_CHECK_ANNOTATIONS), and a conclusion from `fail-on`.
 *
 * Requests for n findings: 1 POST (in_progress) + max(1, ceil(min(n, 1000) / 50)) PATCHes; the last batch
 * travels with the completion (status, conclusion, completed_at), so a run is never completed
 * before all its annotations are in. Every PATCH repeats output.title and output.summary, as
 * GitHub requires them whenever `output` is sent.
 *
 * Conclusion: `failure` when a finding is at or above fail-on; with fail-on `never` and findings
 * the run is `neutral` (the findings are real, but the workflow chose not to block on them);
 * otherwise `success`.
 */
import { compareFindings, type Finding, type Severity } from '../core/finding.js';
import { redactFinding } from '../core/redact.js';
import { annotationProperties } from '../report/github.js';
import { plural } from '../report/plural.js';
import { ChannelUnavailable, type PublishContext } from './channel.js';
import { statusOf } from './client.js';
import { prioritized } from './commands.js';
import { escapeMarkdown } from './markdown.js';
import { conclusionOf } from './outputs.js';
import { jobSummary } from './summary.js';

export const CHECK_RUN_NAME = 'clawcheck';
/** GitHub's limit of annotations per create/update request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/**
 * Annotations per check run: 20 requests. GitHub allows about 500 content-creating requests an
 * hour (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits),
 * which 25 000 findings at 50 a request would use up; the rest are counted in the summary.
 */
export const MAX_CHECK_ANNOTATIONS = 1_000;
/** GitHub's limit for output.summary and output.text, in characters. */
export const CHECK_OUTPUT_MAX_CHARS = 65_535;
/** Annotation message and raw_details are limited to 64 KB each; findings are far shorter. */
const ANNOTATION_TEXT_MAX = 60_000;
/** Kept free in the summary for the notes on left-out annotations and on an incomplete run. */
const SUMMARY_NOTE_ROOM = 2_000;

export type CheckConclusion = 'success' | 'failure' | 'neutral';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  message: string;
  title: string;
  raw_details?: string;
}

const LEVEL: Record<Severity, CheckAnnotation['annotation_level']> = { error: 'failure', warning: 'warning', info: 'notice' };

export function checkConclusion(findings: Finding[], failOn: PublishContext['failOn']): CheckConclusion {
  if (conclusionOf(findings, failOn) === 'failure') return 'failure';
  return findings.length > 0 && failOn === 'never' ? 'neutral' : 'success';
}

/** Cut at a code-point boundary, with a visible marker. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
  return text.slice(0, end) + '…';
}

/** One annotation; columns only when the range is on one line (same rule as workflow commands). */
export function toAnnotation(finding: Finding): CheckAnnotation {
  const f = redactFinding(finding);
  const props = new Map(annotationProperties(f));
  const annotation: CheckAnnotation = {
    path: f.location.file,
    start_line: f.location.line,
    end_line: Math.max(f.location.line, f.location.endLine),
    annotation_level: LEVEL[f.severity],
    message: clip(f.message, ANNOTATION_TEXT_MAX),
    title: f.ruleId,
  };
  const col = props.get('col');
  const endColumn = props.get('endColumn');
  if (typeof col === 'number' && typeof endColumn === 'number') {
    annotation.start_column = col;
    annotation.end_column = endColumn;
  }
  if (f.related?.length) {
    annotation.raw_details = clip(f.related.map((r) => `${r.file}:${r.line}:${r.column}: ${r.message}`).join('\n'), ANNOTATION_TEXT_MAX);
  }
  return annotation;
}

function titleOf(findings: Finding[]): string {
  if (findings.length === 0) return 'No problems found';
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info`;
}

function unavailable(step: string, e: unknown, verb: string): ChannelUnavailable {
  const status = statusOf(e);
  const detail = e instanceof Error ? e.message : String(e);
  if (status === 403 || status === 404) {
    return new ChannelUnavailable(
      'checks',
      `cannot ${step} (HTTP ${status}): the token needs the \`checks: write\` permission, which pull requests from forks never get (${detail})`,
      `token lacks checks:write (${status} on ${verb})`,
    );
  }
  return new ChannelUnavailable('checks', `cannot ${step} (${status ? `HTTP ${status}` : 'no response'}: ${detail})`, `${status ? `HTTP ${status}` : 'no response'} on ${verb}`);
}

/** The findings that get an annotation: all, or the most important MAX_CHECK_ANNOTATIONS (errors, changed lines first). */
function annotated(findings: Finding[], ctx: PublishContext): Finding[] {
  if (findings.length <= MAX_CHECK_ANNOTATIONS) return findings;
  return prioritized(findings, ctx.changedLines).slice(0, MAX_CHECK_ANNOTATIONS).sort(compareFindings);
}

/** What was not annotated, and where all of it is: said in the check run's summary and the log. */
export function annotationsLeftOut(all: Finding[], shown: Finding[], where?: () => string): string {
  const kept = new Set(shown);
  const left = all.filter((f) => !kept.has(f));
  const count = (s: Severity) => left.filter((f) => f.severity === s).length;
  const parts = [count('error') ? plural(count('error'), 'error') : '', count('warning') ? plural(count('warning'), 'warning') : '', count('info') ? `${count('info')} info` : ''].filter(Boolean);
  const place = where ? `All ${all.length} are in ${where()}.` : `A local clawcheck run lists all ${all.length}.`;
  return (
    `${plural(left.length, 'more finding')} not annotated on the check run (${parts.join(', ')}): ` +
    `clawcheck adds at most ${MAX_CHECK_ANNOTATIONS} annotations to a check run, within GitHub's limit on content-creating requests. ${place}`
  );
}

/**
 * Publishes the findings as a check run. Throws ChannelUnavailable when the run cannot be
 * created (403/404: no `checks: write`, fork PR) or an update fails; after a failed update it
 * still tries to complete the run with the conclusion the findings decide, so it neither stays
 * in progress nor turns green when it should fail.
 */
export async function publishCheckRun(
  ctx: PublishContext,
): Promise<{ checkRunId: number; annotations: number; requests: number; conclusion: string }> {
  const { client, run, result, failOn } = ctx;
  if (!client) throw new ChannelUnavailable('checks', 'no GitHub token was given');
  const findings = [...result.findings].sort(compareFindings);
  const conclusion = checkConclusion(findings, failOn);
  const title = titleOf(findings);
  const blob = { serverUrl: run.serverUrl, owner: run.owner, repo: run.repo, sha: run.sha };
  let summary = jobSummary(result, { rules: ctx.rules, failOn, maxBytes: CHECK_OUTPUT_MAX_CHARS - SUMMARY_NOTE_ROOM, fullList: ctx.fullList, blob });
  // (bytes ≥ characters, so the summary is within GitHub's 65 535 characters with room for the notes)
  const shown = annotated(findings, ctx);
  if (shown.length < findings.length) {
    const note = annotationsLeftOut(findings, shown, ctx.fullList);
    summary += `\n> **Annotations:** ${escapeMarkdown(note)}\n`;
    ctx.log.notice(note);
  }
  const repo = { owner: run.owner, repo: run.repo };
  let requests = 0;

  let checkRunId: number;
  try {
    requests++;
    const created = await client.rest.checks.create({
      ...repo,
      name: ctx.checkName || CHECK_RUN_NAME,
      head_sha: run.sha,
      status: 'in_progress',
      started_at: new Date().toISOString(),
      output: { title, summary },
    });
    checkRunId = (created.data as { id?: unknown } | undefined)?.id as number;
  } catch (e) {
    throw unavailable('create a check run', e, 'create');
  }
  // A cut or malformed answer has no usable id: every later PATCH would go to /check-runs/undefined.
  if (!Number.isSafeInteger(checkRunId) || checkRunId <= 0) {
    throw new ChannelUnavailable('checks', "GitHub's answer to creating the check run has no check run id (truncated or malformed response), so it cannot be updated");
  }

  const annotations = shown.map(toAnnotation);
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  if (batches.length === 0) batches.push([]);

  let sent = 0;
  for (let i = 0; i < batches.length; i++) {
    const last = i === batches.length - 1;
    const output = { title, summary, ...(batches[i].length ? { annotations: batches[i] } : {}) };
    try {
      requests++;
      await client.rest.checks.update({
        ...repo,
        check_run_id: checkRunId,
        output,
        ...(last ? { status: 'completed' as const, conclusion, completed_at: new Date().toISOString() } : {}),
      });
      sent += batches[i].length;
    } catch (e) {
      const error = unavailable(last ? 'complete the check run' : `add annotations to check run ${checkRunId}`, e, last ? 'complete' : 'update');
      if (!last) {
        // Do not leave the run in progress; its conclusion still comes from every finding.
        const note = `\n> **Incomplete:** only ${sent} of ${annotations.length} annotations could be added (${statusOf(e) ? `HTTP ${statusOf(e)}` : 'no response'}); see the workflow log.\n`;
        try {
          requests++;
          await client.rest.checks.update({
            ...repo,
            check_run_id: checkRunId,
            output: { title, summary: summary + note },
            status: 'completed',
            conclusion,
            completed_at: new Date().toISOString(),
          });
        } catch {
          // the cascade reports the findings elsewhere and the step still fails
        }
      }
      throw error;
    }
  }
  ctx.log.info(`clawcheck: check run ${checkRunId} completed (${conclusion}) with ${sent} annotations in ${requests} requests`);
  return { checkRunId, annotations: sent, requests, conclusion };
}
