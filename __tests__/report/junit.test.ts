/**
 * JUnit XML, checked as GitLab reads it (docs.gitlab.com/ci/testing/unit_test_reports: suite from
 * `testcase classname`, name from `testcase name`, the failure's content) and against the
 * elements and attributes of the Jenkins xunit plugin's junit-10.xsd, the de-facto schema.
 */
import { formatJunit, junitReporter, xmlEscape } from '../../src/report/junit.js';
import { parseXml, type XmlElement } from '../support/xml.js';
import { CONTEXT, findingAt, makeResult, richResult, source } from './fixtures.js';

/** junit-10.xsd: the attributes each element may have (required ones marked), and its children. */
const XSD: Record<string, { required: string[]; optional: string[]; children: string[] }> = {
  testsuites: { required: [], optional: ['name', 'time', 'tests', 'failures', 'errors'], children: ['testsuite'] },
  testsuite: {
    required: ['name', 'tests', 'failures', 'errors'],
    optional: ['group', 'time', 'skipped', 'timestamp', 'hostname', 'id', 'package', 'file', 'log', 'url'],
    children: ['testsuite', 'properties', 'testcase', 'system-out', 'system-err'],
  },
  testcase: { required: ['name'], optional: ['time', 'classname', 'group'], children: ['skipped', 'error', 'failure', 'system-out', 'system-err'] },
  failure: { required: [], optional: ['type', 'message'], children: [] },
};
/** The SUREFIRE_TIME pattern of junit-10.xsd. */
const SUREFIRE_TIME = /^(([0-9]{0,3},)*[0-9]{3}|[0-9]{0,3})*(\.[0-9]*)?$/;

function expectSchemaValid(el: XmlElement): void {
  const rule = XSD[el.name];
  expect(rule).toBeDefined();
  for (const name of rule.required) expect(el.attributes).toHaveProperty([name]);
  for (const name of Object.keys(el.attributes)) expect([...rule.required, ...rule.optional]).toContain(name);
  if (el.attributes.time !== undefined && el.name !== 'testcase') expect(el.attributes.time).toMatch(SUREFIRE_TIME);
  for (const child of el.children) expect(rule.children).toContain(child.name);
  // Only mixed-content elements (failure) hold text.
  if (el.name !== 'failure') expect(el.text.trim()).toBe('');
  el.children.forEach(expectSchemaValid);
}

