/**
 * `clawcheck org scan`: every repository of one shard of the plan, judged from its tarball by the
 * same core as a local check (checkFiles), each result written as soon as it is known. A result
 * already in the folder for the same commit is kept (the scan resumes where a killed one stopped);
 * a repository that cannot be scanned gets a result saying why, and the shard goes on.
 */
import { join } from 'node:path';
import { checkFiles } from '../core/check-files.js';
import { redactText } from '../core/redact.js';
import { mapBounded } from '../discover/read.js';
import { writeOutputFile } from '../fs/write.js';
import { PolicyError } from '../policy/load.js';
import { memoryPolicies } from '../policy/memory.js';
import type { LoadedPolicy } from '../policy/types.js';
import { buildJsonReport } from '../report/json.js';
import { sarifReporter } from '../report/sarif.js';
import type { RuleMeta } from '../rules/types.js';
import type { OrgApi } from './api.js';
import { statusOf, waitKindOf } from './errors.js';
import type { Plan, PlanRepo } from './plan.js';
import type { FailReason, OrgResult } from './result.js';
import { PERMANENT, readResult, removeStaleTemps, resultName } from './result.js';
import { TarballError, treeOfDownload } from './tarball.js';

export interface ScanOptions {
  api: OrgApi;
  plan: Plan;
  shard: number;
  /** Absolute; created by the caller, never a link. */
  outputDir: string;
  concurrency: number;
  /** `--config`: one policy for every repository instead of each one's own. */
  config?: LoadedPolicy;
  maxTarballBytes: number;
  rules: RuleMeta[];
  version: string;
  log: (line: string) => void;
}

export interface ScanSummary {
  repositories: number;
  scanned: number;
  /** Kept from an earlier run: the same commit's result was already there. */
  resumed: number;
  failed: number;
  findings: number;
}

function failure(e: unknown, branch: string): { reason: FailReason; message: string } {
  const status = statusOf(e);
  if (status === 404) return { reason: 'not-found', message: `the repository or its default branch "${branch}" no longer exists, or the token cannot read it (HTTP 404)` };
  if (status === 409) return { reason: 'empty', message: 'the repository is empty (HTTP 409)' };
  if (status === 451) return { reason: 'unavailable', message: 'the repository is unavailable for legal reasons (HTTP 451)' };
  if (status === 403) return { reason: 'forbidden', message: 'the token may not read the repository (HTTP 403); give it contents: read' };
  const wait = waitKindOf(e);
  if (wait) return { reason: wait === 'rate-limit' ? 'rate-limited' : 'unreachable', message: (e as Error).message };
  if (e instanceof TarballError) return { reason: e.reason, message: e.message };
  if (e instanceof PolicyError) return { reason: 'policy', message: `its policy file has problems: ${e.message}` };
  return { reason: 'error', message: status ? `HTTP ${status}: ${(e as Error).message}` : String((e as Error)?.message ?? e) };
}

const EMPTY = { files: [], findings: [], skipped: [] };

/** The shard's repositories, each judged or resumed or failed, `concurrency` at a time. */
export async function scanShard(o: ScanOptions): Promise<ScanSummary> {
  const shard = o.plan.shards.find((s) => s.index === o.shard);
  if (!shard) throw new Error(`the plan has no shard ${o.shard} (it has ${o.plan.shards.length})`);
  const summary: ScanSummary = { repositories: shard.repos.length, scanned: 0, resumed: 0, failed: 0, findings: 0 };
  const removed = removeStaleTemps(o.outputDir);
  if (removed) o.log(`removed ${removed} half-written result file${removed === 1 ? '' : 's'} of an earlier run`);
  const write = (name: string, text: string) => writeOutputFile(name, text, { base: o.outputDir, confine: true, baseName: 'output folder' });
  const fail = (repo: PlanRepo, commit: string | null, e: unknown) => {
    const { reason, message } = failure(e, repo.defaultBranch);
    const result: OrgResult = { repository: repo.fullName, commit, status: 'failed', reason, message: redactText(message), ...EMPTY };
    write(`${resultName(repo.fullName)}.json`, JSON.stringify(result, null, 2) + '\n');
    summary.failed++;
    o.log(`${repo.fullName}: not scanned (${reason}): ${result.message}`);
  };
  await mapBounded(shard.repos, Math.max(1, o.concurrency), async (repo) => {
    const [owner, name] = repo.fullName.split('/');
    let sha: string;
    try {
      sha = await o.api.headCommit(owner, name, repo.defaultBranch);
    } catch (e) {
      return fail(repo, null, e);
    }
    const before = readResult(o.outputDir, repo.fullName);
    if (before?.commit === sha && (before.status === 'scanned' || (before.reason && PERMANENT.has(before.reason)))) {
      summary.resumed++;
      return o.log(`${repo.fullName}: ${sha.slice(0, 7)} already judged`);
    }
    try {
      const { tree, bytes } = await treeOfDownload(await o.api.tarball(owner, name, sha), { maxTarballBytes: o.maxTarballBytes });
      const root = join('/', owner, name);
      const policies = memoryPolicies(root, tree.files, o.config);
      const result = await checkFiles({ root, tree, policy: policies.root.policy, zones: policies.zones });
      // The SARIF first: the JSON file is what a resumed scan looks for, so it is written last.
      write(`${resultName(repo.fullName)}.sarif`, sarifReporter.format(result, { rules: o.rules, color: false, version: o.version }));
      const json: OrgResult = { repository: repo.fullName, commit: sha, status: 'scanned', ...buildJsonReport(result) };
      write(`${resultName(repo.fullName)}.json`, JSON.stringify(json, null, 2) + '\n');
      summary.scanned++;
      summary.findings += json.findings.length;
      o.log(`${repo.fullName}: ${sha.slice(0, 7)} judged, ${json.files.length} files, ${json.findings.length} findings (${Math.ceil(bytes / 1024)} KiB tarball)`);
    } catch (e) {
      fail(repo, sha, e);
    }
  });
  return summary;
}
