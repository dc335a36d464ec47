/**
 * A fake GitHub organisation on 127.0.0.1: the repository list (a page per `per_page`, Link
 * headers as GitHub writes them), each default branch's commit (the SHA alone when asked with
 * the sha media type), and tarballs: the API answers 302 to a download URL on the same fake,
 * which builds the .tar.gz of the repository's files on the fly. Repositories can be deleted,
 * empty, blocked, or serve any bytes as their tarball. With `gitData`, each repository is a real
 * git repository (fake-org-git.ts): commits, Git Data, pull requests, and its tarballs are
 * `git archive` of the commit asked for, as GitHub builds them.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { tarGz } from '../../scripts/lib/tar-gz.mjs';
import type { TarSpecEntry } from '../../scripts/lib/tar-gz.mjs';
import { DOWNLOADS, startFakeGitHub } from './fake-github.js';
import type { FakeGitHub, FakeResponse, RecordedRequest, Route } from './fake-github.js';
import { minimalRepositoryBody, userBody } from './github-bodies.js';
import { orgGitData } from './fake-org-git.js';
import type { OrgGit } from './fake-org-git.js';

export interface FakeRepo {
  name: string;
  defaultBranch?: string;
  size?: number;
  archived?: boolean;
  fork?: boolean;
  disabled?: boolean;
  topics?: string[];
  /** The repository's files at its head commit. */
  files?: Record<string, string> | TarSpecEntry[];
  /** Bumped to make a new head commit. */
  revision?: number;
  /** `deleted`: 404 everywhere; `empty`: 409 for its commit and tarball; `blocked`: 451. */
  state?: 'deleted' | 'empty' | 'blocked';
  /** Served instead of the tarball built from `files`. */
  tarball?: Buffer;
  /** Send a Content-Length with the tarball (by default it is chunked, its size unknown until it ends). */
  contentLength?: boolean;
}

export interface FakeOrg {
  gh: FakeGitHub;
  repos: FakeRepo[];
  /** The head commit of a repository as the fake reports it. */
  sha(name: string): string;
  /** Requests to the API and the download host in order, `METHOD path`. */
  calls(): string[];
  /** With `gitData`: each repository's git repository and pull requests. */
  git?: OrgGit;
  /** Stops the server and removes the git repositories. */
  close(): Promise<void>;
}

export interface FakeOrgOptions {
  org?: string;
  /** Answers first, for any request (a rate limit, say); undefined lets the route answer. */
  intercept?: (req: RecordedRequest) => FakeResponse | undefined;
  /** More API routes (issues of an admin repository). */
  routes?: Route[];
  /** Back each repository (its `files` as text) by a real git repository, with Git Data and pull request routes. */
  gitData?: boolean;
}

const GONE = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/repos#get-a-repository', status: '404' } };
const EMPTY = { status: 409, body: { message: 'Git Repository is empty.', documentation_url: 'https://docs.github.com/rest/commits/commits#get-a-commit', status: '409' } };
const BLOCKED = { status: 451, body: { message: 'Repository access blocked', block: { reason: 'dmca' } } };

export function entriesOf(files: FakeRepo['files']): TarSpecEntry[] {
  if (!files) return [];
  return Array.isArray(files) ? files : Object.entries(files).map(([path, data]) => ({ path, data }));
}

