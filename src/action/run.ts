import { isAbsolute, relative, resolve } from 'node:path';
import type { Finding } from '../core/finding.js';
import type { CheckResult } from '../core/result.js';
import { fixTree } from '../fix/tree.js';
import { OutputError, writeOutputFile } from '../fs/write.js';
import { VERSION } from '../generated/assets.js';
import { loadPolicy, PolicyError } from '../policy/load.js';
import { DiscoverError } from '../discover/index.js';
import { getReporter } from '../report/index.js';
import { ALL_RULE_META } from '../rules/index.js';
import type { ActionLog, ChangedLines, PublishContext } from '../github/channel.js';
import { ChannelUnavailable } from '../github/channel.js';
import { publishCheckRun } from '../github/checks.js';
import { createClient } from '../github/client.js';
import type { ClientOptions, GitHubClient } from '../github/client.js';
import { workflowCommandsFor } from '../github/commands.js';
import { readRunContext } from '../github/context.js';
import type { RunContext } from '../github/context.js';
import { changedLines } from '../github/hunks.js';
import type { FileDiff } from '../github/hunks.js';
import { conclusionOf, findingsOutput } from '../github/outputs.js';
import { listPullRequestFiles } from '../github/pr-files.js';
import { publishReview } from '../github/review.js';
import { jobSummary } from '../github/summary.js';
import type { ActionInputs } from './inputs.js';
import { deliverAuditIssue, deliverCommit, deliverPullRequest, say } from './deliver.js';
import type { Delivery } from './deliver.js';
import { InputError, readInputs } from './inputs.js';
import { changeScope, fixesInScope, inScope } from './scope.js';
import type { ChangeScope } from './scope.js';
import { relativeInside } from '../discover/paths.js';

/** Everything the Action does to the outside world besides GitHub's API, so tests can capture it. */
export interface ActionIO extends ActionLog {
  setOutput(name: string, value: string | number): void;
  appendSummary(markdown: string): void;
  setFailed(message: string): void;
}

const WHERE = 'in the job summary';

/** The PR's changed files, or undefined when they cannot be listed (the run goes on without them). */
async function prFiles(client: GitHubClient | undefined, run: RunContext, log: ActionLog): Promise<FileDiff[] | undefined> {
  if (!client || !run.pullRequest) return undefined;
  try {
    return await listPullRequestFiles(client, run.owner, run.repo, run.pullRequest.number);
  } catch (e) {
    log.notice(`clawcheck could not list the pull request's files (${(e as Error).message}); all files are judged and annotated`);
    return undefined;
  }
}

/** Checks API when allowed, else workflow commands: the cascade never drops findings silently. */
async function annotate(ctx: PublishContext, inputs: ActionInputs, notices: string[]): Promise<string> {
  if (inputs.annotations === 'off') return 'off';
  if (inputs.annotations !== 'commands' && ctx.client) {
    try {
      await publishCheckRun(ctx); // logs the check run it completed
      return 'checks';
    } catch (e) {
      const why = e instanceof ChannelUnavailable ? e.message : `unexpected error: ${(e as Error).message}`;
      say(ctx.log, notices, `Checks API not used: ${why}. Findings are annotated through workflow commands instead.`);
    }
  } else if (inputs.annotations === 'checks') {
    say(ctx.log, notices, 'Checks API not used: no token. Findings are annotated through workflow commands instead.');
  }
  ctx.log.write(workflowCommandsFor(ctx.result.findings, ctx.changedLines, WHERE));
  return 'commands';
}

/**
 * The whole Action as a function of the runner's environment. `clientOptions` adjust the GitHub client
 * (tests against a local fake turn off retries and request pacing, and record sleeps instead of taking them).
 */
