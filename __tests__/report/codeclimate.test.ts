/**
 * Code Climate issues, checked against what GitLab documents for a code quality report
 * (docs.gitlab.com/ci/testing/code_quality, "Code Quality report format"): an array of objects
 * with description, check_name, fingerprint, severity (info, minor, major, critical, blocker),
 * location.path (relative) and location.lines.begin; GitLab keeps one issue per fingerprint.
 */
import Ajv from 'ajv';
import { buildCodeClimate, codeclimateReporter } from '../../src/report/codeclimate.js';
import { buildSarifLog } from '../../src/report/sarif.js';
import { FINGERPRINT_KEY } from '../../src/report/sarif-fingerprint.js';
import { COMPOSE_TEXT, CONTEXT, findingAt, makeResult, richResult, source } from './fixtures.js';

/** Relative, with `/`: no leading slash, drive or `./`. */
const LOCATION = {
  type: 'object',
  required: ['path', 'lines'],
  properties: {
    path: { type: 'string', pattern: '^(?![/\\\\]|[A-Za-z]:|\\./)' },
    lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 }, end: { type: 'integer', minimum: 1 } } },
  },
};
/** GitLab's required fields, and the types the Code Climate spec gives the optional ones written. */
const ISSUE = {
  type: 'object',
  required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
  properties: {
    type: { const: 'issue' },
    description: { type: 'string', minLength: 1 },
    check_name: { type: 'string', minLength: 1 },
    fingerprint: { type: 'string', minLength: 1 },
    severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
    categories: { type: 'array', minItems: 1, items: { enum: ['Bug Risk', 'Clarity', 'Compatibility', 'Complexity', 'Duplication', 'Performance', 'Security', 'Style'] } },
    content: { type: 'object', required: ['body'], properties: { body: { type: 'string' } } },
    location: { $ref: '#/$defs/location' },
    other_locations: { type: 'array', items: { $ref: '#/$defs/location' } },
  },
};
const validate = new (Ajv as unknown as typeof Ajv.default)({ strict: true, allErrors: true }).compile({ type: 'array', items: ISSUE, $defs: { location: LOCATION } });

describe('codeclimate reporter', () => {
  it('prints the exact report for a small case', () => {
    const file = source('deploy/compose.yml', 'services:\n  proxy:\n    image: x:v1\n    read_only: true\n');
    const findings = [
      findingAt(file, '    read_only: true\n', { ruleId: 'proxy-read-only', severity: 'error', message: 'remove read_only' }),
      findingAt(file, 'x:v1', { ruleId: 'unknown-rule', severity: 'info', message: 'a note' }),
    ];
    const result = makeResult([file], findings);
    const prints = buildSarifLog(result, CONTEXT).runs[0].results!.map((r) => r.partialFingerprints![FINGERPRINT_KEY]);
    expect(codeclimateReporter.format(result, CONTEXT)).toBe(
      JSON.stringify(
        [
          {
            type: 'issue',
            check_name: 'unknown-rule',
            description: 'a note',
            categories: ['Bug Risk'],
            location: { path: 'deploy/compose.yml', lines: { begin: 3, end: 3 } },
            severity: 'info',
            fingerprint: prints[0],
          },
          {
            type: 'issue',
            check_name: 'proxy-read-only',
            description: 'remove read_only',
            content: { body: 'The proxy needs a writable filesystem.\n\n[Documentation](https://github.com/clawcheck/clawcheck/blob/main/docs/rules/proxy-read-only.md)' },
            categories: ['Bug Risk'],
            // The range ends at column 1 of line 5 (the line break is part of it): line 4 only.
            location: { path: 'deploy/compose.yml', lines: { begin: 4, end: 4 } },
            severity: 'major',
            fingerprint: prints[1],
          },
        ],
        null,
        2,
      ) + '\n',
    );
    expect(prints.every((p) => /^[0-9a-f]{32}:1$/.test(p))).toBe(true);
  });

  it('has the fields GitLab requires, with relative paths, on every issue', () => {
    const issues = buildCodeClimate(richResult(), CONTEXT);
    expect(validate(issues)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    expect(issues.map((i) => [i.check_name, i.severity, i.location.path, i.location.lines.begin])).toEqual([
      ['proxy-image-tag', 'major', 'deploy/docker-compose.cloudru-proxy.yml', 3],
      ['banned-model', 'major', 'deploy/docker-compose.cloudru-proxy.yml', 5],
      ['disable-thinking', 'minor', 'deploy/docker-compose.cloudru-proxy.yml', 6],
      ['proxy-read-only', 'major', 'deploy/docker-compose.cloudru-proxy.yml', 7],
      ['thinking-default', 'info', 'my config/openclaw.json', 3],
      ['parse-note', 'minor', 'окружение/.env', 2],
    ]);
    expect(issues[1].other_locations).toEqual([{ path: 'окружение/.env', lines: { begin: 2, end: 2 } }]);
    // The validator is not vacuous.
    expect(validate([{ ...issues[0], severity: 'error' }])).toBe(false);
    expect(validate([{ ...issues[0], location: { path: '/abs/x.yml', lines: { begin: 1 } } }])).toBe(false);
    expect(codeclimateReporter.format(makeResult([], []), CONTEXT)).toBe('[]\n');
  });

  it('fingerprints are unique in a report and stay when lines are inserted above', () => {
    const before = buildCodeClimate(richResult(), CONTEXT).map((i) => i.fingerprint);
    const after = buildCodeClimate(richResult('# a comment\nx-common: &common {}\n' + COMPOSE_TEXT), CONTEXT).map((i) => i.fingerprint);
    expect(after).toEqual(before);
    expect(new Set(before).size).toBe(before.length);
    const file = source('c.yml', 'a:\n  m: x\nb:\n  m: x\n');
    const twins = [1, 2].map((occurrence) => findingAt(file, 'x', { ruleId: 'r', severity: 'error', message: 'bad x', occurrence }));
    const prints = buildCodeClimate(makeResult([file], twins), CONTEXT).map((i) => i.fingerprint);
    expect(new Set(prints).size).toBe(2);
  });

  it('no secret reaches the report', () => {
    const file = source('.env', 'TOKEN=ghp_0123456789abcdefghijABCDEFGHIJ012345\n', 'dotenv');
    const finding = findingAt(file, 'ghp_', { ruleId: 'r', severity: 'error', message: 'value ghp_0123456789abcdefghijABCDEFGHIJ012345 leaks' });
    const out = codeclimateReporter.format(makeResult([file], [finding]), CONTEXT);
    expect(out).not.toContain('0123456789abcdefghij');
    expect(JSON.parse(out)[0].description).toBe('value ghp_[redacted] leaks');
  });
});
