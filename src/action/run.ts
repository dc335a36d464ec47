import { isAbsolute, resolve } from 'node:path';
import type { Finding } from '../core/finding.js';
import type { CheckResult } from '../core/result.js';
import { fixTree } from '../fix/tree.js';
import { loadPolicy, PolicyError } from '../policy/load.js';
import { PolicyFinder } from '../policy/zones.js';
import { DiscoverError } from '../discover/index.js';
import { ALL_RULE_META } from '../rules/index.js';
import type { ActionLog, ChangedLines, PublishContext } from '../github/channel.js';
import type { ClientOptions } from '../github/client.js';
import { readRunContext } from '../github/context.js';
import { changedLines } from '../github/hunks.js';
import { conclusionOf, findingsOutput } from '../github/outputs.js';
import { jobSummary } from '../github/summary.js';
import { RunApi } from './api.js';
import { annotate, prFiles, review } from './channels.js';
import type { ActionInputs } from './inputs.js';
import { deliverAuditIssue, deliverCommit, deliverPullRequest, say } from './deliver.js';
import type { Delivery } from './deliver.js';
import { InputError, readInputs } from './inputs.js';
import { writeReports } from './reports.js';
import { changeScope, fixesInScope, inScope } from './scope.js';
import type { ChangeScope } from './scope.js';
import { relativeInside } from '../discover/paths.js';
import { sortAndDedupe } from '../core/finding.js';
import type { Clock } from '../probe/retry.js';
import type { Transport } from '../probe/types.js';
import { runActionProbe } from './probe.js';
import type { ActionProbe } from './probe.js';

/** Everything the Action does to the outside world besides GitHub's API, so tests can capture it. */
export interface ActionIO extends ActionLog {
  setOutput(name: string, value: string | number): void;
  appendSummary(markdown: string): void;
  setFailed(message: string): void;
}

/**
 * The whole Action as a function of the runner's environment. `clientOptions` adjust the GitHub client
 * (tests against a local fake turn off retries and request pacing, and record sleeps instead of taking them).
 */
