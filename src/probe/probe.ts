// `clawcheck probe` over a tree: the same discovery, parsing and models as a check, then the
// plan, sent through the transport the shell gives. Only the probe's findings are reported,
// with those that kept a file from being read (a probe cannot see models in a file it could not read).
import { groupProjects } from '../compose/grouping.js';
import { buildProject } from '../compose/project.js';
import type { ComposeInput } from '../compose/project.js';
import { discoverFor, judgeFolders, resultOf } from '../core/check.js';
import type { CheckOptions } from '../core/check.js';
import { openclawConfigs, rulesLookup, withSeverity } from '../core/engine.js';
import type { ParsedFile } from '../core/engine.js';
import type { Finding } from '../core/finding.js';
import { sortAndDedupe } from '../core/finding.js';
import { readOpenclawIncludes } from '../core/includes.js';
import type { CheckResult } from '../core/result.js';
import type { SourceFile } from '../core/source.js';
import { applySuppressions } from '../core/suppress.js';
import { buildOpenclawModel } from '../openclaw/model.js';
import type { Policy } from '../policy/types.js';
import { RULE_IDS } from '../rules/index.js';
import type { RuleFinding } from '../rules/types.js';
import { executePlan } from './execute.js';
import { planProbe } from './plan.js';
import type { ProbePlan } from './plan.js';
import type { Clock } from './retry.js';
import { openclawTargets, proxyTarget } from './targets.js';
import type { ProbeOptions, ProbeTarget, Transport } from './types.js';

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * What a probe may read of the environment for `${VAR}`: not an Action's inputs (its token is
 * one) nor the runner's credentials — a compose file could name `${GITHUB_TOKEN}` as its key.
 */
export function probeEnvironment(env: Environment): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(env)) {
    if (/^(INPUT_|ACTIONS_)/.test(name) || name === 'GITHUB_TOKEN' || name === 'GH_TOKEN') continue;
    out[name] = value;
  }
  return out;
}

/** The findings of a check that mean a file was not seen: they stay in a probe's report. */
const UNSEEN = new Set(['parse-error', 'file-skipped']);

/** The targets of one batch of parsed files: proxy services (merged across overrides) and Cloud.ru FM providers. */
export function targetsOf(parsed: ParsedFile[], policy: Policy, environment: Environment, refused?: ReadonlySet<string>): ProbeTarget[] {
  const files = new Map(parsed.map((p) => [p.file.path, p.file]));
  const composeInputs: ComposeInput[] = parsed.filter((p) => p.file.kind === 'compose' && !p.error);
  const out: ProbeTarget[] = [];
  for (const layers of groupProjects(composeInputs, policy.compose)) {
    const project = buildProject(layers, (path) => files.get(path), policy.proxy, { environment });
    for (const service of project.services) if (service.isProxy) out.push(proxyTarget(service));
  }
  for (const config of openclawConfigs(parsed, { refused })) {
    const model = buildOpenclawModel(config.document.file, config.document.root, policy.cloudru, policy.openclaw.version, environment);
    out.push(...openclawTargets(model, policy));
  }
  return out;
}

export interface ProbeTree {
  result: CheckResult;
  plan: ProbePlan;
  requests: number;
}

/**
 * Plans the probe of the tree; sends it unless `transport` is undefined (`--plan`). Findings get
 * the policy's severities and the files' suppressions, as every rule's do.
 */
export async function probeTree(options: CheckOptions, probe: ProbeOptions, given: Environment, transport: Transport | undefined, clock: Clock): Promise<ProbeTree> {
  const environment = probeEnvironment(given);
  const discovered = await discoverFor(options);
  const { root, found, skipped } = discovered;
  const policy = discovered.policy;
  const sources = new Map<string, SourceFile>();
  const includes = await readOpenclawIncludes(root, found, policy, skipped);
  const unseen: Finding[] = [];
  const targets: ProbeTarget[] = [];
  for await (const batch of judgeFolders(root, found, { ...options, policy }, skipped, sources, includes)) {
    unseen.push(...batch.findings.filter((f) => UNSEEN.has(f.ruleId)));
    targets.push(...targetsOf(batch.parsed, policy, environment, includes.refused));
  }
  const plan = planProbe(targets, probe);
  const fromEnvironment = (name: string) => environment[name] !== undefined;
  const outcome = transport ? await executePlan(plan, probe, transport, clock, fromEnvironment) : { findings: [], records: [], requests: 0 };
  const judged = judgeProbeFindings(outcome.findings, sources, policy);
  const result = resultOf(root, [...unseen, ...judged], skipped, sources, policy);
  return { result: { ...result, zones: discovered.zones, warnings: discovered.warnings, probes: outcome.records }, plan, requests: outcome.requests };
}

/** Severities from the policy for each file, `off` dropped, inline suppressions applied. */
export function judgeProbeFindings(raw: RuleFinding[], sources: Map<string, SourceFile>, policy: Policy): Finding[] {
  const rulesOf = rulesLookup(policy);
  const byFile = new Map<string, Finding[]>();
  for (const f of raw) {
    const placed = withSeverity(f, rulesOf(f.location.file));
    if (!placed) continue;
    const list = byFile.get(f.location.file);
    if (list) list.push(placed);
    else byFile.set(f.location.file, [placed]);
  }
  const out: Finding[] = [];
  for (const [path, findings] of byFile) {
    const file = sources.get(path);
    const rules = rulesOf(path);
    // Directive problems are the check's to report; here they only silence.
    out.push(...(file ? applySuppressions(file, findings, RULE_IDS, (id) => rules[id]?.allowSuppression !== false).kept : findings));
  }
  return sortAndDedupe(out);
}
