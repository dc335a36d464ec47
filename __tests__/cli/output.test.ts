import { chmodSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../support/cli.js';
import { tempTree } from '../support/tmp.js';

/** `-o`: the report goes to the named file and nowhere else, whatever links the tree holds. */

const BAD = `services:
  proxy:
    image: legard/claude-code-proxy:latest
    environment:
      OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1
      BIG_MODEL: zai-org/GLM-4.7
`;

const sarifOf = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('-o creates what is missing', () => {
  test('missing folders are created; a relative path is taken from the current folder', async () => {
    const root = tempTree({ 'docker-compose.yml': BAD });
    const r = await cli(root, ['--format', 'sarif', '-o', 'reports/ci/clawcheck.sarif']);
    expect(r).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(sarifOf(join(root, 'reports/ci/clawcheck.sarif')).runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toContain('banned-model');
  });

  test('an existing report is replaced whole, keeps its mode, and no temporary file is left', async () => {
    const root = tempTree({ 'docker-compose.yml': BAD, 'out/report.json': 'old report\n' });
    chmodSync(join(root, 'out/report.json'), 0o640);
    const r = await cli(root, ['--format', 'json', '-o', 'out/report.json']);
    expect(r.code).toBe(1);
    expect(sarifOf(join(root, 'out/report.json')).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['disable-thinking', 'model-tiers', 'model-tiers', 'banned-model']);
    expect(statSync(join(root, 'out/report.json')).mode & 0o777).toBe(0o640);
    expect(readdirSync(join(root, 'out'))).toEqual(['report.json']);
  });

  test('-o /dev/null is written to, not replaced: the device stays a device', async () => {
    const root = tempTree({ 'docker-compose.yml': BAD });
    const r = await cli(root, ['--format', 'json', '-o', '/dev/null']);
    expect(r).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  test('a path outside the current folder is the caller\'s own choice: written, its folders created', async () => {
    const outside = tempTree({});
    const root = tempTree({ 'docker-compose.yml': BAD });
    const r = await cli(root, ['--format', 'json', '-o', join(outside, 'new/report.json')]);
    expect(r.code).toBe(1);
    expect(sarifOf(join(outside, 'new/report.json')).findings).toHaveLength(4);
  });
});

describe('-o never writes through a link', () => {
  test('a committed report file that links elsewhere: exit 2, the link and its target stay as they were', async () => {
    const outside = tempTree({ 'precious.txt': 'keep me\n' });
    const root = tempTree({ 'docker-compose.yml': BAD });
    symlinkSync(join(outside, 'precious.txt'), join(root, 'clawcheck.sarif'));
    const r = await cli(root, ['--format', 'sarif', '-o', 'clawcheck.sarif']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'clawcheck: clawcheck.sarif is a symbolic link; clawcheck does not write through links\n' });
    expect(readFileSync(join(outside, 'precious.txt'), 'utf8')).toBe('keep me\n');
    expect(readlinkSync(join(root, 'clawcheck.sarif'))).toBe(join(outside, 'precious.txt'));
  });

  test('a dangling link is refused too (it would create its target)', async () => {
    const outside = tempTree({});
    const root = tempTree({ 'docker-compose.yml': BAD });
    symlinkSync(join(outside, 'created.txt'), join(root, 'report.txt'));
    const r = await cli(root, ['-o', 'report.txt']);
    expect(r.code).toBe(2);
    expect(readdirSync(outside)).toEqual([]);
  });

  test('a linked folder on the way is refused, even one to be created below it', async () => {
    const outside = tempTree({});
    const root = tempTree({ 'docker-compose.yml': BAD });
    mkdirSync(join(root, 'reports'));
    symlinkSync(outside, join(root, 'reports/ci'));
    const r = await cli(root, ['-o', 'reports/ci/deeper/report.txt']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'clawcheck: reports/ci is a symbolic link; clawcheck does not write through links\n' });
    expect(readdirSync(outside)).toEqual([]);
    expect(lstatSync(join(root, 'reports/ci')).isSymbolicLink()).toBe(true);
  });

  test('a folder that cannot be made is exit 2 with the reason, not an internal error', async () => {
    const root = tempTree({ 'docker-compose.yml': BAD });
    const r = await cli(root, ['-o', 'docker-compose.yml/report.txt']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'clawcheck: docker-compose.yml is not a folder\n' });
    expect(readFileSync(join(root, 'docker-compose.yml'), 'utf8')).toBe(BAD);
  });

  test('a folder at the report path is exit 2', async () => {
    const root = tempTree({ 'docker-compose.yml': BAD, 'report/keep.txt': 'x' });
    const r = await cli(root, ['-o', 'report']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'clawcheck: report is not a regular file\n' });
  });
});
