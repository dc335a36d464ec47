import { runCli } from '../../src/cli/run.js';
import type { Clock } from '../../src/probe/retry.js';
import type { Transport } from '../../src/probe/types.js';

/** A clock whose sleeps are recorded and skipped (time moves only by them). */
export function sleepless(): Clock & { sleeps: number[] } {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

/**
 * Virtual time for probes that run side by side: requests take no time, and the earliest sleep
 * ends only when nothing else can run (no request in flight, no work queued). Each probe's budget
 * then counts its own sleeps, as in real time, however the probes interleave. Pass the wrapped
 * transport so requests in flight hold time still.
 */
export function virtualTime(inner?: Transport): { clock: Clock & { sleeps: number[] }; transport: Transport | undefined } {
  let now = 0;
  let inflight = 0;
  let scheduled = false;
  const sleeps: number[] = [];
  const timers: Array<{ at: number; seq: number; wake: () => void }> = [];
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      if (inflight > 0 || !timers.length) return;
      timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = timers.shift()!;
      now = Math.max(now, next.at);
      next.wake();
      schedule();
    });
  };
  const clock = {
    sleeps,
    now: () => now,
    sleep: (ms: number) =>
      new Promise<void>((wake) => {
        sleeps.push(ms);
        timers.push({ at: now + ms, seq: sleeps.length, wake });
        schedule();
      }),
  };
  const transport: Transport | undefined = inner && {
    send: async (request, options) => {
      inflight++;
      try {
        return await inner.send(request, options);
      } finally {
        inflight--;
        schedule();
      }
    },
  };
  return { clock, transport };
}

/** `clawcheck probe …` in-process, with output captured. */
export async function probeCli(cwd: string, argv: string[], env: Record<string, string>, extra: { clock?: Clock; transport?: Transport } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli({
    argv: ['probe', ...argv],
    cwd,
    env,
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    ...extra,
  });
  return { code, stdout, stderr };
}

/** A transport that must never be used: any request fails the test that made it. */
export function forbiddenTransport(sent: string[]): Transport {
  return {
    send: async (r) => {
      sent.push(`${r.method} ${r.url}`);
      return { kind: 'failed', message: 'no request may be sent here', latencyMs: 0, attempts: 1 };
    },
  };
}
