import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { DiscoverError, discover } from '../../src/discover/index.js';
import { COMPOSE, makeTree, removeTrees } from './helpers.js';

afterEach(removeTrees);

const paths = (result: { files: { path: string }[] }): string[] => result.files.map((f) => f.path);

describe('default targets', () => {
  it('finds compose and openclaw files anywhere, including in dot-folders', async () => {
    const root = await makeTree({
      'docker-compose.yml': COMPOSE,
      'compose.yaml': COMPOSE,
      'x.compose.yaml': COMPOSE,
      'sub/docker-compose.prod.yml': COMPOSE,
      'sub/Docker-Compose.CloudRu.YML': COMPOSE,
      'openclaw.json': '{}',
      'cfg/openclaw.dev.json5': '{}',
      '.openclaw/openclaw.json': '{}',
      'README.md': '# hi\n',
      'deploy/stack.yml': COMPOSE,
      'package.json': '{}',
      '.env': 'A=1\n',
      'docker-compose.yml.bak': COMPOSE,
    });
    const result = await discover({ root });
    expect(paths(result)).toEqual([
      '.openclaw/openclaw.json',
      'cfg/openclaw.dev.json5',
      'compose.yaml',
      'docker-compose.yml',
      'openclaw.json',
      'sub/Docker-Compose.CloudRu.YML',
      'sub/docker-compose.prod.yml',
      'x.compose.yaml',
    ]);
    expect(result.skipped).toEqual([]);
    expect(result.files[0]).toEqual({
      path: '.openclaw/openclaw.json',
      absPath: join(root, '.openclaw/openclaw.json'),
      kind: 'openclaw',
      text: '{}',
      explicit: false,
    });
    expect(result.files.find((f) => f.path === 'compose.yaml')?.kind).toBe('compose');
  });

  it('keeps the text exactly as on disk, BOM and CRLF included', async () => {
    const root = await makeTree({ 'docker-compose.yml': '\uFEFFservices:\r\n  a: {}\r\n' });
    const [file] = (await discover({ root })).files;
    expect(file.text).toBe('\uFEFFservices:\r\n  a: {}\r\n');
  });

  it('skips .git, node_modules, .hg and .svn but not other dot-folders', async () => {
    const root = await makeTree({
      '.git/docker-compose.yml': COMPOSE,
      'node_modules/pkg/docker-compose.yml': COMPOSE,
      'a/node_modules/docker-compose.yml': COMPOSE,
      '.hg/compose.yml': COMPOSE,
      '.svn/compose.yml': COMPOSE,
      '.github/compose.yml': COMPOSE,
    });
    expect(paths(await discover({ root }))).toEqual(['.github/compose.yml']);
  });

  it('ignores a folder named like a compose file', async () => {
    const root = await makeTree({ 'docker-compose.yml/compose.yaml': COMPOSE });
    const result = await discover({ root });
    expect(paths(result)).toEqual(['docker-compose.yml/compose.yaml']);
    expect(result.skipped).toEqual([]);
  });
});

describe('.gitignore', () => {
  it('applies nested files relative to their folder, deepest rule winning', async () => {
    const root = await makeTree({
      '.gitignore': 'build/\n*.local.yml\n',
      'build/docker-compose.yml': COMPOSE,
      'docker-compose.local.yml': COMPOSE,
      'sub/.gitignore': '/docker-compose.yml\n!keep.local.yml\n',
      'sub/docker-compose.yml': COMPOSE,
      'sub/compose.yml': COMPOSE,
      'sub/keep.local.yml': COMPOSE,
      'sub/deeper/docker-compose.yml': COMPOSE,
      'other/docker-compose.yml': COMPOSE,
    });
    const result = await discover({ root, include: ['**/*.local.yml'] });
    expect(paths(result)).toEqual([
      'other/docker-compose.yml',
      'sub/compose.yml',
      'sub/deeper/docker-compose.yml',
      'sub/keep.local.yml',
    ]);
  });

  it('honours .git/info/exclude', async () => {
    const root = await makeTree({
      '.git/info/exclude': 'private/\n',
      'private/docker-compose.yml': COMPOSE,
      'docker-compose.yml': COMPOSE,
    });
    expect(paths(await discover({ root }))).toEqual(['docker-compose.yml']);
  });

  it('applies the repository .gitignore when the root is a subfolder', async () => {
    const repo = await makeTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'app/generated/\n',
      'app/docker-compose.yml': COMPOSE,
      'app/generated/docker-compose.yml': COMPOSE,
    });
    expect(paths(await discover({ root: join(repo, 'app') }))).toEqual(['docker-compose.yml']);
  });
});

