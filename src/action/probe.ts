// The Action's `probe` input: `clawcheck probe` over the workspace, its findings joined to the
// check's. Keys come from the step's environment; without them the probe says so once.
import type { Finding } from '../core/finding.js';
import type { CheckOptions } from '../core/check.js';
import type { ProbeRecord } from '../core/result.js';
import { httpTransport } from '../net/http-transport.js';
import { probeTree } from '../probe/probe.js';
import { realClock } from '../probe/retry.js';
import type { Clock } from '../probe/retry.js';
import { DEFAULT_PROBE_OPTIONS } from '../probe/types.js';
import type { Transport } from '../probe/types.js';
import { PROBE_RULE_IDS } from '../rules/index.js';
import type { ActionInputs } from './inputs.js';

/**
 * What the probe may read of the runner's environment: not the Action's inputs (the token is
 * one), nor the runner's own credentials — a compose file could name `${INPUT_TOKEN}` as its key.
 */
export function probeEnvironment(env: Record<string, string | undefined>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(env)) {
    if (/^(INPUT_|ACTIONS_)/.test(name) || name === 'GITHUB_TOKEN' || name === 'GH_TOKEN') continue;
    out[name] = value;
  }
  return out;
}

export interface ActionProbe {
  findings: Finding[];
  probes: ProbeRecord[];
  /** One notice for every target left out for want of its key. */
  notice?: string;
  requests: number;
}

export async function runActionProbe(
  options: CheckOptions,
  inputs: ActionInputs,
  env: Record<string, string | undefined>,
  transport: Transport = httpTransport(),
  clock: Clock = realClock,
): Promise<ActionProbe | undefined> {
  if (inputs.probe === 'off') return undefined;
  const probe = { ...DEFAULT_PROBE_OPTIONS, mode: inputs.probe, timeoutMs: inputs.probeTimeoutMs, maxRequests: inputs.probeMaxRequests, allowHosts: inputs.probeAllowHosts, quietWithoutKey: true };
  const { result, plan, requests } = await probeTree(options, probe, probeEnvironment(env), transport, clock);
  const missing = plan.withoutKey.length;
  const notice = missing
    ? `clawcheck probe skipped ${missing === 1 ? 'one target' : `${missing} targets`}: ${plan.withoutKey[0]}${missing > 1 ? ', …' : ''}. Pass the key in the step's env (env: CLOUDRU_API_KEY: \${{ secrets.CLOUDRU_API_KEY }}); pull requests from forks get no secrets.`
    : undefined;
  // The check already reports files it could not read.
  return { findings: result.findings.filter((f) => PROBE_RULE_IDS.has(f.ruleId)), probes: result.probes ?? [], ...(notice ? { notice } : {}), requests };
}
