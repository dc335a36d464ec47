import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding, Severity } from '../../src/core/finding.js';
import type { ActionInputs } from '../../src/action/inputs.js';
import { readInputs } from '../../src/action/inputs.js';
import { TEMP_REPORT_NAME, writeReports } from '../../src/action/reports.js';
import { runInProcess } from '../support/action-run.js';
import type { Captured } from '../support/action-run.js';
import { makeResult } from '../report/fixtures.js';
import { tempTree } from '../support/tmp.js';

/** Every cut list (annotations, findings output, SARIF) says how much it left out and names one file that holds everything. */

const BAD = readFileSync(fileURLToPath(new URL('../../examples/bad/docker-compose.cloudru-proxy.yml', import.meta.url)), 'utf8');

/** `n` copies of the bad example: 7 errors each. */
function workspace(n: number): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) files[`svc${String(i).padStart(3, '0')}/docker-compose.cloudru-proxy.yml`] = BAD;
  return tempTree(files);
}

function push(ws: string, inputs: Record<string, string>): Promise<Captured> {
  // No token: nothing but the workflow commands, the summary, the files and the outputs.
  return runInProcess({ workspace: ws, eventName: 'push', event: {}, apiUrl: 'http://127.0.0.1:1', inputs: { annotations: 'commands', ...inputs } });
}

const closing = (r: Captured) => r.written.trimEnd().split('\n').pop()!;

describe('where everything is', () => {
  test('no SARIF file: the JSON report in RUNNER_TEMP, written because a list was cut, named by the notice and the report-file output', async () => {
    const r = await push(workspace(2), {});
    const report = String(r.outputs['report-file']);
    expect(report).toMatch(new RegExp(`[/\\\\]${TEMP_REPORT_NAME}$`));
    expect(closing(r)).toBe(
      '::notice title=clawcheck::4 more findings not annotated here (4 errors): GitHub shows at most 10 annotations per level in a step. ' +
        `All 14 (14 errors, 0 warnings, 0 info) are listed in the JSON report ${report} (output report-file).`,
    );
    const json = JSON.parse(readFileSync(report, 'utf8'));
    expect(json.findings).toHaveLength(14);
    expect(r.debugs).toContain(`report file: written to ${report} (14 findings)`);
  });

  test('nothing cut: no JSON report is written', async () => {
    const r = await push(workspace(1), {});
    expect(r.outputs['report-file']).toBe('');
    expect(r.written).not.toContain('more finding');
  });

  test('a complete SARIF file is the place: named by its workspace path, and no JSON report', async () => {
    const ws = workspace(2);
    const r = await push(ws, { 'sarif-file': 'out/clawcheck.sarif' });
    expect(closing(r)).toMatch(/are listed in the SARIF file out\/clawcheck\.sarif\.$/);
    expect(r.outputs).toMatchObject({ 'sarif-file': 'out/clawcheck.sarif', 'report-file': '' });
    expect(r.debugs).toContain('sarif: written to out/clawcheck.sarif (14 of 14 results)');
  });

  test('report-file: written inside the workspace whatever is cut, its path relative', async () => {
    const ws = workspace(1);
    const r = await push(ws, { 'report-file': 'reports/clawcheck.json' });
    expect(r.outputs['report-file']).toBe('reports/clawcheck.json');
    expect(JSON.parse(readFileSync(join(ws, 'reports/clawcheck.json'), 'utf8')).findings).toHaveLength(7);
  });

  test('the findings output, cut to whole items: a notice and a summary note with the counts and the file', async () => {
    const r = await push(workspace(40), { 'sarif-file': 'clawcheck.sarif' });
    expect(r.outputs['findings-truncated']).toBe('true');
    const kept = JSON.parse(String(r.outputs.findings)).length;
    expect(kept).toBeLessThan(280);
    const said = `The findings output holds ${kept} of 280 findings (cut to whole items to stay within GitHub's output size); all are in the SARIF file clawcheck.sarif.`;
    expect(r.notices).toEqual([said]);
    expect(r.summary).toContain(`\n- The findings output holds ${kept} of 280 findings \\(cut to whole items to stay within GitHub&#39;s output size\\); all are in the SARIF file clawcheck.sarif.\n`);
  });
});

test('at scale, every channel that cuts points at the same file, never at another channel', async () => {
  const r = await push(workspace(700), {});
  const report = String(r.outputs['report-file']);
  const place = `the JSON report ${report} (output report-file)`;
  expect(closing(r)).toContain(`All 4900 (4900 errors, 0 warnings, 0 info) are listed in ${place}.`);
  expect(r.notices.some((n) => n.startsWith('The findings output holds ') && n.endsWith(`; all are in ${place}.`))).toBe(true);
  const note = r.summary.split('\n').find((l) => l.startsWith('> **Summary truncated**'))!;
  expect(note).toMatch(/^> \*\*Summary truncated\*\* to stay under 1000000 bytes: \d+ findings, 700 fix diffs not shown\. All 4900 findings are in the JSON report .* `clawcheck --fix-dry-run` shows every fix\.$/);
  for (const text of [closing(r), note, ...r.notices]) expect(text).not.toMatch(/see the (annotations|summary)|job summary|the annotations/);
  expect(JSON.parse(readFileSync(report, 'utf8')).findings).toHaveLength(4900);
});

describe('a SARIF file over code scanning’s limit', () => {
  const finding = (severity: Severity, file: string, line: number): Finding => ({
    ruleId: 'banned-model',
    severity,
    message: `${severity} ${line}`,
    location: { file, line, column: 1, endLine: line, endColumn: 2 },
    range: [0, 0],
  });

  test('25 010 findings: 25 000 results written, most severe first; the notice says what was left out and names the JSON report', () => {
    const findings = [...Array.from({ length: 24_000 }, (_, i) => finding('warning', 'a.yml', i + 1)), ...Array.from({ length: 1_010 }, (_, i) => finding('error', 'b.yml', i + 1))];
    const root = tempTree({});
    const temp = tempTree({});
    const inputs: ActionInputs = { ...readInputs({}), sarifFile: 'clawcheck.sarif' };
    const notices: string[] = [];
    const said: string[] = [];
    const log = { info: () => {}, notice: (m: string) => said.push(m), warning: () => {}, write: () => {} };
    const reports = writeReports(makeResult([], findings, [], root), inputs, { RUNNER_TEMP: temp }, root, log, notices);

    const sarif = JSON.parse(readFileSync(join(root, 'clawcheck.sarif'), 'utf8'));
    const levels: string[] = sarif.runs[0].results.map((x: { level: string }) => x.level);
    expect(levels).toHaveLength(25_000);
    expect(levels.filter((l) => l === 'error')).toHaveLength(1_010);
    expect(levels.indexOf('warning')).toBe(1_010);
    const report = join(temp, TEMP_REPORT_NAME);
    const notice =
      'The SARIF file clawcheck.sarif is cut: 10 of 25010 results left out (10 warnings): GitHub code scanning accepts at most 25000 results per run, ' +
      `so the most severe were kept. All 25010 findings are in the JSON report ${report} (output report-file).`;
    expect(said).toEqual([notice]);
    expect(notices).toEqual([notice]);
    expect(reports.where()).toBe(`the JSON report ${report} (output report-file)`);
    expect(JSON.parse(readFileSync(report, 'utf8')).findings).toHaveLength(25_010);
    expect(existsSync(report)).toBe(true);
  });
});