export async function runAction(
  env: Record<string, string | undefined>,
  io: ActionIO,
  clientOptions: Pick<ClientOptions, 'retries' | 'throttle' | 'limits' | 'clock'> = {},
  probeIO: { transport?: Transport; clock?: Clock } = {},
): Promise<void> {
  let inputs: ActionInputs;
  try {
    inputs = readInputs(env);
  } catch (e) {
    if (e instanceof InputError) return io.setFailed(`clawcheck: ${e.message}`);
    throw e;
  }
  const run = readRunContext(env);
  const root = resolve(run.workspace);
  let policy;
  let policySources: string[];
  try {
    ({ policy, sources: policySources } = loadPolicy(root, inputs.config, root));
  } catch (e) {
    if (e instanceof PolicyError) return io.setFailed(`clawcheck: ${e.message}`);
    throw e;
  }
  const notices: string[] = [];
  const debug = (m: string) => io.debug?.(m);
  const api = new RunApi(inputs.token, { ...clientOptions, baseUrl: run.apiUrl, log: io.info }, io, notices);
  const diffs = await prFiles(api, run, io, notices);
  const changed: ChangedLines | undefined = diffs ? changedLines(diffs) : undefined;

  let tree;
  try {
    // As the CLI: without a config input, each file is judged by the nearest .clawcheck.yml.
    const policies = inputs.config ? undefined : new PolicyFinder(root, root);
    tree = await fixTree({ root, cwd: root, paths: inputs.paths, policy, policies }, inputs.fixType);
    for (const w of tree.before.warnings ?? []) say(io, notices, w);
    for (const z of tree.before.zones ?? []) debug(`policy for ${z.dir}/: ${z.loaded.sources[z.loaded.sources.length - 1]}`);
  } catch (e) {
    if (e instanceof DiscoverError || e instanceof PolicyError) return io.setFailed(`clawcheck: ${e.message}`);
    throw e;
  }
  if (tree.before.files.length === 0) {
    // Green on nothing is not a verdict: say so where the run is read.
    const where = inputs.paths.length ? ` under ${inputs.paths.join(', ')}` : '';
    const why = tree.before.skipped.length
      ? `clawcheck checked no files${where}: every file it found was skipped (see the file-skipped findings).`
      : `clawcheck checked no files${where}: no compose or openclaw file was found. Check the paths input and the policy's include and exclude globs.`;
    notices.push(why);
    io.warning(why);
  }
  let probed: ActionProbe | undefined;
  try {
    probed = await runActionProbe({ root, cwd: root, paths: inputs.paths, policy, policies: inputs.config ? undefined : new PolicyFinder(root, root) }, inputs, env, probeIO.transport, probeIO.clock);
  } catch (e) {
    if (e instanceof DiscoverError || e instanceof PolicyError) return io.setFailed(`clawcheck: ${e.message}`);
    throw e;
  }
  if (probed?.notice) say(io, notices, probed.notice);
  if (probed) debug(`probe: ${probed.requests} request(s), ${probed.findings.length} finding(s)`);
  // Scheduled and manual runs audit the whole repository, whatever only-changed says.
  const audit = run.eventName === 'schedule' || run.eventName === 'workflow_dispatch';
  const onlyChanged = !audit && (inputs.onlyChanged ?? run.eventName.startsWith('pull_request'));
  let scope: ChangeScope | undefined;
  if (onlyChanged && diffs) {
    const shown = policySources.map((s) => (isAbsolute(s) ? (relativeInside(root, s) ?? s) : s));
    const found = changeScope(diffs, run.pullRequest?.changedFiles, shown);
    if ('scope' in found) scope = found.scope;
    else say(io, notices, `only-changed not applied: ${found.unknown}; every file is judged and reported.`);
  }
  debug(`only-changed: ${scope ? 'applied' : onlyChanged ? "not applied — the pull request's changed files are not known for certain" : audit ? `off — ${run.eventName} runs judge the whole repository` : 'off'}`);
  const fixed = fixesInScope(tree.files, tree.before.findings, scope);

  let delivery: Delivery = { suggestInstead: false };
  if (inputs.fix === 'commit') delivery = await deliverCommit(api, run, fixed, io, notices);
  else debug(`autofix commit: skipped — fix: ${inputs.fix}`);
  if (inputs.fix === 'pull-request') delivery = await deliverPullRequest(api, run, fixed, inputs, env, io, notices);
  else debug(`autofix pull request: skipped — fix: ${inputs.fix}`);
  // After a fix commit, what remains is judged on the fixed texts and reported on that commit.
  const checked = delivery.commitSha ? tree.after : tree.before;
  // A fix commit changed some files: what the probe found in them describes text that is gone.
  const fixedPaths = new Set(delivery.commitSha ? fixed.map((f) => f.path) : []);
  const judged: CheckResult = probed
    ? { ...checked, findings: sortAndDedupe([...checked.findings, ...probed.findings.filter((f) => !fixedPaths.has(f.location.file))]), probes: probed.probes }
    : checked;
  const result: CheckResult = { ...judged, findings: judged.findings.filter((f) => inScope(f, scope)) };
  const reportRun = delivery.commitSha ? { ...run, sha: delivery.commitSha } : run;

  // Written before any channel runs, so that a channel that cuts its list can name where all of it is.
  const reports = writeReports(judged, inputs, env, root, io, notices);
  const ctx: PublishContext = {
    result,
    rules: ALL_RULE_META,
    run: reportRun,
    failOn: inputs.failOn,
    changedLines: changed,
    log: io,
    checkName: inputs.checkName,
    fullList: reports.where,
  };
  await annotate(api, ctx, inputs, notices);
  await review(api, ctx, inputs, delivery, diffs, notices);
  if (!inputs.auditIssue) debug('audit issue: skipped — audit-issue: false');
  else if (!audit) {
    debug(`audit issue: skipped — event is ${run.eventName}`);
    io.notice('audit-issue is used on schedule and workflow_dispatch runs; this run does not touch the audit issue.');
  } else await deliverAuditIssue(api, run, result, inputs, io, notices);

  api.settle(); // in case a channel swallowed the failure: the notice is still said, before the summary
  const out = findingsOutput(result.findings);
  if (out.truncated) {
    say(io, notices, `The findings output holds ${out.included} of ${result.findings.length} findings (cut to whole items to stay within GitHub's output size); all are in ${reports.where()}.`);
  }
  debug(`outputs: findings holds ${out.included} of ${result.findings.length} finding(s)`);
  if (inputs.summary) {
    const blob = { serverUrl: reportRun.serverUrl, owner: reportRun.owner, repo: reportRun.repo, sha: reportRun.sha };
    const md = jobSummary(result, { rules: ALL_RULE_META, fixes: delivery.commitSha ? [] : fixed, failOn: inputs.failOn, notices, fullList: reports.where, blob });
    io.appendSummary(md);
    debug(`summary: written (${Buffer.byteLength(md, 'utf8')} bytes)`);
  } else debug('summary: skipped — summary: false');

  const count = (s: Finding['severity']) => result.findings.filter((f) => f.severity === s).length;
  const conclusion = conclusionOf(result.findings, inputs.failOn);
  io.setOutput('errors', count('error'));
  io.setOutput('warnings', count('warning'));
  io.setOutput('files-checked', result.files.length);
  io.setOutput('sarif-file', reports.sarif);
  io.setOutput('report-file', reports.reportFile());
  io.setOutput('findings', out.json);
  io.setOutput('findings-truncated', String(out.truncated));
  io.setOutput('conclusion', conclusion);
  if (reports.sarifFailure) io.setFailed(`clawcheck: ${reports.sarifFailure}`);
  if (conclusion === 'failure') {
    io.setFailed(`clawcheck: ${count('error')} error(s) and ${count('warning')} warning(s) in ${result.files.length} file(s) (fail-on: ${inputs.failOn})`);
  }
}
