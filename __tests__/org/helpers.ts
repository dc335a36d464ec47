import { runOrgCli } from '../../src/cli/org.js';
import { testClock } from '../support/clock.js';
import type { TestClock } from '../support/clock.js';

export interface OrgRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `clawcheck org …` in-process against the fake at `apiUrl`, its waits on a recorded clock, nothing paced. */
export function orgCli(cwd: string, apiUrl: string, clock: TestClock = testClock(), env: Record<string, string> = {}) {
  return async (...argv: string[]): Promise<OrgRun> => {
    let stdout = '';
    let stderr = '';
    const code = await runOrgCli(
      { argv, cwd, env: { GITHUB_TOKEN: 'ghs_test', GITHUB_API_URL: apiUrl, ...env }, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } },
      argv,
      { clock: clock.clock, throttle: false },
    );
    return { code, stdout, stderr };
  };
}
