/**
 * Bounded waits on GitHub's API. Every attempt has a timeout; retries of server errors and sleeps
 * for rate limits draw on one budget for the whole run; a wait that does not fit what is left is
 * not taken, and the request fails with a GitHubWaitError, so the channel that made it degrades
 * with a notice while the verdict still comes from the findings. A GitHub that cannot be reached
 * (refused, DNS, TLS, no answer in time), or that has said it will refuse every request until some
 * time, is not asked again meanwhile.
 *
 * Written here rather than with @octokit/plugin-retry and plugin-throttling's retry handlers:
 * those sleep on their own timers (no budget across requests, nothing a test can stand in for)
 * and retry a refused connection or a failed DNS lookup like a server error.
 */
import type { Octokit } from '@octokit/core';

/** Longest wait for one answer (headers and body) before the request counts as failed. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** Everything a run may sleep, all requests together: retry back-offs and rate-limit waits. */
export const WAIT_BUDGET_MS = 120_000;
/** Retries of one request at most (server errors, dropped connections, rate limits). */
export const RETRIES = 3;
/** GitHub's advice when a secondary rate limit names no wait: at least a minute. */
const SECONDARY_LIMIT_WAIT_MS = 60_000;

export interface WaitLimits {
  requestTimeoutMs: number;
  waitBudgetMs: number;
  retries: number;
}

/** Time as the client sees it; tests pass one that records sleeps instead of taking them. */
export interface WaitClock {
  now(): number;
  sleep(ms: number): Promise<void>;
  /** A signal that aborts after `ms` (one attempt's timeout). */
  timeout(ms: number): AbortSignal;
}

export const systemClock: WaitClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  timeout: (ms) => AbortSignal.timeout(ms),
};

export type WaitErrorKind = 'rate-limit' | 'timeout' | 'unreachable';

/** A request given up on because waiting longer would break the bounds. It has no HTTP status on purpose: a rate-limit 403 is not a permission problem. */
export class GitHubWaitError extends Error {
  constructor(
    readonly kind: WaitErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'GitHubWaitError';
  }
}

/** Error codes of connections that will not work by trying again within a run. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'EAI_FAIL',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
]);

/** The cause naming a connection that could not be made (refused, DNS, TLS), looked for through the error's causes. */
export function unreachableCause(e: unknown): { code: string; message: string } | undefined {
  const seen = new Set<unknown>();
  const queue: unknown[] = [e];
  while (queue.length && seen.size < 20) {
    const x = queue.shift();
    if (!x || typeof x !== 'object' || seen.has(x)) continue;
    seen.add(x);
    const { code, cause, errors, message } = x as { code?: unknown; cause?: unknown; errors?: unknown; message?: unknown };
    if (typeof code === 'string' && UNREACHABLE.has(code)) return { code, message: String(message ?? code) };
    queue.push(cause);
    if (Array.isArray(errors)) queue.push(...errors);
  }
  return undefined;
}

interface ErrorLike {
  status?: unknown;
  message?: unknown;
  response?: { headers?: Record<string, string | undefined> };
}

export interface RateLimit {
  /** `primary`: the token's hourly quota is used up; `secondary`: GitHub asks for a pause. */
  kind: 'primary' | 'secondary';
  waitMs: number;
}

/** The wait a 403/429 asks for, or undefined when it is not a rate limit (a 403 for missing permissions). */
export function rateLimitOf(e: unknown, nowMs: number): RateLimit | undefined {
  const { status, message, response } = (e ?? {}) as ErrorLike;
  if (status !== 403 && status !== 429) return undefined;
  const headers = response?.headers ?? {};
  const retryAfter = headers['retry-after']?.trim();
  if (retryAfter) {
    const seconds = /^\d+$/.test(retryAfter) ? Number(retryAfter) : (Date.parse(retryAfter) - nowMs) / 1000;
    if (Number.isFinite(seconds)) return { kind: 'secondary', waitMs: Math.max(0, Math.ceil(seconds * 1000)) };
  }
  if (headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    // One second past the reset, as GitHub advises; an unreadable reset is treated as a long one.
    return { kind: 'primary', waitMs: Number.isFinite(reset) ? Math.max(0, reset * 1000 - nowMs) + 1000 : Infinity };
  }
  if (status === 429 || /secondary rate limit|abuse detection/i.test(String(message ?? ''))) return { kind: 'secondary', waitMs: SECONDARY_LIMIT_WAIT_MS };
  return undefined;
}

/** A server error or a connection dropped mid-request: worth a retry. */
function transient(e: unknown): boolean {
  const status = (e as ErrorLike)?.status;
  return typeof status === 'number' && status >= 500;
}

