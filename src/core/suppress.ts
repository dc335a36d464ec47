import type { Finding } from './finding.js';
import type { SourceFile } from './source.js';
import { isJson5 } from './source.js';
import type { RuleFinding } from '../rules/types.js';
import { closest } from '../validate/errors.js';

/**
 * Inline directives, as ESLint has them:
 * - `clawcheck-disable-next-line [rules] -- reason` on a line of its own: the next line;
 * - `clawcheck-disable-line [rules] -- reason` at the end of a line: that line;
 * - `clawcheck-disable [rules] -- reason` in the comments at the top: the whole file.
 */
export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable';

const KINDS: DirectiveKind[] = ['disable-next-line', 'disable-line', 'disable'];

export interface Suppression {
  kind: DirectiveKind;
  /** The line it silences (1-based); 0 for the whole file. */
  target: number;
  rules: string[];
  reason: string;
  range: [number, number];
}

interface Misplaced {
  range: [number, number];
  message: string;
}

/** `# clawcheck-…` (after the start of the line or white space) or `// clawcheck-…`, `/* clawcheck-… *\/`. */
const YAML_COMMENT = /(^|\s)#\s*(clawcheck-[\w-]*)(.*)$/;
const JSON5_COMMENT = /(\/\/|\/\*)\s*(clawcheck-[\w-]*)(.*?)(?:\*\/\s*)?$/;

function parseDirectives(file: SourceFile): { directives: Suppression[]; misplaced: Misplaced[] } {
  const directives: Suppression[] = [];
  const misplaced: Misplaced[] = [];
  if (!file.text.includes('clawcheck-')) return { directives, misplaced }; // most files: no line to look at
  const json5 = isJson5(file.kind);
  const comment = json5 ? JSON5_COMMENT : YAML_COMMENT;
  const wholeLine = json5 ? /^\s*\/[/*]/ : /^\s*#/;
  let atTop = true; // only comments and blank lines so far
  for (let line = 1; line <= file.lines.lineCount; line++) {
    const text = file.lines.lineText(line);
    const own = wholeLine.test(text);
    const m = text.includes('clawcheck-') ? comment.exec(text) : null;
    if (m) {
      const markerAt = m.index + (json5 ? 0 : m[1].length);
      const range: [number, number] = [file.lines.lineStart(line) + markerAt, file.lines.lineStart(line) + text.trimEnd().length];
      const word = m[2].slice('clawcheck-'.length);
      const kind = KINDS.find((k) => k === word);
      if (!kind) {
        const hint = closest(word, KINDS);
        misplaced.push({ range, message: `unknown directive "clawcheck-${word}"${hint ? `; did you mean "clawcheck-${hint}"?` : ''} (it silences nothing)` });
      } else {
        const [spec, ...reasonParts] = m[3].split(/\s--\s?|\s--$/);
        const reason = reasonParts.join(' -- ').trim();
        const rules = spec.split(/[\s,]+/).filter(Boolean);
        const d: Suppression = { kind, target: kind === 'disable' ? 0 : kind === 'disable-line' ? line : line + 1, rules, reason, range };
        if (kind === 'disable-next-line' && !own) misplaced.push({ range, message: 'clawcheck-disable-next-line must be on a line of its own; at the end of a line, write clawcheck-disable-line' });
        else if (kind === 'disable-line' && own) misplaced.push({ range, message: 'clawcheck-disable-line on a line of its own silences only that comment; write clawcheck-disable-next-line' });
        else if (kind === 'disable' && !(own && atTop)) misplaced.push({ range, message: 'clawcheck-disable silences the whole file only in the comments at its top, before any content' });
        else directives.push(d);
      }
    }
    if (text.trim() !== '' && !own) atTop = false;
  }
  return { directives, misplaced };
}

export interface SuppressionOutcome {
  kept: Finding[];
  /** Directives that do not work: `invalid-suppression`. */
  problems: RuleFinding[];
  /** Valid directives that silenced nothing: `unused-suppression`. */
  unused: RuleFinding[];
}

/**
 * Drops findings silenced by a valid directive and reports directives that do not count (no
 * reason, unknown rule ids or directive, misplaced, a rule the policy keeps unsuppressible) and
 * those that silence nothing.
 */
export function applySuppressions(
  file: SourceFile,
  findings: Finding[],
  knownRules: Set<string>,
  suppressible: (ruleId: string) => boolean,
  /** Rules this run does not judge (the probe's, in a check): a directive naming them is not "unused". */
  notJudged: ReadonlySet<string> = new Set(),
): SuppressionOutcome {
  const { directives, misplaced } = parseDirectives(file);
  const problems: RuleFinding[] = misplaced.map((m) => ({ ruleId: 'invalid-suppression', message: m.message, location: file.location(m.range[0], m.range[1]), range: m.range }));
  if (!directives.length) return { kept: findings, problems, unused: [] };
  const active: Array<{ d: Suppression; rules: Set<string> | 'all'; used: Set<string> }> = [];
  for (const d of directives) {
    const report = (message: string) => problems.push({ ruleId: 'invalid-suppression', message, location: file.location(d.range[0], d.range[1]), range: d.range });
    const name = `clawcheck-${d.kind}`;
    if (!d.reason) {
      report(`this ${name} has no reason and does not count; write \`-- <why>\` after the rule ids`);
      continue;
    }
    const unknown = d.rules.filter((r) => !knownRules.has(r));
    if (unknown.length) report(`unknown rule ${unknown.map((r) => `"${r}"`).join(', ')} in ${name}`);
    const locked = d.rules.filter((r) => knownRules.has(r) && !suppressible(r));
    if (locked.length) report(`the policy does not allow suppressing ${locked.join(', ')}`);
    const usable = d.rules.filter((r) => knownRules.has(r) && suppressible(r));
    if (!d.rules.length) active.push({ d, rules: 'all', used: new Set() });
    else if (usable.length) active.push({ d, rules: new Set(usable), used: new Set() });
  }
  const kept = findings.filter((f) => {
    if (!suppressible(f.ruleId)) return true;
    let silenced = false;
    for (const a of active) {
      if (a.d.target !== 0 && a.d.target !== f.location.line) continue;
      if (a.rules !== 'all' && !a.rules.has(f.ruleId)) continue;
      a.used.add(f.ruleId);
      silenced = true;
    }
    return !silenced;
  });
  const unused: RuleFinding[] = [];
  for (const a of active) {
    const idle = a.rules === 'all' ? (a.used.size ? [] : ['']) : [...a.rules].filter((r) => !a.used.has(r) && !notJudged.has(r));
    if (!idle.length) continue;
    const what = a.d.kind === 'disable' ? 'in this file' : a.d.kind === 'disable-line' ? 'on this line' : 'on the next line';
    const message =
      idle[0] === ''
        ? `this clawcheck-${a.d.kind} silences nothing: no finding ${what}; remove it`
        : `this clawcheck-${a.d.kind} silences nothing for ${idle.join(', ')}: no such finding ${what}; remove ${idle.length === 1 ? 'it' : 'them'}`;
    unused.push({ ruleId: 'unused-suppression', message, location: file.location(a.d.range[0], a.d.range[1]), range: a.d.range });
  }
  return { kept, problems, unused };
}
