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
