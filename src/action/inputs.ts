import type { FailOn } from '../core/finding.js';

/** The Action's inputs, read once and validated (create-pull-request style): nothing else reads INPUT_*. */
export interface ActionInputs {
  paths: string[];
  config?: string;
  failOn: FailOn;
  /** undefined: decided by the event (true on pull_request). */
  onlyChanged?: boolean;
  annotations: 'auto' | 'checks' | 'commands' | 'off';
  summary: boolean;
  sarifFile?: string;
  suggestions: boolean;
  token: string;
  fix: 'none' | 'suggest' | 'commit' | 'pull-request';
  fixType: 'problem' | 'suggestion';
  /** Branch of the autofix pull request; default `clawcheck/autofix/<base>`. */
  fixBranch?: string;
  fixLabels: string[];
  fixReviewers: string[];
  fixAssignees: string[];
  auditIssue: boolean;
  auditTitle: string;
  /** Name of the check run: one that differs from the job's name keeps the two apart. */
  checkName: string;
  /** JSON report of every finding, inside the workspace; empty: one in RUNNER_TEMP, only when a list is cut. */
  reportFile?: string;
  probe: 'off' | 'models' | 'completion';
  probeAllowHosts: string[];
  probeTimeoutMs: number;
  probeMaxRequests: number;
  /** The proxy to ask (GET /health, POST /v1/messages); none when unset. */
  probeProxyUrl?: string;
}

function httpUrl(env: Env, name: string): string | undefined {
  const v = input(env, name);
  if (!v) return undefined;
  let ok = false;
  try {
    ok = ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    ok = false;
  }
  if (!ok) throw new InputError(`input "${name}" must be an http or https URL, not "${v}"`);
  return v;
}

function whole(env: Env, name: string, fallback: number, min: number): number {
  const v = input(env, name);
  if (!v) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < min) throw new InputError(`input "${name}" must be a whole number ≥ ${min}, not "${v}"`);
  return Number(v);
}

export class InputError extends Error {}

type Env = Record<string, string | undefined>;

/** Same lookup as @actions/core's getInput: `INPUT_` + the name upper-cased, spaces as `_`. */
function input(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const v = input(env, name) || fallback;
  if (!(allowed as readonly string[]).includes(v)) throw new InputError(`input "${name}" must be one of ${allowed.join(', ')}, not "${v}"`);
  return v as T;
}

function bool(env: Env, name: string, fallback: boolean | undefined): boolean | undefined {
  const v = input(env, name).toLowerCase();
  if (!v) return fallback;
  if (['true', 'yes', 'on', '1'].includes(v)) return true;
  if (['false', 'no', 'off', '0'].includes(v)) return false;
  throw new InputError(`input "${name}" must be true or false, not "${input(env, name)}"`);
}

/** Comma, space or newline separated; an input that is set but empty means none. */
function list(env: Env, name: string, fallback: string[]): string[] {
  const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
  if (env[key] === undefined) return fallback;
  return input(env, name).split(/[\s,]+/).filter(Boolean);
}

/**
 * What to mask in the log before anything runs: the token as given, and the form actions/checkout
 * writes into `.git/config` (`AUTHORIZATION: basic base64(x-access-token:<token>)`), so neither can
 * reach the log even through a message that quotes a file.
 */
export function secretsToMask(env: Env): string[] {
  const token = input(env, 'token');
  if (!token) return [];
  return [token, Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')];
}

export function readInputs(env: Env): ActionInputs {
  return {
    paths: input(env, 'paths').split(/\s+/).filter(Boolean),
    config: input(env, 'config') || undefined,
    failOn: oneOf(env, 'fail-on', ['error', 'warning', 'never'] as const, 'error'),
    onlyChanged: bool(env, 'only-changed', undefined),
    annotations: oneOf(env, 'annotations', ['auto', 'checks', 'commands', 'off'] as const, 'auto'),
    summary: bool(env, 'summary', true)!,
    sarifFile: input(env, 'sarif-file') || undefined,
    suggestions: bool(env, 'suggestions', true)!,
    token: input(env, 'token'),
    fix: oneOf(env, 'fix', ['none', 'suggest', 'commit', 'pull-request'] as const, 'suggest'),
    fixType: oneOf(env, 'fix-type', ['problem', 'suggestion'] as const, 'problem'),
    fixBranch: input(env, 'fix-branch') || undefined,
    fixLabels: list(env, 'fix-labels', ['clawcheck']),
    fixReviewers: list(env, 'fix-reviewers', []),
    fixAssignees: list(env, 'fix-assignees', []),
    auditIssue: bool(env, 'audit-issue', false)!,
    auditTitle: input(env, 'audit-title') || 'clawcheck audit',
    checkName: input(env, 'check-name') || 'clawcheck',
    reportFile: input(env, 'report-file') || undefined,
    probe: oneOf(env, 'probe', ['off', 'models', 'completion'] as const, 'off'),
    probeAllowHosts: list(env, 'probe-allow-hosts', []).map((h) => h.toLowerCase()),
    probeTimeoutMs: whole(env, 'probe-timeout', 30_000, 1),
    probeMaxRequests: whole(env, 'probe-max-requests', 50, 0),
    probeProxyUrl: httpUrl(env, 'probe-proxy-url'),
  };
}