describe('include and exclude', () => {
  it('include adds targets; exclude removes files and prunes whole folders', async () => {
    const root = await makeTree({
      'deploy/stack.yml': COMPOSE,
      'deploy/notes.txt': 'x',
      'docker-compose.yml': COMPOSE,
      'fixtures/docker-compose.yml': COMPOSE,
      'a/fixtures/docker-compose.yml': COMPOSE,
      'compose.test.yml': COMPOSE,
    });
    const result = await discover({ root, include: ['deploy/*.yml'], exclude: ['**/fixtures', 'compose.test.yml'] });
    expect(paths(result)).toEqual(['deploy/stack.yml', 'docker-compose.yml']);
  });

  it('reports an included file of no known type', async () => {
    const root = await makeTree({ 'deploy/notes.txt': 'x' });
    const result = await discover({ root, include: ['deploy/*'] });
    expect(result.files).toEqual([]);
    expect(result.skipped).toEqual([
      {
        path: 'deploy/notes.txt',
        reason: 'unknown-type',
        message: 'matches an include glob but is not a compose, openclaw or .env file by its name',
      },
    ]);
  });
});

describe('explicit paths', () => {
  it('checks an explicit file even when gitignored, excluded or not a default target', async () => {
    const root = await makeTree({
      '.gitignore': 'secret/\n',
      'secret/stack.yml': COMPOSE,
      'docker-compose.yml': COMPOSE,
      'prod.env': 'A=1\n',
    });
    const result = await discover({ root, cwd: root, paths: ['secret/stack.yml', join(root, 'prod.env')], exclude: ['secret/**'] });
    expect(result.files.map(({ path, kind, explicit }) => ({ path, kind, explicit }))).toEqual([
      { path: 'prod.env', kind: 'dotenv', explicit: true },
      { path: 'secret/stack.yml', kind: 'compose', explicit: true },
    ]);
  });

  it('walks an explicit folder with the normal rules, relative to the root', async () => {
    const root = await makeTree({
      '.gitignore': '*.off.yml\n',
      'sub/docker-compose.yml': COMPOSE,
      'sub/docker-compose.off.yml': COMPOSE,
      'sub/stack.yml': COMPOSE,
      'docker-compose.yml': COMPOSE,
    });
    const result = await discover({ root, cwd: join(root, 'sub'), paths: ['.'] });
    expect(result.files.map(({ path, explicit }) => ({ path, explicit }))).toEqual([{ path: 'sub/docker-compose.yml', explicit: false }]);
  });

  it('walks an explicit folder that is itself gitignored', async () => {
    const root = await makeTree({ '.gitignore': 'build/\n', 'build/docker-compose.yml': COMPOSE });
    expect(paths(await discover({ root, cwd: root, paths: ['build'] }))).toEqual(['build/docker-compose.yml']);
  });

  it('walks an explicit folder named like a compose file', async () => {
    const root = await makeTree({ 'compose.yml/docker-compose.yml': COMPOSE });
    expect(paths(await discover({ root, cwd: root, paths: ['compose.yml'] }))).toEqual(['compose.yml/docker-compose.yml']);
  });

  it('reports one entry for a file named twice', async () => {
    const root = await makeTree({ 'sub/docker-compose.yml': COMPOSE });
    const result = await discover({ root, cwd: root, paths: ['sub', 'sub/docker-compose.yml'] });
    expect(result.files.map(({ path, explicit }) => ({ path, explicit }))).toEqual([{ path: 'sub/docker-compose.yml', explicit: true }]);
  });

  it('skips an explicit file of unknown type', async () => {
    const root = await makeTree({ 'notes.txt': 'x' });
    const result = await discover({ root, cwd: root, paths: ['notes.txt'] });
    expect(result).toEqual({
      files: [],
      skipped: [
        {
          path: 'notes.txt',
          reason: 'unknown-type',
          message: 'is not a compose (.yml/.yaml), openclaw (.json/.json5) or .env file by its name',
        },
      ],
    });
  });

  it('refuses paths outside the root and paths that do not exist', async () => {
    const root = await makeTree({ 'sub/docker-compose.yml': COMPOSE });
    const outside = discover({ root: join(root, 'sub'), cwd: root, paths: ['../x.yml'] }).catch((e: unknown) => e);
    await expect(outside).resolves.toBeInstanceOf(DiscoverError);
    await expect(outside).resolves.toHaveProperty('message', `../x.yml is outside the scan root ${join(root, 'sub')}`);
    const missing = discover({ root, cwd: root, paths: ['nope.yml'] }).catch((e: unknown) => e);
    await expect(missing).resolves.toHaveProperty('message', 'nope.yml: no such file or folder');
  });

  it('refuses a root that is not a folder', async () => {
    const root = await makeTree({ 'docker-compose.yml': COMPOSE });
    await expect(discover({ root: join(root, 'docker-compose.yml') })).rejects.toThrow(DiscoverError);
  });
});

describe('symlinks inside the root', () => {
  it('reports a file once, under its real name, when a link also reaches it', async () => {
    const root = await makeTree({ 'deploy/docker-compose.prod.yml': COMPOSE });
    await symlink('deploy/docker-compose.prod.yml', join(root, 'docker-compose.yml'));
    await mkdir(join(root, 'links'));
    await symlink('../deploy', join(root, 'links/deploy'));
    expect(paths(await discover({ root }))).toEqual(['deploy/docker-compose.prod.yml']);
  });

  it('follows a linked folder whose target is not otherwise walked', async () => {
    const root = await makeTree({ '.gitignore': '/real/\n', 'real/compose.yml': COMPOSE });
    await symlink('real', join(root, 'alias'));
    expect(paths(await discover({ root }))).toEqual(['alias/compose.yml']);
  });
});
