import * as core from '@actions/core';
import { appendFileSync } from 'node:fs';
import { secretsToMask } from './inputs.js';
import { runAction } from './run.js';

/** The Action's entry: runAction with @actions/core as its window on the runner. */
// First of all: from here on the runner prints *** wherever the token would appear.
for (const secret of secretsToMask(process.env)) core.setSecret(secret);
runAction(process.env, {
  info: (m) => core.info(m),
  notice: (m) => core.notice(m),
  warning: (m) => core.warning(m),
  write: (t) => process.stdout.write(t),
  debug: (m) => core.debug(m),
  setOutput: (n, v) => core.setOutput(n, v),
  appendSummary: (md) => {
    if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, md);
  },
  setFailed: (m) => core.setFailed(m),
}).catch((e: unknown) => {
  core.setFailed(`clawcheck: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\nPlease report this with the workflow run's log.`);
});
