/**
 * Git data and pull requests for the fake organisation (fakeOrg with `gitData: true`): each
 * repository is a real bare git repository (createFakeGitRepo) whose default branch holds its
 * files, its Git Data routes answered by that repository alone, GraphQL's ref lookup and
 * updateRefs sent to the repository they name, and pull requests kept per repository. Answers
 * carry every field GitHub's OpenAPI description requires (github-objects.ts).
 */
import { createFakeGitRepo } from './fake-git-data.js';
import type { FakeGitRepo } from './fake-git-data.js';
import { ACTIONS_BOT, HUMAN_USER } from './fake-github.js';
import type { FakeResponse, RecordedRequest, Route } from './fake-github.js';
import { issueCommentObject, pullRequestObject, repositoryObject, simpleUser } from './github-objects.js';
import type { Commit, CommitComparison, GitCommit, GitRef, GitTree, PullFacts, RepositoryFacts, ShortBlob } from './github-objects.js';

/** The id fake-git-data gives every repository in GraphQL; each repository here answers with its own. */
const SHARED_ID = 'R_kgDOfake';
const ACCOUNTS: Record<string, typeof ACTIONS_BOT> = { '41898282+github-actions[bot]@users.noreply.github.com': ACTIONS_BOT, 'octo@example.com': HUMAN_USER };

export interface OrgPull extends PullFacts {
  repo: string;
}

export interface OrgGit {
  /** The bare repository of each repository by name. */
  repo(name: string): FakeGitRepo;
  pulls: OrgPull[];
  comments: Array<{ repo: string; issue: number; body: string }>;
  routes(): Route[];
  remove(): void;
}

type Facts = (name: string) => RepositoryFacts | undefined;

