import type { Finding } from './finding.js';
import type { SourceFile } from './source.js';
import { isJson5 } from './source.js';
import type { RuleFinding } from '../rules/types.js';

/** A `clawcheck-disable-next-line` comment. */
export interface Suppression {
  /** The line it silences (1-based). */
  target: number;
  rules: string[];
  reason: string;
  range: [number, number];
}

const DIRECTIVE = /^\s*(?:#|\/\/|\/\*)\s*clawcheck-disable-next-line\b(.*?)(?:\*\/)?\s*$/;

/** Whole-line comments only (`#` in YAML and .env, `//` or `/* *\/` in JSON5). */
function findSuppressions(file: SourceFile): Suppression[] {
  const out: Suppression[] = [];
  if (!file.text.includes('clawcheck-disable-next-line')) return out; // most files: no line to look at
  const marker = isJson5(file.kind) ? /^\s*\/[/*]/ : /^\s*#/;
  for (let line = 1; line <= file.lines.lineCount; line++) {
    const text = file.lines.lineText(line);
    if (!marker.test(text) || !text.includes('clawcheck-disable-next-line')) continue;
    const m = DIRECTIVE.exec(text);
    if (!m) continue;
    const [spec, ...reasonParts] = m[1].split(/\s--\s?|\s--$/);
    const reason = reasonParts.join(' -- ').trim();
    const rules = spec.split(/[\s,]+/).filter(Boolean);
    const start = file.lines.lineStart(line) + text.search(/\S/);
    out.push({ target: line + 1, rules, reason, range: [start, file.lines.lineStart(line) + text.length] });
  }
  return out;
}

/**
 * Drops findings silenced by a valid directive and reports directives that do not count:
 * no reason, unknown rule ids, or a rule the policy keeps unsuppressible.
 */
export function applySuppressions(
  file: SourceFile,
  findings: Finding[],
  knownRules: Set<string>,
  suppressible: (ruleId: string) => boolean,
): { kept: Finding[]; problems: RuleFinding[] } {
  const directives = findSuppressions(file);
  if (!directives.length) return { kept: findings, problems: [] };
  const problems: RuleFinding[] = [];
  const active = new Map<number, Set<string> | 'all'>();
  for (const d of directives) {
    const report = (message: string) =>
      problems.push({ ruleId: 'invalid-suppression', message, location: file.location(d.range[0], d.range[1]), range: d.range });
    if (!d.reason) {
      report('this clawcheck-disable-next-line has no reason and does not count; write `-- <why>` after the rule ids');
      continue;
    }
    const unknown = d.rules.filter((r) => !knownRules.has(r));
    if (unknown.length) report(`unknown rule ${unknown.map((r) => `"${r}"`).join(', ')} in clawcheck-disable-next-line`);
    const locked = d.rules.filter((r) => knownRules.has(r) && !suppressible(r));
    if (locked.length) report(`the policy does not allow suppressing ${locked.join(', ')}`);
    const usable = d.rules.filter((r) => knownRules.has(r) && suppressible(r));
    if (!d.rules.length) active.set(d.target, 'all');
    else if (usable.length) active.set(d.target, new Set(usable));
  }
  const kept = findings.filter((f) => {
    const a = active.get(f.location.line);
    if (!a) return true;
    if (a === 'all') return !suppressible(f.ruleId);
    return !a.has(f.ruleId);
  });
  return { kept, problems };
}
