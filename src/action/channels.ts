/** The reporting channels that need GitHub's API besides fix delivery: PR files, annotations, review. */
import type { ActionLog, PublishContext } from '../github/channel.js';
import { ChannelUnavailable } from '../github/channel.js';
import { publishCheckRun } from '../github/checks.js';
import { workflowCommandsFor } from '../github/commands.js';
import type { RunContext } from '../github/context.js';
import type { FileDiff } from '../github/hunks.js';
import { listPullRequestFiles } from '../github/pr-files.js';
import { publishReview } from '../github/review.js';
import type { RunApi } from './api.js';
import { say } from './deliver.js';
import type { Delivery } from './deliver.js';
import type { ActionInputs } from './inputs.js';

/** The PR's changed files, or undefined when they cannot be listed (the run goes on without them). */
export async function prFiles(api: RunApi, run: RunContext, log: ActionLog, notices: string[]): Promise<FileDiff[] | undefined> {
  if (!run.pullRequest) {
    log.debug?.(`pr-files: skipped — event is ${run.eventName || 'unknown'}, not a pull request`);
    return undefined;
  }
  const client = api.for('pr-files');
  if (!client) return undefined;
  try {
    const files = await listPullRequestFiles(client, run.owner, run.repo, run.pullRequest.number);
    log.debug?.(`pr-files: listed ${files.length} changed file(s)`);
    return files;
  } catch (e) {
    log.debug?.(`pr-files: failed — ${(e as Error).message}`);
    if (api.settle(", and every file is judged (the pull request's changed files are unknown)")) return undefined;
    say(log, notices, `clawcheck could not list the pull request's files (${(e as Error).message}); all files are judged and annotated`);
    return undefined;
  }
}

/** Checks API when allowed, else workflow commands: the cascade never drops findings silently. */
export async function annotate(api: RunApi, ctx: PublishContext, inputs: ActionInputs, notices: string[]): Promise<'off' | 'checks' | 'commands'> {
  const debug = (m: string) => ctx.log.debug?.(m);
  if (inputs.annotations === 'off') {
    debug('checks: skipped — annotations: off');
    debug('annotations via commands: skipped — annotations: off');
    return 'off';
  }
  if (inputs.annotations === 'commands') debug('checks: skipped — annotations: commands');
  else if (!api.hasToken) {
    debug('checks: skipped — no token');
    if (inputs.annotations === 'checks') say(ctx.log, notices, 'Checks API not used: no token. Findings are annotated through workflow commands instead.');
  } else {
    const client = api.for('checks');
    if (client) {
      try {
        const r = await publishCheckRun({ ...ctx, client, log: api.quiet(ctx.log) }); // logs the check run it completed
        debug(`checks: used — check run ${r.checkRunId} "${ctx.checkName}", ${r.annotations} annotation(s) in ${r.requests} request(s)`);
        debug('annotations via commands: skipped — the check run carries the annotations');
        return 'checks';
      } catch (e) {
        debug(`checks: skipped — ${e instanceof ChannelUnavailable ? e.short : (e as Error).message}`);
        if (!api.settle()) {
          const why = e instanceof ChannelUnavailable ? e.message : `unexpected error: ${(e as Error).message}`;
          say(ctx.log, notices, `Checks API not used: ${why}. Findings are annotated through workflow commands instead.`);
        }
      }
    }
  }
  const text = workflowCommandsFor(ctx.result.findings, ctx.changedLines, () => `in ${ctx.fullList?.() ?? 'a local clawcheck run'}`);
  debug(`annotations via commands: used — ${text ? text.trimEnd().split('\n').length : 0} workflow command(s)`);
  ctx.log.write(text);
  return 'commands';
}

/** Review suggestions on a pull request, when fixes are to be suggested and nothing was committed. */
export async function review(api: RunApi, ctx: PublishContext, inputs: ActionInputs, delivery: Delivery, diffs: FileDiff[] | undefined, notices: string[]): Promise<void> {
  const { run, log } = ctx;
  const debug = (m: string) => log.debug?.(m);
  const suggest = inputs.fix === 'suggest' || delivery.suggestInstead;
  if (!run.pullRequest) return debug(`review: skipped — event is ${run.eventName || 'unknown'}`);
  if (!inputs.suggestions) return debug('review: skipped — suggestions: false');
  if (!suggest) return debug(`review: skipped — fix: ${inputs.fix}`);
  if (delivery.commitSha) return debug('review: skipped — the fixes were committed');
  const client = api.for('review');
  if (!client) return;
  if (!diffs) return debug("review: skipped — the pull request's files are unknown");
  try {
    const r = await publishReview({ ...ctx, client, log: api.quiet(log) }, diffs);
    debug(`review: used — ${r.posted} posted, ${r.kept} kept, ${r.deleted} removed, ${r.outOfDiff} listed in the body`);
    log.info(`clawcheck: review with ${r.posted} new suggestion(s), ${r.kept} kept, ${r.deleted} removed`);
  } catch (e) {
    debug(`review: skipped — ${e instanceof ChannelUnavailable ? e.short : (e as Error).message}`);
    if (!api.settle()) say(log, notices, `Suggestions not posted: ${(e as Error).message}.`);
  }
}
