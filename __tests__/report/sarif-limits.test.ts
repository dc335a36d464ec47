import { gzipSync } from 'node:zlib';
import type { Finding, Severity } from '../../src/core/finding.js';
import { buildSarifReport, sarifReporter } from '../../src/report/sarif.js';
import { FINGERPRINT_KEY } from '../../src/report/sarif-fingerprint.js';
import { fitResults, SARIF_LIMITS } from '../../src/report/sarif-limits.js';
import { CONTEXT, makeResult, RULES } from './fixtures.js';

function finding(severity: Severity, file: string, line: number, extra: Partial<Finding> = {}): Finding {
  return { ruleId: 'banned-model', severity, message: `${severity} at ${line}`, location: { file, line, column: 1, endLine: line, endColumn: 5 }, range: [0, 0], ...extra };
}

/** 25 010 findings: 20 000 warnings in a.yml (listed first), then 5 005 errors and 5 infos in z.yml. */
function manyFindings(): Finding[] {
  const out: Finding[] = [];
  for (let i = 1; i <= 20_000; i++) out.push(finding('warning', 'a.yml', i));
  for (let i = 1; i <= 5_005; i++) out.push(finding('error', 'z.yml', i));
  for (let i = 1; i <= 5; i++) out.push(finding('info', 'z.yml', 10_000 + i));
  return out;
}

describe('GitHub code scanning limits', () => {
  test('the documented maxima', () => {
    expect(SARIF_LIMITS).toEqual({ resultsPerRun: 25_000, rulesPerRun: 25_000, locationsPerResult: 1_000 });
  });

  test('25 010 findings: exactly 25 000 results, every error kept and written before the warnings; the last warnings and the notes left out', () => {
    const { log, leftOut } = buildSarifReport(makeResult([], manyFindings()), CONTEXT);
    const results = log.runs[0].results!;
    expect(results).toHaveLength(25_000);
    const levels = results.map((r) => r.level);
    expect(levels.filter((l) => l === 'error')).toHaveLength(5_005);
    expect(levels.lastIndexOf('error')).toBe(5_004);
    expect(levels.slice(5_005).every((l) => l === 'warning')).toBe(true);
    // Warnings by file and line: a.yml 1 … 19 995 kept, 19 996 … 20 000 dropped.
    expect(results[25_000 - 1].locations![0].physicalLocation!.region!.startLine).toBe(19_995);
    expect(leftOut).toEqual({ error: 0, warning: 5, info: 5, total: 10 });
    expect(log.runs[0].invocations![0].toolExecutionNotifications![0].message.text).toBe(
      '10 of 25010 results left out (5 warnings, 5 notes): GitHub code scanning accepts at most 25000 results per run, so the most severe were kept.',
    );
  });

  test('more errors than fit: errors first by file and line, then warnings; what is dropped is counted by level', () => {
    const findings = [...manyFindings(), ...Array.from({ length: 20_000 }, (_, i) => finding('error', 'b.yml', i + 1))];
    const { log, leftOut } = buildSarifReport(makeResult([], findings), CONTEXT);
    const results = log.runs[0].results!;
    expect(results).toHaveLength(25_000);
    const levels = results.map((r) => r.level);
    expect(levels.filter((l) => l === 'error')).toHaveLength(25_000);
    const first = results.slice(0, 2).map((r) => [r.locations![0].physicalLocation!.artifactLocation!.uri, r.locations![0].physicalLocation!.region!.startLine]);
    expect(first).toEqual([['b.yml', 1], ['b.yml', 2]]);
    expect(leftOut).toEqual({ error: 5, warning: 20_000, info: 5, total: 20_010 });
    expect(log.runs[0].invocations![0].toolExecutionNotifications).toEqual([
      {
        level: 'warning',
        message: { text: '20010 of 45010 results left out (5 errors, 20000 warnings, 5 notes): GitHub code scanning accepts at most 25000 results per run, so the most severe were kept.' },
        descriptor: { id: 'results-limit' },
      },
    ]);
  });
});

