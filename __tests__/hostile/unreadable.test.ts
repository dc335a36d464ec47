/**
 * Files and folders the user may not read: `*locked.yml` files and `locked` folders fail with
 * EACCES (simulated, see support/locked-fs.ts: tests run as root).
 */
import { afterEach, expect, it } from '@jest/globals';
import { simulateLockedPaths } from '../support/locked-fs.js';

simulateLockedPaths();

const { hostileTree, removeHostileTrees, runHostile } = await import('../support/hostile.js');

afterEach(removeHostileTrees);

it('unreadable files and folders are skipped with a notice; the rest is checked', async () => {
  const compose = 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:v1.0.0\n';
  const root = hostileTree({ 'docker-compose.locked.yml': compose, 'locked/compose.yaml': compose });
  const { report, own } = await runHostile(root);
  expect(own.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`)).toEqual([
    'docker-compose.locked.yml:1:1 warning file-skipped docker-compose.locked.yml was not checked: the file cannot be read: permission denied (EACCES)',
    'locked:1:1 warning file-skipped locked was not checked: the folder cannot be read: permission denied (EACCES)',
  ]);
  expect(report.skipped).toEqual([
    { path: 'docker-compose.locked.yml', reason: 'unreadable', message: 'file cannot be read: permission denied (EACCES)' },
    { path: 'locked', reason: 'unreadable', message: 'folder cannot be read: permission denied (EACCES)' },
  ]);
  // Named on the command line, the same notice (not a crash, not exit 2).
  const named = await runHostile(root, ['docker-compose.locked.yml', 'neighbour']);
  expect(named.report.skipped).toEqual([{ path: 'docker-compose.locked.yml', reason: 'unreadable', message: 'file cannot be read: permission denied (EACCES)' }]);
});
