import type { TextEdit } from '../../src/core/finding.js';
import { computeSuggestion, suggestionBlock, suggestionFor } from '../../src/github/suggestions.js';
import { judgeFiles, judgeRule, SEED_BEFORE } from '../support/judge.js';

const edit = (start: number, end: number, text: string): TextEdit => ({ file: 'c.yml', start, end, text });
/** An edit replacing the `nth` occurrence of `needle` in `text`. */
const at = (text: string, needle: string, replacement: string): TextEdit => {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`${needle} not in text`);
  return edit(start, start + needle.length, replacement);
};

describe('computeSuggestion on real findings', () => {
  const find = (ruleId: string, needle = '') =>
    judgeFiles({ 'c.yml': SEED_BEFORE }).find((f) => f.ruleId === ruleId && f.message.includes(needle))!;

  it('a replacement inside a line replaces that whole line', () => {
    expect(suggestionFor(find('proxy-image-tag'), SEED_BEFORE)).toEqual({
      path: 'c.yml',
      startLine: 3,
      endLine: 3,
      original: '    image: legard/claude-code-proxy:v1.0.0        # tag not published',
      replacement: '    image: legard/claude-code-proxy:latest        # tag not published',
    });
    expect(suggestionFor(find('banned-model', 'MIDDLE_MODEL'), SEED_BEFORE)).toMatchObject({
      startLine: 10,
      endLine: 10,
      replacement: '      MIDDLE_MODEL: "openai/gpt-oss-120b"      # banned',
    });
  });

  it('removing a whole line gives an empty replacement for exactly that line', () => {
    const s = suggestionFor(find('proxy-read-only'), SEED_BEFORE)!;
    expect(s).toEqual({ path: 'c.yml', startLine: 14, endLine: 14, original: '    read_only: true                               # forbidden', replacement: '' });
    expect(suggestionBlock(s.replacement)).toBe('```suggestion\n```');
    expect(suggestionFor(find('proxy-user'), SEED_BEFORE)).toMatchObject({ startLine: 13, endLine: 13, replacement: '' });
  });

  it('inserting a line anchors on the line before and suggests it plus the new line', () => {
    const text = 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:latest\n    environment:\n      BIG_MODEL: "openai/gpt-oss-120b"\n    ports: ["8082:8082"]\n';
    const f = judgeRule('disable-thinking', { 'c.yml': text })[0];
    expect(f.fix!.edits[0].start).toBe(text.indexOf('    ports')); // an insertion at a line start
    expect(suggestionFor(f, text)).toEqual({
      path: 'c.yml',
      startLine: 5,
      endLine: 5,
      original: '      BIG_MODEL: "openai/gpt-oss-120b"',
      replacement: '      BIG_MODEL: "openai/gpt-oss-120b"\n      DISABLE_THINKING: "true"',
    });
  });

  it('inserting at the end of a file that ends with a newline anchors on the last real line', () => {
    const text = 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:latest\n    environment:\n      BIG_MODEL: "openai/gpt-oss-120b"\n';
    const f = judgeRule('disable-thinking', { 'c.yml': text })[0];
    expect(f.fix!.edits[0].start).toBe(text.length);
    expect(suggestionFor(f, text)).toMatchObject({ startLine: 5, endLine: 5, replacement: '      BIG_MODEL: "openai/gpt-oss-120b"\n      DISABLE_THINKING: "true"' });
  });
});

