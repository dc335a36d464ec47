import { readFileSync } from 'node:fs';

/** What a run is about, read once from the runner's environment and the event payload. */
export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  /** The commit the run checks (the PR head for pull_request events). */
  sha: string;
  workspace: string;
  apiUrl: string;
  serverUrl: string;
  runId?: string;
  pullRequest?: PullRequestInfo;
}

export interface PullRequestInfo {
  number: number;
  headSha: string;
  headRef: string;
  baseRef: string;
  /** The head lives in another repository: the token is read-only there. */
  fork: boolean;
  headRepo: string;
  /** `changed_files` from the event payload: how many files GitHub says the PR changes. */
  changedFiles?: number;
}

type Env = Record<string, string | undefined>;

/** Reads GITHUB_* variables and the event payload; a missing payload is an empty event. */
export function readRunContext(env: Env): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  let payload: Record<string, any> = {}; // eslint-disable-line @typescript-eslint/no-explicit-any
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch {
      payload = {};
    }
  }
  const pr = payload.pull_request;
  const base = `${owner}/${repo}`;
  const pullRequest: PullRequestInfo | undefined =
    pr && typeof pr.number === 'number'
      ? {
          number: pr.number,
          headSha: String(pr.head?.sha ?? env.GITHUB_SHA ?? ''),
          headRef: String(pr.head?.ref ?? ''),
          baseRef: String(pr.base?.ref ?? ''),
          headRepo: String(pr.head?.repo?.full_name ?? base),
          // A head whose repository is gone (a deleted fork: GitHub sends `repo: null`) cannot be written either.
          fork: pr.head?.repo === null || (!!pr.head?.repo?.full_name && pr.head.repo.full_name !== (pr.base?.repo?.full_name ?? base)),
          ...(Number.isSafeInteger(pr.changed_files) && pr.changed_files >= 0 ? { changedFiles: pr.changed_files as number } : {}),
        }
      : undefined;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    owner,
    repo,
    sha: pullRequest?.headSha || env.GITHUB_SHA || '',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    runId: env.GITHUB_RUN_ID,
    pullRequest,
  };
}
