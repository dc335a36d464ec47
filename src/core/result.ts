import type { Finding } from './finding.js';
import type { SourceFile } from './source.js';

/** A path that was found but not read, and why (reported, never silently dropped). */
export interface SkippedPath {
  path: string;
  /** `unknown-type`: named explicitly (or by an include glob) but not a compose, openclaw or .env file by name. */
  reason: 'too-large' | 'symlink-outside-root' | 'unreadable' | 'not-a-file' | 'binary' | 'unknown-type' | 'unreportable-name';
  message: string;
  /** Where a checked file names it (an `env_file:` entry): its finding is reported there. */
  namedAt?: { location: import('./finding.js').Location; range: [number, number] };
}

export interface CheckResult {
  /** Absolute scan root; every `file` in findings is relative to it, with `/`. */
  root: string;
  /** Files checked, relative paths, sorted. */
  files: string[];
  findings: Finding[];
  skipped: SkippedPath[];
  /** Text of every checked file, for code frames, diffs and suggestions. */
  sources: Map<string, SourceFile>;
  /** Nested policy files in force (folder relative to the root, and the file). */
  zones?: Array<{ dir: string; loaded: { sources: string[]; file?: string } }>;
  /** Problems with how the policy files combine, for the shell to print. */
  warnings?: string[];
  /** `clawcheck probe`: what was requested of the live services, and how each answered. */
  probes?: ProbeRecord[];
}

/** One request of a probe (or one that was planned and not sent), at the line that configures it. */
export interface ProbeRecord {
  file: string;
  line: number;
  /** The service asked (the provider's base URL, or the proxy's URL). */
  baseUrl: string;
  /** The model asked about; empty for a request about no one model (a proxy's health). */
  model: string;
  /** `models` (GET /models), `completion`, `tools` (a completion with a tool), `health`, `messages` (the proxy's Anthropic API). */
  mode: 'models' | 'completion' | 'tools' | 'health' | 'messages';
  /** The HTTP status of the last answer; null when none came. */
  status: number | null;
  latencyMs: number | null;
  /** `ok`, or the rule id of what was found (`model-unavailable`, `model-timeout`, …; `probe-skipped` for what was not asked). */
  outcome: string;
}
