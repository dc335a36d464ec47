/** Compose's merge tags on the located tree: kept on the node, `!reset` with nothing a null. */
import { parseYaml } from '../../src/parse/yaml.js';
import { get } from '../../src/parse/tree.js';
import type { LocatedNode } from '../../src/parse/tree.js';

function root(text: string): LocatedNode | null {
  const parsed = parseYaml(text);
  expect(parsed.error).toBeUndefined();
  return parsed.documents[0].root;
}

describe('YAML tags', () => {
  test('!reset and !override are recorded on scalars, maps and lists', () => {
    const r = root('a: !reset []\nb: !override {x: 1}\nc: !override [1]\nd: !override "v"\ne: plain\n');
    expect(get(r, 'a')).toMatchObject({ kind: 'seq', tag: '!reset', items: [] });
    expect(get(r, 'b')).toMatchObject({ kind: 'map', tag: '!override' });
    expect(get(r, 'c')).toMatchObject({ kind: 'seq', tag: '!override' });
    expect(get(r, 'd')).toMatchObject({ kind: 'scalar', tag: '!override', value: 'v' });
    expect(get(r, 'e')?.tag).toBeUndefined();
  });

  test('!reset with no value, null or ~ is a null; a quoted "null" stays a string', () => {
    const r = root('a: !reset\nb: !reset null\nc: !reset ~\nd: !reset "null"\ne: !reset 5\n');
    expect(get(r, 'a')).toMatchObject({ kind: 'scalar', tag: '!reset', value: null });
    expect(get(r, 'b')).toMatchObject({ value: null, range: [20, 24] });
    expect(get(r, 'c')).toMatchObject({ value: null });
    expect(get(r, 'd')).toMatchObject({ value: 'null', style: 'double' });
    expect(get(r, 'e')).toMatchObject({ value: '5' });
  });

  test("YAML's own tags are not recorded; other local tags are", () => {
    const r = root('a: !!str 5\nb: !custom x\n');
    expect(get(r, 'a')).toMatchObject({ value: '5' });
    expect(get(r, 'a')?.tag).toBeUndefined();
    expect(get(r, 'b')?.tag).toBe('!custom');
  });

  test('a tag on an anchored node comes with each alias of it', () => {
    const r = root('x-r: &r !reset []\nports: *r\n');
    expect(get(r, 'ports')).toMatchObject({ kind: 'seq', tag: '!reset', via: [25, 27] });
  });
});
