import picomatch from 'picomatch';
import type { Finding, Severity } from './finding.js';
import { SEVERITY_RANK, sortAndDedupe } from './finding.js';
import type { SkippedPath } from './result.js';
import type { SourceFile } from './source.js';
import { isJson5 } from './source.js';
import { applySuppressions } from './suppress.js';
import { envFileReferences } from '../compose/env-files.js';
import { groupProjects, startsWithBase } from '../compose/grouping.js';
import { buildProject } from '../compose/project.js';
import { unrunnable } from '../compose/runnable.js';
import type { ComposeInput } from '../compose/project.js';
import type { EnvFileReference } from '../compose/env-files.js';
import { guardAnchorFixes } from '../compose/anchor-guard.js';
import { buildOpenclawModel } from '../openclaw/model.js';
import { includeTargets, resolveIncludes } from '../openclaw/include.js';
import type { IncludedFile, ResolvedOpenclaw } from '../openclaw/include.js';
import { parseJson5 } from '../parse/json5.js';
import { parseYaml } from '../parse/yaml.js';
import type { LocatedDocument } from '../parse/tree.js';
import { mergeRules } from '../policy/merge.js';
import type { Policy, RuleConfig } from '../policy/types.js';
import { serviceAnchor } from '../rules/helpers.js';
import { ALL_RULE_META, PROBE_RULE_IDS, RULE_IDS, RULES } from '../rules/index.js';
import type { RuleContext, RuleFinding } from '../rules/types.js';
import { validateCompose, validateOpenclaw } from '../validate/schema.js';
import { loadedOpenclawSchema } from '../openclaw/schema.js';

export interface ParsedFile {
  file: SourceFile;
  documents: LocatedDocument[];
  /** The parse failure, already a finding. */
  error?: RuleFinding;
}

/** Parses one file; a failure becomes a `parse-error` finding at the parser's position. */
export function parseFile(file: SourceFile): ParsedFile {
  if (file.kind === 'dotenv') return { file, documents: [] };
  const text = file.text.charCodeAt(0) === 0xfeff ? ' ' + file.text.slice(1) : file.text; // keep offsets, drop the BOM
  const r = isJson5(file.kind) ? parseJson5(text) : parseYaml(text);
  if (!r.error) return { file, documents: r.documents };
  const start = Math.min(r.error.offset, file.text.length);
  const end = Math.max(start, Math.min(r.error.endOffset, file.text.length));
  return {
    file,
    documents: [],
    error: { ruleId: 'parse-error', message: `cannot parse ${isJson5(file.kind) ? 'JSON5' : 'YAML'}: ${r.error.message}`, location: file.location(start, end), range: [start, end] },
  };
}

/**
 * The `.env` files that compose files read (for interpolation or `env_file:`), relative to the
 * root, in path order, each with the first place that names it (a refusal is reported there).
 */
