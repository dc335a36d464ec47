/**
 * `--fix` when the disk misbehaves. Faults are injected (tests may run as root, where permission
 * bits do not deny anything): replacing a file in a folder named `full` fails with ENOSPC while
 * writing, in `ro` with EROFS when creating the new file, `denied` is not writable by the user,
 * and in `edited` the user saves the file just as clawcheck is about to replace it.
 */
import { jest } from '@jest/globals';
import * as realFs from 'node:fs';
import { basename, dirname } from 'node:path';

const TEMP = /^\.(.+)\.clawcheck-[0-9a-f]+\.tmp$/;
const EDIT = '# saved by the user meanwhile\n';
const fail = (code: string, path: string) => Object.assign(new Error(`${code}: injected, '${path}'`), { code });
const tempFolders = new Map<number, string>();

/** What happens when the temporary file beside a target is created or written. */
function onTemp(path: string, stage: 'open' | 'write'): void {
  const name = TEMP.exec(basename(path));
  if (!name) return;
  const folder = basename(dirname(path));
  if (folder === 'ro' && stage === 'open') throw fail('EROFS', path);
  if (folder === 'full' && stage === 'write') throw fail('ENOSPC', path);
  if (folder === 'edited' && stage === 'open') realFs.appendFileSync(`${dirname(path)}/${name[1]}`, EDIT);
}

jest.unstable_mockModule('node:fs', () => ({
  ...realFs,
  openSync: ((path: string, flags: number, ...rest: unknown[]) => {
    const creating = typeof flags === 'number' ? (flags & realFs.constants.O_CREAT) !== 0 : /[wa]/.test(String(flags));
    if (creating) onTemp(String(path), 'open');
    const fd = (realFs.openSync as (...args: unknown[]) => number)(path, flags, ...rest);
    if (creating && TEMP.test(basename(String(path)))) tempFolders.set(fd, String(path));
    return fd;
  }) as typeof realFs.openSync,
  writeFileSync: ((file: unknown, ...rest: unknown[]) => {
    if (typeof file === 'number') {
      const path = tempFolders.get(file);
      if (path) onTemp(path, 'write');
    } else {
      onTemp(String(file), 'open');
      onTemp(String(file), 'write');
    }
    return (realFs.writeFileSync as (...args: unknown[]) => void)(file, ...rest);
  }) as typeof realFs.writeFileSync,
  accessSync: ((path: string, mode?: number) => {
    if (basename(dirname(String(path))) === 'denied' && mode !== undefined && (mode & realFs.constants.W_OK) !== 0) throw fail('EACCES', String(path));
    return realFs.accessSync(path, mode);
  }) as typeof realFs.accessSync,
}));

const { cli } = await import('../support/cli.js');
const { tempTree } = await import('../support/tmp.js');

const { BAD, FIXED } = await import('../support/fix-fixture.js');
const FOLDERS = ['denied', 'edited', 'full', 'ok', 'ro'];

test('each failed file is a fix-failed finding with its own findings; the others are written; the exit code is 1, not 3', async () => {
  const root = tempTree(Object.fromEntries(FOLDERS.map((f) => [`${f}/docker-compose.yml`, BAD])));
  const r = await cli(root, ['--fix', '--format', 'json']);

  expect(r.stderr).toBe('');
  expect(r.code).toBe(1);
  const text = (f: string) => realFs.readFileSync(`${root}/${f}/docker-compose.yml`, 'utf8');
  expect(Object.fromEntries(FOLDERS.map((f) => [f, text(f)]))).toEqual({ denied: BAD, edited: BAD + EDIT, full: BAD, ok: FIXED, ro: BAD });
  for (const f of FOLDERS) expect(realFs.readdirSync(`${root}/${f}`)).toEqual(['docker-compose.yml']);

  // Reported as the files are on disk now: a file left alone keeps its findings.
  const findings = JSON.parse(r.stdout).findings.map((f: { ruleId: string; file: string; line: number; message: string }) => [f.file, f.line, f.ruleId, f.ruleId === 'fix-failed' ? f.message : '']);
  const kept = (folder: string, why: string) => [
    [`${folder}/docker-compose.yml`, 1, 'fix-failed', `fixes were not applied to this file: ${why}`],
    [`${folder}/docker-compose.yml`, 3, 'proxy-image-tag', ''],
    [`${folder}/docker-compose.yml`, 7, 'banned-model', ''],
  ];
  expect(findings).toEqual([
    ...kept('denied', 'you cannot write the file (EACCES)'),
    ...kept('edited', 'the file changed after it was checked; it was not overwritten'),
    ...kept('full', 'the file could not be written (ENOSPC)'),
    ...kept('ro', 'the file could not be written (EROFS)'),
  ]);
});