describe('computeSuggestion edge cases', () => {
  it('an insertion at the end of a file without a trailing newline', () => {
    const text = 'a: 1\nb: 2';
    expect(computeSuggestion(text, [edit(text.length, text.length, '\nc: 3')])).toMatchObject({ startLine: 2, endLine: 2, original: 'b: 2', replacement: 'b: 2\nc: 3' });
    // Same, after a final newline: never the empty "line 3".
    const nl = 'a: 1\nb: 2\n';
    expect(computeSuggestion(nl, [edit(nl.length, nl.length, 'c: 3\n')])).toMatchObject({ startLine: 2, endLine: 2, replacement: 'b: 2\nc: 3' });
    expect(computeSuggestion(nl, [edit(nl.length, nl.length, 'c: 3')])).toMatchObject({ startLine: 2, endLine: 2, replacement: 'b: 2\nc: 3' });
  });

  it('an insertion at the start of line 1 anchors on line 1', () => {
    expect(computeSuggestion('a\nb\n', [edit(0, 0, 'x\n')])).toMatchObject({ startLine: 1, endLine: 1, original: 'a', replacement: 'x\na' });
  });

  it('an insertion at a line start that is not a whole line stays on that line', () => {
    expect(computeSuggestion('a\nb\n', [edit(2, 2, '  ')])).toMatchObject({ startLine: 2, endLine: 2, original: 'b', replacement: '  b' });
  });

  it('several edits on different lines: one suggestion over the lines between them', () => {
    const text = 'x:\n  BIG: "glm"\n  KEEP: 1\n  SMALL: "glm"\nend: 1\n';
    const s = computeSuggestion(text, [at(text, '"glm"', '"oss"'), edit(text.lastIndexOf('"glm"'), text.lastIndexOf('"glm"') + 5, '"oss"')]);
    expect(s).toMatchObject({ startLine: 2, endLine: 4, original: '  BIG: "glm"\n  KEEP: 1\n  SMALL: "glm"', replacement: '  BIG: "oss"\n  KEEP: 1\n  SMALL: "oss"' });
  });

  it('an edit spanning lines, and one joining a line with the next', () => {
    const text = 'a: [\n  1,\n  2\n]\nz: 0\n';
    expect(computeSuggestion(text, [edit(3, text.indexOf(']') + 1, '[1, 2]')])).toMatchObject({ startLine: 1, endLine: 4, replacement: 'a: [1, 2]' });
    // Removing the line break after "a: 1" joins the lines: the suggestion takes both.
    expect(computeSuggestion('a: 1\nb: 2\nc: 3\n', [edit(4, 5, ' ')])).toMatchObject({ startLine: 1, endLine: 2, replacement: 'a: 1 b: 2' });
  });

  it('removes several whole lines at once', () => {
    const text = 'a\nb\nc\nd\n';
    expect(computeSuggestion(text, [edit(2, 6, '')])).toMatchObject({ startLine: 2, endLine: 3, original: 'b\nc', replacement: '' });
  });

  it('CRLF files: lines and replacement use \\n', () => {
    const text = 'services:\r\n  p:\r\n    read_only: true\r\n    image: a:v1\r\n';
    const s = computeSuggestion(text, [at(text, '    read_only: true\r\n', ''), at(text, 'a:v1', 'a:latest')]);
    expect(s).toMatchObject({ startLine: 3, endLine: 4, original: '    read_only: true\n    image: a:v1', replacement: '    image: a:latest' });
    const ins = computeSuggestion(text, [edit(text.indexOf('    image'), text.indexOf('    image'), '    user: root\r\n')]);
    expect(ins).toMatchObject({ startLine: 3, endLine: 3, replacement: '    read_only: true\n    user: root' });
  });

  it('drops a byte-order mark from line 1', () => {
    expect(computeSuggestion('\uFEFFa: 1\n', [edit(4, 5, '2')])).toMatchObject({ startLine: 1, original: 'a: 1', replacement: 'a: 2' });
  });

  it('refuses overlapping, out-of-range, multi-file and no-op edits', () => {
    expect(computeSuggestion('abc\n', [])).toBeUndefined();
    expect(computeSuggestion('abc\n', [edit(0, 2, 'x'), edit(1, 3, 'y')])).toBeUndefined();
    expect(computeSuggestion('abc\n', [edit(2, 9, 'x')])).toBeUndefined();
    expect(computeSuggestion('abc\n', [edit(0, 1, 'x'), { file: 'other.yml', start: 2, end: 3, text: 'y' }])).toBeUndefined();
    expect(computeSuggestion('abc\n', [edit(0, 1, 'a')])).toBeUndefined();
  });
});

describe('suggestion blocks', () => {
  it('contain only the replacement lines', () => {
    expect(suggestionBlock('    image: x:latest')).toBe('```suggestion\n    image: x:latest\n```');
    expect(suggestionBlock('a\nb')).toBe('```suggestion\na\nb\n```');
  });

  it('use a fence longer than any backtick run in the content', () => {
    expect(suggestionBlock('cmd: `x` and ``y``')).toBe('```suggestion\ncmd: `x` and ``y``\n```');
    expect(suggestionBlock('# ```yaml')).toBe('````suggestion\n# ```yaml\n````');
    expect(suggestionBlock('a: "`````"')).toBe('``````suggestion\na: "`````"\n``````');
  });
});

