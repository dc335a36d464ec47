import { lstatSync, readFileSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FixedFile } from '../../src/fix/fix.js';
import { writeFixes } from '../../src/fix/write.js';
import { tempTree } from '../support/tmp.js';

/** writeFixes on its own: what reaches the disk for each fixed file. */

const fixed = (path: string, before: string, after: string): FixedFile => ({ path, before, after, fixed: [], edits: [] });

describe('writeFixes', () => {
  test('a link that leads out of the root is refused; the file it points to and the link are untouched', () => {
    const outside = tempTree({ 'compose.yml': 'image: a:v1\n' });
    const root = tempTree({ 'other.yml': 'image: a:v1\n' });
    symlinkSync(join(outside, 'compose.yml'), join(root, 'docker-compose.yml'));
    const r = writeFixes(root, [fixed('docker-compose.yml', 'image: a:v1\n', 'image: a:latest\n'), fixed('other.yml', 'image: a:v1\n', 'image: a:latest\n')]);
    expect(r.failures).toEqual([
      { path: 'docker-compose.yml', reason: 'it is reached through a symbolic link that resolves outside the scan root; clawcheck does not write through it' },
    ]);
    expect(r.written.map((f) => f.path)).toEqual(['other.yml']);
    expect(readFileSync(join(outside, 'compose.yml'), 'utf8')).toBe('image: a:v1\n');
    expect(lstatSync(join(root, 'docker-compose.yml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, 'other.yml'), 'utf8')).toBe('image: a:latest\n');
  });

  test('a link inside the root: the target is rewritten, the link kept', () => {
    const root = tempTree({ 'shared/base.env': 'A=1\n' });
    symlinkSync('shared/base.env', join(root, '.env'));
    const r = writeFixes(root, [fixed('.env', 'A=1\n', 'A=2\n')]);
    expect(r.failures).toEqual([]);
    expect(readlinkSync(join(root, '.env'))).toBe('shared/base.env');
    expect(readFileSync(join(root, 'shared/base.env'), 'utf8')).toBe('A=2\n');
  });

  test('a file that changed since it was judged is kept as it is now', () => {
    const root = tempTree({ 'docker-compose.yml': 'image: a:v1\n' });
    writeFileSync(join(root, 'docker-compose.yml'), 'image: a:v1\n# mine\n');
    const r = writeFixes(root, [fixed('docker-compose.yml', 'image: a:v1\n', 'image: a:latest\n')]);
    expect(r.failures).toEqual([{ path: 'docker-compose.yml', reason: 'the file changed after it was checked; it was not overwritten' }]);
    expect(readFileSync(join(root, 'docker-compose.yml'), 'utf8')).toBe('image: a:v1\n# mine\n');
    expect(readdirSync(root)).toEqual(['docker-compose.yml']);
  });

  test('two names of one file: written once when they agree, refused when they do not', () => {
    const root = tempTree({ 'a.env': 'A=1\n' });
    symlinkSync('a.env', join(root, 'b.env'));
    expect(writeFixes(root, [fixed('a.env', 'A=1\n', 'A=2\n'), fixed('b.env', 'A=1\n', 'A=2\n')])).toMatchObject({ failures: [] });
    expect(readFileSync(join(root, 'a.env'), 'utf8')).toBe('A=2\n');

    const r = writeFixes(root, [fixed('a.env', 'A=2\n', 'A=3\n'), fixed('b.env', 'A=2\n', 'A=4\n')]);
    expect(r.failures).toEqual([{ path: 'b.env', reason: 'another name of the same file was fixed differently' }]);
    expect(readFileSync(join(root, 'a.env'), 'utf8')).toBe('A=3\n');
  });
});
