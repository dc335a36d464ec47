/**
 * Turns ajv's raw errors into one human problem per node: anyOf/oneOf branch noise is collapsed,
 * and every problem keeps the instance path of the node (or map key) it is about.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';

/** Annotation keywords our schemas may carry (registered with ajv, ignored by editors). */
const EXPECTED_KEYWORD = 'x-expected';
const KEY_NOUN_KEYWORD = 'x-key-noun';
/** On an anyOf branch: its errors only mean "the value is not this alternative" (e.g. `{$include}`). */
const SHAPE_ONLY_KEYWORD = 'x-shape-only';

export type ProblemTarget =
  /** The value at `path`. */
  | 'value'
  /** The key of the map entry at `path` (an unknown key), or the parent's key for a missing property. */
  | 'key';

export interface Problem {
  /** Segments of the instance path (ajv's instancePath, unescaped). */
  path: string[];
  target: ProblemTarget;
  /** Message without the path label, e.g. `must be a string, found a number`. */
  kind: 'type' | 'required' | 'unknown-key' | 'key-name' | 'other';
  /** For `type`: what was expected; for `required`: the missing names; for `unknown-key`: the key. */
  expected?: string;
  missing?: string[][];
  key?: string;
  keyNoun?: string;
  knownKeys?: string[];
  text?: string;
}

