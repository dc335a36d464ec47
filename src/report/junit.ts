/**
 * JUnit XML, as GitLab's unit test reports (`artifacts:reports:junit`) and Jenkins read it: one
 * `<testsuite>` per file, one failing `<testcase>` per finding, and a passing one for a file
 * with none, so a fixed file shows as fixed rather than gone. Only what the Jenkins/Ant
 * `junit-10.xsd` allows is written (no `file` on a testcase: GitLab shows the path from
 * `classname` anyway). Every finding is a `<failure>` whose `type` is its severity.
 */
import { compareFindings, type Finding } from '../core/finding.js';
import { redactFinding } from '../core/redact.js';
import type { CheckResult } from '../core/result.js';
import { docsUrl } from '../rules/types.js';
import { escapeCodePoint, escapeControl } from './terminal-text.js';
import type { Reporter, ReportContext } from './types.js';

/** The name of the passing testcase of a file without findings. */
export const CLEAN_TESTCASE = 'no problems';

/**
 * Characters XML 1.0 does not allow at all, not even as `&#…;`: C0 controls but tab, LF and
 * CR, lone surrogates, U+FFFE and U+FFFF. They become a visible escape (`\x1B`).
 */
function isXmlForbidden(cp: number): boolean {
  return (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0xfffe || cp === 0xffff;
}

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/**
 * `text` as XML character data or an attribute value. In an attribute, tab and line breaks are
 * written as references, since a parser would turn them into spaces; in content only CR is.
 */
export function xmlEscape(text: string, attribute = false): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (isXmlForbidden(cp)) out += escapeCodePoint(cp);
    else if (ch === '&' || ch === '<' || ch === '>' || ch === '\r' || (attribute && ch in ENTITY)) out += ENTITY[ch];
    else out += ch;
  }
  return out;
}

/** Text from a scanned file (a path, a message): escaped as stylish escapes it, then for XML. */
function untrusted(text: string, attribute = false): string {
  return xmlEscape(escapeControl(text), attribute);
}

function attributes(values: Array<[string, string | number]>): string {
  return values.map(([name, value]) => ` ${name}="${typeof value === 'number' ? value : untrusted(value, true)}"`).join('');
}

/** Findings by file: every checked file, and any other file a finding is on (a skipped one). */
function byFile(result: CheckResult): Array<[string, Finding[]]> {
  const files = new Map<string, Finding[]>(result.files.map((f) => [f, []]));
  for (const finding of [...result.findings].sort(compareFindings)) {
    const list = files.get(finding.location.file);
    if (list) list.push(finding);
    else files.set(finding.location.file, [finding]);
  }
  return [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function testcases(file: string, findings: Finding[], known: Set<string>): string[] {
  if (findings.length === 0) return [`    <testcase${attributes([['name', CLEAN_TESTCASE], ['classname', file], ['time', 0]])}/>`];
  // GitLab keeps only the first of two testcases with the same name: number the repeats.
  const seen = new Map<string, number>();
  return findings.map((raw) => {
    const f = redactFinding(raw);
    const { line, column } = f.location;
    const base = `${f.ruleId} at ${line}:${column}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const name = n === 1 ? base : `${base} (${n})`;
    const body = [`${file}:${line}:${column}: ${f.message} (${f.ruleId})`];
    if (known.has(f.ruleId)) body.push(`Documentation: ${docsUrl(f.ruleId)}`);
    return [
      `    <testcase${attributes([['name', name], ['classname', file], ['time', 0]])}>`,
      `      <failure${attributes([['message', f.message], ['type', f.severity]])}>${body.map((l) => untrusted(l)).join('\n')}</failure>`,
      '    </testcase>',
    ].join('\n');
  });
}

export function formatJunit(result: CheckResult, ctx: Pick<ReportContext, 'rules'>): string {
  const known = new Set(ctx.rules.map((r) => r.id));
  const files = byFile(result);
  const suites = files.map(([file, findings]) => {
    const counts = attributes([['name', file], ['tests', Math.max(1, findings.length)], ['failures', findings.length], ['errors', 0], ['skipped', 0], ['time', 0]]);
    return [`  <testsuite${counts}>`, ...testcases(file, findings, known), '  </testsuite>'].join('\n');
  });
  const tests = files.reduce((n, [, findings]) => n + Math.max(1, findings.length), 0);
  const failures = files.reduce((n, [, findings]) => n + findings.length, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes([['name', 'clawcheck'], ['tests', tests], ['failures', failures], ['errors', 0], ['time', 0]])}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

export const junitReporter: Reporter = {
  name: 'junit',
  format: (result, ctx) => formatJunit(result, ctx),
};
