import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  baseUrl: string;
  /** Retries of a failed request (server errors, secondary rate limits); 0 in tests that assert calls. */
  retries?: number;
  /**
   * Pace requests as GitHub asks (writes one second apart, waits on rate limits). Off only in
   * tests against a local fake, where the pacing would just slow them down.
   */
  throttle?: boolean;
  log?: (message: string) => void;
}

/** Octokit with retries and rate-limit handling: at most `retries` waits, then the error surfaces. */
export function createClient(options: ClientOptions): GitHubClient {
  const retries = options.retries ?? 3;
  const onLimit = (after: number, req: { method: string; url: string }, _o: unknown, count: number) => {
    options.log?.(`GitHub rate limit on ${req.method} ${req.url}; ${count < retries ? `retrying in ${after}s` : 'giving up'}`);
    return count < retries;
  };
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      // Not `request.retries`: that retries every failed request, 403s and 422s included, and a
      // `request` object here would also replace @actions/github's proxy-aware fetch.
      retry: { retries, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
      throttle: { enabled: options.throttle ?? true, onRateLimit: onLimit, onSecondaryRateLimit: onLimit },
    },
    retry,
    throttling,
  );
}

/** HTTP status of an Octokit error, if it has one. */
export function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}
