import type { GitHubClient } from '../../src/github/client.js';
import {
  blobSha,
  commitFiles,
  createBranch,
  deleteBranch,
  forceBranchTo,
  getBranchHead,
  readTree,
  repoPath,
  updateBranch,
} from '../../src/github/git-data.js';
import { startFakeGitHub, type Route } from '../support/fake-github.js';
import { createFakeGitRepo, startGitFake, unthrottledClient, type GitFake } from '../support/fake-git-data.js';

let fake: GitFake;
let client: GitHubClient;

async function start() {
  fake = await startGitFake();
  client = unthrottledClient(fake.gh.url);
}

afterEach(async () => {
  await fake?.close();
  fake = undefined!;
});

const writes = () => fake.gh.calls().filter((c) => !c.startsWith('GET '));
/** The ref updates sent through GraphQL's updateRefs. */
const mutations = () => fake.gh.requests.filter((r) => r.path === '/graphql' && /updateRefs/.test(r.body?.query)).flatMap((r) => r.body.variables.input.refUpdates);

describe('fake git data (a real bare repository)', () => {
  beforeEach(() => start());

  it('serves refs with slashes, commits and trees', async () => {
    const sha = fake.repo.seed('clawcheck/autofix/main', { 'a.yml': 'a: 1\n', 'dir/b.yml': 'b: 2\n' });
    expect(await getBranchHead(client, 'octo', 'app', 'clawcheck/autofix/main')).toBe(sha);
    expect(await getBranchHead(client, 'octo', 'app', 'clawcheck/autofix')).toBeUndefined();
    const { data } = await client.rest.git.getCommit({ owner: 'octo', repo: 'app', commit_sha: sha });
    expect(data).toMatchObject({ sha, parents: [], message: 'Update a.yml, dir/b.yml' });
    const tree = await readTree(client, 'octo', 'app', data.tree.sha);
    expect([...tree.keys()].sort()).toEqual(['a.yml', 'dir/b.yml']);
    expect(tree.get('a.yml')!.sha).toBe(fake.repo.git(['rev-parse', `${sha}:a.yml`]));
  });

  it('blobSha is git hash-object, for multi-byte text too', () => {
    for (const text of ['', 'a: 1\n', 'name: "Модель ✓"\r\n']) expect(blobSha(text)).toBe(fake.repo.git(['hash-object', '--stdin'], text));
  });
});

describe('commitFiles', () => {
  beforeEach(() => start());

  it('changes only the given files, keeps modes, parents on the given commit, sends no author', async () => {
    const parent = fake.repo.seed('main', {
      'docker-compose.yml': 'old\n',
      'run.sh': { content: '#!/bin/sh\n', mode: '100755' },
      'keep/x.txt': 'x\n',
    });
    const { sha, treeSha } = await commitFiles(client, 'octo', 'app', {
      parentSha: parent,
      changes: [
        { path: 'docker-compose.yml', content: 'new ✓\n' },
        { path: './run.sh', content: '#!/bin/sh\necho hi\n' },
        { path: 'new/file.yml', content: 'n: 1\n' },
      ],
      message: 'msg\n\nClawcheck-Autofix: true',
    });
    expect(fake.repo.parents(sha)).toEqual([parent]);
    expect(fake.repo.git(['rev-parse', `${sha}^{tree}`])).toBe(treeSha);
    expect(fake.repo.git(['diff', '--name-only', parent, sha]).split('\n')).toEqual(['docker-compose.yml', 'new/file.yml', 'run.sh']);
    expect(fake.repo.show(sha, 'docker-compose.yml').equals(Buffer.from('new ✓\n'))).toBe(true);
    expect(fake.repo.git(['ls-tree', sha, 'run.sh'])).toMatch(/^100755 blob /);
    expect(fake.repo.git(['ls-tree', sha, 'new/file.yml'])).toMatch(/^100644 blob /);
    expect(fake.repo.message(sha)).toBe('msg\n\nClawcheck-Autofix: true');
    const create = fake.gh.requests.find((r) => r.method === 'POST' && r.path.endsWith('/git/commits'))!;
    expect(create.body).toEqual({ message: 'msg\n\nClawcheck-Autofix: true', tree: treeSha, parents: [parent] });
    expect(fake.repo.git(['log', '-1', '--format=%an', sha])).toBe('github-actions[bot]');
    expect(writes()).toEqual(['POST /repos/octo/app/git/blobs', 'POST /repos/octo/app/git/blobs', 'POST /repos/octo/app/git/blobs', 'POST /repos/octo/app/git/trees', 'POST /repos/octo/app/git/commits']);
    // Nothing moved: committing does not touch a branch.
    expect(fake.repo.head('main')).toBe(parent);
  });

  it('refuses to write text over a symlink', async () => {
    const parent = fake.repo.seed('main', { 'link.yml': { content: 'target.yml', mode: '120000' } });
    await expect(commitFiles(client, 'octo', 'app', { parentSha: parent, changes: [{ path: 'link.yml', content: 'x' }], message: 'm' })).rejects.toThrow(/not a regular file/);
    expect(writes()).toEqual([]);
  });

  it('rejects paths outside the repository', () => {
    expect(repoPath('./a/b.yml')).toBe('a/b.yml');
    expect(repoPath('a\\b.yml')).toBe('a/b.yml');
    for (const bad of ['/etc/passwd', '../x', 'a/../../x', 'C:/x', '']) expect(() => repoPath(bad)).toThrow(/repository-relative/);
  });
});