describe('junit reporter', () => {
  it('prints the exact document for a small case: a suite per file, a failing case per finding, a passing one for a clean file', () => {
    const compose = source('deploy/compose.yml', 'services:\n  proxy:\n    image: x:v1\n    user: "1000"\n');
    const clean = source('openclaw.json', '{}\n', 'openclaw');
    const findings = [
      findingAt(compose, 'user: "1000"', { ruleId: 'proxy-user', severity: 'error', message: 'remove user "1000"' }),
      findingAt(compose, 'x:v1', { ruleId: 'proxy-image-tag', severity: 'warning', message: 'tag <v1> & more' }),
    ];
    expect(junitReporter.format(makeResult([compose, clean], findings), CONTEXT)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="clawcheck" tests="3" failures="2" errors="0" time="0">',
        '  <testsuite name="deploy/compose.yml" tests="2" failures="2" errors="0" skipped="0" time="0">',
        '    <testcase name="proxy-image-tag at 3:12" classname="deploy/compose.yml" time="0">',
        '      <failure message="tag &lt;v1&gt; &amp; more" type="warning">deploy/compose.yml:3:12: tag &lt;v1&gt; &amp; more (proxy-image-tag)',
        'Documentation: https://github.com/clawcheck/clawcheck/blob/main/docs/rules/proxy-image-tag.md</failure>',
        '    </testcase>',
        '    <testcase name="proxy-user at 4:5" classname="deploy/compose.yml" time="0">',
        // No metadata for proxy-user in the test context: no documentation line.
        '      <failure message="remove user &quot;1000&quot;" type="error">deploy/compose.yml:4:5: remove user "1000" (proxy-user)</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="openclaw.json" tests="1" failures="0" errors="0" skipped="0" time="0">',
        '    <testcase name="no problems" classname="openclaw.json" time="0"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('is well-formed and uses only what junit-10.xsd allows; the counts add up', () => {
    const root = parseXml(formatJunit(richResult(), CONTEXT));
    expect(root.name).toBe('testsuites');
    expectSchemaValid(root);
    const suites = root.children;
    expect(suites.map((s) => s.attributes.name)).toEqual(['deploy/docker-compose.cloudru-proxy.yml', 'my config/openclaw.json', 'окружение/.env']);
    for (const suite of suites) {
      const cases = suite.children;
      expect(Number(suite.attributes.tests)).toBe(cases.length);
      expect(Number(suite.attributes.failures)).toBe(cases.filter((c) => c.children.some((f) => f.name === 'failure')).length);
      for (const c of cases) expect(c.attributes.classname).toBe(suite.attributes.name);
    }
    expect(root.attributes).toMatchObject({ tests: '6', failures: '6', errors: '0' });
    // Every severity is a failure; its type says which.
    const failures = suites.flatMap((s) => s.children.flatMap((c) => c.children));
    expect(failures.map((f) => f.attributes.type)).toEqual(['error', 'error', 'warning', 'error', 'info', 'warning']);
  });

  it('a file a finding is on but that was not checked (a skipped one) gets its suite; nothing checked is an empty report', () => {
    const skipped = source('big.yml', 'x\n');
    const finding = findingAt(skipped, 'x', { ruleId: 'file-skipped', severity: 'warning', message: 'too large' });
    const root = parseXml(formatJunit({ ...makeResult([], [finding]), files: [] }, CONTEXT));
    expect(root.children.map((s) => [s.attributes.name, s.attributes.tests, s.attributes.failures])).toEqual([['big.yml', '1', '1']]);
    expect(formatJunit(makeResult([], []), CONTEXT)).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="clawcheck" tests="0" failures="0" errors="0" time="0">\n</testsuites>\n');
  });

  it('two findings of one rule at one place get distinct names (GitLab keeps only the first of a name)', () => {
    const file = source('c.yml', 'k: v\n');
    const a = findingAt(file, 'v', { ruleId: 'r', severity: 'error', message: 'first' });
    const b = findingAt(file, 'v', { ruleId: 'r', severity: 'error', message: 'second' });
    const cases = parseXml(formatJunit(makeResult([file], [a, b]), CONTEXT)).children[0].children;
    expect(cases.map((c) => c.attributes.name)).toEqual(['r at 1:4', 'r at 1:4 (2)']);
  });

  it('escapes markup, and replaces what XML 1.0 forbids and what a terminal would act on', () => {
    const file = source('a\u0007b.yml', 'k: v\n');
    const message = 'quote " apos \' amp & lt < gt > nul \u0000 esc \u001b[2J del \u007f bidi \u202e lone \ud800 nonchar \uffff end';
    const finding = findingAt(file, 'v', { ruleId: 'r<1>', severity: 'error', message });
    const out = formatJunit(makeResult([file], [finding]), CONTEXT);
    const failure = parseXml(out).children[0].children[0].children[0];
    const shown = 'quote " apos \' amp & lt < gt > nul \\x00 esc \\x1B[2J del \\x7F bidi \\u{202E} lone \\u{D800} nonchar \\u{FFFF} end';
    expect(failure.attributes.message).toBe(shown);
    expect(failure.text).toBe(`a\\x07b.yml:1:4: ${shown} (r<1>)`);
    expect(parseXml(out).children[0].attributes.name).toBe('a\\x07b.yml');
  });

  it('xmlEscape alone: every code point reads back as itself, or as a visible escape where XML forbids it', () => {
    let all = '';
    for (let cp = 0; cp <= 0xffff; cp++) all += String.fromCharCode(cp);
    all += '\u{1F600}\u{10FFFF}';
    const forbidden = (cp: number): boolean => (cp < 0x20 && ![0x9, 0xa, 0xd].includes(cp)) || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0xfffe || cp === 0xffff;
    let expected = '';
    for (const ch of all) {
      const cp = ch.codePointAt(0)!;
      expected += forbidden(cp) ? (cp <= 0xff ? `\\x${cp.toString(16).toUpperCase().padStart(2, '0')}` : `\\u{${cp.toString(16).toUpperCase()}}`) : ch;
    }
    const doc = (value: string, text: string): string => `<a v="${value}">${text}</a>`;
    const read = parseXml(doc(xmlEscape(all, true), xmlEscape(all)));
    expect(read.attributes.v).toBe(expected);
    expect(read.text).toBe(expected);
  });

  it('the reader these tests use refuses what is not well-formed', () => {
    expect(parseXml('<a x="1">t</a>')).toEqual({ name: 'a', attributes: { x: '1' }, children: [], text: 't' });
    for (const bad of ['<a>', '<a></b>', '<a>x < y</a>', '<a>&</a>', '<a>&bogus;</a>', '<a>&#1;</a>', '<a x="1" x="2"/>', '<a x="<"/>', '<a/><b/>', '<a>\u0001</a>', '<a>\ud800</a>', '<a><!-- c --></a>']) {
      expect(() => parseXml(bad)).toThrow(/not well-formed/);
    }
  });

  it('no secret reaches the report', () => {
    const file = source('.env', 'TOKEN=ghp_0123456789abcdefghijABCDEFGHIJ012345\n', 'dotenv');
    const finding = findingAt(file, 'ghp_', { ruleId: 'r', severity: 'error', message: 'value ghp_0123456789abcdefghijABCDEFGHIJ012345 leaks' });
    const out = formatJunit(makeResult([file], [finding]), CONTEXT);
    expect(out).not.toContain('0123456789abcdefghij');
    expect(out).toContain('value ghp_[redacted] leaks');
  });
});
