/**
 * GitHub's API for one run. The first request that cannot reach GitHub (refused, DNS, TLS, no
 * answer in time: waits.ts) ends the API's part in the run: every later channel that needs it is
 * skipped with a debug line, their own notices are not said, and one notice says why, so a run
 * without GitHub finishes in seconds with workflow-command annotations and the job summary.
 */
import type { ActionLog } from '../github/channel.js';
import { createClient } from '../github/client.js';
import type { ClientOptions, GitHubClient } from '../github/client.js';
import type { GitHubWaitError } from '../github/waits.js';

export class RunApi {
  private readonly client?: GitHubClient;
  private lost?: GitHubWaitError;
  private told = false;

  constructor(
    token: string,
    options: Omit<ClientOptions, 'token' | 'onUnreachable'>,
    private readonly log: ActionLog,
    private readonly notices: string[],
  ) {
    if (token) this.client = createClient({ ...options, token, onUnreachable: (e) => (this.lost ??= e) });
  }

  /** GitHub could not be reached earlier in this run. */
  get offline(): boolean {
    return this.lost !== undefined;
  }

  /** The client for `channel`, or undefined (with the debug line saying why) when there is no token or GitHub is out of reach. */
  for(channel: string): GitHubClient | undefined {
    if (!this.client) this.log.debug?.(`${channel}: skipped — no token`);
    else if (this.lost) this.log.debug?.(`${channel}: skipped — GitHub's API is out of reach this run`);
    else return this.client;
    return undefined;
  }

  /** `log` for a channel: once GitHub is out of reach its notices become debug lines (the one notice says it all). */
  quiet<T extends ActionLog>(log: T): T {
    return { ...log, notice: (m: string) => (this.lost ? log.debug?.(`not said, GitHub's API is out of reach: ${m}`) : log.notice(m)) };
  }

  /** The token was given (whether or not GitHub answers). */
  get hasToken(): boolean {
    return this.client !== undefined;
  }

  /**
   * Once GitHub is known to be out of reach: the one notice (later calls say nothing). A channel
   * calls it after its request failed, before it would say its own notice; true means "said for you".
   */
  settle(consequence = ''): boolean {
    if (!this.lost) return false;
    if (!this.told) {
      this.told = true;
      const message =
        `GitHub's API is out of reach: ${this.lost.message}. clawcheck reports through workflow-command annotations and the job summary; ` +
        `the check run, review suggestions, fix commits and pull requests and the audit issue are skipped${consequence}.`;
      this.notices.push(message);
      this.log.notice(message);
    }
    return true;
  }
}
