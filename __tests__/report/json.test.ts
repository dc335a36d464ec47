import { getReporter, isReporterName, REPORTER_NAMES, type ReporterName } from '../../src/report/index.js';
import { jsonReporter } from '../../src/report/json.js';
import { CONTEXT, findingAt, makeResult, richResult, source } from './fixtures.js';

describe('json reporter', () => {
  it('prints the documented shape, pretty, ending with a newline', () => {
    const file = source('a b/c.yml', 'k: v\n');
    const finding = findingAt(file, 'v', { ruleId: 'r1', severity: 'warning', message: 'm "q"' });
    const out = jsonReporter.format(makeResult([file], [finding]), CONTEXT);
    expect(out).toBe(
      [
        '{',
        '  "files": [',
        '    "a b/c.yml"',
        '  ],',
        '  "findings": [',
        '    {',
        '      "ruleId": "r1",',
        '      "severity": "warning",',
        '      "file": "a b/c.yml",',
        '      "line": 1,',
        '      "column": 4,',
        '      "endLine": 1,',
        '      "endColumn": 5,',
        '      "message": "m \\"q\\"",',
        '      "fixable": false',
        '    }',
        '  ],',
        '  "skipped": []',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('marks fixable findings, suggestions and related locations, and lists skipped paths', () => {
    const report = JSON.parse(jsonReporter.format(richResult(), CONTEXT));
    expect(report.files).toEqual(['deploy/docker-compose.cloudru-proxy.yml', 'my config/openclaw.json', 'окружение/.env']);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'proxy-image-tag',
      'banned-model',
      'disable-thinking',
      'proxy-read-only',
      'thinking-default',
      'parse-note',
    ]);
    expect(report.findings[1]).toEqual({
      ruleId: 'banned-model',
      severity: 'error',
      file: 'deploy/docker-compose.cloudru-proxy.yml',
      line: 5,
      column: 19,
      endLine: 5,
      endColumn: 34,
      message: 'Model "zai-org/GLM-4.7" is banned: use openai/gpt-oss-120b.',
      fixable: true,
      related: [{ file: 'окружение/.env', line: 2, column: 11, endLine: 2, endColumn: 26, message: 'Also set here.' }],
    });
    expect(report.findings[2]).toMatchObject({ ruleId: 'disable-thinking', fixable: true, suggestion: true });
    expect(report.findings[0]).not.toHaveProperty('suggestion');
    expect(report.findings[4]).toMatchObject({ fixable: false });
    expect(report.skipped).toEqual([{ path: 'huge compose.yml', reason: 'too-large', message: 'larger than 1 MiB' }]);
  });

  it('prints empty arrays for an empty result', () => {
    expect(JSON.parse(jsonReporter.format(makeResult([], []), CONTEXT))).toEqual({ files: [], findings: [], skipped: [] });
  });
});

describe('reporter registry', () => {
  it('returns each reporter by name', () => {
    expect(REPORTER_NAMES).toEqual(['stylish', 'json', 'sarif', 'github', 'junit', 'codeclimate']);
    for (const name of REPORTER_NAMES) expect(getReporter(name).name).toBe(name);
  });

  it('rejects unknown names, including inherited object keys', () => {
    expect(isReporterName('toString')).toBe(false);
    expect(() => getReporter('toString' as ReporterName)).toThrow('Unknown format "toString"; expected one of: stylish, json, sarif, github');
  });
});
