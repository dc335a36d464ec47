/** Broken policy files: exit 2 with the file and, where there is one, the line and column. */
import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { cli } from '../support/cli.js';
import { hostileTree, removeHostileTrees } from '../support/hostile.js';

afterEach(removeHostileTrees);

it.each([
  ['invalid YAML', 'rules:\n  banned-model: [\n', /^clawcheck: \.clawcheck\.yml:3:1: /],
  ['tabs', 'rules:\n\tbanned-model: off\n', /^clawcheck: \.clawcheck\.yml:2:1: Tabs are not allowed as indentation/],
  ['a duplicate key', 'rules: {}\nrules: {}\n', /^clawcheck: \.clawcheck\.yml:2:1: Map keys must be unique/],
  ['an unknown rule', 'rules:\n  banned-modle:\n    severity: error\n', /^clawcheck: \.clawcheck\.yml:2:3: .*banned-modle.*banned-model/],
  ['a bad severity', 'rules:\n  proxy-user:\n    severity: loud\n', /^clawcheck: \.clawcheck\.yml:3:15: /],
  ['a bad maxFileSize', 'maxFileSize: -5\n', /^clawcheck: \.clawcheck\.yml:1:14: /],
  ['an alias bomb', ['x: &a [1,1,1,1,1,1,1,1,1]', ...Array.from({ length: 8 }, (_, i) => `x${i}: &${'bcdefghi'[i]} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`), ''].join('\n'), /^clawcheck: \.clawcheck\.yml:\d+:\d+: /],
])('%s: exit 2 with the location', async (_name, policy, stderr) => {
  const root = hostileTree({ '.clawcheck.yml': policy });
  const run = await cli(root, []);
  expect(run.stderr).toMatch(stderr);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
});

it('a policy that extends itself: exit 2 naming the cycle and where it is written', async () => {
  const root = hostileTree({ '.clawcheck.yml': 'extends: ./.clawcheck.yml\n' });
  const run = await cli(root, []);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^clawcheck: \.clawcheck\.yml:1:10: "extends" forms a cycle: .*\.clawcheck\.yml → .*\.clawcheck\.yml\n$/);
});

it('a cycle over two files: exit 2, at the extends entry that closes it', async () => {
  const root = hostileTree({ '.clawcheck.yml': 'extends:\n  - recommended\n  - ./policies/a.yml\n', 'policies/a.yml': '# a\nextends: [./b.yml]\n', 'policies/b.yml': 'extends: ./a.yml\n' });
  const run = await cli(root, []);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^clawcheck: policies\/b\.yml:1:10: "extends" forms a cycle: .*a\.yml → .*b\.yml → .*a\.yml\n$/);
});

it('extends naming a missing file: exit 2 at that entry', async () => {
  const root = hostileTree({ '.clawcheck.yml': 'rules: {}\nextends: ./nope.yml\n' });
  const run = await cli(root, []);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^clawcheck: \.clawcheck\.yml:2:10: "extends" names \.\/nope\.yml, which does not exist\n$/);
});

it('--config naming a folder or a missing file: exit 2', async () => {
  const root = hostileTree({ 'policies/x.yml': 'rules: {}\n' });
  writeFileSync(join(root, 'empty.yml'), '');
  for (const arg of ['policies', 'missing.yml']) {
    const run = await cli(root, ['--config', arg]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^clawcheck: .*(policies|missing\.yml)/);
  }
  expect((await cli(root, ['--config', 'empty.yml', '--format', 'json'])).code).toBe(1);
});

