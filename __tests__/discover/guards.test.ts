import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { discover, readGuarded } from '../../src/discover/index.js';
import { isGitName } from '../../src/discover/git-dir.js';
import { COMPOSE, makeOutsideDir, makeTree, removeTrees, runningAsRoot } from './helpers.js';

afterEach(removeTrees);

const OUTSIDE = {
  reason: 'symlink-outside-root',
  message: 'is a symbolic link that resolves outside the scan root; not followed',
};

describe('symlinks', () => {
  it('does not follow links out of the root and reports them', async () => {
    const outside = await makeOutsideDir();
    const root = await makeTree({ 'docker-compose.yml': COMPOSE });
    await symlink(join(outside, 'secret.yml'), join(root, 'compose.yml'));
    await symlink(outside, join(root, 'shared'));
    await symlink(join(outside, 'secret.yml'), join(root, 'notes.yml')); // not a target: not worth a report
    const result = await discover({ root });
    expect(result).toEqual({
      files: [expect.objectContaining({ path: 'docker-compose.yml' })],
      skipped: [
        { path: 'compose.yml', ...OUTSIDE },
        { path: 'shared', ...OUTSIDE },
      ],
    });
  });

  it('reports an explicit link out of the root instead of reading it', async () => {
    const outside = await makeOutsideDir();
    const root = await makeTree({});
    await symlink(join(outside, 'docker-compose.yml'), join(root, 'docker-compose.yml'));
    const result = await discover({ root, cwd: root, paths: ['docker-compose.yml'] });
    expect(result).toEqual({ files: [], skipped: [{ path: 'docker-compose.yml', ...OUTSIDE }] });
  });

  it('survives symlink cycles', async () => {
    const root = await makeTree({ 'a/docker-compose.yml': COMPOSE });
    await symlink('..', join(root, 'a/up'));
    await symlink('.', join(root, 'a/self'));
    await symlink('loop2.yml', join(root, 'loop1.yml'));
    await symlink('loop1.yml', join(root, 'loop2.yml'));
    await symlink('missing.yml', join(root, 'compose.yml'));
    const result = await discover({ root, include: ['*.yml'] });
    expect(result).toEqual({
      files: [expect.objectContaining({ path: 'a/docker-compose.yml' })],
      skipped: [
        { path: 'compose.yml', reason: 'unreadable', message: 'is a broken symbolic link' },
        { path: 'loop1.yml', reason: 'unreadable', message: 'is a symbolic link loop' },
        { path: 'loop2.yml', reason: 'unreadable', message: 'is a symbolic link loop' },
      ],
    });
  });
});

describe('file guards', () => {
  it('reports files over the size limit without reading them', async () => {
    const root = await makeTree({ 'docker-compose.yml': 'x'.repeat(2000), 'compose.yml': 'x'.repeat(1000) });
    const result = await discover({ root, maxFileSize: 1000 });
    expect(result).toEqual({
      files: [expect.objectContaining({ path: 'compose.yml' })],
      skipped: [{ path: 'docker-compose.yml', reason: 'too-large', message: 'file is 2000 bytes, over the 1000-byte limit (maxFileSize)' }],
    });
  });

  it('reports binary and UTF-16 files', async () => {
    const root = await makeTree({
      'docker-compose.yml': Buffer.from('services:\n\0\0\0'),
      'openclaw.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{}', 'utf16le')]),
      'compose.yml': Buffer.concat([Buffer.from('a: 1\n'.repeat(2000)), Buffer.from([0])]), // NUL after 8 KiB
    });
    const result = await discover({ root });
    expect(result).toEqual({
      files: [expect.objectContaining({ path: 'compose.yml' })],
      skipped: [
        { path: 'docker-compose.yml', reason: 'binary', message: 'file contains NUL bytes in its first 8192 bytes' },
        { path: 'openclaw.json', reason: 'binary', message: 'file is UTF-16 encoded (NUL bytes); save it as UTF-8' },
      ],
    });
  });

  it('reports a FIFO named like a target without opening it', async () => {
    const root = await makeTree({});
    execFileSync('mkfifo', [join(root, 'docker-compose.yml')]);
    const result = await discover({ root });
    expect(result.skipped).toEqual([{ path: 'docker-compose.yml', reason: 'not-a-file', message: 'is not a regular file' }]);
    const explicit = await discover({ root, cwd: root, paths: ['docker-compose.yml'] });
    expect(explicit.skipped).toEqual([{ path: 'docker-compose.yml', reason: 'not-a-file', message: 'is not a regular file' }]);
  });

  // root reads chmod 000 files anyway; unreadable.test.ts simulates EACCES for that case.
  (runningAsRoot ? it.skip : it)('reports files it has no permission to read', async () => {
    const root = await makeTree({ 'docker-compose.yml': COMPOSE, 'locked/compose.yml': COMPOSE });
    await chmod(join(root, 'docker-compose.yml'), 0o000);
    await chmod(join(root, 'locked'), 0o000);
    try {
      const result = await discover({ root });
      expect(result.skipped).toEqual([
        { path: 'docker-compose.yml', reason: 'unreadable', message: 'file cannot be read: permission denied (EACCES)' },
        { path: 'locked', reason: 'unreadable', message: 'folder cannot be read: permission denied (EACCES)' },
      ]);
    } finally {
      await chmod(join(root, 'locked'), 0o755);
    }
  });
});

