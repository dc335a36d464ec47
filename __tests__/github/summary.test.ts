import type { Finding, Severity } from '../../src/core/finding.js';
import type { FixedFile } from '../../src/fix/fix.js';
import { codeFence, escapeMarkdown, fitDiffs, longestBacktickRun, markdownLink, utf8Bytes } from '../../src/github/markdown.js';
import { jobSummary } from '../../src/github/summary.js';
import { findingAt, makeResult, replaceFix, RULES, source } from '../report/fixtures.js';

const COMPOSE = 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:v1.0.0\n    read_only: true\n';

function smallResult() {
  const compose = source('deploy/docker-compose.yml', COMPOSE);
  const tag = findingAt(compose, 'legard/claude-code-proxy:v1.0.0', {
    ruleId: 'proxy-image-tag',
    severity: 'error',
    message: 'Tag v1.0.0 is not published; use :latest.',
    fix: replaceFix(compose, 'v1.0.0', 'latest', 'use the latest tag'),
  });
  const readOnly = findingAt(compose, 'true', { ruleId: 'proxy-read-only', severity: 'warning', message: 'read_only: true breaks uv.' });
  const result = makeResult([compose], [readOnly, tag], [{ path: 'big.yml', reason: 'too-large', message: 'larger than 1 MiB' }]);
  const fixes: FixedFile[] = [{ path: compose.path, before: COMPOSE, after: COMPOSE.replace('v1.0.0', 'latest'), fixed: [tag], edits: tag.fix!.edits }];
  return { result, fixes };
}

function hand(severity: Severity, line: number, message: string, file = 'a.yml'): Finding {
  return { ruleId: 'banned-model', severity, message, location: { file, line, column: 1, endLine: line, endColumn: 2 }, range: [0, 0] };
}