describe('readTree on a truncated tree', () => {
  it('walks only the folders leading to the wanted paths', async () => {
    const repo = createFakeGitRepo();
    const routes = repo.routes().map(([m, p, h]): Route =>
      m === 'GET' && p.includes('/git/trees/')
        ? [m, p, async (r) => {
            const res = await h(r);
            return r.query.recursive ? { ...res, body: { ...(res!.body as object), tree: [], truncated: true } } : res;
          }]
        : [m, p, h],
    );
    const gh = await startFakeGitHub(routes);
    try {
      const c = unthrottledClient(gh.url);
      const sha = repo.seed('main', { 'a/b/c.yml': 'c\n', 'a/d.yml': 'd\n', 'z/e.yml': 'e\n', 'top.yml': 't\n' });
      const tree = repo.git(['rev-parse', `${sha}^{tree}`]);
      const entries = await readTree(c, 'octo', 'app', tree, ['a/b/c.yml', 'top.yml', 'a/missing.yml']);
      expect([...entries.keys()].sort()).toEqual(['a/b/c.yml', 'top.yml']);
      expect(entries.get('a/b/c.yml')!.sha).toBe(blobSha('c\n'));
      // The recursive request, then the root, a/ and a/b/ once each; z/ is never read.
      expect(gh.calls().length).toBe(4);
      await expect(readTree(c, 'octo', 'app', tree)).rejects.toThrow(/too large/);
    } finally {
      await gh.close();
      repo.remove();
    }
  });
});

