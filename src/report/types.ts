import type { CheckResult } from '../core/result.js';
import type { RuleMeta } from '../rules/types.js';

/** What a formatter knows besides the result: rule metadata, the terminal, our version. */
export interface ReportContext {
  rules: RuleMeta[];
  /** Emit ANSI colour codes (only the stylish formatter uses colour). */
  color: boolean;
  /** clawcheck's version, recorded in machine-readable outputs. */
  version: string;
}

/**
 * A file formatter: a pure function of the result, so the same text can go to stdout or a file.
 * (The asynchronous GitHub channels — checks, summary, review — implement a sibling interface.)
 */
export interface Reporter {
  name: string;
  format(result: CheckResult, ctx: ReportContext): string;
}
