import { realpathSync } from 'node:fs';
import { check } from '../core/check.js';
import type { CheckOptions } from '../core/check.js';
import { rulesLookup } from '../core/engine.js';
import type { Finding } from '../core/finding.js';
import { sortAndDedupe } from '../core/finding.js';
import type { CheckResult } from '../core/result.js';
import { fixFailed } from './fix.js';
import type { FixedFile, FixType } from './fix.js';
import { fixTree } from './tree.js';
import { writeFixes, writeTarget } from './write.js';

export interface DiskFixOutcome {
  /** The files written (with `write`) or that would be (a dry run). */
  files: FixedFile[];
  /** What remains, as the files are on disk afterwards (a dry run: as they would be). */
  result: CheckResult;
}

/**
 * `--fix` and `--fix-dry-run`: fixes the tree, leaving out files that must not be rewritten, then
 * writes the fixed files unless it is a dry run. When a write fails, the tree on disk is neither
 * the one judged before nor the one judged after, so it is judged again as it now is.
 */
export async function fixOnDisk(options: CheckOptions, type: FixType, write: boolean): Promise<DiskFixOutcome> {
  const realRoot = realpathSync.native(options.root);
  const tree = await fixTree(options, type, (path) => {
    const where = writeTarget(options.root, realRoot, path);
    return 'refused' in where ? where.refused : undefined;
  });
  if (!write) return { files: tree.files, result: tree.after };
  const { written, failures } = writeFixes(options.root, tree.files);
  if (!failures.length) return { files: written, result: tree.after };
  const onDisk = await check(options);
  const rulesOf = rulesLookup(options.policy);
  const failed = [
    ...tree.after.findings.filter((f) => f.ruleId === 'fix-failed'),
    ...failures.map((w) => fixFailed(w.path, w.reason, rulesOf)).filter((f): f is Finding => !!f),
  ];
  return { files: written, result: { ...onDisk, findings: sortAndDedupe([...onDisk.findings, ...failed]) } };
}
