import * as core from '@actions/core';
import { resolve } from 'node:path';
import { check } from '../core/check.js';
import { SEVERITY_RANK } from '../core/finding.js';
import { loadPolicy } from '../policy/load.js';
import { getReporter } from '../report/index.js';
import { ALL_RULE_META } from '../rules/index.js';
import { VERSION } from '../generated/assets.js';

/**
 * The Action's first shell over the core: check the workspace, annotate through workflow
 * commands, set outputs. Checks API, summaries, SARIF and PR suggestions build on this.
 */
async function run(): Promise<void> {
  const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const paths = core.getMultilineInput('paths').flatMap((l) => l.split(/\s+/)).filter(Boolean);
  const config = core.getInput('config') || undefined;
  const failOn = (core.getInput('fail-on') || 'error') as 'error' | 'warning' | 'never';
  if (!['error', 'warning', 'never'].includes(failOn)) throw new Error(`fail-on must be error, warning or never, not "${failOn}"`);
  const fix = core.getInput('fix') || 'none';
  if (fix !== 'none') throw new Error(`fix: ${fix} is not yet available in clawcheck ${VERSION}; use fix: none`);

  const { policy } = loadPolicy(workspace, config ? resolve(workspace, config) : undefined);
  const result = await check({ root: workspace, cwd: workspace, paths, policy });
  process.stdout.write(getReporter('github').format(result, { rules: ALL_RULE_META, color: false, version: VERSION }));

  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.filter((f) => f.severity === 'warning').length;
  const failing = result.findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
  core.setOutput('errors', errors);
  core.setOutput('warnings', warnings);
  core.setOutput('files-checked', result.files.length);
  core.setOutput('conclusion', failing ? 'failure' : 'success');
  if (failing) core.setFailed(`clawcheck: ${errors} error(s), ${warnings} warning(s) in ${result.files.length} file(s)`);
}

run().catch((e: unknown) => core.setFailed(e instanceof Error ? e.message : String(e)));
