/**
 * Hostile files on disk: huge, binary, not files at all, or symlinks leading out of the scan
 * root. Each is skipped with a notice that names it (or checked when it is fine), and the
 * compose file beside it is still fully reported.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseYaml } from '../../src/parse/yaml.js';
import { cli } from '../support/cli.js';
import { hostileTree, NEIGHBOUR, removeHostileTrees, runHostile, where } from '../support/hostile.js';

const outside: string[] = [];
afterEach(() => {
  removeHostileTrees();
  for (const dir of outside.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const PROXY_HEAD = 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:latest\n';

describe('size guard', () => {
  it('a 50 MB compose file is skipped with a notice, in every format', async () => {
    const root = hostileTree({});
    // Written as one buffer: a valid-looking file with a huge label, the size alone decides.
    const big = Buffer.alloc(50 * 1024 * 1024, 'x');
    Buffer.from(`${PROXY_HEAD}    labels:\n      a: "`).copy(big);
    writeFileSync(join(root, 'docker-compose.yml'), big);
    try {
      const { report, own } = await runHostile(root);
      const message = 'docker-compose.yml was not checked: the file is 52428800 bytes, over the 1048576-byte limit (maxFileSize)';
      expect(own.map((f) => `${where(f)} ${f.severity} ${f.message}`)).toEqual([`docker-compose.yml:1:1-1:1 file-skipped warning ${message}`]);
      expect(report.skipped).toEqual([
        { path: 'docker-compose.yml', reason: 'too-large', message: 'file is 52428800 bytes, over the 1048576-byte limit (maxFileSize)' },
      ]);
      const stylish = await cli(root, []);
      expect(stylish.stdout).toContain(`docker-compose.yml:1:1  warning  ${message}  file-skipped`);
      const github = await cli(root, ['--format', 'github']);
      expect(github.stdout).toContain('::warning file=docker-compose.yml,line=1,col=1,endLine=1,endColumn=2,title=file-skipped::docker-compose.yml was not checked: the file is 52428800 bytes');
    } finally {
      rmSync(join(root, 'docker-compose.yml'), { force: true });
    }
  });

  it('with maxFileSize raised, 5 MB files are read and checked, or refused cleanly', async () => {
    // 100 000 labels (5 MB): checked like any file. This took over two minutes while yaml's
    // uniqueKeys compared every key with every earlier one; its time is a row of `npm run bench`
    // (a clock here fails on a loaded machine), the node cap below bounds the work.
    const labels = Array.from({ length: 100_000 }, (_, i) => `      l${i}: "${'v'.repeat(40)}"`).join('\n');
    const large = `${PROXY_HEAD}    user: "1000"\n    labels:\n${labels}\n`;
    expect(large.length).toBeGreaterThan(5_000_000);
    // 250 000 short keys: past the converter's node cap, a parse error at 1:1 rather than an OOM.
    const many = `x-many:\n${Array.from({ length: 250_000 }, (_, i) => `  k${i}: 1`).join('\n')}\n`;
    const root = hostileTree({ 'a/docker-compose.yml': large, 'b/docker-compose.yml': many, '.clawcheck.yml': 'maxFileSize: 8000000\n' });
    const { report, own } = await runHostile(root);
    expect(report.skipped).toEqual([]);
    expect(own.filter((f) => f.file === 'a/docker-compose.yml').map(where)).toContain('a/docker-compose.yml:4:5-4:17 proxy-user');
    expect(own.filter((f) => f.file === 'b/docker-compose.yml').map((f) => `${where(f)} ${f.message}`)).toEqual([
      'b/docker-compose.yml:1:1-1:1 parse-error cannot parse YAML: document has more than 200000 nodes (aliases counted); too large to check',
    ]);
  });

  it('a duplicate key among 100 000 is still found, at the second key', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `  k${i}: 1`);
    keys.push('  k5: 2');
    // Found by one Set, not yaml's pairwise uniqueKeys; timed in `npm run bench`.
    const r = parseYaml(`x-many:\n${keys.join('\n')}\n`);
    expect(r.error).toMatchObject({ message: 'Map keys must be unique' });
    expect(r.error!.offset).toBe(`x-many:\n${keys.slice(0, -1).join('\n')}\n  `.length);
  });
});

describe('not text, not a file', () => {
  it('NUL bytes (binary) and UTF-16 are skipped with a notice', async () => {
    const utf16 = Buffer.from('\ufeffservices: {}\n', 'utf16le');
    const { report, own } = await runHostile(
      hostileTree({ 'docker-compose.yml': Buffer.from([0x73, 0x65, 0x00, 0x01, 0xff, 0x00]), 'compose.yaml': utf16 }),
    );
    expect(own.map((f) => `${where(f)} ${f.message}`)).toEqual([
      'compose.yaml:1:1-1:1 file-skipped compose.yaml was not checked: the file is UTF-16 encoded (NUL bytes); save it as UTF-8',
      'docker-compose.yml:1:1-1:1 file-skipped docker-compose.yml was not checked: the file contains NUL bytes in its first 8192 bytes',
    ]);
    expect(report.skipped).toEqual([
      { path: 'compose.yaml', reason: 'binary', message: 'file is UTF-16 encoded (NUL bytes); save it as UTF-8' },
      { path: 'docker-compose.yml', reason: 'binary', message: 'file contains NUL bytes in its first 8192 bytes' },
    ]);
  });

  it('a NUL byte past the binary probe is just a character: the YAML parser locates it', async () => {
    const text = `${PROXY_HEAD}    labels:\n${'      # padding\n'.repeat(600)}    user: "a\u0000b"\n`;
    const { report, own } = await runHostile(hostileTree({ 'docker-compose.yml': text }));
    expect(report.skipped).toEqual([]);
    expect(own.length).toBeGreaterThan(0);
    for (const f of own) expect(f.line).toBeGreaterThanOrEqual(1);
  });

  it('a folder named like a compose file is walked as a folder, never read as a file', async () => {
    const root = hostileTree({ 'docker-compose.yml/compose.yaml': `${PROXY_HEAD}    read_only: true\n` });
    const { report, own } = await runHostile(root);
    expect(report.skipped).toEqual([]);
    expect(own.map(where)).toContain('docker-compose.yml/compose.yaml:4:5-4:20 proxy-read-only');
    // Named explicitly, it is a folder argument: walked too.
    const explicit = await runHostile(root, ['docker-compose.yml', 'neighbour']);
    expect(explicit.own.map(where)).toContain('docker-compose.yml/compose.yaml:4:5-4:20 proxy-read-only');
  });

  it('a FIFO named like a compose file is reported, never opened (no hang)', async () => {
    const root = hostileTree({});
    execFileSync('mkfifo', [join(root, 'compose.yaml')]);
    const { report } = await runHostile(root);
    expect(report.skipped).toEqual([{ path: 'compose.yaml', reason: 'not-a-file', message: 'is not a regular file' }]);
  });
});

describe('symlinks and globs that lead outside the root', () => {
  function outsideDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'clawcheck-outside-'));
    outside.push(dir);
    writeFileSync(join(dir, 'docker-compose.yml'), NEIGHBOUR);
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'compose.yaml'), NEIGHBOUR);
    return dir;
  }

  it('file and folder symlinks out of the root are refused and reported', async () => {
    const dir = outsideDir();
    const root = hostileTree({});
    symlinkSync(join(dir, 'docker-compose.yml'), join(root, 'docker-compose.yml'));
    symlinkSync(join(dir, 'sub'), join(root, 'linked'));
    symlinkSync('/etc/passwd', join(root, 'compose.yaml'));
    const { report, own } = await runHostile(root);
    expect(report.files).toEqual(['neighbour/docker-compose.yml']);
    const message = 'is a symbolic link that resolves outside the scan root; not followed';
    expect(own.map((f) => `${where(f)} ${f.message}`)).toEqual(
      ['compose.yaml', 'docker-compose.yml', 'linked'].map((p) => `${p}:1:1-1:1 file-skipped ${p} was not checked: it ${message}`),
    );
    expect(report.skipped).toEqual([
      { path: 'compose.yaml', reason: 'symlink-outside-root', message },
      { path: 'docker-compose.yml', reason: 'symlink-outside-root', message },
      { path: 'linked', reason: 'symlink-outside-root', message },
    ]);
  });

  it('named as an argument, an outside symlink is refused too', async () => {
    const dir = outsideDir();
    const root = hostileTree({});
    symlinkSync(join(dir, 'docker-compose.yml'), join(root, 'docker-compose.yml'));
    const { report } = await runHostile(root, ['docker-compose.yml', 'neighbour']);
    expect(report.skipped).toEqual([{ path: 'docker-compose.yml', reason: 'symlink-outside-root', message: 'is a symbolic link that resolves outside the scan root; not followed' }]);
  });

  it('an env_file reaching out of the root is not read', async () => {
    const dir = outsideDir();
    writeFileSync(join(dir, '.env'), 'BIG_MODEL=zai-org/GLM-4.7\n');
    const root = hostileTree({ 'docker-compose.yml': `${PROXY_HEAD}    env_file: ${join(dir, '.env')}\n` });
    symlinkSync(join(dir, '.env'), join(root, '.env'));
    const { report } = await runHostile(root);
    expect(report.files).not.toContain('.env');
    expect(report.skipped).toEqual([
      { path: '.env', reason: 'symlink-outside-root', message: 'is a symbolic link that resolves outside the scan root; not followed (read as the .env beside docker-compose.yml)' },
      { path: join(dir, '.env'), reason: 'unreadable', message: 'is outside the scan root; files outside it are not read (named by env_file: in docker-compose.yml:4:15)' },
    ]);
  });

  it.each([
    ['--include', '../*/docker-compose.yml'],
    ['--include', 'a/../../x.yml'],
    ['--exclude', '..\\secrets\\*.yml'],
  ])('%s %s: refused with exit 2', async (flag, glob) => {
    const root = hostileTree({});
    const run = await cli(root, [flag, glob]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`clawcheck: ${flag.slice(2)} glob ${JSON.stringify(glob)} contains '..'; globs cannot reach outside the scan root\n`);
  });

  it('a `..` glob in the policy file is refused with exit 2', async () => {
    const root = hostileTree({ '.clawcheck.yml': 'include:\n  - "../**/*.yml"\n' });
    const run = await cli(root, []);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.\.\/\*\*\/\*\.yml" contains '\.\.'; globs cannot reach outside the scan root/);
  });
});
