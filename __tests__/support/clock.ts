import type { WaitClock } from '../../src/github/waits.js';

/** A clock whose sleeps are recorded and skipped, and whose request timeouts fire only when a test says so. */
export interface TestClock {
  clock: WaitClock;
  /** Every sleep asked for, in ms. */
  sleeps: number[];
  /** One controller per request attempt: `timeouts.length` counts the attempts. */
  timeouts: AbortController[];
  advance(ms: number): void;
}

export function testClock(start = Date.UTC(2030, 0, 1)): TestClock {
  let now = start;
  const t: TestClock = {
    sleeps: [],
    timeouts: [],
    advance: (ms) => void (now += ms),
    clock: {
      now: () => now,
      sleep: async (ms) => {
        t.sleeps.push(ms);
        now += ms;
      },
      timeout: () => {
        const c = new AbortController();
        t.timeouts.push(c);
        return c.signal;
      },
    },
  };
  return t;
}
