/**
 * GitHub's Git Data API (refs, commits, trees, blobs) and a small pull-request store for
 * startFakeGitHub, backed by a REAL bare git repository so tests can check results with `git`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '../../src/github/client.js';
import type { GitHubClient } from '../../src/github/client.js';
import { ACTIONS_BOT, HUMAN_USER, startFakeGitHub } from './fake-github.js';
import { issueBody, issueCommentBody, labelBody, pullBody, repositoryBody, userBody, validationFailed } from './github-bodies.js';
import type { FakeGitHub, FakeResponse, RecordedRequest, Route } from './fake-github.js';

const ZERO = '0'.repeat(40);
const SHA_RE = /^[0-9a-f]{40}$/;
/** The identity GitHub gives API commits made without an author: the token's (here the Actions bot). */
export const TOKEN_IDENTITY = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
const HUMAN = { name: 'Octo Dev', email: 'octo@example.com' };
/** The GitHub account a commit's author e-mail belongs to, as REST shows it on `author` (null: none). */
const ACCOUNTS: Record<string, typeof ACTIONS_BOT> = { [TOKEN_IDENTITY.email]: ACTIONS_BOT, [HUMAN.email]: HUMAN_USER };
const REPOSITORY_ID = 'R_kgDOfake';
/** Where the fake's objects say they live, as GitHub's answers do (`url`, `html_url`). */
const API = 'https://api.github.com/repos/octo/app';
const WEB = 'https://github.com/octo/app';

export interface TreeEntry {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

/** A file to seed: its text, or `{content, mode}` (`100755`, `120000` for a symlink), or null to delete it. */
export type SeedFile = string | { content: string; mode?: string } | null;

export interface FakeGitRepo {
  /** The bare repository's directory. */
  dir: string;
  git(args: string[], input?: string | Buffer, env?: Record<string, string>): string;
  /** Commits `files` on top of `branch` (or as its first commit), moves the branch; returns the commit sha. */
  seed(branch: string, files: Record<string, SeedFile>, opts?: { message?: string; parent?: string }): string;
  head(branch: string): string | undefined;
  /** Bytes of `path` at `rev`. */
  show(rev: string, path: string): Buffer;
  message(sha: string): string;
  parents(sha: string): string[];
  isAncestor(ancestor: string, descendant: string): boolean;
  /** Test hooks, run inside the fake just before a ref update (REST or GraphQL) / creation is applied (to simulate a concurrent push). */
  hooks: {
    beforeUpdateRef?: (branch: string, body: { sha: string; force?: boolean }) => void | Promise<void>;
    beforeCreateRef?: (ref: string) => void | Promise<void>;
  };
  routes(): Route[];
  remove(): void;
}

const json = (status: number, body: unknown): FakeResponse => ({ status, body });
const unprocessable = (message: string): FakeResponse => json(422, { message, documentation_url: 'https://docs.github.com/rest/git' });
const notFound = (): FakeResponse => json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });

