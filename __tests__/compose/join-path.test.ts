import { join, posix } from 'node:path';
import { joinPath } from '../../src/compose/service-env.js';
import { childPath } from '../../src/discover/paths.js';

/** What joinPath computed before its shortcut: every answer must stay the same. */
const normalized = (dir: string, rel: string) => posix.normalize(posix.join(dir === '.' ? '' : dir, rel.replace(/\\/g, '/'))).replace(/^\.\//, '');

const SEGMENTS = ['a', 'b c', '.env', '.', '..', '', '..x', '.x', 'x.', 'x\\y', '…'];
function paths(depth: number): string[] {
  let out = [''];
  for (let d = 0; d < depth; d++) out = out.flatMap((p) => SEGMENTS.map((s) => (p === '' && d === 0 ? s : `${p}/${s}`)));
  return out;
}

describe('joinPath', () => {
  it('gives what normalize(join(...)) gives for every mix of plain, dot, empty and backslash segments', () => {
    const all = [...new Set([...paths(1), ...paths(2), ...paths(3), '/abs', 'a/', '/a/b', './a', '../a'])];
    const differ: string[][] = [];
    const dirs = [...new Set([...paths(1), ...paths(2), '/abs', 'a/', './a', '../a', '.'])];
    for (const dir of dirs) for (const rel of all) if (joinPath(dir, rel) !== normalized(dir, rel)) differ.push([dir, rel, joinPath(dir, rel), normalized(dir, rel)]);
    expect([dirs.length, all.length]).toEqual([133, 1465]);
    expect(differ).toEqual([]);
  });
});

describe('childPath', () => {
  it('is path.join of a folder and a name from its listing', () => {
    for (const dir of ['/', '/w', '/w/a b', '/w/.x']) for (const name of ['a', '.env', '..x', 'b c', 'x\\y']) expect(childPath(dir, name)).toBe(join(dir, name));
  });
});
