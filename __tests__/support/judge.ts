/**
 * Judges in-memory files with the real engine: `{ 'path': 'text' }` → findings.
 * The kind comes from the name, as the CLI types files given by name.
 */
import './openclaw-schema.js';
import { judge, parseFile } from '../../src/core/engine.js';
import type { Finding, TextEdit } from '../../src/core/finding.js';
import { SourceFile } from '../../src/core/source.js';
import type { FileKind } from '../../src/core/source.js';
import { policyFromText, recommendedPolicy } from '../../src/policy/load.js';
import type { Policy } from '../../src/policy/types.js';

export type Files = Record<string, string>;

export function kindOf(path: string): FileKind {
  const base = path.split('/').pop() ?? path;
  if (/\.json5?$/i.test(base)) return 'openclaw';
  if (base === '.env' || /\.env$/i.test(base) || /^\.env\./.test(base)) return 'dotenv';
  return 'compose';
}

let recommended: Policy | undefined;

/** `policy`: omitted → the recommended policy; a string → `.clawcheck.yml` text; or a Policy. */
export function policyOf(policy?: string | Policy): Policy {
  if (policy === undefined) return (recommended ??= recommendedPolicy());
  if (typeof policy === 'string') return policyFromText(policy).policy;
  return policy;
}

export interface JudgeOptions {
  policy?: string | Policy;
  /** Keep `schema` findings (off by default: schema has its own tests). */
  schema?: boolean;
}

export function judgeFiles(files: Files, options: JudgeOptions = {}): Finding[] {
  const parsed = Object.entries(files).map(([path, text]) => parseFile(new SourceFile(path, text, kindOf(path))));
  const findings = judge(parsed, policyOf(options.policy));
  return options.schema ? findings : findings.filter((f) => f.ruleId !== 'schema');
}

/** Findings of one rule only. */
export function judgeRule(ruleId: string, files: Files, options: JudgeOptions = {}): Finding[] {
  return judgeFiles(files, options).filter((f) => f.ruleId === ruleId);
}

/** Applies edits (to one file) from the end backwards; edits must not overlap. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  let last = Infinity;
  for (const e of sorted) {
    if (e.end > last) throw new Error('overlapping edits');
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    last = e.start;
  }
  return out;
}

/** The text of `path` after applying the finding's fix edits that target it. */
export function fixed(files: Files, finding: Finding, path?: string): string {
  if (!finding.fix) throw new Error(`finding has no fix: ${finding.ruleId} ${finding.message}`);
  const target = path ?? finding.fix.edits[0].file;
  return applyEdits(files[target], finding.fix.edits.filter((e) => e.file === target));
}

/** `file:line:col-endLine:endCol ruleId` — a compact form for toEqual over many findings. */
export function at(f: Finding): string {
  const l = f.location;
  return `${l.file}:${l.line}:${l.column}-${l.endLine}:${l.endColumn} ${f.ruleId}`;
}

/** The seed's compose file as the wizard generated it (domain brief, "Before"). */
export const SEED_BEFORE = `services:
  claude-code-proxy:
    image: legard/claude-code-proxy:v1.0.0        # tag not published
    container_name: openclaw-cloudru-proxy
    ports: ["127.0.0.1:8082:8082"]
    environment:
      OPENAI_API_KEY: "\${CLOUDRU_API_KEY}"
      OPENAI_BASE_URL: "https://foundation-models.api.cloud.ru/v1"
      BIG_MODEL: "zai-org/GLM-4.7"                # banned
      MIDDLE_MODEL: "zai-org/GLM-4.7-FlashX"      # banned
      SMALL_MODEL: "zai-org/GLM-4.7-Flash"        # banned
      DISABLE_THINKING: "false"                   # must be "true"
    user: "1000:1000"                             # forbidden
    read_only: true                               # forbidden
    healthcheck: {test: ["CMD", "curl", "-sf", "http://localhost:8082/health"]}
`;

/** The seed's compose file after the migration (domain brief, "After"). */
export const SEED_AFTER = `services:
  claude-code-proxy:
    image: legard/claude-code-proxy:latest
    container_name: openclaw-cloudru-proxy
    ports: ["127.0.0.1:8082:8082"]
    environment:
      OPENAI_API_KEY: "\${CLOUDRU_API_KEY}"
      OPENAI_BASE_URL: "https://foundation-models.api.cloud.ru/v1"
      BIG_MODEL: "openai/gpt-oss-120b"
      MIDDLE_MODEL: "openai/gpt-oss-120b"
      SMALL_MODEL: "openai/gpt-oss-120b"
      DISABLE_THINKING: "true"
    healthcheck: {test: ["CMD", "curl", "-sf", "http://localhost:8082/health"]}
`;

/** A `claude-code-proxy` service in block style: `extra` lines under the service, `envLines` under `environment:`. */
export function proxyCompose(envLines: string[], extra: string[] = [], image = 'legard/claude-code-proxy:latest'): string {
  return ['services:', '  claude-code-proxy:', `    image: ${image}`, ...extra.map((l) => `    ${l}`), '    environment:', ...envLines.map((l) => `      ${l}`), ''].join('\n');
}

/**
 * Where `needle` is written in `text` (its n-th occurrence, 0-based) as a finding location:
 * 1-based line/column, exclusive end column. Lets a test say "the finding covers exactly this text".
 */
export function spot(
  file: string,
  text: string,
  needle: string,
  nth: number | { after: string } = 0,
): { file: string; line: number; column: number; endLine: number; endColumn: number } {
  // `{ after }`: the first occurrence following the first occurrence of `after`.
  let start = typeof nth === 'number' ? -1 : text.indexOf(nth.after) + nth.after.length - 1;
  if (typeof nth !== 'number' && start < nth.after.length - 1) throw new Error(`"${nth.after}" not in ${file}`);
  for (let i = 0; i <= (typeof nth === 'number' ? nth : 0); i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`"${needle}" (#${nth}) not in ${file}`);
  }
  const pos = (o: number) => {
    const before = text.slice(0, o);
    const line = before.split('\n').length;
    return { line, column: o - (before.lastIndexOf('\n') + 1) + 1 };
  };
  const a = pos(start);
  const b = pos(start + needle.length);
  return { file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
