import type { Finding, TextEdit } from '../core/finding.js';
import { sortAndDedupe } from '../core/finding.js';
import { judge, parseFile, rulesLookup, withSeverity } from '../core/engine.js';
import type { JudgeReads, ParsedFile, RulesLookup } from '../core/engine.js';
import { isJson5, SourceFile } from '../core/source.js';
import { behaviourChange, openclawBehaviours, policyKeyMapping } from './openclaw-behaviour.js';
import type { Policy } from '../policy/types.js';
import { applyFixes } from './apply.js';
import { changedRanges } from './ranges.js';

export type FixType = 'problem' | 'suggestion';

export const MAX_FIX_PASSES = 10;

export interface FixedFile {
  path: string;
  before: string;
  after: string;
  /** The findings whose fixes were applied, in order. */
  fixed: Finding[];
  /** The change as edits on the original text. */
  edits: TextEdit[];
}

export interface FixOutcome {
  files: FixedFile[];
  /** Findings judged on the fixed texts, plus a `fix-failed` finding for each file left untouched. */
  findings: Finding[];
  /** Findings judged on the original texts (the loop's first pass): a check without fixing needs no second judge. */
  before: Finding[];
  passes: number;
  /** The fixed sources, for reporters (code frames point at the new text). */
  parsed: ParsedFile[];
}

/**
 * The one file this finding's fix would edit, if the fix is wanted. Suggestions change behaviour
 * beyond the policy's intent: they apply with `--fix-type suggestion`, or when the policy sets
 * `autofix: true` for their rule. A fix spanning several files is never applied.
 */
export function fixableFile(f: Finding, type: FixType, rulesOf: RulesLookup): string | undefined {
  if (!f.fix) return undefined;
  if (type !== 'suggestion' && f.suggestion && rulesOf(f.location.file)[f.ruleId]?.autofix !== true) return undefined;
  const files = new Set(f.fix.edits.map((e) => e.file));
  return files.size === 1 ? [...files][0] : undefined;
}

/**
 * The fix loop, without any filesystem: judge, apply non-overlapping fixes per file, re-parse,
 * and repeat until nothing more is fixable (at most MAX_FIX_PASSES). A file whose result does not
 * parse, or still has the problems it was fixed for, or gains new ones, is left as it was.
 * `judged`: the findings of `input` as `judge` gives them, when the caller has them already.
 * `refusal`: why a file must not be rewritten (a link out of the root, read-only); its fixes are
 * not applied and it gets a `fix-failed` finding, so the result describes what will be on disk.
 */
export function fixParsed(input: ParsedFile[], policy: Policy, type: FixType = 'problem', judged?: Finding[], refusal?: Refusal, reads: JudgeReads = {}): FixOutcome {
  const current = new Map(input.map((p) => [p.file.path, p]));
  const original = new Map(input.map((p) => [p.file.path, p]));
  const fixedBy = new Map<string, Finding[]>();
  const history = new Map<string, string[]>();
  let first: Finding[] | undefined;
  let findings: Finding[] = [];
  const rulesOf = rulesLookup(policy);
  const refused = new Map<string, string>();
  const isRefused = (path: string): boolean => {
    if (!refusal) return false;
    if (!refused.has(path)) refused.set(path, refusal(path) ?? '');
    return refused.get(path) !== '';
  };
  let passes = 0;
  for (; passes < MAX_FIX_PASSES; passes++) {
    findings = passes === 0 && judged ? judged : judge([...current.values()], policy, reads);
    first ??= findings;
    const byFile = new Map<string, Finding[]>();
    for (const f of findings) {
      const file = fixableFile(f, type, rulesOf);
      if (file && current.has(file) && !isRefused(file)) byFile.set(file, [...(byFile.get(file) ?? []), f]);
    }
    let changed = false;
    for (const [path, list] of byFile) {
      const before = current.get(path)!;
      const { output, applied } = applyFixes(before.file.text, list);
      if (!applied.length || output === before.file.text) continue;
      const seen = history.get(path) ?? [];
      if (seen.includes(output)) continue; // circular: a fix undoing another
      history.set(path, [...seen, before.file.text]);
      current.set(path, parseFile(new SourceFile(path, output, before.file.kind)));
      fixedBy.set(path, [...(fixedBy.get(path) ?? []), ...applied]);
      changed = true;
    }
    if (!changed) break;
  }
  if (passes > 0) findings = judge([...current.values()], policy, reads);

  const failures: Finding[] = [];
  for (const [path, reason] of refused) {
    if (!reason) continue;
    const failure = fixFailed(path, reason, rulesOf);
    if (failure) failures.push(failure);
  }
  let reverted = false;
  for (const [path, reason] of openclawChanges(original, current, fixedBy, policy, reads, rulesOf)) {
    current.set(path, original.get(path)!);
    fixedBy.delete(path);
    reverted = true;
    const failure = fixFailed(path, reason, rulesOf);
    if (failure) failures.push(failure);
  }
  for (const path of fixedBy.keys()) {
    const reason = verify(original.get(path)!, current.get(path)!, fixedBy.get(path)!, first ?? [], findings);
    if (!reason) continue;
    current.set(path, original.get(path)!);
    fixedBy.delete(path);
    reverted = true;
    const failure = fixFailed(path, reason, rulesOf);
    if (failure) failures.push(failure);
  }
  if (reverted) findings = judge([...current.values()], policy, reads);

  const files: FixedFile[] = [...fixedBy.keys()].sort().map((path) => {
    const before = original.get(path)!.file.text;
    const after = current.get(path)!.file.text;
    return { path, before, after, fixed: fixedBy.get(path)!, edits: changedRanges(path, before, after) };
  });
  return { files, findings: sortAndDedupe([...findings, ...failures]), before: first ?? [], passes, parsed: [...current.values()] };
}

