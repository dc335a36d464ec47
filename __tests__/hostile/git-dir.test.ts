/**
 * The checkout's `.git/config` holds the token it was made with. No path to it, written any
 * way (env_file, the folder's .env, a symlink, a symlinked folder, `..`, an absolute path,
 * another case), is ever read: it is reported as skipped at the reference, and the header
 * appears in no output format.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../support/cli.js';
import { hostileTree, removeHostileTrees, runHostile } from '../support/hostile.js';

afterEach(removeHostileTrees);

const TOKEN = 'eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA==';
const GIT_CONFIG = `[core]\n\tbare = false\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${TOKEN}\n`;
/**
 * A policy that would print the header's value if the file were read: the variable
 * disable-thinking checks, for the compose files at the top (the neighbour keeps its own).
 */
const POLICY = "overrides:\n  - files: ['*.yml', '*.yaml', '.git/*']\n    rules:\n      disable-thinking:\n        options:\n          variable: extraheader\n";
const proxy = (extra: string): string => `services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:latest\n${extra}`;

const INSIDE = 'is inside a .git folder; files there are never read';
const INTO = 'resolves into a .git folder through a symbolic link; files there are never read';

/** Every format the CLI writes: none may carry the header or the token. */
async function expectNoLeak(root: string, argv: string[] = []): Promise<void> {
  for (const format of ['json', 'sarif', 'stylish', 'github']) {
    const run = await cli(root, ['--format', format, ...argv]);
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
    expect(run.stdout + run.stderr).not.toMatch(/AUTHORIZATION/);
  }
}

function gitTree(files: Record<string, string>): string {
  return hostileTree({ '.git/config': GIT_CONFIG, '.clawcheck.yml': POLICY, ...files });
}

describe('env_file naming a file in .git', () => {
  it.each([
    ['directly', '.git/config', '.git/config', 15],
    ['through ..', './neighbour/../.git/config', '.git/config', 15],
    ['in another case (one folder on macOS and Windows)', '.GIT/config', '.GIT/config', 15],
    ['with a trailing dot (Windows drops it)', '.git./config', '.git./config', 15],
    ['by its 8.3 short name', 'GIT~1/config', 'GIT~1/config', 15],
    ['with a character HFS+ ignores', '".g\\u200Cit/config"', '.g\u200cit/config', 15],
  ])('%s: skipped at the env_file entry, never read', async (_name, written, path, column) => {
    const root = gitTree({ 'compose.yaml': proxy(`    env_file: ${written}\n`) });
    // The spellings a case-folding or name-mangling file system maps onto .git exist here as
    // their own folders, holding the same secret: the name alone must refuse them.
    if (path !== '.git/config') {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), GIT_CONFIG);
    }
    const { report, own } = await runHostile(root);
    expect(report.skipped).toEqual([{ path, reason: 'unreadable', message: `${INSIDE} (named by env_file: in compose.yaml:4:${column})` }]);
    expect(own.map((f) => f.ruleId)).not.toContain('disable-thinking');
    await expectNoLeak(root);
  });

  it('by an absolute path into the root', async () => {
    const root = gitTree({});
    writeFileSync(join(root, 'compose.yaml'), proxy(`    env_file: ${join(root, '.git/config')}\n`));
    const { report } = await runHostile(root);
    expect(report.skipped).toEqual([{ path: '.git/config', reason: 'unreadable', message: `${INSIDE} (named by env_file: in compose.yaml:4:15)` }]);
    await expectNoLeak(root);
  });
});

describe('symlinks into .git', () => {
  it('an env_file that is a symlink to .git/config', async () => {
    const root = gitTree({ 'compose.yaml': proxy('    env_file:\n      - path: creds.env\n        required: true\n') });
    symlinkSync('.git/config', join(root, 'creds.env'));
    const { report } = await runHostile(root);
    expect(report.skipped).toEqual([{ path: 'creds.env', reason: 'unreadable', message: `${INTO} (named by env_file: in compose.yaml:5:15)` }]);
    await expectNoLeak(root);
  });

  it('an env_file under a symlinked folder that is .git', async () => {
    const root = gitTree({ 'compose.yaml': proxy('    env_file: [linked/config]\n') });
    symlinkSync('.git', join(root, 'linked'));
    const { report } = await runHostile(root);
    expect(report.skipped).toEqual([{ path: 'linked/config', reason: 'unreadable', message: `${INTO} (named by env_file: in compose.yaml:4:16)` }]);
    await expectNoLeak(root);
  });

  it("the folder's .env as a symlink to .git/config, read for a passed-through variable", async () => {
    const root = gitTree({ 'compose.yaml': proxy('    environment:\n      - extraheader\n') });
    symlinkSync('.git/config', join(root, '.env'));
    const { report } = await runHostile(root);
    expect(report.skipped).toEqual([{ path: '.env', reason: 'unreadable', message: `${INTO} (read as the .env beside compose.yaml)` }]);
    await expectNoLeak(root);
  });

  it('a compose file that is a symlink to .git/config, found by walking', async () => {
    const root = gitTree({});
    symlinkSync('.git/config', join(root, 'docker-compose.yml'));
    symlinkSync('../.git', join(root, 'neighbour/repo'));
    const { report } = await runHostile(root);
    expect(report.skipped).toEqual([{ path: 'docker-compose.yml', reason: 'unreadable', message: INTO }]);
    await expectNoLeak(root);
  });

  it('a file in .git named on the command line', async () => {
    const root = gitTree({ '.git/docker-compose.yml': proxy(`    environment:\n      extraheader: "AUTHORIZATION: basic ${TOKEN}"\n`) });
    symlinkSync('.git', join(root, 'repo'));
    const { report } = await runHostile(root, ['.git/docker-compose.yml', 'repo/docker-compose.yml', '.', 'neighbour']);
    expect(report.skipped).toEqual([
      { path: '.git/docker-compose.yml', reason: 'unreadable', message: INSIDE },
      { path: 'repo/docker-compose.yml', reason: 'unreadable', message: INTO },
    ]);
    await expectNoLeak(root, ['.git/docker-compose.yml', 'repo/docker-compose.yml']);
  });
});
