import type { FailOn } from '../core/finding.js';
import type { CheckResult } from '../core/result.js';
import type { RuleMeta } from '../rules/types.js';
import type { GitHubClient } from './client.js';
import type { RunContext } from './context.js';

/** What the Action says in its log, kept apart from @actions/core so channels are testable. */
export interface ActionLog {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  /** Raw text to stdout (workflow commands). */
  write(text: string): void;
  /** A line shown only with ACTIONS_STEP_DEBUG: why a channel was used or skipped. */
  debug?(message: string): void;
}

/** Lines each changed file adds or modifies in the PR (right side), for "changed lines first". */
export type ChangedLines = Map<string, Set<number>>;

export interface PublishContext {
  result: CheckResult;
  rules: RuleMeta[];
  run: RunContext;
  client?: GitHubClient;
  failOn: FailOn;
  changedLines?: ChangedLines;
  log: ActionLog;
  /** Name of the check run (input `check-name`); default `clawcheck`. */
  checkName?: string;
  /** Where every finding can be read, for a channel that cuts its list (plain text, e.g. "the SARIF file x.sarif"); asked only then. */
  fullList?: () => string;
}

/** Thrown by a channel that cannot publish here (no permission, fork, API refusal): the cascade moves on. */
export class ChannelUnavailable extends Error {
  constructor(
    readonly channel: string,
    message: string,
    /** The reason in a few words, for the debug line ("token lacks checks:write (403 on create)"). */
    readonly short: string = message,
  ) {
    super(message);
  }
}
