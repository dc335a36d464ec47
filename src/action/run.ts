import { writeFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { collect, toResult } from '../core/check.js';
import { judge } from '../core/engine.js';
import type { Finding } from '../core/finding.js';
import type { CheckResult } from '../core/result.js';
import { fixParsed } from '../fix/fix.js';
import { VERSION } from '../generated/assets.js';
import { loadPolicy, PolicyError } from '../policy/load.js';
import { DiscoverError } from '../discover/index.js';
import { getReporter } from '../report/index.js';
import { ALL_RULE_META } from '../rules/index.js';
import type { ActionLog, ChangedLines, PublishContext } from '../github/channel.js';
import { ChannelUnavailable } from '../github/channel.js';
import { publishCheckRun } from '../github/checks.js';
import { createClient } from '../github/client.js';
import type { GitHubClient } from '../github/client.js';
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
import { InputError, readInputs } from './inputs.js';

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
      const r = await publishCheckRun(ctx);
      ctx.log.info(`clawcheck: check run ${r.checkRunId} with ${r.annotations} annotation(s)`);
      return 'checks';
    } catch (e) {
      const why = e instanceof ChannelUnavailable ? e.message : `unexpected error: ${(e as Error).message}`;
      notices.push(`Checks API not used: ${why}. Findings are annotated through workflow commands instead.`);
      ctx.log.notice(notices[notices.length - 1]);
    }
  } else if (inputs.annotations === 'checks') {
    notices.push('Checks API not used: no token. Findings are annotated through workflow commands instead.');
  }
  ctx.log.write(workflowCommandsFor(ctx.result.findings, ctx.changedLines, WHERE));
  return 'commands';
}

export async function runAction(env: Record<string, string | undefined>, io: ActionIO): Promise<void> {
  let inputs: ActionInputs;
  try {
    inputs = readInputs(env);
  } catch (e) {
    if (e instanceof InputError) return io.setFailed(`clawcheck: ${e.message}`);
    throw e;
  }
  if (inputs.fix === 'commit' || inputs.fix === 'pull-request') {
    return io.setFailed(`clawcheck: fix: ${inputs.fix} is not yet available in clawcheck ${VERSION}; use fix: suggest or fix: none`);
  }
  const run = readRunContext(env);
  const root = resolve(run.workspace);
  let policy;
  try {
    policy = loadPolicy(root, inputs.config, root).policy;
  } catch (e) {
    if (e instanceof PolicyError) return io.setFailed(`clawcheck: ${e.message}`);
    throw e;
  }
  const client = inputs.token ? createClient({ token: inputs.token, baseUrl: run.apiUrl, log: io.info }) : undefined;
  const diffs = await prFiles(client, run, io);
  const changed: ChangedLines | undefined = diffs ? changedLines(diffs) : undefined;

  let collected;
  try {
    collected = await collect({ root, cwd: root, paths: inputs.paths, policy });
  } catch (e) {
    if (e instanceof DiscoverError) return io.setFailed(`clawcheck: ${e.message}`);
    throw e;
  }
  let findings = judge(collected.parsed, policy);
  const onlyChanged = inputs.onlyChanged ?? run.eventName.startsWith('pull_request');
  if (onlyChanged && diffs) {
    const paths = new Set(diffs.map((d) => d.path));
    findings = findings.filter((f) => paths.has(f.location.file));
  }
  const result: CheckResult = toResult(collected, findings);
  const fixes = fixParsed(collected.parsed, policy, inputs.fixType).files.filter((f) => !onlyChanged || !diffs || diffs.some((d) => d.path === f.path));

  const notices: string[] = [];
  const ctx: PublishContext = { result, rules: ALL_RULE_META, run, client, failOn: inputs.failOn, changedLines: changed, log: io };
  await annotate(ctx, inputs, notices);

  if (inputs.suggestions && inputs.fix === 'suggest' && run.pullRequest && client && diffs) {
    try {
      const r = await publishReview(ctx, diffs);
      io.info(`clawcheck: review with ${r.posted} new suggestion(s), ${r.kept} kept, ${r.deleted} removed`);
    } catch (e) {
      const why = e instanceof ChannelUnavailable ? e.message : (e as Error).message;
      notices.push(`Suggestions not posted: ${why}.`);
      io.notice(notices[notices.length - 1]);
    }
  }

  let sarifPath = '';
  if (inputs.sarifFile) {
    sarifPath = isAbsolute(inputs.sarifFile) ? inputs.sarifFile : resolve(root, inputs.sarifFile);
    writeFileSync(sarifPath, getReporter('sarif').format(result, { rules: ALL_RULE_META, color: false, version: VERSION }));
  }
  if (inputs.summary) io.appendSummary(jobSummary(result, { rules: ALL_RULE_META, fixes, failOn: inputs.failOn, notices }));

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
  if (conclusion === 'failure') {
    io.setFailed(`clawcheck: ${count('error')} error(s) and ${count('warning')} warning(s) in ${result.files.length} file(s) (fail-on: ${inputs.failOn})`);
  }
}