describe('markdown escaping helpers', () => {
  it('escapeMarkdown escapes the five HTML characters as entities', () => {
    expect(escapeMarkdown(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('escapeMarkdown neutralises HTML, links, emphasis, code, tables, math, mentions and line breaks', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    expect(escapeMarkdown('[x](javascript:alert(1))')).toBe('\\[x\\]\\(javascript:alert\\(1\\)\\)');
    expect(escapeMarkdown('![img](https://e.vil/p.png)')).toBe('\\!\\[img\\]\\(https:&#8203;//e.vil/p.png\\)');
    expect(escapeMarkdown('see www.e.vil, #12 and GH-3')).toBe('see www&#8203;.e.vil, \\#&#8203;12 and GH&#8203;-3');
    expect(escapeMarkdown('| a | b |')).toBe('\\| a \\| b \\|');
    expect(escapeMarkdown('`code` *em* _em_ ~~del~~ # h \\ $x$')).toBe('\\`code\\` \\*em\\* \\_em\\_ \\~\\~del\\~\\~ \\# h \\\\ \\$x\\$');
    expect(escapeMarkdown('ping @team and @org/admins, mail a@b')).toBe('ping @&#8203;team and @&#8203;org/admins, mail a@&#8203;b');
    expect(escapeMarkdown('one\ntwo\r\nthree\rfour')).toBe('one<br>two<br>three<br>four');
    expect(escapeMarkdown('tab\there \u001b[31m \u202e')).toBe('tab\\\\there \\\\x1B\\[31m \\\\u{202E}');
    // One pass: an entity's own `&` and `#` are not escaped again.
    expect(escapeMarkdown(`it's "&amp;"`)).toBe('it&#39;s &quot;&amp;amp;&quot;');
  });

  it('codeFence uses a fence longer than any backtick run inside', () => {
    expect(longestBacktickRun('a ` b ``` c ``')).toBe(3);
    expect(codeFence('plain\n', 'diff')).toBe('```diff\nplain\n```');
    expect(codeFence('x ````` y', 'diff')).toBe('``````diff\nx ````` y\n``````');
  });

  it('markdownLink links only plain https URLs', () => {
    expect(markdownLink('banned-model', 'https://example.com/docs/banned-model.md')).toBe('[banned-model](https://example.com/docs/banned-model.md)');
    expect(markdownLink('x', 'javascript:alert(1)')).toBe('x');
    expect(markdownLink('x', 'https://e.vil/a)b')).toBe('x');
  });
});

describe('jobSummary', () => {
  it('renders heading, totals, notices, a table per file and the fixes diff; skipped paths only as findings', () => {
    const { result, fixes } = smallResult();
    const md = jobSummary(result, { rules: RULES, fixes, failOn: 'error', notices: ['Checks API not available: HTTP 403 (needs checks: write)'] });
    expect(md).toBe(
      [
        '## ❌ clawcheck: failed (fail-on: error)',
        '',
        '| errors | warnings | infos | files checked | fixable |',
        '|---:|---:|---:|---:|---:|',
        '| 1 | 1 | 0 | 1 | 1 |',
        '',
        '**Notes**',
        '',
        '- Checks API not available: HTTP 403 \\(needs checks: write\\)',
        '',
        '| rule | errors | warnings | infos |',
        '|---|---:|---:|---:|',
        '| [proxy-image-tag](https://github.com/clawcheck/clawcheck/blob/main/docs/rules/proxy-image-tag.md) | 1 | 0 | 0 |',
        '| [proxy-read-only](https://github.com/clawcheck/clawcheck/blob/main/docs/rules/proxy-read-only.md) | 0 | 1 | 0 |',
        '',
        '### deploy/docker-compose.yml',
        '',
        '| line | severity | rule | message | fix |',
        '|---:|---|---|---|:---:|',
        '| 3 | error | [proxy-image-tag](https://github.com/clawcheck/clawcheck/blob/main/docs/rules/proxy-image-tag.md) | Tag v1.0.0 is not published; use :latest. | ✓ |',
        '| 4 | warning | [proxy-read-only](https://github.com/clawcheck/clawcheck/blob/main/docs/rules/proxy-read-only.md) | read\\_only: true breaks uv. |  |',
        '',
        '<details>',
        '<summary>Available fixes (1 file)</summary>',
        '',
        '```diff',
        '--- a/deploy/docker-compose.yml',
        '+++ b/deploy/docker-compose.yml',
        '@@ -1,4 +1,4 @@',
        ' services:',
        '   claude-code-proxy:',
        '-    image: legard/claude-code-proxy:v1.0.0',
        '+    image: legard/claude-code-proxy:latest',
        '     read_only: true',
        '```',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  it('headings for a clean run and for findings below fail-on', () => {
    const clean = jobSummary(makeResult([source('a.yml', 'x: 1\n')], []), { rules: RULES, failOn: 'error' });
    expect(clean).toBe(
      '## ✅ clawcheck: no problems found\n\n| errors | warnings | infos | files checked | fixable |\n|---:|---:|---:|---:|---:|\n| 0 | 0 | 0 | 1 | 0 |\n',
    );
    const never = jobSummary(makeResult([], [hand('error', 1, 'm')]), { rules: RULES, failOn: 'never', title: 'my *check*' });
    expect(never.split('\n')[0]).toBe('## ⚠️ my \\*check\\*: passed with findings (fail-on: never)');
    const below = jobSummary(makeResult([], [hand('warning', 1, 'm')]), { rules: RULES, failOn: 'error' });
    expect(below.split('\n')[0]).toBe('## ⚠️ clawcheck: passed with findings (fail-on: error)');
  });

  it('escapes injection attempts from messages and paths', () => {
    const message = 'value "<script>alert(1)</script>" | pipes | `tick` [x](javascript:alert(1)) @team\n## not a heading';
    const result = makeResult([], [hand('error', 7, message, 'evil|<img src=x onerror=alert(1)>.yml'), hand('warning', 1, '- [ ] task <b>', '@admins `x`.yml')]);
    const md = jobSummary(result, { rules: RULES, failOn: 'error', notices: ['<iframe> @here'] });
    for (const raw of ['<script', '<img', '<iframe', '<b>', '](javascript', '@team', '@admins', '@here', '\n## not']) {
      expect(md).not.toContain(raw);
    }
    const row = md.split('\n').find((l) => l.startsWith('| 7 |'))!;
    expect(row).toBe(
      '| 7 | error | [banned-model](https://github.com/clawcheck/clawcheck/blob/main/docs/rules/banned-model.md) | ' +
        'value &quot;&lt;script&gt;alert\\(1\\)&lt;/script&gt;&quot; \\| pipes \\| \\`tick\\` \\[x\\]\\(javascript:alert\\(1\\)\\) @&#8203;team<br>\\#\\# not a heading |  |',
    );
    // Exactly six unescaped pipes: five cells.
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(6);
    expect(md).toContain('### evil\\|&lt;img src=x onerror=alert\\(1\\)&gt;.yml\n');
    expect(md).toContain('### @&#8203;admins \\`x\\`.yml\n');
    expect(md).toContain('| - \\[ \\] task &lt;b&gt; |');
    expect(md).toContain('- &lt;iframe&gt; @&#8203;here\n');
  });

  it('fences the diff with more backticks than any run in the fixed files', () => {
    const before = 'a: 1\n';
    const after = 'a: "`````"\n';
    const md = jobSummary(makeResult([], []), { rules: RULES, failOn: 'error', fixes: [{ path: 'a.yml', before, after, fixed: [], edits: [] }] });
    expect(md).toContain('\n``````diff\n');
    expect(md).toContain('+a: "`````"\n``````\n\n</details>\n');
  });

  it('stays under maxBytes by dropping whole rows, and says what is missing', () => {
    const findings = Array.from({ length: 3000 }, (_, i) => hand(i % 2 ? 'warning' : 'error', i + 1, `bad & <odd> "value" ${i} ${'é'.repeat(20)}`, `f${Math.floor(i / 500)}.yml`));
    const maxBytes = 50_000;
    const md = jobSummary(makeResult([], findings), { rules: RULES, failOn: 'error', maxBytes });
    expect(utf8Bytes(md)).toBeLessThanOrEqual(maxBytes);
    const rows = md.split('\n').filter((l) => /^\| \d+ \| (error|warning) \|/.test(l));
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.every((r) => r.endsWith(' |  |'))).toBe(true);
    // No entity cut in half anywhere.
    expect(md.match(/&(?!amp;|lt;|gt;|quot;|#39;|#8203;)/g)).toBeNull();
    expect(md).toContain(`\n> **Summary truncated** to stay under ${maxBytes} bytes: ${3000 - rows.length} findings not shown. A local \`clawcheck\` run lists them all.\n`);
    // Totals still count everything.
    expect(md).toContain('| 1500 | 1500 | 0 | 0 | 0 |');
  });

  it('a cut names the one place that holds every finding, asked for only then, never another channel', () => {
    const findings = Array.from({ length: 400 }, (_, i) => hand('error', i + 1, `m ${i}`));
    let asked = 0;
    const fullList = () => (asked++, 'the SARIF file reports/clawcheck.sarif');
    jobSummary(makeResult([], findings.slice(0, 3)), { rules: RULES, failOn: 'error', fullList });
    expect(asked).toBe(0);
    const md = jobSummary(makeResult([], findings), { rules: RULES, failOn: 'error', maxBytes: 5_000, fullList });
    const rows = md.split('\n').filter((l) => /^\| \d+ \| error \|/.test(l)).length;
    expect(md.endsWith(`\n> **Summary truncated** to stay under 5000 bytes: ${400 - rows} findings not shown. All 400 findings are in the SARIF file reports/clawcheck.sarif.\n`)).toBe(true);
    expect(md).not.toMatch(/annotations|findings. output/);
    expect(asked).toBe(1);
  });

  it('links each line to the file at the judged commit, path segments encoded; totals per rule, most errors first', () => {
    const blob = { serverUrl: 'https://ghe.example.com', owner: 'octo', repo: 'deploy', sha: 'b'.repeat(40) };
    const findings = [
      hand('warning', 4, 'w', "my dir/a (1)'s.yml"),
      { ...hand('error', 12, 'e', 'deploy/docker-compose.yml'), ruleId: 'proxy-image-tag' },
      { ...hand('error', 2, 'e2', 'deploy/docker-compose.yml'), ruleId: 'proxy-image-tag' },
      { ...hand('info', 9, 'i', 'deploy/docker-compose.yml'), ruleId: 'made-up' },
    ];
    const md = jobSummary(makeResult([], findings), { rules: RULES, failOn: 'never', blob });
    const doc = (id: string) => `[${id}](https://github.com/clawcheck/clawcheck/blob/main/docs/rules/${id}.md)`;
    const at = (path: string, line: number) => `[${line}](https://ghe.example.com/octo/deploy/blob/${'b'.repeat(40)}/${path}#L${line})`;
    expect(md.split('\n').slice(6).join('\n')).toBe(
      [
        '| rule | errors | warnings | infos |',
        '|---|---:|---:|---:|',
        `| ${doc('proxy-image-tag')} | 2 | 0 | 0 |`,
        `| ${doc('banned-model')} | 0 | 1 | 0 |`,
        '| made-up | 0 | 0 | 1 |',
        '',
        '### deploy/docker-compose.yml',
        '',
        '| line | severity | rule | message | fix |',
        '|---:|---|---|---|:---:|',
        `| ${at('deploy/docker-compose.yml', 2)} | error | ${doc('proxy-image-tag')} | e2 |  |`,
        `| ${at('deploy/docker-compose.yml', 9)} | info | made-up | i |  |`,
        `| ${at('deploy/docker-compose.yml', 12)} | error | ${doc('proxy-image-tag')} | e |  |`,
        '',
        "### my dir/a \\(1\\)&#39;s.yml",
        '',
        '| line | severity | rule | message | fix |',
        '|---:|---|---|---|:---:|',
        `| ${at('my%20dir/a%20%281%29%27s.yml', 4)} | warning | ${doc('banned-model')} | w |  |`,
        '',
      ].join('\n'),
    );
  });

  it('keeps the 1 MiB default: drops a diff that does not fit, keeps the ones that do', () => {
    const huge = 'x'.repeat(1_200_000) + '\n';
    const fixes: FixedFile[] = [
      { path: 'huge.yml', before: huge, after: huge + 'y: 1\n', fixed: [], edits: [] },
      { path: 'small.yml', before: 'a: 1\n', after: 'a: 2\n', fixed: [], edits: [] },
    ];
    const md = jobSummary(makeResult([], [hand('error', 1, 'm')]), { rules: RULES, failOn: 'error', fixes });
    expect(utf8Bytes(md)).toBeLessThanOrEqual(1_000_000);
    expect(md).toContain('<summary>Available fixes (1 file)</summary>');
    expect(md).toContain('+a: 2\n```\n\n</details>\n');
    expect(md).not.toContain('huge.yml');
    expect(md).toContain('1 fix diff not shown');
  });
});

describe('fitDiffs', () => {
  const file = (path: string, before: string, after: string): FixedFile => ({ path, before, after, fixed: [], edits: [] });
  const files = [file('a.yml', 'a: 1\n', 'a: 2\n'), file('same.yml', 'x\n', 'x\n'), file('big.yml', 'b: 1\n', `b: ${'9'.repeat(200)}\n`), file('c.yml', 'c: 1', 'c: 2')];
  const A = '--- a/a.yml\n+++ b/a.yml\n@@ -1,1 +1,1 @@\n-a: 1\n+a: 2\n';
  const C = '--- a/c.yml\n+++ b/c.yml\n@@ -1,1 +1,1 @@\n-c: 1\n\\ No newline at end of file\n+c: 2\n\\ No newline at end of file\n';

  it('takes whole diffs in order while they fit, skipping one that does not; unchanged files have none', () => {
    expect(fitDiffs(files, 10_000)).toEqual({ diffs: [A, expect.stringContaining('+b: 999'), C], left: 0 });
    expect(fitDiffs(files, utf8Bytes(A + C))).toEqual({ diffs: [A, C], left: 1 });
    expect(fitDiffs(files, utf8Bytes(A + C) - 1)).toEqual({ diffs: [A], left: 2 });
    expect(fitDiffs([files[1]], 0)).toEqual({ diffs: [], left: 0 });
  });

  it('stops at the first miss when asked; reserve and size count what surrounds the diffs', () => {
    expect(fitDiffs(files, utf8Bytes(A + C), { stopAtFirstMiss: true })).toEqual({ diffs: [A], left: 2 });
    const seen: string[][] = [];
    const reserve = (all: string[]) => (seen.push(all), 10);
    expect(fitDiffs(files, utf8Bytes(A + C) + 10, { reserve })).toEqual({ diffs: [A, C], left: 1 });
    expect(seen.map((all) => all.length)).toEqual([3]);
    expect(fitDiffs(files, utf8Bytes(A + C) + 9, { reserve })).toEqual({ diffs: [A], left: 2 });
    expect(fitDiffs(files, 2 * utf8Bytes(A), { size: (d) => 2 * utf8Bytes(d) })).toEqual({ diffs: [A], left: 2 });
  });
});
