import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { TarError, tarEntries } from '../../src/org/tar.js';
import type { TarEntry } from '../../src/org/tar.js';
import { tarBytes } from '../../scripts/lib/tar-gz.mjs';
import { tempTree } from '../support/tmp.js';

/** The entries of `bytes`, fed in chunks of `chunk` bytes (headers and bodies straddle chunks). */
async function entries(bytes: Buffer, keep: (path: string) => boolean = () => true, chunk = 97): Promise<TarEntry[]> {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) chunks.push(bytes.subarray(i, i + chunk));
  const out: TarEntry[] = [];
  for await (const e of tarEntries(Readable.from(chunks), (h) => keep(h.path))) out.push(e);
  return out;
}

const shape = (e: TarEntry) => [e.path, e.type, e.size, e.data?.toString('utf8') ?? null, e.linkname ?? null];

test('reads what git archive writes: pax global header, long and unicode names, links, empty files', async () => {
  const long = `${'d'.repeat(60)}/${'e'.repeat(60)}/docker-compose.yml`;
  const repo = tempTree({ 'compose.yaml': 'services: {}\n', [long]: 'x: 1\n', 'ünï/.env': 'A=1\n', 'empty.env': '', 'bin/big.dat': 'z'.repeat(5000) });
  symlinkSync('compose.yaml', join(repo, 'link.yml'));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', ...args], { cwd: repo });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'x');
  const tar = execFileSync('git', ['archive', '--format=tar', '--prefix=o-r-abc1234/', 'HEAD'], { cwd: repo });
  const got = await entries(tar, (p) => !p.endsWith('.dat'));
  expect(got.map(shape)).toEqual([
    ['o-r-abc1234/', 'directory', 0, null, null],
    ['o-r-abc1234/bin/', 'directory', 0, null, null],
    ['o-r-abc1234/bin/big.dat', 'file', 5000, null, null],
    ['o-r-abc1234/compose.yaml', 'file', 13, 'services: {}\n', null],
    [`o-r-abc1234/${'d'.repeat(60)}/`, 'directory', 0, null, null],
    [`o-r-abc1234/${'d'.repeat(60)}/${'e'.repeat(60)}/`, 'directory', 0, null, null],
    [`o-r-abc1234/${long}`, 'file', 5, 'x: 1\n', null],
    ['o-r-abc1234/empty.env', 'file', 0, '', null],
    ['o-r-abc1234/link.yml', 'symlink', 0, null, 'compose.yaml'],
    ['o-r-abc1234/ünï/', 'directory', 0, null, null],
    ['o-r-abc1234/ünï/.env', 'file', 4, 'A=1\n', null],
  ]);
  expect(got.every((e) => e.validName)).toBe(true);
});

test('reads GNU tar long names and devices, whatever the chunking', async () => {
  const dir = tempTree({});
  const long = `${'n'.repeat(120)}.env`;
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', long), 'K=v\n');
  const tar = execFileSync('tar', ['--format=gnu', '-cf', '-', '-C', dir, 'src'], { maxBuffer: 1 << 24 });
  for (const chunk of [1, 511, 512, 4096]) {
    expect((await entries(tar, () => true, chunk)).map(shape)).toEqual([
      ['src/', 'directory', 0, null, null],
      [`src/${long}`, 'file', 4, 'K=v\n', null],
    ]);
  }
  const built = tarBytes([{ path: 'dev', type: 'char' }, { path: 'h.yml', type: 'hardlink', linkname: 'a.yml' }, { path: 'bad\udc80.yml', data: 'a' }]);
  expect((await entries(built)).map((e) => [e.path, e.type, e.linkname ?? null])).toEqual([
    ['dev', 'other', null],
    ['h.yml', 'hardlink', 'a.yml'],
    ['bad\ufffd.yml', 'file', null],
  ]);
});

test('a wrong checksum, a cut body and an oversized pax header are TarErrors', async () => {
  const good = tarBytes([{ path: 'a.yml', data: 'x'.repeat(1000) }]);
  const corrupt = Buffer.from(good);
  corrupt[10] ^= 1;
  await expect(entries(corrupt)).rejects.toThrow(new TarError('an entry header has a wrong checksum'));
  await expect(entries(good.subarray(0, 900))).rejects.toThrow(new TarError('the archive ends in the middle of an entry'));
  await expect(entries(good.subarray(0, 900), () => false)).rejects.toThrow(new TarError('the archive ends in the middle of an entry'));
  const hugePax = tarBytes([{ path: `${'p/'.repeat(600_000)}a.yml`, data: 'x' }]);
  await expect(entries(hugePax)).rejects.toThrow(new TarError('a metadata header of 1200019 bytes is larger than the 1048576 allowed'));
});
