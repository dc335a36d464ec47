/**
 * Broken and hostile file contents: each becomes a located finding (or is checked normally),
 * never a crash or a hang, and the ordinary compose file beside it is still fully reported.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { parseFile } from '../../src/core/engine.js';
import { SourceFile } from '../../src/core/source.js';
import { parseJson5 } from '../../src/parse/json5.js';
import { parseYaml } from '../../src/parse/yaml.js';
import { validateCompose } from '../../src/validate/schema.js';
import { cli } from '../support/cli.js';
import { hostileTree, removeHostileTrees, runHostile, where } from '../support/hostile.js';

afterEach(removeHostileTrees);

const PROXY_HEAD = 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:latest\n';

/** Runs the CLI on the neighbour plus `files`; returns the findings of the other files. */
async function ownFindings(files: Record<string, string | Buffer>, argv: string[] = []): Promise<string[]> {
  const { own } = await runHostile(hostileTree(files), argv);
  return own.map((f) => `${where(f)} ${f.message}`);
}

describe('malformed documents: a parse-error at the parser position', () => {
  it('YAML: an unclosed flow sequence', async () => {
    const own = await ownFindings({ 'docker-compose.yml': 'services:\n  a:\n    ports: [1, 2\n    image: x\n' });
    expect(own).toHaveLength(1);
    expect(own[0]).toMatch(/^docker-compose\.yml:4:5-4:6 parse-error cannot parse YAML: /);
  });

  it('YAML: a mapping value where none is allowed', async () => {
    const own = await ownFindings({ 'compose.yaml': 'services:\n  a: b: c\n' });
    expect(own).toEqual(['compose.yaml:2:6-2:7 parse-error cannot parse YAML: Nested mappings are not allowed in compact mappings']);
  });

  it('JSON5: a missing closing brace, at the end of input', async () => {
    const own = await ownFindings({ 'openclaw.json': '{\n  agents: {\n    defaults: { model: "x" }\n' });
    expect(own).toEqual(['openclaw.json:3:29-4:1 parse-error cannot parse JSON5: Unexpected end of input found.']);
  });

  it('JSON5: a stray token, at that token', async () => {
    const own = await ownFindings({ 'openclaw.json': '{\n  agents: {\n    defaults: ] \n  }\n}\n' });
    expect(own).toHaveLength(1);
    expect(own[0]).toMatch(/^openclaw\.json:3:15-3:16 parse-error cannot parse JSON5: Unexpected token/);
  });
});

describe('duplicate keys', () => {
  it('YAML: the second key is a parse error (as compose itself refuses it)', async () => {
    const own = await ownFindings({ 'docker-compose.yml': `${PROXY_HEAD}    user: "1"\n    user: "2"\n` });
    expect(own).toEqual(['docker-compose.yml:5:5-5:6 parse-error cannot parse YAML: Map keys must be unique']);
  });

  it('JSON5: the last one wins (as JSON.parse and OpenClaw do), no crash', async () => {
    const own = await ownFindings({
      'openclaw.json': '{ agents: { defaults: { thinkingDefault: "off", thinkingDefault: "high" } } }\n',
    });
    expect(own.filter((f) => / parse-error /.test(f))).toEqual([]);
  });
});

