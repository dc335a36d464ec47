import { describe, expect, test } from '@jest/globals';
import { parseFile } from '../../src/core/engine.js';
import { SourceFile } from '../../src/core/source.js';
import { exactRange, locateScalar } from '../../src/compose/located-string.js';
import type { ScalarNode } from '../../src/parse/tree.js';
import { get } from '../../src/parse/tree.js';

/** The scalar at `v:` in a one-line YAML map, and the file it is in. */
function scalar(yaml: string): { file: SourceFile; node: ScalarNode } {
  const file = new SourceFile('c.yml', yaml, 'compose');
  const node = get(parseFile(file).documents[0].root, 'v') as ScalarNode;
  return { file, node };
}

/** value, and the offsets of each located run as [at, length, offset]. */
function located(yaml: string, from = 0) {
  const { file, node } = scalar(yaml);
  const s = locateScalar(file, node, from);
  return [s.value, s.spans.map((sp) => [sp.at, sp.length, sp.offset])];
}

describe('locateScalar', () => {
  test('verbatim scalars are located whole, from any character', () => {
    expect(located('v: abc')).toEqual(['abc', [[0, 3, 3]]]);
    expect(located('v: "abc"')).toEqual(['abc', [[0, 3, 4]]]);
    expect(located("v: 'abc'", 1)).toEqual(['bc', [[0, 2, 5]]]);
    expect(located('v: true')).toEqual(['true', [[0, 4, 3]]]);
  });

  test('an escape: the characters before it are located, the rest is not', () => {
    expect(located('v: "API_KEY=sk\\u0041x"')).toEqual(['API_KEY=skAx', [[0, 10, 4]]]);
    expect(located('v: "API_KEY=sk\\u0041x"', 8)).toEqual(['skAx', [[0, 2, 12]]]);
    expect(located('v: "API_KEY=sk\\u0041x"', 10)).toEqual(['Ax', []]);
    expect(located("v: 'it''s'")).toEqual(["it's", [[0, 2, 4]]]);
    expect(located('v: "\\tx"')).toEqual(['\tx', []]);
  });

  test('a folded line: the first line without its trailing spaces', () => {
    expect(located('v: "abc  \n  def"')).toEqual(['abc def', [[0, 3, 4]]]);
    expect(located('v: abc\n  def')).toEqual(['abc def', [[0, 3, 3]]]);
  });

  test('numbers spelled otherwise are not located', () => {
    expect(located('v: 1e3')).toEqual(['1000', []]);
  });

  test('block scalars: each line at its text; line breaks and folds are not characters of the file', () => {
    expect(located('v: |\n  abc\n')).toEqual(['abc\n', [[0, 3, 7]]]);
    expect(located('v: |-\n  ab\n\n  cd\n')).toEqual(['ab\n\ncd', [[0, 2, 8], [4, 2, 14]]]);
    expect(located('v: >\n  ab\n  cd\n')).toEqual(['ab cd\n', [[0, 2, 7], [3, 2, 12]]]);
    expect(located('v: >\n  ab\n    more\n  cd\n')).toEqual(['ab\n  more\ncd\n', [[0, 2, 7], [3, 6, 12], [10, 2, 21]]]);
    // Header comment, CRLF line ends.
    expect(located('v: |- # note\r\n  abc\r\n')).toEqual(['abc', [[0, 3, 16]]]);
  });

  test('exact ranges inside the located prefix only', () => {
    const { file, node } = scalar('v: "API_KEY=sk\\u0041"');
    const s = locateScalar(file, node);
    expect(exactRange(s, 0, 7)).toEqual({ file, range: [4, 11] });
    expect(exactRange(s, 8, 11)).toBeUndefined();
  });
});
