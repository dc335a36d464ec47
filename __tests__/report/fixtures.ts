/** Hand-built CheckResults for reporter tests (no engine, no disk). */
import type { Finding, Fix, Severity } from '../../src/core/finding.js';
import type { CheckResult, SkippedPath } from '../../src/core/result.js';
import { SourceFile, type FileKind } from '../../src/core/source.js';
import type { RuleMeta } from '../../src/rules/types.js';
import type { ReportContext } from '../../src/report/types.js';

/** A finding on the `occurrence`-th match of `needle` in `source`. */
export function findingAt(
  source: SourceFile,
  needle: string,
  props: { ruleId: string; severity: Severity; message: string; fix?: Fix; suggestion?: boolean; occurrence?: number },
): Finding {
  let start = -1;
  for (let n = 0; n < (props.occurrence ?? 1); n++) {
    start = source.text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`"${needle}" not found in ${source.path}`);
  }
  const end = start + needle.length;
  const finding: Finding = {
    ruleId: props.ruleId,
    severity: props.severity,
    message: props.message,
    location: source.location(start, end),
    range: [start, end],
  };
  if (props.fix) finding.fix = props.fix;
  if (props.suggestion) finding.suggestion = true;
  return finding;
}

/** A fix replacing the `needle` in `source` with `text`. */
export function replaceFix(source: SourceFile, needle: string, text: string, description: string): Fix {
  const start = source.text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" not found in ${source.path}`);
  return { description, edits: [{ file: source.path, start, end: start + needle.length, text }] };
}

export function makeResult(
  sources: SourceFile[],
  findings: Finding[],
  skipped: SkippedPath[] = [],
  root = '/work/project',
): CheckResult {
  return {
    root,
    files: sources.map((s) => s.path).sort(),
    findings,
    skipped,
    sources: new Map(sources.map((s) => [s.path, s])),
  };
}

export function source(path: string, text: string, kind: FileKind = 'compose'): SourceFile {
  return new SourceFile(path, text, kind);
}

export const RULES: RuleMeta[] = [
  { id: 'proxy-image-tag', description: 'The proxy image must use a published tag.', defaultSeverity: 'error', fixable: true, docs: 'docs/rules/proxy-image-tag.md' },
  { id: 'banned-model', description: 'Models that Cloud.ru FM does not serve reliably.', defaultSeverity: 'error', fixable: true, docs: 'docs/rules/banned-model.md' },
  { id: 'disable-thinking', description: 'DISABLE_THINKING must be "true".', defaultSeverity: 'warning', fixable: true, docs: 'docs/rules/disable-thinking.md' },
  { id: 'thinking-default', description: 'Thinking mode is not supported through the proxy.', defaultSeverity: 'info', fixable: false, docs: 'docs/rules/thinking-default.md' },
  { id: 'proxy-read-only', description: 'The proxy needs a writable filesystem.', defaultSeverity: 'error', fixable: true, docs: 'docs/rules/proxy-read-only.md' },
  { id: 'unused-rule', description: 'A rule that reported nothing.', defaultSeverity: 'warning', fixable: false, docs: 'docs/rules/unused-rule.md' },
];

export const CONTEXT: ReportContext = { rules: RULES, color: false, version: '0.1.0' };

export const COMPOSE_TEXT = [
  'services:',
  '  claude-code-proxy:',
  '    image: legard/claude-code-proxy:v1.0.0',
  '    environment:',
  '      BIG_MODEL: "zai-org/GLM-4.7"',
  '      DISABLE_THINKING: "false"',
  '    read_only: true',
  '',
].join('\n');

export const OPENCLAW_TEXT = ['{', '  agents: {', '    defaults: { thinkingDefault: "high" },', '  },', '}', ''].join('\n');

export const DOTENV_TEXT = 'CLOUDRU_API_KEY=xxx\nBIG_MODEL=zai-org/GLM-4.7\n';

/** Several files (with a space and non-ASCII in paths), every severity, related locations, fixes, a skip. */
export function richResult(composeText = COMPOSE_TEXT): CheckResult {
  const compose = source('deploy/docker-compose.cloudru-proxy.yml', composeText);
  const openclaw = source('my config/openclaw.json', OPENCLAW_TEXT, 'openclaw');
  const dotenv = source('окружение/.env', DOTENV_TEXT, 'dotenv');
  const banned = findingAt(compose, 'zai-org/GLM-4.7', {
    ruleId: 'banned-model',
    severity: 'error',
    message: 'Model "zai-org/GLM-4.7" is banned: use openai/gpt-oss-120b.',
    fix: replaceFix(compose, 'zai-org/GLM-4.7', 'openai/gpt-oss-120b', 'replace with openai/gpt-oss-120b'),
  });
  const envModel = DOTENV_TEXT.indexOf('zai-org');
  banned.related = [{ ...dotenv.location(envModel, envModel + 'zai-org/GLM-4.7'.length), message: 'Also set here.' }];
  const readOnly = findingAt(compose, 'read_only: true\n', {
    ruleId: 'proxy-read-only',
    severity: 'error',
    message: 'read_only: true stops the proxy from writing /app/.venv.',
    fix: replaceFix(compose, '    read_only: true\n', '', 'remove read_only'),
  });
  const findings = [
    findingAt(compose, 'legard/claude-code-proxy:v1.0.0', {
      ruleId: 'proxy-image-tag',
      severity: 'error',
      message: 'Tag v1.0.0 is not published; use :latest.',
      fix: replaceFix(compose, 'v1.0.0', 'latest', 'use the latest tag'),
    }),
    banned,
    findingAt(compose, '"false"', {
      ruleId: 'disable-thinking',
      severity: 'warning',
      message: 'DISABLE_THINKING must be "true".',
      fix: replaceFix(compose, '"false"', '"true"', 'set to "true"'),
      suggestion: true,
    }),
    readOnly,
    findingAt(openclaw, '"high"', { ruleId: 'thinking-default', severity: 'info', message: 'Thinking mode is not supported.' }),
    findingAt(dotenv, 'zai-org/GLM-4.7', { ruleId: 'parse-note', severity: 'warning', message: 'A rule without metadata.' }),
  ];
  const skipped: SkippedPath[] = [{ path: 'huge compose.yml', reason: 'too-large', message: 'larger than 1 MiB' }];
  return makeResult([compose, openclaw, dotenv], findings, skipped);
}