describe('fitting within limits', () => {
  test('a run within the limit is unchanged: same order, no notification', () => {
    const findings = [finding('info', 'a.yml', 1), finding('error', 'b.yml', 2)];
    const { log, leftOut } = buildSarifReport(makeResult([], findings), CONTEXT, { ...SARIF_LIMITS, resultsPerRun: 2 });
    expect(log.runs[0].results!.map((r) => r.level)).toEqual(['note', 'error']);
    expect(leftOut.total).toBe(0);
    expect(log.runs[0].invocations![0].toolExecutionNotifications).toBeUndefined();
  });

  test('errors, then warnings, then notes; ties by file and line', () => {
    const findings = [finding('info', 'a.yml', 1), finding('warning', 'b.yml', 9), finding('error', 'c.yml', 3), finding('warning', 'a.yml', 5), finding('error', 'a.yml', 7)];
    const { kept, leftOut } = fitResults(findings, 4);
    expect(kept.map((f) => `${f.severity} ${f.location.file}:${f.location.line}`)).toEqual(['error a.yml:7', 'error c.yml:3', 'warning a.yml:5', 'warning b.yml:9']);
    expect(leftOut).toEqual({ error: 0, warning: 0, info: 1, total: 1 });
  });

  test('a result keeps the fingerprint it has in the uncut file', () => {
    const findings = [finding('info', 'a.yml', 1), finding('error', 'b.yml', 2)];
    const print = (l: ReturnType<typeof buildSarifReport>['log'], level: string) => l.runs[0].results!.find((r) => r.level === level)!.partialFingerprints![FINGERPRINT_KEY];
    const whole = buildSarifReport(makeResult([], findings), CONTEXT).log;
    const cut = buildSarifReport(makeResult([], findings), CONTEXT, { ...SARIF_LIMITS, resultsPerRun: 1 }).log;
    expect(cut.runs[0].results).toHaveLength(1);
    expect(print(cut, 'error')).toBe(print(whole, 'error'));
  });

  test('related locations are held to the locations-per-result limit', () => {
    const related = Array.from({ length: 5 }, (_, i) => ({ file: 'a.yml', line: i + 2, column: 1, endLine: i + 2, endColumn: 2, message: `also ${i}` }));
    const { log } = buildSarifReport(makeResult([], [finding('error', 'a.yml', 1, { related })]), CONTEXT, { ...SARIF_LIMITS, locationsPerResult: 3 });
    expect(log.runs[0].results![0].relatedLocations!.map((r) => r.id)).toEqual([1, 2, 3]);
  });

  test('past the rules limit only the rules results name are described, and every ruleIndex still points at its rule', () => {
    const findings = [finding('error', 'a.yml', 1, { ruleId: 'proxy-image-tag' }), finding('warning', 'a.yml', 2, { ruleId: 'made-up' })];
    const { log } = buildSarifReport(makeResult([], findings), CONTEXT, { ...SARIF_LIMITS, rulesPerRun: RULES.length });
    const rules = log.runs[0].tool.driver.rules!;
    expect(rules.map((r) => r.id).sort()).toEqual(['made-up', 'proxy-image-tag']);
    for (const r of log.runs[0].results!) expect(rules[r.ruleIndex!].id).toBe(r.ruleId);
  });

  test('the CLI formatter applies the limits too (a file it writes can be uploaded)', () => {
    const text = sarifReporter.format(makeResult([], manyFindings()), CONTEXT);
    const log = JSON.parse(text);
    expect(log.runs[0].results).toHaveLength(25_000);
    // Code scanning also rejects uploads over 10 MB gzip-compressed; 25 000 results stay far below.
    expect(gzipSync(text).length).toBeLessThan(10 * 1024 * 1024);
  });
});
