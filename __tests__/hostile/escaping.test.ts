/**
 * Values from scanned files reach every reporter through finding messages (the rules quote
 * `user:`, `DISABLE_THINKING`, `PORT`) and file paths. Whatever they hold (workflow commands,
 * Markdown, HTML, mentions, ANSI escapes, bidi overrides, 100 000-character lines) must come
 * out as inert text in each channel.
 */
import '../support/openclaw-schema.js';
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { judge, parseFile } from '../../src/core/engine.js';
import { MAX_SHOWN_CHARS } from '../../src/core/redact.js';
import type { Finding } from '../../src/core/finding.js';
import type { CheckResult } from '../../src/core/result.js';
import { SourceFile } from '../../src/core/source.js';
import { fixParsed } from '../../src/fix/fix.js';
import { workflowCommandsFor } from '../../src/github/commands.js';
import { toAnnotation } from '../../src/github/checks.js';
import { commentFor, reviewBody } from '../../src/github/review.js';
import type { PlannedFix } from '../../src/github/review.js';
import { suggestionFor } from '../../src/github/suggestions.js';
import { jobSummary } from '../../src/github/summary.js';
import { recommendedPolicy } from '../../src/policy/load.js';
import { formatGithub } from '../../src/report/github.js';
import { buildJsonReport } from '../../src/report/json.js';
import { buildSarifLog } from '../../src/report/sarif.js';
import { formatStylish } from '../../src/report/stylish.js';
import { ALL_RULE_META } from '../../src/rules/index.js';
import { cli } from '../support/cli.js';
import { hostileTree, removeHostileTrees } from '../support/hostile.js';

afterEach(removeHostileTrees);

/** Raw payloads, as they end up in messages once YAML has decoded its escapes. */
const PAYLOADS = {
  commands: '::set-env name=A::b ::add-mask::secret %0A%0D%25 \r\n::error file=x::injected\n::warning::two',
  markdown: '<script>alert(1)</script> <details><summary>x</summary> [x](javascript:alert(1)) ![i](https://e.x/i.png) @org/team @octocat #1 $x$ *b* _i_ ~s~ | a | b | ``` fence\n``` `',
  terminal: '\u001b[31mred\u001b[0m \u001b]8;;https://e.x\u0007link\u001b]8;;\u0007 \u0007\u0008\u007f\u009b2J \u202eevil\u202c \u2066iso\u2069 \u2028\u2029',
  long: 'x'.repeat(100_000),
};

/** A YAML double-quoted scalar holding `raw`. */
function yamlQuoted(raw: string): string {
  let out = '"';
  for (const ch of raw) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x2028 && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + '"';
}

/** Messages quote at most MAX_SHOWN_CHARS of a value: a payload travels in pieces this long. */
const PIECE = 40;

/** `raw` cut into pieces of PIECE code points (the 100 000-character line stays whole: it tests long lines). */
function piecesOf(raw: string): string[] {
  const chars = Array.from(raw);
  if (raw === PAYLOADS.long) return [raw];
  return Array.from({ length: Math.ceil(chars.length / PIECE) }, (_, i) => chars.slice(i * PIECE, (i + 1) * PIECE).join(''));
}

/** One proxy service per piece, whose user, DISABLE_THINKING and PORT hold it: three quoting findings each. */
function composeWith(raw: string): string {
  const lines = ['services:'];
  piecesOf(raw).forEach((piece, i) => {
    // `$$` is Compose's escape for `$`: the values hold the payload itself, not an interpolation.
    const q = yamlQuoted(piece.replaceAll('$', '$$$$'));
    lines.push(`  claude-code-proxy${i ? `-${i}` : ''}:`, '    image: legard/claude-code-proxy:latest', `    user: ${q}`, '    environment:', `      DISABLE_THINKING: ${q}`, `      PORT: ${q}`);
  });
  return [...lines, ''].join('\n');
}

/** A file name holding (most of) the payloads: no `/`, no NUL. */
const HOSTILE_NAME = 'docker-compose.%0A::set-env name=A::b,c\r\n::error::x<script>@org\u001b[31m\u202e|`.yml';

function resultFor(files: Record<string, string>): { result: CheckResult; parsed: ReturnType<typeof parseFile>[] } {
  const parsed = Object.entries(files).map(([path, text]) => parseFile(new SourceFile(path, text, 'compose')));
  const findings = judge(parsed, recommendedPolicy());
  const result: CheckResult = {
    root: '/repo',
    files: Object.keys(files).sort(),
    findings,
    skipped: [{ path: `skipped-${HOSTILE_NAME}`, reason: 'binary', message: `file contains NUL bytes ${PAYLOADS.commands} ${PAYLOADS.markdown}` }],
    sources: new Map(parsed.map((p) => [p.file.path, p.file])),
  };
  return { result, parsed };
}

