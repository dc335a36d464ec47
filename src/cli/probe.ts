// `clawcheck probe`: the same discovery and models as a check, then requests to the live
// services through the network transport; reported in the check's formats and exit codes.
import { performance } from 'node:perf_hooks';
import { failsAt } from '../core/finding.js';
import { redactText } from '../core/redact.js';
import { writeOutputFile } from '../fs/write.js';
import { VERSION } from '../generated/assets.js';
import { httpTransport } from '../net/http-transport.js';
import { loadPolicy } from '../policy/load.js';
import { PolicyFinder } from '../policy/zones.js';
import { plannedRequests } from '../probe/plan.js';
import type { ProbePlan } from '../probe/plan.js';
import { probeTree } from '../probe/probe.js';
import { realClock } from '../probe/retry.js';
import type { Clock } from '../probe/retry.js';
import type { Transport } from '../probe/types.js';
import { getReporter } from '../report/index.js';
import { escapeControl } from '../report/terminal-text.js';
import { ALL_RULE_META } from '../rules/index.js';
import { parseProbeCli, PROBE_HELP } from './probe-args.js';
import { scanRoot } from './root.js';
import type { CliIO } from './run.js';
import { colorFromEnv, EXIT } from './run.js';

/** `--plan`: every request that may be sent, where it is configured, and whose key it carries (never the key). */
export function formatPlan(plan: ProbePlan, format: string): string {
  const entries = plannedRequests(plan).map((p) => {
    const site = p.sites[0];
    const where = site ? site.value.file.location(site.value.range[0], site.value.range[1]) : p.anchor.file.location(p.anchor.range[0], p.anchor.range[1]);
    return { kind: p.kind, method: p.request.method, url: redactText(p.request.url), model: redactText(p.model), file: where.file, line: where.line, ...(p.when ? { when: p.when } : {}) };
  });
  const refused = plan.refused.map((r) => ({ reason: redactText(r.reason), baseUrl: redactText(r.baseUrl), model: redactText(r.model) }));
  if (format === 'json') return JSON.stringify({ plan: entries, refused }, null, 2) + '\n';
  const lines = entries.map((e) => `${e.file}:${e.line}  ${e.kind.padEnd(10)}  ${e.method} ${e.url}${e.model ? `  ${e.model}` : ''}${e.when ? `  (${e.when})` : ''}`);
  lines.push(...refused.map((r) => `not probed: ${r.reason}`));
  lines.push(`${entries.length} request${entries.length === 1 ? '' : 's'} at most, before retries; nothing was sent`);
  return lines.map((l) => escapeControl(l)).join('\n') + '\n';
}

export async function runProbeCli(io: CliIO, argv: string[], transport: Transport = httpTransport(), clock: Clock = realClock): Promise<number> {
  const opts = parseProbeCli(argv);
  if (opts.help) return io.stdout.write(PROBE_HELP), EXIT.ok;
  const debug = opts.debug ? (m: string) => io.stderr.write(`clawcheck:debug: ${escapeControl(m)}\n`) : () => {};
  const root = scanRoot(io.cwd, opts.paths);
  const loaded = loadPolicy(root, opts.config, io.cwd);
  const policies = opts.config === undefined ? new PolicyFinder(root, io.cwd) : undefined;
  const named = opts.paths.length > 0;
  const checkOptions = { root, cwd: io.cwd, paths: named ? opts.paths : ['.'], pathsNamed: named, policy: loaded.policy, policies, noIgnore: opts.noIgnore, include: opts.include, exclude: opts.exclude, errorOnUnmatched: true };
  const started = performance.now();
  const { result, plan, requests } = await probeTree(checkOptions, opts.probe, io.env, opts.plan ? undefined : transport, clock);
  debug(`planned ${plannedRequests(plan).length} requests (${plan.providers.length} base URL/key pairs, ${plan.proxies.length} proxies, ${plan.refused.length} not probed); sent ${requests} in ${Math.round(performance.now() - started)} ms`);
  for (const w of result.warnings ?? []) io.stderr.write(`clawcheck: warning: ${escapeControl(w)}\n`);
  let text: string;
  if (opts.plan) text = formatPlan(plan, opts.format);
  else {
    const shown = opts.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === 'error') } : result;
    const color = opts.color ?? colorFromEnv(io.env, !opts.output && !!io.stdout.isTTY);
    text = getReporter(opts.format).format(shown, { rules: ALL_RULE_META, color, version: VERSION });
    if (!result.probes?.length && !result.findings.length) io.stderr.write('clawcheck: warning: nothing to probe: no claude-code-proxy service or Cloud.ru FM provider with models found\n');
  }
  if (opts.output) writeOutputFile(opts.output, text, { base: io.cwd, confine: false, baseName: 'current folder' });
  else io.stdout.write(text);
  return !opts.plan && failsAt(result.findings, opts.failOn) ? EXIT.findings : EXIT.ok;
}
