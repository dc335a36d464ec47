/**
 * A path that should have been checked but was not read is a located `file-skipped` finding in
 * every format, with the severity the policy gives it: never just absent from the report.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../support/cli.js';
import { hostileTree, NEIGHBOUR, removeHostileTrees, runHostile, where } from '../support/hostile.js';

afterEach(removeHostileTrees);

const BIG = `${NEIGHBOUR}    labels:\n      note: "${'x'.repeat(2000)}"\n`;

describe('file-skipped', () => {
  it('is a warning by default, an error or nothing when the policy says so', async () => {
    const root = hostileTree({ 'big/compose.yaml': BIG, 'small/compose.yaml': NEIGHBOUR });
    writeFileSync(join(root, '.clawcheck.yml'), 'maxFileSize: 1500\n');
    const message = 'big/compose.yaml was not checked: the file is 2420 bytes, over the 1500-byte limit (maxFileSize)';
    const plain = await runHostile(root);
    expect(plain.own.filter((f) => f.ruleId === 'file-skipped').map((f) => `${where(f)} ${f.severity} ${f.message}`)).toEqual([
      `big/compose.yaml:1:1-1:1 file-skipped warning ${message}`,
    ]);

    writeFileSync(join(root, '.clawcheck.yml'), 'maxFileSize: 1500\nrules:\n  file-skipped: error\n');
    const strict = await cli(root, ['--format', 'json', 'big']);
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout).findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId} ${f.severity}`)).toEqual(['file-skipped error']);

    writeFileSync(join(root, '.clawcheck.yml'), 'maxFileSize: 1500\nrules:\n  file-skipped: "off"\n');
    const quiet = await cli(root, ['--format', 'json', 'big']);
    expect(quiet.code).toBe(0);
    const report = JSON.parse(quiet.stdout);
    expect(report.findings).toEqual([]);
    // The data still says what was not read.
    expect(report.skipped.map((s: { path: string }) => s.path)).toEqual(['big/compose.yaml']);
  });

  it('reaches SARIF as a result and workflow commands as a located warning', async () => {
    const root = hostileTree({ 'compose.yaml': Buffer.from([0x61, 0x00, 0x62]) });
    const sarif = JSON.parse((await cli(root, ['--format', 'sarif'])).stdout);
    const results = sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'file-skipped');
    expect(results).toEqual([
      expect.objectContaining({
        level: 'warning',
        message: { text: 'compose.yaml was not checked: the file contains NUL bytes in its first 8192 bytes' },
        locations: [expect.objectContaining({ physicalLocation: expect.objectContaining({ artifactLocation: expect.objectContaining({ uri: 'compose.yaml' }) }) })],
      }),
    ]);
    const github = await cli(root, ['--format', 'github']);
    expect(github.stdout).toContain(
      '::warning file=compose.yaml,line=1,col=1,endLine=1,endColumn=2,title=file-skipped::compose.yaml was not checked: the file contains NUL bytes in its first 8192 bytes\n',
    );
  });

  it('reports an env_file that cannot be read at the env_file: entry that names it', async () => {
    const root = hostileTree({
      'app/compose.yaml': 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:latest\n    env_file: proxy.env\n',
    });
    symlinkSync('/etc/hostname', join(root, 'app/proxy.env'));
    const { own } = await runHostile(root);
    expect(own.filter((f) => f.ruleId === 'file-skipped').map((f) => `${where(f)} ${f.message}`)).toEqual([
      'app/compose.yaml:4:15-4:24 file-skipped app/proxy.env was not checked: it is a symbolic link that resolves outside the scan root; not followed (named by env_file: in app/compose.yaml:4:15)',
    ]);
  });

  it('reports a folder whose name is not valid UTF-8 instead of silently leaving it out', async () => {
    const root = hostileTree({});
    const name = Buffer.concat([Buffer.from(root + '/bad'), Buffer.from([0xff])]);
    try {
      mkdirSync(name);
    } catch {
      return; // a file system that only takes UTF-8 names cannot hold such a folder
    }
    writeFileSync(Buffer.concat([name, Buffer.from('/compose.yaml')]), NEIGHBOUR);
    const { own } = await runHostile(root);
    expect(own.map((f) => `${where(f)} ${f.message}`)).toEqual([
      'bad\uFFFD:1:1-1:1 file-skipped bad\uFFFD was not checked: it has a name that is not valid UTF-8 (shown with U+FFFD); it cannot be read or reported by name: rename it',
    ]);
  });
});
