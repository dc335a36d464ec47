import '../support/openclaw-schema.js';
import type { Finding } from '../../src/core/finding.js';
import { applyFixes } from '../../src/fix/apply.js';

function finding(id: string, edits: Array<[number, number, string]>): Finding {
  return {
    ruleId: id,
    severity: 'error',
    message: id,
    location: { file: 'f', line: 1, column: 1, endLine: 1, endColumn: 1 },
    range: [0, 0],
    fix: { description: id, edits: edits.map(([start, end, text]) => ({ file: 'f', start, end, text })) },
  };
}

describe('applyFixes', () => {
  test('applies fixes in offset order whatever order they come in', () => {
    const r = applyFixes('abcdef', [finding('b', [[4, 5, 'E']]), finding('a', [[0, 1, 'A']])]);
    expect(r.output).toBe('AbcdEf');
    expect(r.applied.map((f) => f.ruleId)).toEqual(['a', 'b']);
    expect(r.deferred).toEqual([]);
  });

  test('an overlapping fix waits for the next pass instead of being merged', () => {
    const r = applyFixes('abcdef', [finding('a', [[1, 4, 'X']]), finding('b', [[3, 5, 'Y']])]);
    expect(r.output).toBe('aXef');
    expect(r.deferred.map((f) => f.ruleId)).toEqual(['b']);
  });

  test('touching fixes both apply; two insertions at one point do not', () => {
    expect(applyFixes('abc', [finding('a', [[0, 1, 'A']]), finding('b', [[1, 2, 'B']])]).output).toBe('ABc');
    const r = applyFixes('abc', [finding('a', [[1, 1, 'x']]), finding('b', [[1, 1, 'y']])]);
    expect(r.output).toBe('axbc');
    expect(r.deferred.map((f) => f.ruleId)).toEqual(['b']);
  });

  test('the same fix reached by two findings is applied once and counts for both', () => {
    const r = applyFixes('abc', [finding('a', [[1, 2, 'B']]), finding('b', [[1, 2, 'B']])]);
    expect(r.output).toBe('aBc');
    expect(r.applied.map((f) => f.ruleId)).toEqual(['a', 'b']);
    expect(r.deferred).toEqual([]);
  });

  test('a fix with several edits applies them together and keeps the text between', () => {
    expect(applyFixes('a-b-c', [finding('m', [[4, 5, 'C'], [0, 1, 'A']])]).output).toBe('A-b-C');
  });

  test('a fix whose own edits overlap, or that points past the end, is not applied', () => {
    const r = applyFixes('abc', [finding('bad', [[0, 2, 'x'], [1, 3, 'y']]), finding('far', [[2, 9, 'z']])]);
    expect(r.output).toBe('abc');
    expect(r.applied).toEqual([]);
  });
});

describe('fixParsed reports the findings before fixing', () => {
  test('before equals a plain judge of the original files, findings what remains', async () => {
    const { parseFile, judge } = await import('../../src/core/engine.js');
    const { SourceFile } = await import('../../src/core/source.js');
    const { fixParsed } = await import('../../src/fix/fix.js');
    const { recommendedPolicy } = await import('../../src/policy/load.js');
    const text = 'services:\n  p:\n    image: legard/claude-code-proxy:v1.0.0\n    environment:\n      BIG_MODEL: "${B}${M}"\n';
    const parsed = [parseFile(new SourceFile('compose.yaml', text, 'compose'))];
    const outcome = fixParsed(parsed, recommendedPolicy());
    expect(outcome.before).toEqual(judge(parsed, recommendedPolicy()));
    expect(outcome.before.map((f) => f.ruleId)).toContain('proxy-image-tag');
    expect(outcome.findings.map((f) => f.ruleId)).not.toContain('proxy-image-tag');
  });
});

describe('fix-failed', () => {
  // A replacement that is itself banned: the fixed file would still have the problem.
  const POLICY = 'rules:\n  banned-model:\n    options:\n      replacement: zai-org/GLM-4.7-Flash\n';
  const TEXT = 'services:\n  p:\n    image: legard/claude-code-proxy\n    environment:\n      BIG_MODEL: zai-org/GLM-4.7\n';

  const failures = async (policy: string) => {
    const { fixTexts } = await import('../support/fix.js');
    const { out, outcome } = fixTexts({ 'compose.yaml': TEXT }, { policy, type: 'suggestion' });
    expect(out['compose.yaml']).toBe(TEXT); // left exactly as it was
    expect(outcome.files).toEqual([]);
    return outcome.findings.filter((f) => f.ruleId === 'fix-failed').map((f) => [f.severity, f.location.line, f.location.column, f.message]);
  };

  test('a file whose fixes do not remove the problem is left alone, with a warning at its first line', async () => {
    expect(await failures(POLICY)).toEqual([['warning', 1, 1, 'fixes were not applied to this file: banned-model still reports the same problems after fixing']]);
  });

  test('its severity comes from the policy like any rule', async () => {
    expect((await failures(`${POLICY}  fix-failed: error\n`)).map(([severity]) => severity)).toEqual(['error']);
    expect(await failures(`${POLICY}  fix-failed: 'off'\n`)).toEqual([]);
  });
});
