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

/** Runs a task when a concurrency slot is free (see executePlan); the default runs it at once. */
export type Slot = <T>(task: () => Promise<T>) => Promise<T>;
const anyTime: Slot = (task) => task();

/** Runs at most `limit` of the given tasks at a time. */
export function limiter(limit: number): Slot {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

/**
 * Each attempt takes a slot of its own, so a probe that sleeps before its retry leaves the slot to
 * the others. The budget starts with the first attempt; time spent waiting for a slot after that
 * is the other probes', not this one's, and is added back to it.
 */
export async function sendWithRetries(transport: Transport, request: HttpRequest, timeoutMs: number, clock: Clock, budget: RequestBudget, slot: Slot = anyTime): Promise<Sent> {
  let start: number | undefined;
  let queued = 0;
  let last: HttpResult | undefined;
  for (let attempt = 1; ; attempt++) {
    const asked = clock.now();
    const step = await slot(async (): Promise<{ done: Sent } | { answer: HttpResult }> => {
      const now = clock.now();
      if (start === undefined) start = now;
      else queued += now - asked;
      const remaining = start + queued + timeoutMs - now;
      if (remaining <= 0) return { done: { kind: 'timeout', latencyMs: now - start - queued, attempts: attempt - 1, ...(last?.kind === 'answer' ? { lastStatus: last.status } : {}) } };
      if (!budget.take()) return { done: last ?? { kind: 'not-sent' } };
      return { answer: await transport.send(request, { timeoutMs: remaining }) };
    });
    if ('done' in step) return step.done;
    const r = step.answer;
    const elapsed = clock.now() - start! - queued;
    last = { ...r, attempts: attempt, latencyMs: elapsed };
    if (r.kind !== 'answer' || (r.status !== 429 && r.status < 500) || attempt >= MAX_ATTEMPTS) return last;
    const wait = retryAfterMs(r.headers['retry-after']) ?? Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (attempt - 1));
    // A wait that would outlast the budget is not taken: the answer stands.
    if (elapsed + wait >= timeoutMs) return last;
    await clock.sleep(wait);
  }
}
