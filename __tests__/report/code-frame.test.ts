import type { Location } from '../../src/core/finding.js';
import { codeFrame, layoutFrame, MAX_FRAME_CELLS } from '../../src/report/code-frame.js';
import { escapeControl, painter } from '../../src/report/terminal-text.js';
import { source } from './fixtures.js';

const plain = painter(false);

function frame(text: string, loc: Omit<Location, 'file'>): string {
  return codeFrame(source('f.yml', text), { file: 'f.yml', ...loc }, plain, 'red').join('\n');
}

describe('code frame', () => {
  it('underlines [column, endColumn) with a caret then tildes', () => {
    expect(frame('key: value\n', { line: 1, column: 6, endLine: 1, endColumn: 11 })).toBe('  1 | key: value\n    |      ^~~~~');
  });

  it('shows a single caret for an empty range and for a range at the end of the line', () => {
    expect(frame('key: value\n', { line: 1, column: 4, endLine: 1, endColumn: 4 })).toBe('  1 | key: value\n    |    ^');
    expect(frame('key:\n', { line: 1, column: 5, endLine: 1, endColumn: 5 })).toBe('  1 | key:\n    |     ^');
  });

  it('expands tabs to 4-column stops and keeps the underline aligned', () => {
    expect(frame('\tkey:\tvalue\n', { line: 1, column: 7, endLine: 1, endColumn: 12 })).toBe(
      '  1 |     key:    value\n    |             ^~~~~',
    );
  });

  it('underlines a multi-line range to the end of its first line', () => {
    const text = 'a:\n  b: [1,\n    2]\n';
    expect(frame(text, { line: 2, column: 6, endLine: 3, endColumn: 7 })).toBe('  2 |   b: [1,\n    |      ^~~');
  });

  it('widens the gutter for long line numbers', () => {
    const text = 'x\n'.repeat(11) + 'key: v\n';
    expect(frame(text, { line: 12, column: 6, endLine: 12, endColumn: 7 })).toBe('  12 | key: v\n     |      ^');
  });

  it('counts wide characters as two cells and surrogate pairs as one character', () => {
    // "模型" is 2 UTF-16 units and 4 cells; "😀" is 2 UTF-16 units and 2 cells.
    const layout = layoutFrame('模型😀: bad', 6, 9);
    expect(layout).toEqual({ text: '模型😀: bad', underlineStart: 8, underlineWidth: 3 });
  });

  it('clips long lines around the column and marks both clipped sides', () => {
    const line = 'a'.repeat(200) + 'TARGET' + 'b'.repeat(200);
    const layout = layoutFrame(line, 200, 206);
    expect(layout.text).toBe('…' + 'a'.repeat(30) + 'TARGET' + 'b'.repeat(MAX_FRAME_CELLS - 36) + '…');
    expect(layout.underlineStart).toBe(31);
    expect(layout.underlineWidth).toBe(6);
  });

  it('clips a long range to the shown window and keeps the start of a long line unclipped', () => {
    const line = 'k: ' + 'v'.repeat(300);
    const layout = layoutFrame(line, 3, 303);
    expect(layout.text).toBe('k: ' + 'v'.repeat(MAX_FRAME_CELLS - 3) + '…');
    expect(layout.underlineStart).toBe(3);
    expect(layout.underlineWidth).toBe(MAX_FRAME_CELLS - 3);
  });

  it('clips a column near the end of a long line without a trailing marker', () => {
    const line = 'a'.repeat(300) + 'END';
    const layout = layoutFrame(line, 300, 303);
    expect(layout.text).toBe('…' + 'a'.repeat(MAX_FRAME_CELLS - 3) + 'END');
    expect(layout.underlineStart).toBe(1 + MAX_FRAME_CELLS - 3);
  });

  it('returns no frame for a location outside the file', () => {
    expect(frame('a\n', { line: 9, column: 1, endLine: 9, endColumn: 2 })).toBe('');
  });

  it('escapes control characters, DEL, C1 and bidi overrides', () => {
    expect(escapeControl('a\u001b[0m\tb\u007f\u009b\u202e\u2066c')).toBe('a\\x1B[0m\\tb\\x7F\\x9B\\u{202E}\\u{2066}c');
  });
});
