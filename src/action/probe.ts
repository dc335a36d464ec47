// The Action's `probe` input: `clawcheck probe` over the workspace, its findings joined to the
// check's. Keys come from the step's environment; without them the probe says so once.
import type { Finding } from '../core/finding.js';
import type { CheckOptions } from '../core/check.js';
import type { ProbeRecord } from '../core/result.js';
import { httpTransport } from '../net/http-transport.js';
import { probeEnvironment, probeTree } from '../probe/probe.js';

export { probeEnvironment };
import { realClock } from '../probe/retry.js';
import type { Clock } from '../probe/retry.js';
import { DEFAULT_PROBE_OPTIONS } from '../probe/types.js';
import type { Transport } from '../probe/types.js';
import { PROBE_RULE_IDS } from '../rules/index.js';
import type { ActionInputs } from './inputs.js';

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
  // The proxy is asked only at a URL the workflow names: on a runner nothing serves its published port.
  const probe = {
    ...DEFAULT_PROBE_OPTIONS,
    mode: inputs.probe,
    timeoutMs: inputs.probeTimeoutMs,
    maxRequests: inputs.probeMaxRequests,
    allowHosts: inputs.probeAllowHosts,
    proxyUrl: inputs.probeProxyUrl ?? null,
    quietWithoutKey: true,
  };
  const { result, plan, requests } = await probeTree(options, probe, env, transport, clock);
  const missing = plan.withoutKey.length;
  const notice = missing
    ? `clawcheck probe skipped ${missing === 1 ? 'one target' : `${missing} targets`}: ${plan.withoutKey[0]}${missing > 1 ? ', …' : ''}. Pass the key in the step's env (env: CLOUDRU_API_KEY: \${{ secrets.CLOUDRU_API_KEY }}); pull requests from forks get no secrets.`
    : undefined;
  // The check already reports files it could not read.
  return { findings: result.findings.filter((f) => PROBE_RULE_IDS.has(f.ruleId)), probes: result.probes ?? [], ...(notice ? { notice } : {}), requests };
}