const seconds = (ms: number) => (Number.isFinite(ms) ? `${Math.ceil(ms / 1000)} s` : 'an unknown time');

function pathOf(url: unknown): string {
  try {
    return new URL(String(url), 'http://github.invalid').pathname;
  } catch {
    return String(url);
  }
}

function originOf(url: unknown): string {
  try {
    return new URL(String(url)).origin;
  } catch {
    return 'the API URL';
  }
}

type RequestFn = (options: Record<string, unknown>) => Promise<unknown>;

/**
 * An Octokit plugin applying the bounds; one per client, so the budget is the run's. Give it last
 * to getOctokit so that it wraps the other plugins (a retry goes through their pacing again).
 */
export function boundedWaits(limits: WaitLimits, clock: WaitClock, log?: (message: string) => void, onUnreachable?: (error: GitHubWaitError) => void) {
  let sleptMs = 0;
  /** Requests fail without being sent until this time (Infinity: for the rest of the run). */
  let blocked: { until: number; kind: WaitErrorKind; reason: string } | undefined;

  const block = (until: number, kind: WaitErrorKind, reason: string, cause: unknown): GitHubWaitError => {
    blocked = { until, kind, reason };
    const error = new GitHubWaitError(kind, reason, { cause });
    // Told before the caller sees the error, so the run can stop using the API at once.
    if (kind !== 'rate-limit') onUnreachable?.(error);
    return error;
  };

  return (octokit: Octokit): void => {
    octokit.hook.wrap('request', async (request, options) => {
      const send = request as unknown as RequestFn;
      // options.url is still the route template here (`/repos/{owner}/{repo}`): name the real one.
      const url = octokit.request.endpoint.parse(options).url;
      const given = (options.request as { signal?: AbortSignal } | undefined)?.signal;
      const what = `${String(options.method)} ${pathOf(url)}`;
      for (let attempt = 0; ; attempt++) {
        if (blocked && clock.now() < blocked.until) throw new GitHubWaitError(blocked.kind, `${what} not sent: ${blocked.reason}`);
        const timeout = clock.timeout(limits.requestTimeoutMs);
        const signal = given ? AbortSignal.any([given, timeout]) : timeout;
        let failure: unknown;
        try {
          // In place: before-after-hook hands the inner hooks the options object it was first given.
          (options as { request?: unknown }).request = { ...options.request, signal };
          const response = await send(options);
          // An abort while the body streams in is swallowed by @octokit/request (the data comes back empty).
          if (!timeout.aborted) return response as never;
        } catch (e) {
          failure = e;
        }
        // Not retried: a write that timed out may have been applied, and a second try costs as much again.
        // Nor is anything else sent: GitHub answers within 10 s or with an error, so silence means the way there is broken.
        if (given?.aborted) throw failure;
        if (timeout.aborted)
          throw block(Infinity, 'timeout', `GitHub did not answer ${what} within ${seconds(limits.requestTimeoutMs)}; no further requests are made this run`, failure);
        const unreachable = unreachableCause(failure);
        if (unreachable)
          throw block(Infinity, 'unreachable', `cannot connect to GitHub at ${originOf(url)} (${unreachable.code}: ${unreachable.message}); no further requests are made this run`, failure);

        const left = limits.waitBudgetMs - sleptMs;
        const limit = rateLimitOf(failure, clock.now());
        let waitMs: number;
        if (limit) {
          waitMs = limit.waitMs;
          const asked =
            limit.kind === 'primary'
              ? `GitHub's API rate limit for this token is used up for ${seconds(waitMs)}`
              : `GitHub's secondary rate limit asks for a pause of ${seconds(waitMs)} before ${what}`;
          if (waitMs > left) throw block(clock.now() + waitMs, 'rate-limit', `${asked}, more than the ${seconds(left)} left of clawcheck's wait budget: not waiting`, failure);
          if (attempt >= limits.retries) throw block(clock.now() + waitMs, 'rate-limit', `${asked}, after ${limits.retries} retries: not waiting again`, failure);
          log?.(`${asked}; waiting (${seconds(left - waitMs)} of the wait budget left after it)`);
        } else if (transient(failure) && attempt < limits.retries) {
          waitMs = (attempt + 1) ** 2 * 1000;
          if (waitMs > left) throw failure;
          log?.(`GitHub answered ${what} with ${(failure as Error).message}; retrying in ${seconds(waitMs)}`);
        } else {
          throw failure;
        }
        sleptMs += waitMs;
        await clock.sleep(waitMs);
      }
    });
  };
}