export async function fakeOrg(repos: FakeRepo[], options: FakeOrgOptions = {}): Promise<FakeOrg> {
  const org = options.org ?? 'acme';
  const find = (owner: string, name: string) => (owner === org ? repos.find((r) => r.name === name) : undefined);
  const git = options.gitData
    ? orgGitData(
        org,
        repos.filter((r) => !r.state).map((r) => ({ name: r.name, branch: r.defaultBranch ?? 'main', files: Object.fromEntries(entriesOf(r.files).map((e) => [e.path, String(e.data)])) })),
        (name) => {
          const i = repos.findIndex((r) => r.name === name);
          const r = repos[i];
          return r && !r.state ? { id: 1000 + i, owner: org, name, defaultBranch: r.defaultBranch ?? 'main', size: r.size, archived: r.archived, disabled: r.disabled, fork: r.fork, topics: r.topics } : undefined;
        },
      )
    : undefined;
  /** A commit of the repository by a branch name or a SHA (with git data), or undefined. */
  const resolve = (name: string, ref: string): string | undefined => {
    if (!git) return ref === (find(org, name)?.defaultBranch ?? 'main') || ref === sha(name) ? sha(name) : undefined;
    try {
      return git.repo(name).git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    } catch {
      return undefined;
    }
  };
  const sha = (name: string) => (git && !find(org, name)?.state ? git.repo(name).head(find(org, name)!.defaultBranch ?? 'main')! : createHash('sha1').update(`${org}/${name}@${find(org, name)?.revision ?? 0}`).digest('hex'));
  const apiRepo = (r: FakeRepo, i: number) => minimalRepositoryBody({
    id: 1000 + i,
    node_id: `R_${i}`,
    name: r.name,
    full_name: `${org}/${r.name}`,
    owner: userBody({ login: org, id: 1, type: 'Organization' }),
    private: true,
    fork: !!r.fork,
    archived: !!r.archived,
    disabled: !!r.disabled,
    default_branch: r.defaultBranch ?? 'main',
    size: r.size ?? 0,
    topics: r.topics ?? [],
  });
  const wrap = (handler: Route[2]): Route[2] => (req) => options.intercept?.(req) ?? handler(req);
  const failure = (r: FakeRepo | undefined) => (!r || r.state === 'deleted' ? GONE : r.state === 'empty' ? EMPTY : r.state === 'blocked' ? BLOCKED : undefined);
  const routes: Route[] = [
    ['GET', '/orgs/:org/repos', (req) => {
      if (req.params.org !== org) return GONE;
      const perPage = Number(req.query.per_page ?? 30);
      const page = Number(req.query.page ?? 1);
      const visible = repos.filter((r) => r.state !== 'deleted');
      const last = Math.max(1, Math.ceil(visible.length / perPage));
      const url = (p: number) => `http://${req.headers.host}/orgs/${org}/repos?type=${req.query.type}&per_page=${perPage}&page=${p}`;
      const links = [...(page < last ? [`<${url(page + 1)}>; rel="next"`, `<${url(last)}>; rel="last"`] : []), ...(page > 1 ? [`<${url(1)}>; rel="first"`, `<${url(page - 1)}>; rel="prev"`] : [])];
      return { body: visible.slice((page - 1) * perPage, page * perPage).map((r) => apiRepo(r, repos.indexOf(r))), headers: (links.length ? { link: links.join(', ') } : {}) as Record<string, string> };
    }],
    ['GET', '/repos/:owner/:repo/commits/:ref*', (req) => {
      const r = find(req.params.owner, req.params.repo);
      const bad = failure(r);
      if (bad) return bad;
      const commit = resolve(r!.name, req.params.ref);
      if (!commit) return { status: 422, body: { message: `No commit found for SHA: ${req.params.ref}`, documentation_url: 'https://docs.github.com/rest/commits/commits#get-a-commit', status: '422' } };
      if (/sha/.test(String(req.headers.accept))) return { raw: commit, headers: { 'content-type': 'application/vnd.github.sha; charset=utf-8' } };
      return { body: { sha: commit } };
    }],
    ['GET', '/repos/:owner/:repo/tarball/:ref*', (req) => {
      const r = find(req.params.owner, req.params.repo);
      const bad = r?.state === 'empty' ? GONE : failure(r);
      if (bad) return bad;
      return { status: 302, headers: { location: `http://${req.headers.host}${DOWNLOADS}/${org}/${r!.name}/legacy.tar.gz/${req.params.ref}?token=SECRETDOWNLOADTOKEN` } };
    }],
    ...(options.routes ?? []),
    ...(git?.routes() ?? []),
  ];
  const downloads: Route[] = [
    ['GET', `${DOWNLOADS}/:owner/:repo/legacy.tar.gz/:ref`, (req) => {
      const r = find(req.params.owner, req.params.repo);
      const commit = r && !r.state ? resolve(r.name, req.params.ref) : undefined;
      if (!r || !commit || commit !== req.params.ref) return { status: 404, raw: '404: Not Found', headers: { 'content-type': 'text/plain' } };
      const top = `${org}-${r.name}-${commit.slice(0, 7)}`;
      const body = r.tarball ?? (git ? execFileSync('git', ['archive', '--format=tar.gz', `--prefix=${top}/`, commit], { cwd: git.repo(r.name).dir }) : tarGz(entriesOf(r.files), { top, commit }));
      return { raw: body, headers: { 'content-type': 'application/x-gzip', 'content-disposition': `attachment; filename=${top}.tar.gz`, ...(r.contentLength ? { 'content-length': String(body.length) } : {}) } };
    }],
  ];
  const gh = await startFakeGitHub(routes.map(([m, p, h]) => [m, p, wrap(h)]), { downloads: downloads.map(([m, p, h]) => [m, p, wrap(h)]) });
  return {
    gh,
    repos,
    sha,
    calls: () => gh.calls(),
    ...(git ? { git } : {}),
    close: async () => {
      await gh.close();
      git?.remove();
    },
  };
}