export function envFilesToRead(parsed: ParsedFile[]): Map<string, EnvFileReference> {
  const out = new Map<string, EnvFileReference>();
  for (const p of parsed) {
    if (p.file.kind !== 'compose' || p.error) continue;
    for (const ref of envFileReferences(p)) if (!out.has(ref.path)) out.set(ref.path, ref);
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The rule settings that apply to one file: the policy's, then matching `overrides` in order. */
export function rulesFor(policy: Policy, path: string): Record<string, RuleConfig> {
  let rules = policy.rules;
  for (const o of policy.overrides) if (picomatch.isMatch(path, o.files, { dot: true })) rules = mergeRules(rules, o.rules);
  return rules;
}

export type RulesLookup = (path: string) => Record<string, RuleConfig>;

/** `rulesFor` merged once per path: the same files are asked about for every finding. */
export function rulesLookup(policy: Policy): RulesLookup {
  const byPath = new Map<string, Record<string, RuleConfig>>();
  return (path) => {
    let rules = byPath.get(path);
    if (!rules) byPath.set(path, (rules = rulesFor(policy, path)));
    return rules;
  };
}

function finalSeverity(configured: RuleConfig | undefined, emitted: Severity | undefined, fallback: Severity): Severity | undefined {
  const setting = configured?.severity ?? fallback;
  if (setting === 'off') return undefined;
  if (emitted && SEVERITY_RANK[emitted] < SEVERITY_RANK[setting]) return emitted;
  return setting;
}

/** What the caller found out while reading the files that `parsed` names but could not hold. */
export interface JudgeReads {
  /** Paths that were named (by an openclaw `$include`) but refused by the guarded reader; they have a file-skipped finding. */
  refused?: ReadonlySet<string>;
}

/** Serves `$include` targets from the parsed files; a path neither parsed nor refused is missing. */
function openclawIncludeLoader(parsed: ParsedFile[], reads: JudgeReads): (path: string) => IncludedFile {
  const byPath = new Map(parsed.filter((p) => isJson5(p.file.kind)).map((p) => [p.file.path, p]));
  return (path) => {
    const p = byPath.get(path);
    if (p) return p.error ? { unavailable: 'unparseable' } : { file: p.file, root: p.documents[0]?.root ?? null };
    return { unavailable: reads.refused?.has(path) ? 'refused' : 'missing' };
  };
}

/**
 * The openclaw configs among `parsed`, each with its `$include`s resolved. A config that another
 * config of the same files includes is only part of that one.
 */
export function openclawConfigs(parsed: ParsedFile[], reads: JudgeReads = {}): ResolvedOpenclaw[] {
  const configs = parsed.filter((p) => p.file.kind === 'openclaw' && !p.error);
  if (!configs.length) return [];
  const load = openclawIncludeLoader(parsed, reads);
  const targets = new Map(configs.map((p) => [p.file.path, new Set(includeTargets(p.file, p.documents[0]?.root ?? null))]));
  // Included by another config that it does not include back (configs including each other are both judged).
  const included = (path: string): boolean => [...targets].some(([other, t]) => other !== path && t.has(path) && !targets.get(path)!.has(other));
  return configs.filter((p) => !included(p.file.path)).map((p) => resolveIncludes(p.file, p.documents[0]?.root ?? null, load));
}

/** The OpenClaw schema the policy names; `loadOpenclawSchema` must have loaded it (check.ts does). */
function openclawSchema(policy: Policy) {
  const schema = loadedOpenclawSchema(policy.openclaw.version);
  if (!schema) throw new Error(`the schema of OpenClaw ${policy.openclaw.version} is not loaded: await loadOpenclawSchema() before judging openclaw files`);
  return schema;
}

/**
 * Judges parsed files with the policy: schema, rules, severities, suppressions. Pure: every
 * file it may need (the `.env` files too) is passed in.
 */
export function judge(parsed: ParsedFile[], policy: Policy, reads: JudgeReads = {}): Finding[] {
  const files = new Map(parsed.map((p) => [p.file.path, p.file]));
  const configs = new Map(openclawConfigs(parsed, reads).map((c) => [c.document.file.path, c]));
  const raw: RuleFinding[] = [];
  // Options as the per-path `overrides` leave them for the file being judged (for a compose
  // service: the file that defines it first, not one it inherits from through `extends:`).
  const rulesOf = rulesLookup(policy);
  const context = (id: string, path: string): RuleContext => ({ policy, options: rulesOf(path)[id]?.options ?? {} });
  const composeInputs: ComposeInput[] = [];
  for (const p of parsed) {
    if (p.error) {
      raw.push(p.error);
      continue;
    }
    if (p.file.kind === 'compose') {
      composeInputs.push(p);
      for (const d of p.documents) raw.push(...validateCompose(d.root, p.file));
    } else if (configs.has(p.file.path)) {
      const { document, problems } = configs.get(p.file.path)!;
      const found: RuleFinding[] = [...problems, ...validateOpenclaw(document.root, p.file, openclawSchema(policy))];
      const model = buildOpenclawModel(p.file, document.root, policy.cloudru, policy.openclaw.version);
      for (const rule of RULES) if (rule.openclaw) found.push(...rule.openclaw(model, context(rule.meta.id, p.file.path)));
      // Every file of the config decides each finding: a change to any of them can change it.
      const inputs = [...new Set([...document.files.map((f) => f.path), ...document.includes.map((i) => i.path)])];
      for (const f of found) {
        const dependsOn = inputs.filter((path) => path !== f.location.file);
        raw.push(dependsOn.length ? { ...f, dependsOn } : f);
      }
    }
  }
  const groups = groupProjects(composeInputs, policy.compose);
  const projects = groups.map((layers) => buildProject(layers, (path) => files.get(path), policy.proxy));
  const composeFindings: RuleFinding[] = [];
  for (const [i, project] of projects.entries()) {
    for (const service of project.services) {
      if (!service.isProxy) continue;
      if (startsWithBase(groups[i])) composeFindings.push(...unrunnable(service));
      for (const rule of RULES) {
        if (!rule.compose) continue;
        for (const f of rule.compose(service, context(rule.meta.id, serviceAnchor(service).file.path))) {
          const dependsOn = service.inputs.filter((path) => path !== f.location.file);
          composeFindings.push(dependsOn.length ? { ...f, dependsOn } : f);
        }
      }
    }
  }
  raw.push(...guardAnchorFixes(composeFindings, composeInputs, projects));
  return finalize(raw, parsed, rulesOf);
}

/**
 * A `file-skipped` finding for each path found but not read, at its first position, with the
 * severity the policy gives the rule for that path: a skipped file is never just absent.
 */
export function skippedFindings(skipped: SkippedPath[], policy: Policy): Finding[] {
  const rulesOf = rulesLookup(policy);
  const out: Finding[] = [];
  for (const s of skipped) {
    const f = withSeverity(
      {
        ruleId: 'file-skipped',
        message: `${s.path} was not checked: ${/^(is|has) /.test(s.message) ? 'it ' : /^(file|folder) /.test(s.message) ? 'the ' : ''}${s.message}`,
        // At the entry that names it when there is one (an annotation on the compose line to change).
        location: s.namedAt?.location ?? { file: s.path, line: 1, column: 1, endLine: 1, endColumn: 1 },
        range: s.namedAt?.range ?? [0, 0],
        ...(s.namedAt ? { dependsOn: [s.path] } : {}),
      },
      rulesOf(s.namedAt?.location.file ?? s.path),
    );
    if (f) out.push(f);
  }
  return out;
}

const DEFAULT_SEVERITY = new Map<string, Severity>(ALL_RULE_META.map((m) => [m.id, m.defaultSeverity]));

/** A finding with the severity the policy gives its rule in this file; undefined when the rule is off. */
export function withSeverity(f: RuleFinding, rules: Record<string, RuleConfig>): Finding | undefined {
  const severity = finalSeverity(rules[f.ruleId], f.severity, DEFAULT_SEVERITY.get(f.ruleId) ?? 'error');
  return severity ? { ...f, severity } : undefined;
}

/** Severities from the policy (per file), `off` rules dropped, suppressions applied, sorted. */
function finalize(raw: RuleFinding[], parsed: ParsedFile[], rulesOf: RulesLookup): Finding[] {
  const byFile = new Map<string, RuleFinding[]>();
  for (const f of raw) {
    const list = byFile.get(f.location.file);
    if (list) list.push(f);
    else byFile.set(f.location.file, [f]);
  }
  const out: Finding[] = [];
  for (const p of parsed) {
    const rules = rulesOf(p.file.path);
    const judged = (byFile.get(p.file.path) ?? []).map((f) => withSeverity(f, rules)).filter((f): f is Finding => !!f);
    const { kept, problems, unused } = applySuppressions(p.file, judged, RULE_IDS, (id) => rules[id]?.allowSuppression !== false, PROBE_RULE_IDS);
    out.push(...kept);
    for (const f of [...problems, ...unused]) {
      const placed = withSeverity(f, rules);
      if (placed) out.push(placed);
    }
  }
  return sortAndDedupe(out);
}