/** Each file committed as it is, on the default branch, by a person (as a repository's history is). */
export function orgGitData(org: string, seeds: Array<{ name: string; branch: string; files: Record<string, string> }>, facts: Facts): OrgGit {
  const repos = new Map<string, FakeGitRepo>();
  for (const s of seeds) {
    const repo = createFakeGitRepo();
    if (s.branch !== 'main') repo.git(['symbolic-ref', 'HEAD', `refs/heads/${s.branch}`]);
    repo.seed(s.branch, s.files, { message: 'Initial commit' });
    repos.set(s.name, repo);
  }
  const pulls: OrgPull[] = [];
  const comments: OrgGit['comments'] = [];
  const host = (req: RecordedRequest) => `http://${req.headers.host}`;
  const ours = (req: RecordedRequest) => (req.params.owner === org ? repos.get(req.params.repo) : undefined);

  /** A commit as REST's `commit` schema has it (compare's commits, base and merge base). */
  const commitObject = (repo: FakeGitRepo, req: RecordedRequest, sha: string): Commit => {
    const [tree, an, ae, ad, cn, ce, cd, parents] = repo.git(['show', '-s', '--format=%T%n%an%n%ae%n%aI%n%cn%n%ce%n%cI%n%P', sha]).split('\n');
    const base = `${host(req)}/repos/${org}/${req.params.repo}`;
    const account = (email: string) => (ACCOUNTS[email] ? simpleUser(host(req), ACCOUNTS[email]) : null);
    return {
      url: `${base}/commits/${sha}`,
      sha,
      node_id: `C_${sha}`,
      html_url: `https://github.com/${org}/${req.params.repo}/commit/${sha}`,
      comments_url: `${base}/commits/${sha}/comments`,
      commit: {
        url: `${base}/git/commits/${sha}`,
        author: { name: an, email: ae, date: ad },
        committer: { name: cn, email: ce, date: cd },
        message: repo.message(sha),
        comment_count: 0,
        tree: { sha: tree, url: `${base}/git/trees/${tree}` },
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
      },
      author: account(ae),
      committer: account(ce),
      parents: (parents ? parents.split(' ') : []).map((p) => ({ sha: p, url: `${base}/commits/${p}`, html_url: `https://github.com/${org}/${req.params.repo}/commit/${p}` })),
    };
  };

  /** fake-git-data's answers with the fields GitHub sends besides (its URLs, the signature fields). */
  const complete = (pattern: string, repo: FakeGitRepo, req: RecordedRequest, res: FakeResponse): FakeResponse => {
    if ((res.status ?? 200) >= 300 || !res.body) return res;
    const base = `${host(req)}/repos/${org}/${req.params.repo}`;
    const b = res.body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    if (/\/git\/refs?\b/.test(pattern)) {
      const ref: GitRef = { ref: b.ref, node_id: b.node_id, url: `${base}/git/${b.ref}`, object: { type: b.object.type, sha: b.object.sha, url: `${base}/git/commits/${b.object.sha}` } };
      return { ...res, body: ref };
    }
    if (pattern.includes('/git/commits')) {
      const commit: GitCommit = {
        sha: b.sha,
        node_id: b.node_id,
        url: `${base}/git/commits/${b.sha}`,
        html_url: `https://github.com/${org}/${req.params.repo}/commit/${b.sha}`,
        author: b.author,
        committer: b.committer,
        message: b.message,
        tree: { sha: b.tree.sha, url: `${base}/git/trees/${b.tree.sha}` },
        parents: b.parents.map((p: { sha: string }) => ({ sha: p.sha, url: `${base}/git/commits/${p.sha}`, html_url: `https://github.com/${org}/${req.params.repo}/commit/${p.sha}` })),
        verification: { verified: b.verification.verified, reason: b.verification.reason, signature: null, payload: null, verified_at: null },
      };
      return { ...res, body: commit };
    }
    if (pattern.includes('/git/trees')) {
      const tree: GitTree = { sha: b.sha, url: `${base}/git/trees/${b.sha}`, truncated: b.truncated, tree: b.tree.map((e: { path: string; mode: string; type: string; sha: string }) => ({ ...e, url: `${base}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}` })) };
      return { ...res, body: tree };
    }
    if (pattern.endsWith('/git/blobs')) {
      const blob: ShortBlob = { sha: b.sha, url: `${base}/git/blobs/${b.sha}` };
      return { ...res, body: blob };
    }
    if (pattern.includes('/compare/')) {
      const [from, to] = req.params.basehead.split('...');
      const baseSha = repo.git(['rev-parse', `${from}^{commit}`]);
      const comparison: CommitComparison = {
        url: `${base}/compare/${req.params.basehead}`,
        html_url: `https://github.com/${org}/${req.params.repo}/compare/${req.params.basehead}`,
        permalink_url: `https://github.com/${org}/${req.params.repo}/compare/${org}:${baseSha.slice(0, 7)}...${org}:${to}`,
        diff_url: `https://github.com/${org}/${req.params.repo}/compare/${req.params.basehead}.diff`,
        patch_url: `https://github.com/${org}/${req.params.repo}/compare/${req.params.basehead}.patch`,
        base_commit: commitObject(repo, req, baseSha),
        merge_base_commit: commitObject(repo, req, b.merge_base_commit.sha),
        status: b.status,
        ahead_by: b.ahead_by,
        behind_by: b.behind_by,
        total_commits: b.total_commits,
        commits: b.commits.map((c: { sha: string }) => commitObject(repo, req, c.sha)),
      };
      return { ...res, body: comparison };
    }
    return res;
  };

  const json = (status: number, body: unknown): FakeResponse => ({ status, body });
  const notFound = () => json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
  const factsOf = (req: RecordedRequest) => facts(req.params.repo)!;
  const pullObject = (req: RecordedRequest, p: OrgPull) => {
    const repo = repos.get(p.repo)!;
    const sha = (ref: string, fallback: string) => repo.head(ref) ?? fallback;
    return pullRequestObject(host(req), factsOf(req), { ...p, head: { ref: p.head.ref, sha: sha(p.head.ref, p.head.sha) }, base: { ref: p.base.ref, sha: sha(p.base.ref, p.base.sha) } });
  };
  const p = '/repos/:owner/:repo';
  const pullRoutes: Route[] = [
    ['GET', `${p}/pulls`, (req) => {
      const { head, base, state = 'open' } = req.query;
      return json(200, pulls.filter((x) => x.repo === req.params.repo && (state === 'all' || x.state === state) && (!head || `${org}:${x.head.ref}` === head) && (!base || x.base.ref === base)).map((x) => pullObject(req, x)));
    }],
    ['POST', `${p}/pulls`, (req) => {
      const repo = ours(req)!;
      const { title, body = null, head, base } = req.body ?? {};
      if (!repo.head(head) || !repo.head(base)) return json(422, { message: 'Validation Failed', errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }], documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request', status: '422' });
      if (pulls.some((x) => x.repo === req.params.repo && x.state === 'open' && x.head.ref === head && x.base.ref === base))
        return json(422, { message: 'Validation Failed', errors: [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${org}:${head}.` }], documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request', status: '422' });
      const pr: OrgPull = { repo: req.params.repo, number: pulls.filter((x) => x.repo === req.params.repo).length + 1, state: 'open', title, body, head: { ref: head, sha: repo.head(head)! }, base: { ref: base, sha: repo.head(base)! }, user: ACTIONS_BOT };
      pulls.push(pr);
      return json(201, pullObject(req, pr));
    }],
    ['PATCH', `${p}/pulls/:number`, (req) => {
      const pr = pulls.find((x) => x.repo === req.params.repo && x.number === Number(req.params.number));
      if (!pr) return notFound();
      for (const k of ['title', 'body', 'state'] as const) if (req.body?.[k] !== undefined) (pr as unknown as Record<string, unknown>)[k] = req.body[k];
      return json(200, pullObject(req, pr));
    }],
    ['POST', `${p}/issues/:number/comments`, (req) => {
      comments.push({ repo: req.params.repo, issue: Number(req.params.number), body: req.body?.body });
      return json(201, issueCommentObject(host(req), factsOf(req), Number(req.params.number), comments.length, req.body?.body, ACTIONS_BOT));
    }],
  ];

  const graphql: Route = ['POST', '/graphql', async (req) => {
    const vars = req.body?.variables ?? {};
    const input = vars.input;
    const name = input ? String(input.repositoryId ?? '').replace(/^R_org_/, '') : vars.owner === org ? vars.name : undefined;
    const repo = name === undefined ? undefined : repos.get(name);
    if (!repo) return undefined;
    const handler = repo.routes().find(([m, path]) => m === 'POST' && path === '/graphql')![2];
    const res = await handler(input ? { ...req, body: { ...req.body, variables: { ...vars, input: { ...input, repositoryId: SHARED_ID } } } } : req);
    const data = (res?.body as { data?: { repository?: { id?: string } } } | undefined)?.data;
    if (data?.repository?.id === SHARED_ID) data.repository.id = `R_org_${name}`;
    return res;
  }];

  return {
    repo: (name) => repos.get(name)!,
    pulls,
    comments,
    routes() {
      const gitRoutes: Route[] = [];
      // One route per operation, answered by the repository the path names (the same routes for every repository).
      const template = createFakeGitRepo();
      try {
        for (const [method, pattern] of template.routes()) {
          if (pattern === '/graphql' || pattern === p) continue;
          gitRoutes.push([method, pattern, async (req) => {
            const repo = ours(req);
            if (!repo) return notFound();
            const handler = repo.routes().find(([m, path]) => m === method && path === pattern)![2];
            const res = await handler(req);
            return res && complete(pattern, repo, req, res);
          }]);
        }
      } finally {
        template.remove();
      }
      const repository: Route = ['GET', p, (req) => {
        const f = ours(req) && facts(req.params.repo);
        return f ? json(200, repositoryObject(host(req), f)) : notFound();
      }];
      return [repository, ...gitRoutes, ...pullRoutes, graphql];
    },
    remove: () => {
      for (const repo of repos.values()) repo.remove();
    },
  };
}
