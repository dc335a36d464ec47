/**
 * The files that hold every finding: the SARIF file (`sarif-file`) and the JSON report
 * (`report-file`, else one in the runner's temp folder written only when a channel cut its list
 * and no complete SARIF file was written). Channels that cut (summary, annotations, review body,
 * the `findings` output) point at `where()`, never at one another.
 */
import { tmpdir } from 'node:os';
import { isAbsolute, relative } from 'node:path';
import type { CheckResult } from '../core/result.js';
import { OutputError, writeOutputFile } from '../fs/write.js';
import { VERSION } from '../generated/assets.js';
import { getReporter } from '../report/index.js';
import { buildSarifReport, resultsLeftOutText } from '../report/sarif.js';
import { SARIF_LIMITS } from '../report/sarif-limits.js';
import { ALL_RULE_META } from '../rules/index.js';
import type { ActionLog } from '../github/channel.js';
import { say } from './deliver.js';
import type { ActionInputs } from './inputs.js';

/** Name of the JSON report in RUNNER_TEMP when `report-file` is empty. */
export const TEMP_REPORT_NAME = 'clawcheck-report.json';

export interface Reports {
  /** The SARIF file written, relative to the workspace ('' when none). */
  sarif: string;
  /** Why the SARIF file was not written (the step fails with it). */
  sarifFailure?: string;
  /** Where every finding can be read (plain text); may write the JSON report on first call. */
  where(): string;
  /** The JSON report written so far, as shown ('' when none). */
  reportFile(): string;
}

function shownPath(root: string, abs: string): string {
  const rel = relative(root, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

/**
 * Writes the SARIF file and an explicit `report-file` now (before any channel runs, so the channels
 * can name them); `judged` is every finding, whatever only-changed keeps, as code scanning needs.
 */
export function writeReports(judged: CheckResult, inputs: ActionInputs, env: Record<string, string | undefined>, root: string, log: ActionLog, notices: string[]): Reports {
  const debug = (m: string) => log.debug?.(m);
  const total = judged.findings.length;
  let reportPath = '';
  let reportFailed = false;
  const writeJson = (path: string, base: string, baseName: string): void => {
    try {
      reportPath = shownPath(root, writeOutputFile(path, getReporter('json').format(judged, { rules: ALL_RULE_META, color: false, version: VERSION }), { base, confine: true, baseName }));
      debug(`report file: written to ${reportPath} (${total} findings)`);
    } catch (e) {
      if (!(e instanceof OutputError)) throw e;
      reportFailed = true;
      say(log, notices, `JSON report not written: ${e.message}.`);
    }
  };
  const json = () => `the JSON report ${reportPath} (output report-file)`;
  const fallback = 'the JSON output of a local clawcheck run (clawcheck --format json)';

  if (inputs.reportFile) writeJson(inputs.reportFile, root, 'workspace');
  else debug('report file: not written yet — report-file is empty; one is written to RUNNER_TEMP only if a list is cut');

  let sarif = '';
  let sarifFailure: string | undefined;
  let complete = false;
  const where = (): string => {
    if (complete) return `the SARIF file ${sarif}`;
    if (!reportPath && !reportFailed) writeJson(TEMP_REPORT_NAME, env.RUNNER_TEMP || tmpdir(), 'runner temp folder');
    return reportPath ? json() : fallback;
  };
  if (inputs.sarifFile) {
    const { log: sarifLog, leftOut } = buildSarifReport(judged, { rules: ALL_RULE_META, version: VERSION });
    try {
      // The tree is the PR's: a committed link or `../` must not aim the write elsewhere.
      sarif = shownPath(root, writeOutputFile(inputs.sarifFile, JSON.stringify(sarifLog, null, 2) + '\n', { base: root, confine: true, baseName: 'workspace' }));
      complete = leftOut.total === 0;
      debug(`sarif: written to ${sarif} (${total - leftOut.total} of ${total} results)`);
    } catch (e) {
      if (!(e instanceof OutputError)) throw e;
      sarifFailure = `SARIF file not written: ${e.message}.`;
      notices.push(sarifFailure); // said once: in the summary here, as the step's failure
      debug(`sarif: not written — ${e.message}`);
    }
    if (sarif && !complete) {
      // The full list goes where the SARIF file's cut cannot reach.
      const place = where();
      say(log, notices, `The SARIF file ${sarif} is cut: ${resultsLeftOutText(total, SARIF_LIMITS.resultsPerRun, leftOut)} All ${total} findings are in ${place}.`);
    }
  } else debug('sarif: skipped — sarif-file is empty');

  return { sarif, sarifFailure, where, reportFile: () => reportPath };
}
