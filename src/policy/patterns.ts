import type { SourceFile } from '../core/source.js';
import type { LocatedNode, ScalarNode } from '../parse/tree.js';
import { effectiveEntries, get } from '../parse/tree.js';
import { RE2JS } from 're2js';
import { compileModelPatterns } from '../rules/model-match.js';

/** A pattern the regex engine refuses, located in the policy file. */
export interface PatternProblem {
  message: string;
  line: number;
  column: number;
}

/** What the engine said, without its "error parsing regexp:" preamble. */
function reason(error: unknown): string {
  const e = error as { getDescription?: () => string; getPattern?: () => string | null; message?: string };
  if (typeof e.getDescription === 'function') {
    const at = e.getPattern?.();
    return at ? `${e.getDescription()}: \`${at}\`` : e.getDescription();
  }
  return String(e.message ?? error);
}

/** The `options.patterns` lists of every rule in a `rules:` map. */
function patternLists(rules: LocatedNode | undefined, path: string): Array<{ list: LocatedNode; path: string }> {
  if (rules?.kind !== 'map') return [];
  const out: Array<{ list: LocatedNode; path: string }> = [];
  for (const e of effectiveEntries(rules)) {
    const list = get(get(e.value, 'options'), 'patterns');
    if (list?.kind === 'seq') out.push({ list, path: `${path}.${e.key}.options.patterns` });
  }
  return out;
}

/**
 * The patterns in a policy that the regex engine cannot run: invalid, or using what RE2 leaves
 * out (backreferences, lookaround). Each pattern is compiled as the rule compiles it, and each
 * whole list too (the combination can only fail on size, so it is tried only when every
 * pattern compiles alone), so a policy that loads never fails later, in the middle of a check.
 */
export function patternProblems(root: LocatedNode, file: SourceFile): PatternProblem[] {
  const lists = patternLists(get(root, 'rules'), 'rules');
  const overrides = get(root, 'overrides');
  if (overrides?.kind === 'seq') overrides.items.forEach((o, i) => lists.push(...patternLists(get(o, 'rules'), `overrides[${i}].rules`)));
  const problems: PatternProblem[] = [];
  for (const { list, path } of lists) {
    if (list.kind !== 'seq') continue;
    const items = list.items.filter((n): n is ScalarNode => n.kind === 'scalar' && typeof n.value === 'string');
    let compiles = true;
    for (const [i, item] of items.entries()) {
      try {
        // Alone first, so the engine's message quotes the pattern, not the rule's wrapping.
        RE2JS.compile(item.value as string);
        compileModelPatterns([item.value as string]);
      } catch (error) {
        const { line, column } = file.location(item.range[0]);
        problems.push({ message: `"${path}[${i}]" is not a regular expression clawcheck can run (RE2 syntax: no backreferences or lookaround): ${reason(error)}`, line, column });
        compiles = false;
      }
    }
    if (!compiles) continue;
    try {
      compileModelPatterns(items.map((n) => n.value as string));
    } catch (error) {
      const { line, column } = file.location(list.range[0]);
      problems.push({ message: `"${path}" together are too large for the regular expression engine: ${reason(error)}`, line, column });
    }
  }
  return problems;
}
