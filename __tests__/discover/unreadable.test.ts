import { afterEach, expect, it, jest } from '@jest/globals';
import * as realFs from 'node:fs/promises';
import * as realFsSync from 'node:fs';
import { COMPOSE, makeTree, removeTrees } from './helpers.js';

afterEach(removeTrees);

/**
 * Tests run as root here, and root reads chmod 000 files anyway, so permission errors are
 * simulated: opening any file named `locked.yml`, or listing a folder named `locked`,
 * fails with EACCES as it would for an ordinary user.
 */
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
    if (path.endsWith('locked.yml')) throw denied(path);
    return (realFs.open as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof realFs.open,
  readdir: (async (path: string, ...rest: unknown[]) => {
    if (path.endsWith('locked')) throw denied(path);
    return (realFs.readdir as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof realFs.readdir,
}));

const { discover, readGuarded } = await import('../../src/discover/index.js');

it('reports files and folders it may not read', async () => {
  const root = await makeTree({
    'docker-compose.yml': COMPOSE,
    'sub/docker-compose.locked.yml': COMPOSE,
    'locked/compose.yml': COMPOSE,
  });
  const result = await discover({ root });
  expect(result.files.map((f) => f.path)).toEqual(['docker-compose.yml']);
  expect(result.skipped).toEqual([
    { path: 'locked', reason: 'unreadable', message: 'folder cannot be read: permission denied (EACCES)' },
    { path: 'sub/docker-compose.locked.yml', reason: 'unreadable', message: 'file cannot be read: permission denied (EACCES)' },
  ]);
  expect(await readGuarded(root, 'sub/docker-compose.locked.yml', 1000)).toEqual({
    skipped: { path: 'sub/docker-compose.locked.yml', reason: 'unreadable', message: 'file cannot be read: permission denied (EACCES)' },
  });
});
