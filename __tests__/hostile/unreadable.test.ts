/**
 * Files and folders the user may not read. Tests run as root, which reads chmod 000 files
 * anyway, so EACCES is simulated as in __tests__/discover/unreadable.test.ts: opening a file
 * named `locked.yml` or listing a folder named `locked` fails as it would for anyone else.
 */
import { afterEach, expect, it, jest } from '@jest/globals';
import * as realFs from 'node:fs/promises';
import * as realFsSync from 'node:fs';

const denied = (path: unknown): Error => Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES' });

// Files are opened with the synchronous API (fast for many small files): refuse those too.
jest.unstable_mockModule('node:fs', () => ({
  ...realFsSync,
  openSync: ((path: string, ...rest: unknown[]) => {
    if (String(path).endsWith('locked.yml')) throw denied(path);
    return (realFsSync.openSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof realFsSync.openSync,
  readdirSync: ((path: string, ...rest: unknown[]) => {
    if (String(path).endsWith('locked')) throw denied(path);
    return (realFsSync.readdirSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof realFsSync.readdirSync,
}));

jest.unstable_mockModule('node:fs/promises', () => ({
  ...realFs,
  open: (async (path: string, ...rest: unknown[]) => {
    if (String(path).endsWith('locked.yml')) throw denied(path);
    return (realFs.open as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof realFs.open,
  readdir: (async (path: string, ...rest: unknown[]) => {
    if (String(path).endsWith('locked')) throw denied(path);
    return (realFs.readdir as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof realFs.readdir,
}));

const { hostileTree, removeHostileTrees, runHostile } = await import('../support/hostile.js');

afterEach(removeHostileTrees);

it('unreadable files and folders are skipped with a notice; the rest is checked', async () => {
  const compose = 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:v1.0.0\n';
  const root = hostileTree({ 'docker-compose.locked.yml': compose, 'locked/compose.yaml': compose });
  const { report, own } = await runHostile(root);
  expect(own).toEqual([]);
  expect(report.skipped).toEqual([
    { path: 'docker-compose.locked.yml', reason: 'unreadable', message: 'file cannot be read: permission denied (EACCES)' },
    { path: 'locked', reason: 'unreadable', message: 'folder cannot be read: permission denied (EACCES)' },
  ]);
  // Named on the command line, the same notice (not a crash, not exit 2).
  const named = await runHostile(root, ['docker-compose.locked.yml', 'neighbour']);
  expect(named.report.skipped).toEqual([{ path: 'docker-compose.locked.yml', reason: 'unreadable', message: 'file cannot be read: permission denied (EACCES)' }]);
});
