// One probe's requests within its time budget: 429 and 5xx answers are retried with backoff,
// Retry-After honoured when it fits in what is left; every attempt counts against --max-requests.
import type { HttpRequest, HttpResult, Transport } from './types.js';

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** The requests a run may still send. */
export class RequestBudget {
  sent = 0;
  constructor(readonly max: number) {}
  take(): boolean {
    if (this.sent >= this.max) return false;
    this.sent++;
    return true;
  }
}

export const MAX_ATTEMPTS = 4;
const FIRST_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 8_000;

/** Retry-After in ms: delta seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | undefined, nowEpochMs = Date.now()): number | undefined {
  if (!header) return undefined;
  const v = header.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowEpochMs);
}

export type Sent = HttpResult | { kind: 'not-sent' };

export async function sendWithRetries(transport: Transport, request: HttpRequest, timeoutMs: number, clock: Clock, budget: RequestBudget): Promise<Sent> {
  const start = clock.now();
  const deadline = start + timeoutMs;
  let last: HttpResult | undefined;
  for (let attempt = 1; ; attempt++) {
    const remaining = deadline - clock.now();
    if (remaining <= 0) return { kind: 'timeout', latencyMs: clock.now() - start, attempts: attempt - 1, ...(last?.kind === 'answer' ? { lastStatus: last.status } : {}) };
    if (!budget.take()) return last ?? { kind: 'not-sent' };
    const r = await transport.send(request, { timeoutMs: remaining });
    last = { ...r, attempts: attempt, latencyMs: clock.now() - start };
    if (r.kind !== 'answer' || (r.status !== 429 && r.status < 500) || attempt >= MAX_ATTEMPTS) return last;
    const wait = retryAfterMs(r.headers['retry-after']) ?? Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (attempt - 1));
    // A wait that would outlast the budget is not taken: the answer stands.
    if (clock.now() + wait >= deadline) return last;
    await clock.sleep(wait);
  }
}