export async function runAction(
  env: Record<string, string | undefined>,
  io: ActionIO,
  clientOptions: Pick<ClientOptions, 'retries' | 'throttle' | 'limits' | 'clock'> = {},
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
  const client = inputs.token ? createClient({ ...clientOptions, token: inputs.token, baseUrl: run.apiUrl, log: io.info }) : undefined;
  const diffs = await prFiles(client, run, io);
  const changed: ChangedLines | undefined = diffs ? changedLines(diffs) : undefined;

  let tree;
  try {
    tree = await fixTree({ root, cwd: root, paths: inputs.paths, policy }, inputs.fixType);
  } catch (e) {
    if (e instanceof DiscoverError) return io.setFailed(`clawcheck: ${e.message}`);
    throw e;
  }
  const notices: string[] = [];
  if (tree.before.files.length === 0) {
    // Green on nothing is not a verdict: say so where the run is read.
    const where = inputs.paths.length ? ` under ${inputs.paths.join(', ')}` : '';
    const why = tree.before.skipped.length
      ? `clawcheck checked no files${where}: every file it found was skipped (see the file-skipped findings).`
      : `clawcheck checked no files${where}: no compose or openclaw file was found. Check the paths input and the policy's include and exclude globs.`;
    notices.push(why);
    io.warning(why);
  }
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
  const fixed = fixesInScope(tree.files, tree.before.findings, scope);

  let delivery: Delivery = { suggestInstead: false };
  if (inputs.fix === 'commit') delivery = await deliverCommit(client, run, fixed, io, notices);
  if (inputs.fix === 'pull-request') delivery = await deliverPullRequest(client, run, fixed, inputs, env, io, notices);
  // After a fix commit, what remains is judged on the fixed texts and reported on that commit.
  const judged = delivery.commitSha ? tree.after : tree.before;
  const result: CheckResult = { ...judged, findings: judged.findings.filter((f) => inScope(f, scope)) };
  const reportRun = delivery.commitSha ? { ...run, sha: delivery.commitSha } : run;

  const ctx: PublishContext = { result, rules: ALL_RULE_META, run: reportRun, client, failOn: inputs.failOn, changedLines: changed, log: io };
  await annotate(ctx, inputs, notices);

  const suggest = inputs.suggestions && (inputs.fix === 'suggest' || delivery.suggestInstead);
  if (suggest && run.pullRequest && client && diffs && !delivery.commitSha) {
    try {
      const r = await publishReview(ctx, diffs);
      io.info(`clawcheck: review with ${r.posted} new suggestion(s), ${r.kept} kept, ${r.deleted} removed`);
    } catch (e) {
      say(io, notices, `Suggestions not posted: ${(e as Error).message}.`);
    }
  }
  if (inputs.auditIssue) {
    if (audit) await deliverAuditIssue(client, run, result, inputs, io, notices);
    else io.notice('audit-issue is used on schedule and workflow_dispatch runs; this run does not touch the audit issue.');
  }

  let sarifPath = '';
  let sarifFailure: string | undefined;
  if (inputs.sarifFile) {
    // Every finding, whatever only-changed says: code scanning closes the alerts an analysis
    // leaves out, so a PR's SARIF without its untouched files would mark theirs as fixed.
    const sarif = getReporter('sarif').format(judged, { rules: ALL_RULE_META, color: false, version: VERSION });
    try {
      // The tree is the PR's: a committed link or `../` must not aim the write elsewhere.
      sarifPath = writeOutputFile(inputs.sarifFile, sarif, { base: root, confine: true, baseName: 'workspace' });
    } catch (e) {
      if (!(e instanceof OutputError)) throw e;
      sarifFailure = `SARIF file not written: ${e.message}.`;
      notices.push(sarifFailure); // said once: in the summary here, as the step's failure below
    }
  }
  if (inputs.summary) io.appendSummary(jobSummary(result, { rules: ALL_RULE_META, fixes: delivery.commitSha ? [] : fixed, failOn: inputs.failOn, notices }));

  const count = (s: Finding['severity']) => result.findings.filter((f) => f.severity === s).length;
  const out = findingsOutput(result.findings);
  const conclusion = conclusionOf(result.findings, inputs.failOn);
  io.setOutput('errors', count('error'));
  io.setOutput('warnings', count('warning'));
  io.setOutput('files-checked', result.files.length);
  io.setOutput('sarif-file', sarifPath ? relative(root, sarifPath) || sarifPath : '');
  io.setOutput('findings', out.json);
  io.setOutput('findings-truncated', String(out.truncated));
  io.setOutput('conclusion', conclusion);
  if (sarifFailure) io.setFailed(`clawcheck: ${sarifFailure}`);
  if (conclusion === 'failure') {
    io.setFailed(`clawcheck: ${count('error')} error(s) and ${count('warning')} warning(s) in ${result.files.length} file(s) (fail-on: ${inputs.failOn})`);
  }
}