describe('policy files are read with the guards of every other read', () => {
  const SECRET = 'ghs_SECRETVALUE123';
  const outside: string[] = [];
  afterEach(() => {
    for (const dir of outside.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  /** A folder beside the root holding a file of secrets. */
  function foreign(): string {
    const dir = mkdtempSync(join(tmpdir(), 'clawcheck-foreign-'));
    outside.push(dir);
    writeFileSync(join(dir, 'secret.txt'), `${SECRET}\n`);
    return dir;
  }

  it('a binary policy file: exit 2, refused before parsing', async () => {
    const root = hostileTree({ '.clawcheck.yml': 'rules:\u0000\u0001\n' });
    const run = await cli(root, []);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('clawcheck: .clawcheck.yml: file contains NUL bytes in its first 8192 bytes\n');
  });

  it.each([
    ['outside the root', (dir: string) => join(dir, 'secret.txt'), (p: string) => `"extends" names ${p}, which is outside the scan root; files outside it are not read`],
    // Both temporary folders are in the same place: the foreign one is the root's sibling.
    ['outside the root through ..', (dir: string) => `../${basename(dir)}/secret.txt`, (p: string) => `"extends" names ${p}, which is outside the scan root; files outside it are not read`],
    ['/dev/zero', () => '/dev/zero', () => '"extends" names /dev/zero, which is outside the scan root; files outside it are not read'],
    ['/dev/stdin', () => '/dev/stdin', () => '"extends" names /dev/stdin, which is outside the scan root; files outside it are not read'],
    ['an empty path', () => '""', () => '"extends" names an empty path'],
    ['a file in .git', () => './.git/config', () => '"extends" names ./.git/config, which is inside a .git folder; files there are never read'],
  ])('extends naming %s: exit 2 at the entry, nothing of the file quoted', async (_name, target, message) => {
    const dir = foreign();
    const written = target(dir);
    const root = hostileTree({ '.clawcheck.yml': `# team policy\nextends: ${written}\n`, '.git/config': `token = ${SECRET}\n` });
    const run = await cli(root, []);
    expect(run.stderr).toBe(`clawcheck: .clawcheck.yml:2:10: ${message(written)}\n`);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('extends naming a symlink out of the root, or into .git: exit 2 at the entry', async () => {
    const dir = foreign();
    const root = hostileTree({ '.clawcheck.yml': 'extends:\n  - ./base.yml\n', '.git/config': `token = ${SECRET}\n`, 'p/.clawcheck.yml': 'extends: [../git.yml]\n' });
    symlinkSync(join(dir, 'secret.txt'), join(root, 'base.yml'));
    symlinkSync('.git/config', join(root, 'git.yml'));
    const out = await cli(root, []);
    expect(out.stderr).toBe('clawcheck: .clawcheck.yml:2:5: "extends" names ./base.yml, which is a symbolic link that resolves outside the scan root; not followed\n');
    const git = await cli(root, ['--config', 'p/.clawcheck.yml']);
    expect(git.stderr).toBe('clawcheck: p/.clawcheck.yml:1:11: "extends" names ../git.yml, which resolves into a .git folder through a symbolic link; files there are never read\n');
    expect([out.code, git.code]).toEqual([2, 2]);
  });

  it('a FIFO named by extends is refused, never waited on', async () => {
    const root = hostileTree({ '.clawcheck.yml': 'extends: ./pipe.yml\n' });
    execFileSync('mkfifo', [join(root, 'pipe.yml')]);
    // A writer stands by so that a loader which did open the FIFO for reading would get a
    // valid policy and carry on (and this test fail) instead of blocking the test forever.
    const writer = spawn('sh', ['-c', 'printf "rules: {}\\n" > pipe.yml'], { cwd: root, stdio: 'ignore' });
    try {
      const run = await cli(root, []);
      expect(run.stderr).toBe('clawcheck: .clawcheck.yml:1:10: "extends" names ./pipe.yml, which is not a regular file\n');
      expect(run.code).toBe(2);
    } finally {
      writer.kill();
    }
  });

  it('an extended file that is not a policy (a .env of secrets) is refused without quoting it', async () => {
    const root = hostileTree({ '.clawcheck.yml': 'extends: ./.env\n', '.env': `${SECRET}\n` });
    const run = await cli(root, []);
    expect(run.stderr).toBe('clawcheck: .env:1:1: is not a policy file: the document must be a map of settings\n');
    expect(run.code).toBe(2);
  });

  it.each([
    ['outside the root', (dir: string) => join(dir, 'secret.txt'), 'is outside the scan root; files outside it are not read'],
    ['/dev/zero', () => '/dev/zero', 'is outside the scan root; files outside it are not read'],
    ['/dev/stdin', () => '/dev/stdin', 'is outside the scan root; files outside it are not read'],
    ['a file in .git', () => '.git/config', 'is inside a .git folder; files there are never read'],
    ['a FIFO', () => 'pipe.yml', 'is not a regular file'],
    ['a file over the size limit', () => 'big.yml', 'file is 1048600 bytes, over the 1048576-byte limit (maxFileSize)'],
  ])('--config naming %s: exit 2 naming the option', async (_name, target, message) => {
    const dir = foreign();
    const root = hostileTree({ '.git/config': `token = ${SECRET}\n`, 'big.yml': `# ${'x'.repeat(1048600 - 3)}\n` });
    execFileSync('mkfifo', [join(root, 'pipe.yml')]);
    const run = await cli(root, ['--config', target(dir)]);
    expect(run.stderr).toBe(`clawcheck: --config ${target(dir)}: ${message}\n`);
    expect(run.code).toBe(2);
  });

  it('--config with an empty path: exit 2', async () => {
    const run = await cli(hostileTree({}), ['--config', '']);
    expect(run.stderr).toMatch(/^clawcheck: --config names an empty path\n/);
    expect(run.code).toBe(2);
  });

  it('a .clawcheck.yml that is a symlink into .git: exit 2, not read', async () => {
    const root = hostileTree({ '.git/config': `token = ${SECRET}\n` });
    symlinkSync('.git/config', join(root, '.clawcheck.yml'));
    const run = await cli(root, []);
    expect(run.stderr).toBe('clawcheck: .clawcheck.yml: resolves into a .git folder through a symbolic link; files there are never read\n');
    expect(run.code).toBe(2);
  });
});

describe('what the policy says reaches stderr escaped, as stylish escapes file content', () => {
  const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  it.each([
    ['an unknown rule with an OSC title in its name', 'rules:\n  "banned-model\\e]0;owned\\a": error\n', 'clawcheck: .clawcheck.yml:2:3: unknown rule "banned-model\\x1B]0;owned\\x07"'],
    ['an unknown key with a bidi override and a C1 CSI', '"proxy\\u202E\\x9b2J": {}\n', 'clawcheck: .clawcheck.yml:1:1: unknown key "proxy\\u{202E}\\x9B2J"'],
    ['a missing extends file with a screen clear in its name', 'extends: "./\\e[2J.yml"\n', 'clawcheck: .clawcheck.yml:1:10: "extends" names ./\\x1B[2J.yml, which does not exist'],
    ['an include glob with a C1 control', 'include: ["/\\x9b2J"]\n', 'clawcheck: include glob "/\\x9B2J" is absolute; globs are relative to the scan root'],
  ])('%s', async (_name, policy, stderr) => {
    const root = hostileTree({ '.clawcheck.yml': policy });
    const run = await cli(root, []);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(RAW);
    expect(run.stderr.slice(0, stderr.length)).toBe(stderr);
  });
});
