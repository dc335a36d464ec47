/**
 * GitHub's REST objects as its OpenAPI description defines them (every required field, typed
 * against @octokit/openapi-types), for the fakes' canned answers: a repository, a user, a pull
 * request, an issue comment, git refs, commits, trees and comparisons.
 */
import type { components } from '@octokit/openapi-types';

type Schemas = components['schemas'];
const DATE = '2030-01-01T00:00:00Z';

export function simpleUser(host: string, account: { login: string; id: number; type: string }): Schemas['simple-user'] {
  const url = `${host}/users/${encodeURIComponent(account.login)}`;
  return {
    login: account.login,
    id: account.id,
    node_id: `U_${account.id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `https://github.com/${encodeURIComponent(account.login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: account.type,
    site_admin: false,
  };
}

export interface RepositoryFacts {
  id: number;
  owner: string;
  name: string;
  defaultBranch: string;
  size?: number;
  archived?: boolean;
  disabled?: boolean;
  fork?: boolean;
  topics?: string[];
}

/** `GET /repos/{owner}/{repo}` (full-repository); also a pull request's `head.repo` and `base.repo` (repository). */
export function repositoryObject(host: string, r: RepositoryFacts): Schemas['full-repository'] & Schemas['repository'] {
  const url = `${host}/repos/${r.owner}/${r.name}`;
  const html = `https://github.com/${r.owner}/${r.name}`;
  return {
    id: r.id,
    node_id: `R_${r.id}`,
    name: r.name,
    full_name: `${r.owner}/${r.name}`,
    owner: simpleUser(host, { login: r.owner, id: 1, type: 'Organization' }),
    private: true,
    html_url: html,
    description: null,
    fork: !!r.fork,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_url: `git://github.com/${r.owner}/${r.name}.git`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    ssh_url: `git@github.com:${r.owner}/${r.name}.git`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    hooks_url: `${url}/hooks`,
    svn_url: html,
    homepage: null,
    language: null,
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: r.size ?? 0,
    default_branch: r.defaultBranch,
    open_issues_count: 0,
    topics: r.topics ?? [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: !!r.archived,
    disabled: !!r.disabled,
    visibility: 'private',
    pushed_at: DATE,
    created_at: DATE,
    updated_at: DATE,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    subscribers_count: 0,
    network_count: 0,
    license: null,
    forks: 0,
    open_issues: 0,
    watchers: 0,
  };
}

export interface PullFacts {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string | null;
  head: { ref: string; sha: string };
  base: { ref: string; sha: string };
  user: { login: string; id: number; type: string };
}

/** A pull request (`pulls.create`, `pulls.update`); its list entries (pull-request-simple) are the same object. */
export function pullRequestObject(host: string, repo: RepositoryFacts, p: PullFacts): Schemas['pull-request'] & Schemas['pull-request-simple'] {
  const repoUrl = `${host}/repos/${repo.owner}/${repo.name}`;
  const url = `${repoUrl}/pulls/${p.number}`;
  const html = `https://github.com/${repo.owner}/${repo.name}/pull/${p.number}`;
  const repository = repositoryObject(host, repo);
  const owner = repository.owner;
  const side = (s: { ref: string; sha: string }) => ({ label: `${repo.owner}:${s.ref}`, ref: s.ref, sha: s.sha, user: owner, repo: repository });
  return {
    url,
    id: 5000 + p.number,
    node_id: `PR_${p.number}`,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${repoUrl}/issues/${p.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${repoUrl}/pulls/comments{/number}`,
    comments_url: `${repoUrl}/issues/${p.number}/comments`,
    statuses_url: `${repoUrl}/statuses/${p.head.sha}`,
    number: p.number,
    state: p.state,
    locked: false,
    title: p.title,
    user: simpleUser(host, p.user),
    body: p.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: DATE,
    updated_at: DATE,
    closed_at: p.state === 'closed' ? DATE : null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(p.head),
    base: side(p.base),
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: `${repoUrl}/issues/${p.number}` },
      comments: { href: `${repoUrl}/issues/${p.number}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${repoUrl}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${repoUrl}/statuses/${p.head.sha}` },
    },
    author_association: 'NONE',
    auto_merge: null,
    draft: false,
    merged: false,
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}

export function issueCommentObject(host: string, repo: RepositoryFacts, issue: number, id: number, body: string, user: { login: string; id: number; type: string }): Schemas['issue-comment'] {
  const repoUrl = `${host}/repos/${repo.owner}/${repo.name}`;
  return {
    id,
    node_id: `IC_${id}`,
    url: `${repoUrl}/issues/comments/${id}`,
    body,
    html_url: `https://github.com/${repo.owner}/${repo.name}/pull/${issue}#issuecomment-${id}`,
    user: simpleUser(host, user),
    created_at: DATE,
    updated_at: DATE,
    issue_url: `${repoUrl}/issues/${issue}`,
    author_association: 'NONE',
  };
}

export type GitRef = Schemas['git-ref'];
export type GitCommit = Schemas['git-commit'];
export type GitTree = Schemas['git-tree'];
export type ShortBlob = Schemas['short-blob'];
export type Commit = Schemas['commit'];
export type CommitComparison = Schemas['commit-comparison'];