const cases = Object.entries(PAYLOADS).map(([name, raw]) => {
  const files = { [`${name}/docker-compose.yml`]: composeWith(raw), [`${name}/${HOSTILE_NAME}`]: composeWith(raw) };
  return { name, raw, ...resultFor(files) };
});

it('the payloads reach the messages (piece by piece) and paths unchanged (so the checks below are meaningful)', () => {
  for (const { name, raw, result } of cases) {
    for (const file of result.files) {
      piecesOf(raw).forEach((piece, i) => {
        // Environment values lose their line breaks on the way (compose semantics), user: keeps them.
        const head = piece.split(/[\r\n]/)[0].slice(0, MAX_SHOWN_CHARS - 1);
        // Service i: user: on line 4 + 6i, DISABLE_THINKING on 6 + 6i, PORT on 7 + 6i.
        const lines = [4, 6, 7].map((l) => l + 6 * i);
        const quoting = result.findings.filter((f) => f.location.file === file && lines.includes(f.location.line) && f.message.includes(head));
        expect([name, piece, quoting.map((f) => f.ruleId).sort()]).toEqual([name, piece, ['disable-thinking', 'model-tiers', 'proxy-user']]);
        if (piece.length <= PIECE) expect(quoting.some((f) => f.ruleId === 'proxy-user' && f.message.includes(piece))).toBe(true);
      });
    }
    expect(result.findings.some((f) => f.location.file.endsWith(HOSTILE_NAME))).toBe(true);
  }
});

/** Control characters a terminal acts on, bidi overrides and isolates, line/paragraph separators. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

describe.each(cases)('$name', ({ raw, result, parsed }) => {
  it('stylish: nothing a terminal would act on, with or without colour', () => {
    const plain = formatStylish(result, { color: false });
    expect(plain).not.toMatch(UNSAFE);
    const colour = formatStylish(result, { color: true });
    // Only our own SGR colour codes remain.
    expect(colour.replace(/\u001b\[\d+m/g, '')).not.toMatch(UNSAFE);
  });

  /** Every line is one of our commands; properties and data escaped per @actions/core. */
  function expectInertCommands(out: string, findings: Finding[]): void {
    const lines = out.split('\n');
    expect(lines.pop()).toBe('');
    for (const line of lines) {
      expect(line).not.toMatch(/\r/);
      // `[^]`, not `.`: U+2028/2029 are data to the runner, which splits lines on \n only.
      const m = /^::(error|warning|notice)(?: ([^:]*))?::([^]*)$/.exec(line);
      expect(m).not.toBeNull();
      const [, , props = '', data] = m!;
      for (const prop of props.split(',')) expect(prop).toMatch(/^\w+=[^,:\r\n]*$/);
      // `%` only as one of the three escapes in data; `%`, `:` and `,` too in properties.
      expect(data.replace(/%(25|0D|0A)/g, '')).not.toMatch(/%/);
      expect(props.replace(/%(25|0D|0A|3A|2C)/g, '')).not.toMatch(/%/);
    }
    const decode = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
    const messages = lines.map((l) => decode(/^::\w+(?: [^:]*)?::([^]*)$/.exec(l)![1]));
    for (const f of findings.filter((x) => x.message.includes(raw.slice(0, 10))).slice(0, 5)) expect(messages).toContain(f.message);
    const files = lines.map((l) => /file=([^,:]*)/.exec(l)?.[1]).filter(Boolean).map((p) => decode(p!));
    expect(files).toContain(`${raw === PAYLOADS.long ? 'long' : files.find((p) => p.endsWith(HOSTILE_NAME))!.split('/')[0]}/${HOSTILE_NAME}`);
  }

  it('github format: one command per line, nothing else starts a command', () => {
    expectInertCommands(formatGithub(result), result.findings);
  });

  it('workflow-command channel (capped): same escaping', () => {
    expectInertCommands(workflowCommandsFor(result.findings), result.findings);
  });

  it('SARIF and JSON: valid JSON that round-trips the text', () => {
    const sarif = JSON.parse(JSON.stringify(buildSarifLog(result, { rules: ALL_RULE_META, version: '0.0.0' })));
    const texts: string[] = sarif.runs[0].results.map((r: { message: { text: string } }) => r.message.text);
    const json = JSON.parse(JSON.stringify(buildJsonReport(result)));
    const messages: string[] = json.findings.map((f: { message: string }) => f.message);
    // The user: message quotes each piece whole (the long line: its first MAX_SHOWN_CHARS - 1 characters and `…`).
    for (const piece of piecesOf(raw).map((p) => (p.length > PIECE ? p.slice(0, MAX_SHOWN_CHARS - 1) + '…' : p))) {
      expect(texts.some((t) => t.includes(piece))).toBe(true);
      expect(messages.some((m) => m.includes(piece))).toBe(true);
    }
  });

  it('Checks API annotations: plain strings, clipped to GitHub limits', () => {
    for (const f of result.findings) {
      const a = toAnnotation(f);
      expect(a.message.length).toBeLessThanOrEqual(64 * 1024);
    }
  });

  it('job summary: no HTML, links, mentions, math or extra table cells from the payload', () => {
    const fixes = fixParsed(parsed, recommendedPolicy(), 'suggestion').files;
    expect(fixes.length).toBeGreaterThan(0);
    const md = jobSummary(result, { rules: ALL_RULE_META, failOn: 'error', fixes });
    // The one <details> we add holds the fixes diff (the raw payload: code, not Markdown) in a
    // fence longer than any backtick run in it; everything else is escaped text.
    const [text, details, ...more] = md.split('\n<details>\n<summary>Available fixes');
    expect(more).toEqual([]);
    expectInertMarkdown(text);
    const fence = /\n\n(`{3,})diff\n/.exec(details)![1];
    const start = details.indexOf(`${fence}diff\n`) + fence.length + 5;
    const end = details.lastIndexOf(`\n${fence}\n\n</details>\n`);
    expect(end).toBeGreaterThan(start);
    expect(details.slice(start, end)).not.toContain(fence);
    expect(details.slice(end)).toMatch(new RegExp(`^\\n${fence}\\n\\n</details>\\n(\\n> \\*\\*Summary truncated\\*\\* [^\\n]*\\n)?$`));
    // Every table row has exactly its header's cells (five, or four in the per-rule totals).
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length - 2;
    let header = 0;
    const lines = md.split('\n');
    lines.forEach((line, i) => {
      if (!line.startsWith('|')) return;
      if (!lines[i - 1]?.startsWith('|')) header = cells(line);
      expect([header === 4 || header === 5, cells(line)]).toEqual([true, header]);
    });
  });

  it('review comments and body: escaped header, suggestion in a fence it cannot close', () => {
    const fixable = result.findings.filter((f) => f.fix);
    expect(fixable.length).toBeGreaterThan(0);
    const planned: PlannedFix[] = fixable.map((finding, i) => {
      const suggestion = suggestionFor(finding, result.sources.get(finding.fix!.edits[0].file)!.text);
      return { finding, path: finding.location.file, suggestion, fingerprint: `${'0'.repeat(16)}-${i}`, inDiff: !!suggestion };
    });
    for (const p of planned.filter((x) => x.suggestion)) {
      const body = commentFor(p).body;
      const [head, ...rest] = body.split('\n```suggestion');
      expectInertMarkdown(head);
      expect(rest.length).toBe(1);
    }
    const body = reviewBody(1, planned);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expectInertMarkdown(body.replace(/^<!-- clawcheck:review -->(<!-- clawcheck:listed:[0-9a-f]{16} -->)?/, ''));
  });
});