describe('alias bombs', () => {
  /** "Billion laughs": 10 levels, each a list of 9 aliases of the level before (9^9 leaves). */
  function laughs(indent = ''): string[] {
    const lines = [`${indent}x-l0: &l0 "lol"`];
    for (let i = 1; i <= 9; i++) lines.push(`${indent}x-l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]`);
    return lines;
  }

  it('in x- blocks: located at the first block past the limit; the services are still checked', async () => {
    const text = [...laughs(), PROXY_HEAD.trimEnd(), '    read_only: true', ''].join('\n');
    const own = await ownFindings({ 'docker-compose.yml': text });
    expect(own).toContainEqual(expect.stringMatching(/^docker-compose\.yml:7:1-7:5 schema YAML aliases expand this value to more than 250000 nodes \(an alias bomb\?\)/));
    expect(own).toContainEqual(expect.stringMatching(/^docker-compose\.yml:14:5-14:20 proxy-read-only /));
  });

  it('inside a service (wide and deep): located at the bomb, no hang', async () => {
    // 40 levels of 40-wide maps: a few KB of text, 40^40 nodes once expanded.
    const lines = ['x-w0: &w0 {k: v}'];
    for (let i = 1; i < 40; i++) {
      lines.push(`x-w${i}: &w${i} {${Array.from({ length: 40 }, (_, j) => `k${j}: *w${i - 1}`).join(', ')}}`);
    }
    lines.push('services:', '  claude-code-proxy:', '    image: legard/claude-code-proxy:latest', '    labels: *w39', '');
    const own = await ownFindings({ 'docker-compose.yml': lines.join('\n') });
    expect(own).toContainEqual(expect.stringMatching(/^docker-compose\.yml:44:5-44:11 schema YAML aliases expand this value to more than 250000 nodes .*not checked against the schema$/));
  });

  it('many aliases of one anchor all parse and are recorded (was quadratic: 20 000 aliases took 30 s; timed in npm run bench)', () => {
    const text = `x-a: &a 1\nx-b:\n${'  - *a\n'.repeat(30_000)}`;
    const r = parseYaml(text);
    expect(r.error).toBeUndefined();
    expect(r.documents[0].anchors?.[0].aliases).toHaveLength(30_000);
  });

  it('a document with 10 000 schema errors reports each of them (was quadratic: 8 000 took 18 s; timed in npm run bench)', () => {
    const text = `services:\n${Array.from({ length: 10_000 }, (_, i) => `  s${i}:\n    environment: 5\n`).join('')}`;
    const r = parseYaml(text);
    const findings = validateCompose(r.documents[0].root, new SourceFile('docker-compose.yml', text, 'compose'));
    expect(findings).toHaveLength(10_000);
    const shown = (f: (typeof findings)[number]) => `${f.location.line}:${f.location.column} ${f.message}`;
    expect(shown(findings[0])).toBe('3:18 "services.s0.environment" must be a map or a list of "KEY=value" strings, found the number 5');
    expect(shown(findings[9_999])).toBe('20001:18 "services.s9999.environment" must be a map or a list of "KEY=value" strings, found the number 5');
  });

  it('an alias always resolves to the latest anchor of its name before it', () => {
    const r = parseYaml('a: &x 1\nb: *x\nc: &x 2\nd: *x\n');
    const entries = r.documents[0].root!.kind === 'map' ? r.documents[0].root!.entries : [];
    expect(entries.map((e) => (e.value.kind === 'scalar' ? e.value.value : null))).toEqual([1, 1, 2, 2]);
  });
});

