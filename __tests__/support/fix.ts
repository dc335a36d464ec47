import './openclaw-schema.js';
import { parseFile } from '../../src/core/engine.js';
import { SourceFile } from '../../src/core/source.js';
import type { FileKind } from '../../src/core/source.js';
import { fixParsed } from '../../src/fix/fix.js';
import type { FixOutcome, FixType } from '../../src/fix/fix.js';
import { policyFromText, recommendedPolicy } from '../../src/policy/load.js';

export function kindFor(path: string): FileKind {
  if (/\.json5?$/.test(path)) return 'openclaw';
  if (/(^|\/)\.env$|\.env$|\/\.env\.[^/]*$/.test(path)) return 'dotenv';
  return 'compose';
}

/** Fixes in-memory files; returns every file's text afterwards and the outcome. */
export function fixTexts(files: Record<string, string>, opts: { type?: FixType; policy?: string } = {}): { out: Record<string, string>; outcome: FixOutcome } {
  const parsed = Object.entries(files).map(([path, text]) => parseFile(new SourceFile(path, text, kindFor(path))));
  const policy = opts.policy ? policyFromText(opts.policy).policy : recommendedPolicy();
  const outcome = fixParsed(parsed, policy, opts.type ?? 'problem');
  const out: Record<string, string> = { ...files };
  for (const f of outcome.files) out[f.path] = f.after;
  return { out, outcome };
}
