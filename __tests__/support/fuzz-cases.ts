/**
 * Generated compose and openclaw.json documents for fuzzing the parse → judge → fix path:
 * plausible structures (the proxy service and its settings, anchors and merges, model
 * references, comments) broken by random mutations: characters deleted, duplicated or
 * inserted (any Unicode), lines re-indented, anchors and aliases injected, quotes added.
 * Used by __tests__/hostile/fuzz.test.ts with a fixed seed and by `npm run fuzz` with 10 000 runs.
 */
import './openclaw-schema.js';
import fc from 'fast-check';
import { judge, parseFile } from '../../src/core/engine.js';
import type { Finding } from '../../src/core/finding.js';
import { SourceFile } from '../../src/core/source.js';
import type { FileKind } from '../../src/core/source.js';
import { fixParsed } from '../../src/fix/fix.js';
import { recommendedPolicy } from '../../src/policy/load.js';
import type { Policy } from '../../src/policy/types.js';

export interface FuzzCase {
  path: string;
  kind: FileKind;
  text: string;
}

const MODELS = ['zai-org/GLM-4.7', 'zai-org/GLM-4.7-Flash', 'zai-org/GLM-4.7-FlashX', 'openai/gpt-oss-120b', 'cloudru-fm/zai-org/GLM-4.7', '${BIG_MODEL:-zai-org/GLM-4.7}', ''];
const model = fc.constantFrom(...MODELS);
const quote = (q: number, v: string): string => (q === 0 ? v : q === 1 ? `'${v}'` : `"${v}"`);

/** A compose file around a claude-code-proxy service, in block or flow style, with optional anchors. */
const composeBase = fc
  .record({
    indent: fc.constantFrom(1, 2, 4),
    list: fc.boolean(),
    flowEnv: fc.boolean(),
    anchors: fc.boolean(),
    crlf: fc.boolean(),
    tag: fc.constantFrom('', ':v1.0.0', ':latest', '@sha256:' + 'a'.repeat(64), ':${TAG}'),
    registry: fc.constantFrom('', 'docker.io/', 'ghcr.io:443/'),
    tiers: fc.array(fc.tuple(model, fc.nat(2)), { minLength: 0, maxLength: 3 }),
    thinking: fc.constantFrom(undefined, '"true"', '"false"', 'false', "'1'"),
    user: fc.constantFrom(undefined, '"1000:1000"', 'root', '"0"', '1000'),
    readOnly: fc.constantFrom(undefined, 'true', 'false', '"yes"'),
    port: fc.constantFrom(undefined, '"8082"', '"80a"', '8082'),
    other: fc.boolean(),
    comments: fc.boolean(),
  })
  .map((g) => {
    const i = (n: number) => ' '.repeat(g.indent * n);
    const env: Array<[string, string]> = [
      ['OPENAI_API_KEY', '"${CLOUDRU_API_KEY}"'],
      ['OPENAI_BASE_URL', 'https://foundation-models.api.cloud.ru/v1'],
      ...g.tiers.map(([m, q], k): [string, string] => [['BIG_MODEL', 'MIDDLE_MODEL', 'SMALL_MODEL'][k], quote(q, m)]),
    ];
    if (g.thinking) env.push(['DISABLE_THINKING', g.thinking]);
    if (g.port) env.push(['PORT', g.port]);
    const lines: string[] = [];
    if (g.anchors) lines.push(`x-env: &env`, ...env.slice(0, 2).map(([k, v]) => `${i(1)}${k}: ${v}`));
    lines.push('services:', `${i(1)}claude-code-proxy:${g.comments ? ' # the proxy' : ''}`, `${i(2)}image: ${g.registry}legard/claude-code-proxy${g.tag}`);
    if (g.flowEnv) {
      lines.push(`${i(2)}environment: {${env.map(([k, v]) => `${k}: ${v}`).join(', ')}}`);
    } else if (g.list) {
      lines.push(`${i(2)}environment:`, ...env.map(([k, v]) => `${i(3)}- ${k}=${v.replace(/^["']|["']$/g, '')}`));
    } else {
      lines.push(`${i(2)}environment:`);
      if (g.anchors) lines.push(`${i(3)}<<: *env`);
      lines.push(...env.map(([k, v]) => `${i(3)}${k}: ${v}${g.comments ? ' # c' : ''}`));
    }
    if (g.user) lines.push(`${i(2)}user: ${g.user}`);
    if (g.readOnly) lines.push(`${i(2)}read_only: ${g.readOnly}`);
    lines.push(`${i(2)}ports: ["127.0.0.1:8082:8082"]`);
    if (g.other) lines.push(`${i(1)}other:`, `${i(2)}image: nginx`, ...(g.anchors ? [`${i(2)}environment: *env`] : []));
    return lines.join(g.crlf ? '\r\n' : '\n') + '\n';
  });

