/**
 * Tests run as root here, and root reads chmod 000 files anyway, so permission errors are
 * simulated: opening any file named `*locked.yml`, or listing a folder named `locked`, fails
 * with EACCES as it would for an ordinary user. Call before importing the code under test.
 */
import { jest } from '@jest/globals';
import * as realFs from 'node:fs';

const denied = (path: unknown): Error => Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES' });

export function simulateLockedPaths(): void {
  // clawcheck opens files and lists folders with the synchronous API (fast for many small files).
  jest.unstable_mockModule('node:fs', () => ({
    ...realFs,
    openSync: ((path: string, ...rest: unknown[]) => {
      if (String(path).endsWith('locked.yml')) throw denied(path);
      return (realFs.openSync as (...args: unknown[]) => unknown)(path, ...rest);
    }) as typeof realFs.openSync,
    readdirSync: ((path: string, ...rest: unknown[]) => {
      if (String(path).endsWith('locked')) throw denied(path);
      return (realFs.readdirSync as (...args: unknown[]) => unknown)(path, ...rest);
    }) as typeof realFs.readdirSync,
  }));
}