describe('10 000 levels of nesting: a located parse error, no stack overflow', () => {
  const N = 10_000;
  /** Same verdict when the caller's stack is already deep (the CLI, the Action, jest differ). */
  const withDeepStack = <T>(depth: number, f: () => T): T => (depth === 0 ? f() : withDeepStack(depth - 1, f));

  it.each([
    ['YAML flow sequences', `${PROXY_HEAD}    labels: ${'['.repeat(N)}${']'.repeat(N)}\n`, 4],
    ['YAML flow maps', `${PROXY_HEAD}    labels: ${'{a: '.repeat(N)}1${'}'.repeat(N)}\n`, 4],
  ])('%s', async (_name, text, line) => {
    const own = await ownFindings({ 'docker-compose.yml': text });
    expect(own).toHaveLength(1);
    expect(own[0]).toMatch(/^docker-compose\.yml:\d+:\d+-\d+:\d+ parse-error cannot parse YAML: nesting is too deep to parse \(the parser ran out of stack here\)$/);
    if (line) expect(own[0]).toMatch(new RegExp(`^docker-compose\\.yml:${line}:`));
    for (const depth of [1000, 4000]) {
      const r = withDeepStack(depth, () => parseFile(new SourceFile('c.yml', text, 'compose')));
      expect(r.error?.message).toMatch(/nesting is too deep/);
    }
  });

  // Block nesting needs indentation: 10 000 levels would be a 50 MB file, over the size guard
  // (see files.test.ts), so 2 500 levels (3 to 6 MB) go straight to the parser.
  it.each([
    ['maps', Array.from({ length: 2500 }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + '\n'],
    ['sequences', Array.from({ length: 2500 }, (_, i) => `${' '.repeat(2 * i)}-`).join('\n') + '\n'],
  ])('YAML block %s', (_name, text) => {
    for (const depth of [0, 4000]) {
      const r = withDeepStack(depth, () => parseFile(new SourceFile('c.yml', text, 'compose')));
      expect(r.error).toMatchObject({ ruleId: 'parse-error', message: 'cannot parse YAML: nesting is too deep to parse (the parser ran out of stack here)' });
      expect(r.error!.location.line).toBeGreaterThan(1);
    }
  });

  it.each([
    ['arrays', `{ agents: { defaults: { x: ${'['.repeat(N)}${']'.repeat(N)} } } }`, 27 + N],
    ['objects', `{ agents: ${'{a:'.repeat(N)}1${'}'.repeat(N)} }`, 10 + 3 * (N - 1) + 1],
  ])('JSON5 %s: at the deepest bracket', async (_name, text, column) => {
    const own = await ownFindings({ 'openclaw.json': text });
    expect(own).toEqual([`openclaw.json:1:${column}-1:${column + 1} parse-error cannot parse JSON5: nesting is too deep to parse (${N + (text.includes('x:') ? 3 : 1)} levels)`]);
    const r = withDeepStack(4000, () => parseJson5(text));
    expect(r.error?.message).toMatch(/nesting is too deep/);
  });

  it('moderate nesting (200 levels) still parses and is checked', async () => {
    const own = await ownFindings({ 'docker-compose.yml': `${PROXY_HEAD}    labels: ${'['.repeat(200)}${']'.repeat(200)}\n    user: "1000"\n` });
    expect(own).toContainEqual(expect.stringMatching(/^docker-compose\.yml:5:5-5:17 proxy-user /));
    expect(own.filter((f) => / parse-error /.test(f))).toEqual([]);
  });
});

describe('encodings and whitespace', () => {
  const badTag = `${PROXY_HEAD.replace(':latest', ':v1.0.0')}`;

  it('a UTF-8 BOM: checked, columns unshifted', async () => {
    const own = await ownFindings({ 'docker-compose.yml': '\ufeff' + badTag, 'openclaw.json': '\ufeff{ agents: { defaults: { thinkingDefault: "high" } } }\n' });
    expect(own.filter((f) => f.includes('proxy-image-tag'))).toEqual([expect.stringMatching(/^docker-compose\.yml:3:37-3:43 proxy-image-tag /)]);
    expect(own.filter((f) => / parse-error /.test(f))).toEqual([]);
  });

  it('CRLF line ends: checked at the same lines and columns', async () => {
    const own = await ownFindings({ 'docker-compose.yml': badTag.replace(/\n/g, '\r\n') + '    user: "1000"\r\n' });
    expect(own).toContainEqual(expect.stringMatching(/^docker-compose\.yml:3:37-3:43 proxy-image-tag /));
    expect(own).toContainEqual(expect.stringMatching(/^docker-compose\.yml:4:5-4:17 proxy-user /));
  });

  it('CRLF: --fix keeps CRLF line ends', async () => {
    const root = hostileTree({ 'docker-compose.yml': badTag.replace(/\n/g, '\r\n') });
    expect((await cli(root, ['--fix', 'docker-compose.yml'])).stderr).toBe('');
    const { readFileSync } = await import('node:fs');
    const after = readFileSync(`${root}/docker-compose.yml`, 'utf8');
    expect(after).toContain('legard/claude-code-proxy:latest\r\n');
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('tabs as YAML indentation: a parse error at the tab', async () => {
    const own = await ownFindings({ 'docker-compose.yml': 'services:\n\tclaude-code-proxy:\n\t\timage: x\n' });
    expect(own).toEqual(['docker-compose.yml:2:1-2:2 parse-error cannot parse YAML: Tabs are not allowed as indentation']);
  });

  it('tabs inside values and JSON5 whitespace are fine', async () => {
    const own = await ownFindings({
      'docker-compose.yml': `${PROXY_HEAD}    user:\t"1000"\n`,
      'openclaw.json': '{\n\tagents: {\n\t\tdefaults: { thinkingDefault: "off" }\n\t}\n}\n',
    });
    expect(own.filter((f) => / parse-error /.test(f))).toEqual([]);
    expect(own).toContainEqual(expect.stringMatching(/^docker-compose\.yml:4:5-4:17 proxy-user /));
  });

  it('invalid UTF-8 bytes decode to U+FFFD and the file is still checked', async () => {
    const bytes = Buffer.concat([Buffer.from(`${PROXY_HEAD}    user: "`), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]), Buffer.from('"\n')]);
    const { own } = await runHostile(hostileTree({ 'docker-compose.yml': bytes }));
    const user = own.find((f) => f.ruleId === 'proxy-user');
    expect(user).toMatchObject({ line: 4, column: 5 });
    expect(user?.message).toContain('\ufffd');
  });

  it('empty and whitespace-only files: no crash; an empty compose file has nothing to report', async () => {
    const own = await ownFindings({ 'docker-compose.yml': '', 'compose.yaml': '\n\n   \n', 'docker-compose.override.yml': '# only a comment\n' });
    expect(own).toEqual([]);
  });

  it('an empty openclaw.json is a parse error at 1:1 (JSON5 needs a value)', async () => {
    const own = await ownFindings({ 'openclaw.json': '' });
    expect(own).toEqual(['openclaw.json:1:1-1:1 parse-error cannot parse JSON5: Unexpected end of input found.']);
  });

  it('a single very long line (1 MB minus a little) is checked', async () => {
    const own = await ownFindings({ 'docker-compose.yml': `${PROXY_HEAD}    labels: {a: "${'x'.repeat(1_000_000)}"}\n    user: "1000"\n` });
    expect(own).toContainEqual(expect.stringMatching(/^docker-compose\.yml:5:5-5:17 proxy-user /));
  });
});

describe('duplicate keys, as yaml reported them before its check was replaced by a linear one', () => {
  it.each([
    ['block', 'a: 1\nb: 2\na: 3\n', 10],
    ['flow', '{a: 1, b: 2, a: 3}\n', 13],
    ['nested', 'x:\n  y: 1\n  y: 2\n', 12],
    ['quoted and plain', 'a: 1\n"a": 2\n', 5],
    ['null keys', ': 1\n: 2\n', 4],
    ['anchored keys (after the anchor)', '&k a: 1\n&j a: 2\n', 11],
  ])('%s: an error at the second key', (_name, text, offset) => {
    expect(parseYaml(text).error).toEqual({ message: 'Map keys must be unique', offset, endOffset: offset + 1 });
  });

  it.each([
    ['a number and a string', '1: a\n"1": b\n'],
    ['true and "true"', 'true: a\n"true": b\n'],
    ['the same key in two maps', 'a: {k: 1}\nb: {k: 1}\n'],
    ['the same key in two documents', 'k: 1\n---\nk: 2\n'],
    ['merge keys from one alias used twice', 'x: &x {a: 1}\ny:\n  <<: *x\nz:\n  <<: *x\n'],
    ['two merge keys in one map', 'x: &x {a: 1}\ny:\n  <<: *x\n  <<: *x\n'],
  ])('%s: no error', (_name, text) => {
    expect(parseYaml(text).error).toBeUndefined();
  });
});