/** An openclaw.json with model references in the places the rules read, JSON5 syntax. */
const openclawBase = fc
  .record({
    primary: model,
    fallbacks: fc.array(model, { maxLength: 3 }),
    thinking: fc.constantFrom(undefined, 'off', 'high', 'xhigh'),
    reasoning: fc.boolean(),
    baseUrl: fc.constantFrom('https://foundation-models.api.cloud.ru/v1', 'http://localhost:8082', 'https://api.openai.com/v1'),
    single: fc.boolean(),
    trailing: fc.boolean(),
    comments: fc.boolean(),
    objectModel: fc.boolean(),
  })
  .map((g) => {
    const s = (v: string) => (g.single ? `'${v}'` : `"${v}"`);
    const t = g.trailing ? ',' : '';
    const c = g.comments ? ' // note' : '';
    const modelValue = g.objectModel ? `{ primary: ${s('cloudru-fm/' + g.primary)}, fallbacks: [${g.fallbacks.map((f) => s('cloudru-fm/' + f)).join(', ')}${t}] }` : s('cloudru-fm/' + g.primary);
    return [
      '{',
      `  agents: {${c}`,
      '    defaults: {',
      `      model: ${modelValue},`,
      g.thinking ? `      thinkingDefault: ${s(g.thinking)},` : '',
      `      models: { ${s('cloudru-fm/' + g.primary)}: { alias: "main" }${t} },`,
      `    }${t}`,
      `  },`,
      '  /* providers */',
      '  models: {',
      '    providers: {',
      `      "cloudru-fm": { baseUrl: ${s(g.baseUrl)}, api: "openai-completions", models: [{ id: ${s(g.primary)}, name: ${s(g.primary + ' (via proxy)')}, reasoning: ${g.reasoning} }${t}] },`,
      '    },',
      '  },',
      '}',
      '',
    ].join('\n');
  });

type Mutation =
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'indent'; line: number; spaces: number }
  | { op: 'anchor'; at: number; name: string; alias: boolean };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 4 }),
      fc.constantFrom('"', "'", '`', '{', '}', '[', ']', ',', ':', '- ', '#', '&', '*', '!', '|', '>', '\t', '\r', '\n', '\u0000', '\ufeff', '\u202e', '\ud800', '%', '$', '${', '<<: ', '? ', '---\n', '...\n', '/*', '//'),
    ),
  }),
  fc.record({ op: fc.constant('indent' as const), line: fc.nat(), spaces: fc.integer({ min: -4, max: 6 }) }),
  fc.record({ op: fc.constant('anchor' as const), at: fc.nat(), name: fc.constantFrom('a', 'b', 'env'), alias: fc.boolean() }),
);

export function mutate(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : ('at' in m ? m.at : 0) % (text.length + 1);
  switch (m.op) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate':
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'indent': {
      const lines = text.split('\n');
      const k = m.line % lines.length;
      lines[k] = m.spaces >= 0 ? ' '.repeat(m.spaces) + lines[k] : lines[k].replace(new RegExp(`^ {0,${-m.spaces}}`), '');
      return lines.join('\n');
    }
    case 'anchor':
      return text.slice(0, at) + (m.alias ? `*${m.name}` : `&${m.name} `) + text.slice(at);
  }
}

/** A document of either kind with 0 to 4 mutations applied. */
export const fuzzCase: fc.Arbitrary<FuzzCase> = fc
  .tuple(fc.oneof({ weight: 3, arbitrary: composeBase.map((text) => ({ path: 'docker-compose.yml', kind: 'compose' as const, text })) }, { weight: 2, arbitrary: openclawBase.map((text) => ({ path: 'openclaw.json', kind: 'openclaw' as const, text })) }), fc.array(mutation, { maxLength: 4 }))
  .map(([doc, mutations]) => ({ ...doc, text: mutations.reduce(mutate, doc.text) }));

let policy: Policy | undefined;

/** A finding's location is inside the file: 1 ≤ line ≤ lines + 1, columns ≥ 1, end not before start. */
function locationProblem(f: Finding, text: string): string | undefined {
  const lines = text.split('\n').length;
  const l = f.location;
  if (!(l.line >= 1 && l.line <= lines + 1 && l.endLine >= l.line && l.endLine <= lines + 1)) return `line out of range: ${JSON.stringify(l)} (${lines} lines)`;
  if (!(l.column >= 1 && l.endColumn >= 1)) return `column below 1: ${JSON.stringify(l)}`;
  if (l.endLine === l.line && l.endColumn < l.column) return `end before start: ${JSON.stringify(l)}`;
  return undefined;
}

/**
 * The property. Throws (with the reason) when a case breaks it: parse, judge and fix never
 * throw; every finding is located inside its file; fixing again changes nothing; a file that
 * parsed still parses after fixing. A hang is the test's timeout: no clock here, it would fail
 * on a loaded machine (cost is bounded in steps in hostile/cost.test.ts).
 */
export function checkCase(c: FuzzCase): void {
  policy ??= recommendedPolicy();
  const parsed = parseFile(new SourceFile(c.path, c.text, c.kind));
  const findings = judge([parsed], policy);
  for (const f of findings) {
    const problem = locationProblem(f, c.text);
    if (problem) throw new Error(`${f.ruleId}: ${problem}`);
  }
  const once = fixParsed([parsed], policy, 'suggestion');
  const after = once.files[0]?.after ?? c.text;
  for (const f of once.findings) {
    const problem = locationProblem(f, after);
    if (problem) throw new Error(`after fixing, ${f.ruleId}: ${problem}`);
  }
  const reparsed = parseFile(new SourceFile(c.path, after, c.kind));
  if (!parsed.error && reparsed.error) throw new Error(`fixing broke parsing: ${reparsed.error.message}`);
  const twice = fixParsed([reparsed], policy, 'suggestion');
  const again = twice.files[0]?.after ?? after;
  if (again !== after) throw new Error(`fixing is not idempotent:\n--- once\n${after}\n--- twice\n${again}`);
}