/** `git init --bare` in a fresh tmp folder (never the project's own repository). */
export function createFakeGitRepo(): FakeGitRepo {
  const dir = mkdtempSync(join(tmpdir(), 'clawcheck-bare-'));
  const baseEnv: Record<string, string> = {
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: HUMAN.name,
    GIT_AUTHOR_EMAIL: HUMAN.email,
    GIT_COMMITTER_NAME: HUMAN.name,
    GIT_COMMITTER_EMAIL: HUMAN.email,
  };
  const git = (args: string[], input?: string | Buffer, env: Record<string, string> = {}): string =>
    execFileSync('git', args, { cwd: dir, input, env: { ...process.env, ...baseEnv, ...env }, stdio: ['pipe', 'pipe', 'pipe'] })
      .toString('utf8')
      .replace(/\n$/, '');
  const tryGit = (args: string[]): string | undefined => {
    try {
      return git(args);
    } catch {
      return undefined;
    }
  };
  git(['init', '--bare', '--quiet', '--initial-branch=main']);

  const hashBlob = (content: Buffer): string => git(['hash-object', '-w', '--stdin'], content);
  const head = (branch: string) => tryGit(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`]);
  const exists = (sha: string, type: string) => SHA_RE.test(sha) && tryGit(['cat-file', '-t', sha]) === type;

  /** A tree from `base` plus `changes` (path → [mode, sha], or null to remove), built in a temporary index. */
  function buildTree(base: string | undefined, changes: Array<[string, [string, string] | null]>): string {
    const index = join(mkdtempSync(join(tmpdir(), 'clawcheck-index-')), 'index');
    const env = { GIT_INDEX_FILE: index };
    try {
      git(base ? ['read-tree', base] : ['read-tree', '--empty'], undefined, env);
      for (const [path, entry] of changes) {
        if (entry) git(['update-index', '--add', '--cacheinfo', `${entry[0]},${entry[1]},${path}`], undefined, env);
        else git(['update-index', '--force-remove', '--', path], undefined, env);
      }
      return git(['write-tree'], undefined, env);
    } finally {
      rmSync(join(index, '..'), { recursive: true, force: true });
    }
  }

  function commitTree(tree: string, parents: string[], message: string, author?: { name: string; email: string }): string {
    const who = author ?? TOKEN_IDENTITY;
    const env = { GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email, GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email };
    return git(['commit-tree', tree, ...parents.flatMap((p) => ['-p', p])], message, env);
  }

  function readCommit(sha: string) {
    const raw = git(['cat-file', 'commit', sha]);
    const split = raw.indexOf('\n\n');
    const headers = (split < 0 ? raw : raw.slice(0, split)).split('\n');
    const message = split < 0 ? '' : raw.slice(split + 2).replace(/\n$/, '');
    const tree = headers.find((h) => h.startsWith('tree '))!.slice(5);
    const parents = headers.filter((h) => h.startsWith('parent ')).map((h) => h.slice(7));
    const person = (key: string) => {
      const m = /^(\S+) (.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(headers.find((h) => h.startsWith(`${key} `)) ?? '');
      return m ? { name: m[2], email: m[3], date: new Date(Number(m[4]) * 1000).toISOString() } : undefined;
    };
    const author = person('author');
    const signed = author?.email === TOKEN_IDENTITY.email;
    return {
      sha,
      node_id: `C_${sha}`,
      url: `${API}/git/commits/${sha}`,
      html_url: `${WEB}/commit/${sha}`,
      tree: { sha: tree, url: `${API}/git/trees/${tree}` },
      parents: parents.map((p) => ({ sha: p, url: `${API}/git/commits/${p}`, html_url: `${WEB}/commit/${p}` })),
      message,
      author: author!,
      committer: person('committer')!,
      verification: { verified: signed, reason: signed ? 'valid' : 'unsigned', signature: null, payload: null, verified_at: signed ? author!.date : null },
    };
  }

  /** A commit as the REST commits and compare endpoints show it (commit), its author's account when the e-mail has one. */
  function commitBody(sha: string) {
    const c = readCommit(sha);
    const account = ACCOUNTS[c.author.email];
    return {
      sha,
      node_id: c.node_id,
      url: `${API}/commits/${sha}`,
      html_url: c.html_url,
      comments_url: `${API}/commits/${sha}/comments`,
      commit: { url: c.url, message: c.message, tree: c.tree, author: c.author, committer: c.committer, comment_count: 0, verification: c.verification },
      author: account ? userBody(account) : null,
      committer: account ? userBody(account) : null,
      parents: c.parents,
    };
  }

  function lsTree(treeish: string, recursive: boolean): TreeEntry[] {
    const out = git(['ls-tree', '-z', ...(recursive ? ['-r', '-t'] : []), treeish]);
    return out
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const [meta, path] = [line.slice(0, line.indexOf('\t')), line.slice(line.indexOf('\t') + 1)];
        const [mode, type, sha] = meta.split(' ');
        return { path, mode, type: type as TreeEntry['type'], sha };
      });
  }

  /** Tree entries as `GET /git/trees` lists them (a blob's size and url too). */
  function treeBody(sha: string, entries: TreeEntry[]) {
    const kind = { blob: 'blobs', tree: 'trees', commit: 'commits' } as const;
    return {
      sha,
      url: `${API}/git/trees/${sha}`,
      tree: entries.map((e) => ({
        ...e,
        ...(e.type === 'blob' ? { size: Number(git(['cat-file', '-s', e.sha])) } : {}),
        ...(e.type === 'commit' ? {} : { url: `${API}/git/${kind[e.type]}/${e.sha}` }),
      })),
      truncated: false,
    };
  }

  const refBody = (branch: string, sha: string) => ({
    ref: `refs/heads/${branch}`,
    node_id: `REF_${branch}`,
    url: `${API}/git/refs/heads/${branch}`,
    object: { sha, type: 'commit', url: `${API}/git/commits/${sha}` },
  });

  const graphqlError = (message: string, type?: string): FakeResponse => json(200, { data: { updateRefs: null }, errors: [{ ...(type ? { type } : {}), message, path: ['updateRefs'] }] });
  /** GitHub's updateRefs: every update checked against its beforeOid, then applied; all or none (one ref here). */
  async function updateRefs(input: { repositoryId?: string; refUpdates?: Array<{ name: string; beforeOid?: string; afterOid: string; force?: boolean }> } | undefined): Promise<FakeResponse> {
    if (input?.repositoryId !== REPOSITORY_ID) return graphqlError(`Could not resolve to a node with the global id of '${input?.repositoryId}'`, 'NOT_FOUND');
    const updates = input.refUpdates ?? [];
    if (updates.length !== 1 || !/^refs\/heads\/./.test(updates[0].name)) return graphqlError('The fake takes one refs/heads/ update');
    const [{ name, beforeOid, afterOid, force }] = updates;
    const branch = name.slice('refs/heads/'.length);
    if (!exists(afterOid, 'commit')) return graphqlError(`Could not resolve ${afterOid}`, 'UNPROCESSABLE');
    await repo.hooks.beforeUpdateRef?.(branch, { sha: afterOid, force });
    const old = head(branch) ?? ZERO;
    if (beforeOid !== undefined && beforeOid !== old) return graphqlError(`A ref update failed: ${name} is at ${old} but expected ${beforeOid}`, 'STALE_DATA');
    if (!force && old !== ZERO && !repo.isAncestor(old, afterOid)) return graphqlError(`A ref update failed: ${name} is not a fast forward`, 'UNPROCESSABLE');
    git(['update-ref', name, afterOid, old]);
    return json(200, { data: { updateRefs: { clientMutationId: null } } });
  }

  const repo: FakeGitRepo = {
    dir,
    git,
    hooks: {},
    head,
    seed(branch, files, opts = {}) {
      const parent = opts.parent ?? head(branch);
      const changes = Object.entries(files).map(([path, f]): [string, [string, string] | null] => {
        if (f === null) return [path, null];
        const { content, mode = '100644' } = typeof f === 'string' ? { content: f } : f;
        return [path, [mode, hashBlob(Buffer.from(content))]];
      });
      const tree = buildTree(parent, changes);
      const sha = commitTree(tree, parent ? [parent] : [], opts.message ?? `Update ${Object.keys(files).join(', ')}`, HUMAN);
      git(['update-ref', `refs/heads/${branch}`, sha]);
      return sha;
    },
    show: (rev, path) => execFileSync('git', ['cat-file', 'blob', `${rev}:${path}`], { cwd: dir }),
    message: (sha) => readCommit(sha).message,
    parents: (sha) => readCommit(sha).parents.map((p) => p.sha),
    isAncestor: (a, d) => tryGit(['merge-base', '--is-ancestor', a, d]) !== undefined,
    remove: () => rmSync(dir, { recursive: true, force: true }),
    routes() {
      const p = '/repos/:owner/:repo';
      return [
        ['GET', p, (r) => json(200, repositoryBody({ name: r.params.repo, full_name: `${r.params.owner}/${r.params.repo}`, default_branch: 'main', permissions: { admin: false, maintain: false, push: true, triage: true, pull: true } }))],
        ['GET', `${p}/git/ref/heads/:branch*`, (r) => {
          const sha = head(r.params.branch);
          return sha ? json(200, refBody(r.params.branch, sha)) : notFound();
        }],
        ['GET', `${p}/git/commits/:sha`, (r) => (exists(r.params.sha, 'commit') ? json(200, readCommit(r.params.sha)) : notFound())],
        ['GET', `${p}/git/trees/:sha*`, (r) => {
          const sha = tryGit(['rev-parse', '--verify', '--quiet', `${r.params.sha}^{tree}`]);
          if (!sha) return notFound();
          return json(200, treeBody(sha, lsTree(sha, r.query.recursive !== undefined && r.query.recursive !== '0' && r.query.recursive !== 'false')));
        }],
        ['GET', `${p}/git/blobs/:sha`, (r) => {
          if (!exists(r.params.sha, 'blob')) return notFound();
          const bytes = execFileSync('git', ['cat-file', 'blob', r.params.sha], { cwd: dir });
          return json(200, { sha: r.params.sha, node_id: `B_${r.params.sha}`, url: `${API}/git/blobs/${r.params.sha}`, size: bytes.length, encoding: 'base64', content: bytes.toString('base64') });
        }],
        ['GET', `${p}/compare/:basehead*`, (r) => {
          const [a, b] = r.params.basehead.split('...');
          const rev = (x: string) => (SHA_RE.test(x) && exists(x, 'commit') ? x : head(x));
          const [base, tip] = [rev(a ?? ''), rev(b ?? '')];
          if (!base || !tip) return notFound();
          const mergeBase = tryGit(['merge-base', base, tip]);
          const ahead = git(['rev-list', '--reverse', `${base}..${tip}`]).split('\n').filter(Boolean);
          const behind = Number(git(['rev-list', '--count', `${tip}..${base}`]));
          const status = ahead.length && behind ? 'diverged' : ahead.length ? 'ahead' : behind ? 'behind' : 'identical';
          const commits = ahead.slice(0, 250).map(commitBody);
          return json(200, {
            url: `${API}/compare/${r.params.basehead}`,
            html_url: `${WEB}/compare/${r.params.basehead}`,
            permalink_url: `${WEB}/compare/octo:${base.slice(0, 7)}...octo:${tip.slice(0, 7)}`,
            diff_url: `${WEB}/compare/${r.params.basehead}.diff`,
            patch_url: `${WEB}/compare/${r.params.basehead}.patch`,
            base_commit: commitBody(base),
            merge_base_commit: commitBody(mergeBase ?? base),
            status,
            ahead_by: ahead.length,
            behind_by: behind,
            total_commits: ahead.length,
            commits,
            files: [],
          });
        }],
        ['POST', `${p}/git/blobs`, (r) => {
          const { content, encoding = 'utf-8' } = r.body ?? {};
          if (typeof content !== 'string') return unprocessable('Invalid request: content is required');
          const sha = hashBlob(Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'));
          return json(201, { sha, url: `${API}/git/blobs/${sha}` });
        }],
        ['POST', `${p}/git/trees`, (r) => {
          const { base_tree: base, tree } = r.body ?? {};
          if (base && !tryGit(['rev-parse', '--verify', '--quiet', `${base}^{tree}`])) return unprocessable('Invalid tree info: base_tree');
          if (!Array.isArray(tree)) return unprocessable('Invalid request: tree is required');
          const changes: Array<[string, [string, string] | null]> = [];
          for (const e of tree as Array<{ path: string; mode: string; type: string; sha?: string | null; content?: string }>) {
            if (!/^(100644|100755|040000|160000|120000)$/.test(e.mode)) return unprocessable(`Invalid tree info: mode ${e.mode}`);
            if (e.content !== undefined) changes.push([e.path, [e.mode, hashBlob(Buffer.from(e.content))]]);
            else if (e.sha === null) changes.push([e.path, null]);
            else if (e.sha && exists(e.sha, e.type)) changes.push([e.path, [e.mode, e.sha]]);
            else return unprocessable(`Invalid tree info: ${e.path}`);
          }
          const sha = buildTree(base, changes);
          return json(201, treeBody(sha, lsTree(sha, false)));
        }],
        ['POST', `${p}/git/commits`, (r) => {
          const { message, tree, parents = [], author } = r.body ?? {};
          if (typeof message !== 'string' || !exists(tree, 'tree')) return unprocessable('Invalid request: tree');
          if (!(parents as string[]).every((s) => exists(s, 'commit'))) return unprocessable('Invalid request: parents');
          return json(201, readCommit(commitTree(tree, parents, message, author)));
        }],
        ['POST', `${p}/git/refs`, async (r) => {
          const { ref, sha } = r.body ?? {};
          if (typeof ref !== 'string' || !/^refs\/heads\/./.test(ref)) return unprocessable('Reference name must start with refs/heads/');
          if (!exists(sha, 'commit')) return unprocessable('Object does not exist');
          await repo.hooks.beforeCreateRef?.(ref);
          try {
            git(['update-ref', ref, sha, ZERO]);
          } catch {
            return unprocessable('Reference already exists');
          }
          return json(201, refBody(ref.slice('refs/heads/'.length), sha));
        }],
        ['PATCH', `${p}/git/refs/heads/:branch*`, async (r) => {
          const branch = r.params.branch;
          const { sha, force } = r.body ?? {};
          if (!exists(sha, 'commit')) return unprocessable('Object does not exist');
          await repo.hooks.beforeUpdateRef?.(branch, { sha, force });
          const old = head(branch);
          if (!old) return unprocessable('Reference does not exist');
          if (!force && !repo.isAncestor(old, sha)) return unprocessable('Update is not a fast forward');
          try {
            git(['update-ref', `refs/heads/${branch}`, sha, old]);
          } catch {
            return unprocessable('Update is not a fast forward');
          }
          return json(200, refBody(branch, sha));
        }],
        // GraphQL, as GitHub answers it: the repository's id and a ref's target; updateRefs, a compare-and-swap.
        ['POST', '/graphql', (r) => {
          const query: string = r.body?.query ?? '';
          const vars = r.body?.variables ?? {};
          if (/^query\(\$owner: String!, \$name: String!, \$ref: String!\) \{ repository\(owner: \$owner, name: \$name\) \{ id ref\(qualifiedName: \$ref\) \{ target \{ oid \} \} \} \}$/.test(query)) {
            const sha = /^refs\/heads\/./.test(vars.ref ?? '') ? head(vars.ref.slice('refs/heads/'.length)) : undefined;
            return json(200, { data: { repository: { id: REPOSITORY_ID, ref: sha ? { target: { oid: sha } } : null } } });
          }
          if (/^mutation\(\$input: UpdateRefsInput!\) \{ updateRefs\(input: \$input\) \{ clientMutationId \} \}$/.test(query)) return updateRefs(vars.input);
          return undefined;
        }],
        ['DELETE', `${p}/git/refs/heads/:branch*`, (r) => {
          const old = head(r.params.branch);
          if (!old) return unprocessable('Reference does not exist');
          git(['update-ref', '-d', `refs/heads/${r.params.branch}`, old]);
          return { status: 204 };
        }],
      ];
    },
  };
  return repo;
}

export interface FakePull {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string | null;
  head: { ref: string; label: string };
  base: { ref: string };
  html_url: string;
  labels: Array<{ name: string }>;
  requested_reviewers: Array<{ login: string }>;
  assignees: Array<{ login: string }>;
}

export interface FakePulls {
  pulls: FakePull[];
  comments: Array<{ issue: number; body: string }>;
  routes(): Route[];
}

/** Pull requests and their issue-side endpoints, in memory; creating one needs its head branch in `repo`. */
export function createFakePulls(repo: FakeGitRepo, opts: { failLabels?: boolean } = {}): FakePulls {
  const pulls: FakePull[] = [];
  const comments: FakePulls['comments'] = [];
  const byNumber = (r: RecordedRequest) => pulls.find((x) => x.number === Number(r.params.number));
  const p = '/repos/:owner/:repo';
  const account = (login: string) => userBody({ login, id: 9000 + [...login].reduce((a, c) => a + c.charCodeAt(0), 0), type: 'User' });
  /** The stored pull request as GitHub answers it (pull-request). */
  const render = (pr: FakePull): ReturnType<typeof pullBody> => {
    const base = pullBody();
    const assignees = pr.assignees.map((a) => account(a.login));
    return {
      ...base,
      id: 1000 + pr.number,
      node_id: `PR_${pr.number}`,
      number: pr.number,
      url: `https://api.github.com/repos/octo/app/pulls/${pr.number}`,
      html_url: pr.html_url,
      state: pr.state,
      title: pr.title,
      body: pr.body,
      user: userBody(ACTIONS_BOT),
      labels: pr.labels.map((l, i) => labelBody(l.name, i + 1)),
      requested_reviewers: pr.requested_reviewers.map((u) => account(u.login)),
      assignees,
      assignee: assignees[0] ?? null,
      mergeable: null,
      head: { ...base.head, ref: pr.head.ref, label: pr.head.label, sha: repo.head(pr.head.ref) ?? base.head.sha },
      base: { ...base.base, ref: pr.base.ref, label: `${pr.head.label.split(':')[0]}:${pr.base.ref}`, sha: repo.head(pr.base.ref) ?? base.base.sha },
    };
  };
  return {
    pulls,
    comments,
    routes: () => [
      ['GET', `${p}/pulls`, (r) => {
        const { head, base, state = 'open' } = r.query;
        const list = pulls.filter((x) => (state === 'all' || x.state === state) && (!head || x.head.label === head) && (!base || x.base.ref === base));
        return json(200, list.map(render));
      }],
      ['POST', `${p}/pulls`, (r) => {
        const { title, body = null, head, base } = r.body ?? {};
        const label = `${r.params.owner}:${head}`;
        if (!repo.head(head) || !repo.head(base)) return json(422, validationFailed('Validation Failed', [{ resource: 'PullRequest', field: 'head', code: 'invalid' }], 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request'));
        if (pulls.some((x) => x.state === 'open' && x.head.label === label && x.base.ref === base))
          return json(422, validationFailed('Validation Failed', [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${label}.` }], 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request'));
        const number = pulls.length + 1;
        const pr: FakePull = {
          number,
          state: 'open',
          title,
          body,
          head: { ref: head, label },
          base: { ref: base },
          html_url: `https://github.com/${r.params.owner}/${r.params.repo}/pull/${number}`,
          labels: [],
          requested_reviewers: [],
          assignees: [],
        };
        pulls.push(pr);
        return json(201, render(pr));
      }],
      ['PATCH', `${p}/pulls/:number`, (r) => {
        const pr = byNumber(r);
        if (!pr) return notFound();
        for (const k of ['title', 'body', 'state'] as const) if (r.body?.[k] !== undefined) (pr as unknown as Record<string, unknown>)[k] = r.body[k];
        return json(200, render(pr));
      }],
      ['POST', `${p}/issues/:number/comments`, (r) => {
        comments.push({ issue: Number(r.params.number), body: r.body?.body });
        const id = comments.length;
        return json(201, issueCommentBody({ id, node_id: `IC_${id}`, body: r.body?.body, user: userBody(ACTIONS_BOT), html_url: `https://github.com/octo/app/issues/${r.params.number}#issuecomment-${id}`, issue_url: `https://api.github.com/repos/octo/app/issues/${r.params.number}` }));
      }],
      ['POST', `${p}/issues/:number/labels`, (r) => {
        const pr = byNumber(r);
        if (!pr) return notFound();
        if (opts.failLabels) return json(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/labels#add-labels-to-an-issue', status: '403' });
        for (const name of r.body?.labels ?? []) if (!pr.labels.some((l) => l.name === name)) pr.labels.push({ name });
        return json(200, pr.labels.map((l, i) => labelBody(l.name, i + 1)));
      }],
      ['POST', `${p}/pulls/:number/requested_reviewers`, (r) => {
        const pr = byNumber(r);
        if (!pr) return notFound();
        for (const login of r.body?.reviewers ?? []) pr.requested_reviewers.push({ login });
        return json(201, render(pr));
      }],
      ['POST', `${p}/issues/:number/assignees`, (r) => {
        const pr = byNumber(r);
        if (!pr) return notFound();
        for (const login of r.body?.assignees ?? []) pr.assignees.push({ login });
        const { head: _head, base: _base, merged: _merged, mergeable: _mergeable, ...issue } = render(pr);
        return json(201, { ...issueBody(), ...issue, pull_request: { url: issue.url, html_url: issue.html_url, diff_url: `${issue.html_url}.diff`, patch_url: `${issue.html_url}.patch`, merged_at: null } });
      }],
    ],
  };
}

export interface GitFake {
  gh: FakeGitHub;
  repo: FakeGitRepo;
  pulls: FakePulls;
  /** Stops the server and removes the bare repository. */
  close(): Promise<void>;
}

/** A fake GitHub serving `extra` routes first, then the Git Data API of a fresh bare repository and pull requests. */
export async function startGitFake(opts: { extra?: Route[]; failLabels?: boolean } = {}): Promise<GitFake> {
  const repo = createFakeGitRepo();
  const pulls = createFakePulls(repo, { failLabels: opts.failLabels });
  const gh = await startFakeGitHub([...(opts.extra ?? []), ...repo.routes(), ...pulls.routes()]);
  return {
    gh,
    repo,
    pulls,
    close: async () => {
      await gh.close();
      repo.remove();
    },
  };
}

/** The production client, without request pacing (pointless against a local fake) or retries. */
export function unthrottledClient(baseUrl: string): GitHubClient {
  return createClient({ token: 't0ken', baseUrl, retries: 0, throttle: false });
}
