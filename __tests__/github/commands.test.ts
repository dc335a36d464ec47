import type { Finding, Severity } from '../../src/core/finding.js';
import { onChangedLines, workflowCommandsFor } from '../../src/github/commands.js';

function finding(severity: Severity, line: number, file = 'docker-compose.yml', message = `${severity} on line ${line}`): Finding {
  return {
    ruleId: `rule-${severity}`,
    severity,
    message,
    location: { file, line, column: 3, endLine: line, endColumn: 9 },
    range: [0, 0],
  };
}

const WHERE = 'in the job summary and the SARIF file';

describe('workflowCommandsFor', () => {
  it('returns an empty string for no findings', () => {
    expect(workflowCommandsFor([])).toBe('');
  });

  it('keeps 10 errors (changed lines first) and 10 warnings, then one notice with the counts', () => {
    const errors = Array.from({ length: 25 }, (_, i) => finding('error', i + 1));
    const warnings = Array.from({ length: 15 }, (_, i) => finding('warning', 100 + i));
    const changed = new Map([['docker-compose.yml', new Set([20, 22, 24, 110])]]);
    const out = workflowCommandsFor([...warnings, ...errors].reverse(), changed, WHERE);
    expect(out.endsWith('\n')).toBe(true);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(21);

    const errorLines = lines.filter((l) => l.startsWith('::error '));
    const warningLines = lines.filter((l) => l.startsWith('::warning '));
    const noticeLines = lines.filter((l) => l.startsWith('::notice '));
    expect(errorLines).toHaveLength(10);
    expect(warningLines).toHaveLength(10);
    expect(noticeLines).toHaveLength(1);

    const lineOf = (l: string) => Number(/,line=(\d+),/.exec(l)![1]);
    expect(errorLines.map(lineOf)).toEqual([20, 22, 24, 1, 2, 3, 4, 5, 6, 7]);
    expect(warningLines.map(lineOf)).toEqual([110, 100, 101, 102, 103, 104, 105, 106, 107, 108]);
    expect(errorLines[0]).toBe('::error file=docker-compose.yml,line=20,col=3,endLine=20,endColumn=9,title=rule-error::error on line 20');
    // Errors, then warnings, then the closing notice.
    expect(lines.slice(0, 10)).toEqual(errorLines);
    expect(lines.slice(10, 20)).toEqual(warningLines);
    expect(lines[20]).toBe(
      '::notice title=clawcheck::20 more findings not annotated here (15 errors, 5 warnings): ' +
        'GitHub shows at most 10 annotations per level in a step. ' +
        'All 40 (25 errors, 15 warnings, 0 info) are listed in the job summary and the SARIF file.',
    );
  });

  it('emits everything, without a closing notice, when within the caps', () => {
    const findings = [finding('error', 1), finding('warning', 2), ...Array.from({ length: 10 }, (_, i) => finding('info', 10 + i))];
    const lines = workflowCommandsFor(findings).trimEnd().split('\n');
    expect(lines).toHaveLength(12);
    expect(lines.filter((l) => l.startsWith('::notice '))).toHaveLength(10);
    expect(lines.some((l) => l.includes('more finding'))).toBe(false);
  });

  it('gives infos 9 notice slots when the closing notice is needed, so notices stay within 10', () => {
    const findings = Array.from({ length: 12 }, (_, i) => finding('info', i + 1));
    const lines = workflowCommandsFor(findings).trimEnd().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::notice file='))).toHaveLength(9);
    expect(lines[9]).toBe(
      '::notice title=clawcheck::3 more findings not annotated here (3 info): GitHub shows at most 10 annotations per level in a step. ' +
        'All 12 (0 errors, 0 warnings, 12 info) are listed by a local clawcheck run.',
    );
  });

  it('counts a multi-line finding as changed when any of its lines changed, and matches paths exactly', () => {
    const f: Finding = { ...finding('error', 5), location: { file: 'a.yml', line: 5, column: 1, endLine: 8, endColumn: 1 } };
    expect(onChangedLines(f, new Map([['a.yml', new Set([7])]]))).toBe(true);
    expect(onChangedLines(f, new Map([['a.yml', new Set([9])]]))).toBe(false);
    expect(onChangedLines(f, new Map([['b/a.yml', new Set([5])]]))).toBe(false);
    expect(onChangedLines(f)).toBe(false);
    // Columns only for single-line ranges; end line always set.
    expect(workflowCommandsFor([f])).toBe('::error file=a.yml,line=5,endLine=8,title=rule-error::error on line 5\n');
  });

  it('escapes messages and properties so file content cannot start another command', () => {
    const hostile = finding('warning', 4, 'conf,dir/a:b%0A.yml', 'value "x\n::set-env name=PATH::/evil" %0A, done: 100%\r');
    expect(workflowCommandsFor([hostile])).toBe(
      '::warning file=conf%2Cdir/a%3Ab%250A.yml,line=4,col=3,endLine=4,endColumn=9,title=rule-warning::' +
        'value "x%0A::set-env name=PATH::/evil" %250A, done: 100%25%0D\n',
    );
    // Exactly one line: the newline in the message did not break out.
    expect(workflowCommandsFor([hostile]).split('\n')).toHaveLength(2);
  });

  it('asks where everything is only when something is left out', () => {
    let asked = 0;
    const where = () => (asked++, 'in the SARIF file out/clawcheck.sarif');
    workflowCommandsFor(Array.from({ length: 10 }, (_, i) => finding('error', i + 1)), undefined, where);
    expect(asked).toBe(0);
    const last = workflowCommandsFor(Array.from({ length: 11 }, (_, i) => finding('error', i + 1)), undefined, where).trimEnd().split('\n').pop();
    expect(last).toBe(
      '::notice title=clawcheck::1 more finding not annotated here (1 error): GitHub shows at most 10 annotations per level in a step. ' +
        'All 11 (11 errors, 0 warnings, 0 info) are listed in the SARIF file out/clawcheck.sarif.',
    );
    expect(asked).toBe(1);
  });

  it('escapes the where text of the closing notice too', () => {
    const findings = Array.from({ length: 11 }, (_, i) => finding('error', i + 1));
    const last = workflowCommandsFor(findings, undefined, 'below\n::error::x').trimEnd().split('\n').pop();
    expect(last).toContain('are listed below%0A::error::x.');
  });
});