describe('readGuarded', () => {
  it('reads a file inside the root', async () => {
    const root = await makeTree({ 'deploy/.env': 'CLOUDRU_API_KEY=x\n' });
    expect(await readGuarded(root, 'deploy/./.env', 1000)).toEqual({
      file: { path: 'deploy/.env', absPath: join(root, 'deploy/.env'), text: 'CLOUDRU_API_KEY=x\n' },
    });
  });

  it('says when the file is missing', async () => {
    const root = await makeTree({});
    expect(await readGuarded(root, '.env', 1000)).toEqual({ missing: true });
  });

  it('applies the same guards', async () => {
    const outside = await makeOutsideDir();
    const root = await makeTree({ big: 'x'.repeat(50), bin: Buffer.from([1, 0, 2]) });
    await symlink(join(outside, 'secret.yml'), join(root, '.env'));
    await mkdir(join(root, 'dir'));
    expect(await readGuarded(root, '.env', 1000)).toEqual({ skipped: { path: '.env', ...OUTSIDE } });
    expect(await readGuarded(root, 'big', 10)).toEqual({
      skipped: { path: 'big', reason: 'too-large', message: 'file is 50 bytes, over the 10-byte limit (maxFileSize)' },
    });
    expect(await readGuarded(root, 'bin', 10)).toEqual({
      skipped: { path: 'bin', reason: 'binary', message: 'file contains NUL bytes in its first 8192 bytes' },
    });
    expect(await readGuarded(root, 'dir', 10)).toEqual({
      skipped: { path: 'dir', reason: 'not-a-file', message: 'is not a regular file' },
    });
    expect(await readGuarded(root, '../secrets/.env', 10)).toEqual({
      skipped: { path: '../secrets/.env', reason: 'unreadable', message: 'is outside the scan root; files outside it are not read' },
    });
  });
});

describe('.git folders', () => {
  it.each(['.git', '.GIT', '.Git', '.git.', '.git ', '.git. .', '.git::$INDEX_ALLOCATION', 'git~1', 'GIT~2', '.g\u200cit', '\ufeff.git', '.gi\u200dt'])('%j names git\'s folder somewhere', (name) => {
    expect(isGitName(name)).toBe(true);
  });

  it.each(['git', '.gitignore', '.github', '.gitmodules', 'x.git', '.git-credentials', '..git', 'git~', 'a.git~1'])('%j does not', (name) => {
    expect(isGitName(name)).toBe(false);
  });

  it('readGuarded refuses a path through .git at any depth, by name or through a link', async () => {
    const root = await makeTree({ '.git/config': 'x=1\n', 'sub/.git/config': 'x=1\n', 'sub/.GIT/config': 'x=1\n' });
    await symlink('.git/config', join(root, 'creds.env'));
    await symlink('sub/.git', join(root, 'linked'));
    const inside = { reason: 'unreadable', message: 'is inside a .git folder; files there are never read' };
    const into = { reason: 'unreadable', message: 'resolves into a .git folder through a symbolic link; files there are never read' };
    expect(await readGuarded(root, '.git/config', 1000)).toEqual({ skipped: { path: '.git/config', ...inside } });
    expect(await readGuarded(root, 'sub/.GIT/config', 1000)).toEqual({ skipped: { path: 'sub/.GIT/config', ...inside } });
    expect(await readGuarded(root, join(root, 'sub/x/../.git/config'), 1000)).toEqual({ skipped: { path: 'sub/.git/config', ...inside } });
    expect(await readGuarded(root, 'sub/.git', 1000)).toEqual({ skipped: { path: 'sub/.git', ...inside } });
    expect(await readGuarded(root, 'creds.env', 1000)).toEqual({ skipped: { path: 'creds.env', ...into } });
    expect(await readGuarded(root, 'linked/config', 1000)).toEqual({ skipped: { path: 'linked/config', ...into } });
  });

  it('discovery never walks into a .git folder in any spelling, nor follows a link into one', async () => {
    const root = await makeTree({ 'docker-compose.yml': COMPOSE, '.git/compose.yml': COMPOSE, 'a/.GIT/compose.yml': COMPOSE, 'b/git~1/compose.yml': COMPOSE });
    await symlink('.git/compose.yml', join(root, 'compose.yml'));
    await symlink('.git', join(root, 'repo'));
    const result = await discover({ root });
    expect(result.files.map((f) => f.path)).toEqual(['docker-compose.yml']);
    expect(result.skipped).toEqual([
      { path: 'compose.yml', reason: 'unreadable', message: 'resolves into a .git folder through a symbolic link; files there are never read' },
    ]);
  });
});