/** Markdown built from escaped text: none of the payload's active constructs survive. */
function expectInertMarkdown(md: string): void {
  expect(md).not.toMatch(UNSAFE);
  expect(md).not.toMatch(/<(script|summary>x|img|a |details><summary>x)/i);
  expect(md).not.toMatch(/(^|[^\\])\]\(javascript:/);
  expect(md).not.toMatch(/(^|[^\\])!\[i\]/);
  expect(md).not.toMatch(/@(org|octocat)/); // mentions carry a zero-width space: @&#8203;org
  expect(md).not.toMatch(/(^|[^\\])\$x/);
  expect(md).not.toMatch(/^::/m);
}

it('the CLI on disk: a hostile file name and content stay inert in --format github and stylish', async () => {
  const root = hostileTree({});
  mkdirSync(join(root, 'x'));
  writeFileSync(join(root, 'x', HOSTILE_NAME), composeWith(`${PAYLOADS.commands} ${PAYLOADS.terminal}`));
  const github = await cli(root, ['--format', 'github']);
  expect(github.code).toBe(1);
  for (const line of github.stdout.split('\n').filter(Boolean)) expect(line).toMatch(/^::(error|warning|notice) file=[^,:\r]*,/);
  expect(github.stdout).toContain('file=x/docker-compose.%250A%3A%3Aset-env name=A%3A%3Ab%2Cc%0D%0A%3A%3Aerror%3A%3Ax<script>@org\u001b[31m\u202e|`.yml,');
  const stylish = await cli(root, ['--color']);
  expect(stylish.stdout.replace(/\u001b\[\d+m/g, '')).not.toMatch(UNSAFE);
  expect(stylish.stdout).toContain('x/docker-compose.%0A::set-env name=A::b,c\\x0D\\x0A::error::x<script>@org\\x1B[31m\\u{202E}|`.yml:4:5');
});
