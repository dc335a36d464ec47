import type { Finding, Severity } from '../../src/core/finding.js';
import { conclusionOf, findingsOutput } from '../../src/github/outputs.js';

function finding(severity: Severity, line: number, message = `problem ${line}`, fixable = false): Finding {
  const f: Finding = {
    ruleId: 'banned-model',
    severity,
    message,
    location: { file: 'deploy/docker-compose.yml', line, column: 5, endLine: line, endColumn: 20 },
    range: [0, 0],
  };
  if (fixable) f.fix = { description: 'replace', edits: [] };
  return f;
}

describe('findingsOutput', () => {
  it('encodes each finding with the documented fields', () => {
    const out = findingsOutput([finding('error', 3, 'Model "zai-org/GLM-4.7" is banned', true), finding('info', 9)]);
    expect(out).toEqual({
      json:
        '[{"ruleId":"banned-model","severity":"error","file":"deploy/docker-compose.yml","line":3,"column":5,"endLine":3,"endColumn":20,' +
        '"message":"Model \\"zai-org/GLM-4.7\\" is banned","fixable":true},' +
        '{"ruleId":"banned-model","severity":"info","file":"deploy/docker-compose.yml","line":9,"column":5,"endLine":9,"endColumn":20,' +
        '"message":"problem 9","fixable":false}]',
      truncated: false,
      included: 2,
    });
  });

  it('is an empty array for no findings', () => {
    expect(findingsOutput([])).toEqual({ json: '[]', truncated: false, included: 0 });
  });

  it('drops whole items from the end when too long, and the JSON still parses', () => {
    // Quotes, backslashes, newlines and non-BMP characters: escapes a naive cut would break.
    const findings = Array.from({ length: 1000 }, (_, i) => finding('warning', i + 1, `"q\\u" \n 🦀 ${'x'.repeat(i % 50)}`));
    const out = findingsOutput(findings, 5_000);
    expect(out.truncated).toBe(true);
    expect(out.json.length).toBeLessThanOrEqual(5_000);
    const parsed = JSON.parse(out.json);
    expect(parsed).toHaveLength(out.included);
    expect(out.included).toBeGreaterThan(10);
    expect(out.included).toBeLessThan(1000);
    expect(parsed.map((p: { line: number }) => p.line)).toEqual(findings.slice(0, out.included).map((f) => f.location.line));
    expect(parsed[0].message).toBe(findings[0].message);
  });

  it('keeps everything at exactly the limit and drops the last item one character below', () => {
    const findings = [finding('error', 1), finding('error', 2), finding('error', 3)];
    const full = findingsOutput(findings).json;
    expect(findingsOutput(findings, full.length)).toEqual({ json: full, truncated: false, included: 3 });
    const cut = findingsOutput(findings, full.length - 1);
    expect(cut.truncated).toBe(true);
    expect(cut.included).toBe(2);
    expect(JSON.parse(cut.json)).toEqual(JSON.parse(full).slice(0, 2));
  });

  it('gives an empty array when not even one item fits', () => {
    expect(findingsOutput([finding('error', 1)], 10)).toEqual({ json: '[]', truncated: true, included: 0 });
  });

  it('uses 60 000 characters by default', () => {
    const findings = Array.from({ length: 2000 }, (_, i) => finding('error', i + 1, 'm'.repeat(100)));
    const out = findingsOutput(findings);
    expect(out.truncated).toBe(true);
    expect(out.json.length).toBeLessThanOrEqual(60_000);
    expect(out.json.length).toBeGreaterThan(59_000);
  });
});

describe('conclusionOf', () => {
  const warning = [finding('warning', 1), finding('info', 2)];
  const error = [...warning, finding('error', 3)];
  it.each([
    ['error', error, 'failure'],
    ['error', warning, 'success'],
    ['warning', warning, 'failure'],
    ['warning', [finding('info', 1)], 'success'],
    ['never', error, 'success'],
    ['error', [], 'success'],
  ] as const)('fail-on %s', (failOn, findings, expected) => {
    expect(conclusionOf([...findings], failOn)).toBe(expected);
  });
});
