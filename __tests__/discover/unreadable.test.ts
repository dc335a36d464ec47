import { afterEach, expect, it } from '@jest/globals';
import { simulateLockedPaths } from '../support/locked-fs.js';
import { COMPOSE, makeTree, removeTrees } from './helpers.js';

afterEach(removeTrees);

// `*locked.yml` files and `locked` folders cannot be read (see support/locked-fs.ts).
simulateLockedPaths();

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