/** ajv's instancePath is a JSON pointer: `/services/a~1b/0`. */
export function splitPointer(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const TYPE_NOUNS: Record<string, string> = {
  object: 'a map',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'a boolean',
  null: 'nothing (null)',
};

function joinAlternatives(items: string[]): string {
  const uniq = [...new Set(items)];
  if (uniq.length <= 1) return uniq[0] ?? 'something else';
  return `${uniq.slice(0, -1).join(', ')} or ${uniq[uniq.length - 1]}`;
}

function quoteList(values: unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

function annotation(err: ErrorObject, keyword: string): string | undefined {
  const v = err.parentSchema?.[keyword];
  return typeof v === 'string' ? v : undefined;
}

/** What one "mismatch" error (type / enum / const) says is expected. */
function expectation(err: ErrorObject): string {
  const custom = annotation(err, EXPECTED_KEYWORD);
  if (custom) return custom;
  if (err.keyword === 'type') {
    const types = String(err.params.type).split(',');
    // `integer` and `number` side by side read as "a number".
    return joinAlternatives(types.filter((t) => t !== 'null' || types.length === 1).map((t) => TYPE_NOUNS[t] ?? t));
  }
  if (err.keyword === 'enum') return `one of ${quoteList(err.params.allowedValues as unknown[])}`;
  if (err.keyword === 'const') return JSON.stringify(err.params.allowedValue);
  return 'something else';
}

const MISMATCH = new Set(['type', 'enum', 'const']);

function isMismatch(e: ErrorObject): boolean {
  return MISMATCH.has(e.keyword) || e.parentSchema?.[SHAPE_ONLY_KEYWORD] === true;
}
const COMBINATORS = new Set(['anyOf', 'oneOf']);
/** Keywords whose errors only summarise others (`if`/`then` reports the `then` errors separately). */
const SUMMARIES = new Set(['if', 'propertyNames']);

/**
 * Whether any of `sortedPaths` lies under `parent`. Paths under a parent sort right after
 * `parent + '/'`, so one binary search answers it (a linear scan per combinator made a document
 * with thousands of errors quadratic).
 */
function hasPathUnder(sortedPaths: readonly string[], parent: string): boolean {
  const prefix = parent + '/';
  let lo = 0;
  let hi = sortedPaths.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sortedPaths[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < sortedPaths.length && sortedPaths[lo].startsWith(prefix);
}

/** Collapse combinator noise and map every remaining ajv error to a Problem. */
export function collapseErrors(errors: readonly ErrorObject[]): Problem[] {
  // A failing propertyNames reports the name's own error too: the summary adds nothing.
  const errs = errors.filter((e) => !SUMMARIES.has(e.keyword));
  // Errors by node, combinators apart: each combinator's node is looked at once, not searched for.
  const combosAt = new Map<string, ErrorObject[]>();
  const othersAt = new Map<string, ErrorObject[]>();
  for (const e of errs) {
    const byPath = COMBINATORS.has(e.keyword) ? combosAt : othersAt;
    const list = byPath.get(e.instancePath);
    if (list) list.push(e);
    else byPath.set(e.instancePath, [e]);
  }
  const otherPaths = [...othersAt.keys()].sort();
  const problems: Problem[] = [];
  const dropped = new Set<ErrorObject>();

  for (const [at, combos] of combosAt) {
    combos.forEach((c) => dropped.add(c));
    const here = othersAt.get(at) ?? [];
    const mismatches = here.filter(isMismatch);
    const deeper = hasPathUnder(otherPaths, at);
    const structural = here.some((e) => !isMismatch(e));
    mismatches.forEach((e) => dropped.add(e));
    if (deeper || structural) {
      // Some branch matched the value's type: its specific errors say what is wrong.
      const requireds = here.filter((e) => e.keyword === 'required');
      if (requireds.length > 0) {
        requireds.forEach((e) => dropped.add(e));
        const bySchema = new Map<string, string[]>();
        for (const r of requireds) {
          const k = r.schemaPath;
          bySchema.set(k, [...(bySchema.get(k) ?? []), String(r.params.missingProperty)]);
        }
        problems.push({ path: splitPointer(at), target: 'key', kind: 'required', missing: [...bySchema.values()] });
      }
      continue;
    }
    // Every branch rejected the value's type: one message for the node.
    // ajv reports an inner combinator before the outer one: the outermost describes the node best.
    const custom = combos.map((c) => annotation(c, EXPECTED_KEYWORD)).reverse().find(Boolean);
    const expected = custom ?? joinAlternatives(mismatches.filter((e) => MISMATCH.has(e.keyword)).map(expectation));
    problems.push({ path: splitPointer(at), target: 'value', kind: 'type', expected });
  }

  for (const e of errs) {
    if (dropped.has(e)) continue;
    const path = splitPointer(e.instancePath);
    if (e.propertyName !== undefined) {
      // A map key broke the map's `propertyNames` (an agent id with a dot, say): report the key.
      const text = MISMATCH.has(e.keyword) ? `must be ${expectation(e)}` : otherText(e);
      problems.push({ path: [...path, e.propertyName], target: 'key', kind: 'key-name', key: e.propertyName, text });
      continue;
    }
    switch (e.keyword) {
      case 'type':
      case 'enum':
      case 'const':
        problems.push({ path, target: 'value', kind: 'type', expected: expectation(e) });
        break;
      case 'required':
        problems.push({ path, target: 'key', kind: 'required', missing: [[String(e.params.missingProperty)]] });
        break;
      case 'additionalProperties': {
        const props = e.parentSchema?.properties as Record<string, unknown> | undefined;
        const key = String(e.params.additionalProperty);
        // A map of names only (no fixed keys): the name breaks the pattern names must match.
        const patterns = Object.keys((e.parentSchema?.patternProperties as object | undefined) ?? {}).filter((p) => p !== '^x-');
        if (!props && patterns.length > 0) {
          problems.push({ path: [...path, key], target: 'key', kind: 'key-name', key, text: `must match the pattern ${patterns.join(' or ')}` });
          break;
        }
        problems.push({
          path: [...path, String(e.params.additionalProperty)],
          target: 'key',
          kind: 'unknown-key',
          key: String(e.params.additionalProperty),
          keyNoun: annotation(e, KEY_NOUN_KEYWORD),
          knownKeys: props ? Object.keys(props) : undefined,
        });
        break;
      }
      case 'uniqueItems': {
        // At the repeat, not at the whole list.
        const [first, again] = [Number(e.params.i), Number(e.params.j)].sort((a, b) => a - b);
        problems.push({ path: [...path, String(again)], target: 'value', kind: 'other', text: `is the same as item [${first}]; this list must not repeat items` });
        break;
      }
      default:
        problems.push({ path, target: 'value', kind: 'other', text: otherText(e) });
    }
  }
  return mergeRequired(problems);
}

/** Several `required` errors of one `required: [a, b]` keyword at one node become one problem. */
function mergeRequired(problems: Problem[]): Problem[] {
  const out: Problem[] = [];
  const byPath = new Map<string, Problem>();
  for (const p of problems) {
    if (p.kind !== 'required') {
      out.push(p);
      continue;
    }
    const k = p.path.join('\u0000');
    const prev = byPath.get(k);
    if (prev) {
      // Plain required errors (one name each) at one node are all needed together.
      if (prev.missing!.length === 1 && p.missing!.length === 1) prev.missing = [[...prev.missing![0], ...p.missing![0]]];
      else prev.missing = [...prev.missing!, ...p.missing!];
      continue;
    }
    byPath.set(k, p);
    out.push(p);
  }
  return out;
}

function otherText(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${String(p.comparison).replace('>=', 'at least').replace('<=', 'at most').replace('>', 'greater than').replace('<', 'less than')} ${String(p.limit)}`;
    case 'minItems':
      return Number(p.limit) === 1 ? 'must not be empty' : `must have at least ${String(p.limit)} items`;
    case 'maxItems':
      return `must have at most ${String(p.limit)} items`;
    case 'minLength':
      return Number(p.limit) === 1 ? 'must not be empty' : `must be at least ${String(p.limit)} characters long`;
    case 'maxLength':
      return `must be at most ${String(p.limit)} characters long`;
    case 'pattern':
      return `must match the pattern ${String(p.pattern)}`;
    case 'format':
      return `must be a valid ${String(p.format)}`;
    case 'minProperties':
      return Number(p.limit) === 1 ? 'must not be empty' : `must have at least ${String(p.limit)} entries`;
    case 'maxProperties':
      return `must have at most ${String(p.limit)} entries`;
    case 'additionalItems':
      return `must have at most ${String(p.limit)} items`;
    case 'not':
      return 'is a combination of settings that is not allowed';
    case 'dependencies':
    case 'dependentRequired':
      return `needs "${String(p.missingProperty)}" beside "${String(p.property)}"`;
    default:
      return e.message ?? 'is not valid';
  }
}

/** Levenshtein distance, for "did you mean" hints on unknown keys. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

export function closest(key: string, candidates: string[] | undefined): string | undefined {
  if (!candidates || candidates.length === 0) return undefined;
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(key.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}