/**
 * The fixed files of each openclaw config whose behaviour the fixes would change beyond the
 * banned-model mapping, with why: all of a config's fixed files go back together.
 */
function openclawChanges(
  original: Map<string, ParsedFile>,
  current: Map<string, ParsedFile>,
  fixedBy: Map<string, Finding[]>,
  policy: Policy,
  reads: JudgeReads,
  rulesOf: RulesLookup,
): Map<string, string> {
  const out = new Map<string, string>();
  const touched = [...fixedBy.keys()].filter((path) => isJson5(current.get(path)!.file.kind));
  if (!touched.length) return out;
  const before = openclawBehaviours([...original.values()], policy, reads);
  const after = openclawBehaviours([...current.values()], policy, reads);
  for (const [config, b] of before) {
    const files = touched.filter((path) => b.files.includes(path) || after.get(config)?.files.includes(path));
    if (!files.length) continue;
    const a = after.get(config);
    const reason = a ? behaviourChange(b, a, policyKeyMapping(rulesOf, config)) : 'the config would no longer be read as one';
    if (reason) for (const path of files) out.set(path, `the fix would change what OpenClaw does: ${reason}`);
  }
  return out;
}

/** Why a file cannot be rewritten, or undefined when it can. */
export type Refusal = (path: string) => string | undefined;

/** The `fix-failed` finding for a file left as it was, at its first line (undefined when the policy turns it off). */
export function fixFailed(path: string, reason: string, rulesOf: RulesLookup): Finding | undefined {
  const location = { file: path, line: 1, column: 1, endLine: 1, endColumn: 1 };
  return withSeverity({ ruleId: 'fix-failed', message: `fixes were not applied to this file: ${reason}`, location, range: [0, 0] }, rulesOf(path));
}

function count(findings: Finding[], path: string, ruleId: string): number {
  return findings.filter((f) => f.location.file === path && f.ruleId === ruleId).length;
}

/** Why a fixed file cannot be kept, or undefined when it can. */
function verify(before: ParsedFile, after: ParsedFile, fixed: Finding[], initial: Finding[], final: Finding[]): string | undefined {
  const path = before.file.path;
  if (!before.error && after.error) return `the result would not parse (${after.error.message})`;
  for (const ruleId of new Set(fixed.map((f) => f.ruleId))) {
    if (count(final, path, ruleId) >= count(initial, path, ruleId)) return `${ruleId} still reports the same problems after fixing`;
  }
  const had = new Set(initial.filter((f) => f.location.file === path).map((f) => f.ruleId));
  const added = final.find((f) => f.location.file === path && !had.has(f.ruleId));
  if (added) return `the result would raise a new ${added.ruleId} finding (${added.message})`;
  return undefined;
}