describe('branch updates', () => {
  beforeEach(() => start());

  it('updateBranch fast-forwards, and rejects (without force) when the branch moved elsewhere or is gone', async () => {
    const a = fake.repo.seed('feature/x', { 'f.yml': '1\n' });
    const b = fake.repo.seed('feature/x', { 'f.yml': '2\n' });
    const side = fake.repo.seed('side', { 'f.yml': '3\n' }, { parent: a });
    expect(await updateBranch(client, 'octo', 'app', 'feature/x', side)).toBe('rejected');
    expect(fake.repo.head('feature/x')).toBe(b);
    const c = fake.repo.seed('next', { 'f.yml': '4\n' }, { parent: b });
    expect(await updateBranch(client, 'octo', 'app', 'feature/x', c)).toBe('updated');
    expect(fake.repo.head('feature/x')).toBe(c);
    expect(await updateBranch(client, 'octo', 'app', 'gone', c)).toBe('rejected');
    expect(fake.gh.requests.filter((r) => r.method === 'PATCH').map((r) => r.body.force)).toEqual([false, false, false]);
  });

  it('createBranch creates once, then reports exists and leaves the branch alone', async () => {
    const a = fake.repo.seed('main', { 'f.yml': '1\n' });
    const b = fake.repo.seed('main', { 'f.yml': '2\n' });
    expect(await createBranch(client, 'octo', 'app', 'clawcheck/autofix/main', a)).toBe('created');
    expect(await createBranch(client, 'octo', 'app', 'clawcheck/autofix/main', b)).toBe('exists');
    expect(fake.repo.head('clawcheck/autofix/main')).toBe(a);
  });

  it('deleteBranch deletes, then reports missing', async () => {
    fake.repo.seed('clawcheck/autofix/main', { 'f.yml': '1\n' });
    expect(await deleteBranch(client, 'octo', 'app', 'clawcheck/autofix/main')).toBe('deleted');
    expect(fake.repo.head('clawcheck/autofix/main')).toBeUndefined();
    expect(await deleteBranch(client, 'octo', 'app', 'clawcheck/autofix/main')).toBe('missing');
  });

  it('forceBranchTo moves only a branch still at the expected head', async () => {
    const a = fake.repo.seed('clawcheck/autofix/main', { 'f.yml': '1\n' });
    const other = fake.repo.seed('main', { 'g.yml': '1\n' });
    const pushed = fake.repo.seed('clawcheck/autofix/main', { 'f.yml': 'someone\n' });
    expect(await forceBranchTo(client, 'octo', 'app', 'clawcheck/autofix/main', other, a)).toBe('moved');
    expect(fake.repo.head('clawcheck/autofix/main')).toBe(pushed);
    expect(mutations()).toEqual([]);
    expect(await forceBranchTo(client, 'octo', 'app', 'clawcheck/autofix/main', other, pushed)).toBe('forced');
    expect(fake.repo.head('clawcheck/autofix/main')).toBe(other);
    expect(mutations()).toEqual([{ name: 'refs/heads/clawcheck/autofix/main', beforeOid: pushed, afterOid: other, force: true }]);
    expect(writes().filter((c) => c !== 'POST /graphql')).toEqual([]);
  });

  it('forceBranchTo: a push landing between its read and its update is kept (compare-and-swap)', async () => {
    const a = fake.repo.seed('clawcheck/autofix/main', { 'f.yml': '1\n' });
    const other = fake.repo.seed('main', { 'g.yml': '1\n' });
    let late: string | undefined;
    fake.repo.hooks.beforeUpdateRef = () => {
      late ??= fake.repo.seed('clawcheck/autofix/main', { 'f.yml': 'late\n' });
    };
    expect(await forceBranchTo(client, 'octo', 'app', 'clawcheck/autofix/main', other, a)).toBe('moved');
    expect(fake.repo.head('clawcheck/autofix/main')).toBe(late);
  });
});

describe('forceBranchTo on a server without updateRefs', () => {
  it('re-reads the ref right before a forced REST update', async () => {
    const unknown = { body: { errors: [{ message: "Field 'updateRefs' doesn't exist on type 'Mutation'", locations: [{ line: 1, column: 37 }] }] } };
    fake = await startGitFake({ extra: [['POST', '/graphql', (r) => (/updateRefs/.test(r.body?.query) ? unknown : undefined)]] });
    client = unthrottledClient(fake.gh.url);
    const a = fake.repo.seed('clawcheck/autofix/main', { 'f.yml': '1\n' });
    const other = fake.repo.seed('main', { 'g.yml': '1\n' });
    expect(await forceBranchTo(client, 'octo', 'app', 'clawcheck/autofix/main', other, a)).toBe('forced');
    expect(fake.repo.head('clawcheck/autofix/main')).toBe(other);
    expect(fake.gh.calls()).toEqual(['POST /graphql', 'POST /graphql', 'GET /repos/octo/app/git/ref/heads/clawcheck/autofix/main', 'PATCH /repos/octo/app/git/refs/heads/clawcheck/autofix/main']);
    expect(fake.gh.requests.at(-1)!.body).toEqual({ sha: other, force: true });
  });
});
