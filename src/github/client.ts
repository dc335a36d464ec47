import { getOctokit } from '@actions/github';
import { throttling } from '@octokit/plugin-throttling';
import { boundedWaits, systemClock, REQUEST_TIMEOUT_MS, RETRIES, WAIT_BUDGET_MS } from './waits.js';
import type { GitHubWaitError, WaitClock, WaitLimits } from './waits.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  baseUrl: string;
  /** Retries of one failed request (server errors, rate limits); 0 in tests that assert calls. */
  retries?: number;
  /** Per-attempt timeout and the run's budget for sleeps (defaults in waits.ts, documented in the README). */
  limits?: Partial<Omit<WaitLimits, 'retries'>>;
  /** Where time comes from; tests record the sleeps instead of taking them. */
  clock?: WaitClock;
  /**
   * Pace requests as GitHub asks (writes one second apart). Off only in tests against a local
   * fake, where the pacing would just slow them down.
   */
  throttle?: boolean;
  log?: (message: string) => void;
  /** Called once when GitHub cannot be reached (connection-level failure or no answer in time): no request is sent after it. */
  onUnreachable?: (error: GitHubWaitError) => void;
}

/**
 * Octokit whose waits are bounded (see waits.ts): a timeout per attempt, one budget for every
 * retry and rate-limit sleep, no retry of connections that cannot be made. plugin-throttling only
 * paces requests here; its rate-limit handlers decline, so boundedWaits alone decides on retries.
 */
export function createClient(options: ClientOptions): GitHubClient {
  const limits: WaitLimits = {
    requestTimeoutMs: options.limits?.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
    waitBudgetMs: options.limits?.waitBudgetMs ?? WAIT_BUDGET_MS,
    retries: options.retries ?? RETRIES,
  };
  const decline = () => false;
  return getOctokit(
    options.token,
    // No `request` object here: it would replace @actions/github's proxy-aware fetch.
    { baseUrl: options.baseUrl, throttle: { enabled: options.throttle ?? true, onRateLimit: decline, onSecondaryRateLimit: decline } },
    throttling,
    boundedWaits(limits, options.clock ?? systemClock, options.log, options.onUnreachable),
  );
}

/** HTTP status of an Octokit error, if it has one. */
export function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}
