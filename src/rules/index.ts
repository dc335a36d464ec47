import { bannedModel } from './banned-model.js';
import { disableThinking } from './disable-thinking.js';
import { modelTiers } from './model-tiers.js';
import { openclawThinking } from './openclaw-thinking.js';
import { proxyImageTag } from './proxy-image-tag.js';
import { proxyReadOnly, proxyUser } from './proxy-settings.js';
import type { Rule, RuleMeta } from './types.js';

/** Rules that judge documents; `schema`, `parse-error`, `invalid-suppression`, `unused-suppression`, `file-skipped` and `fix-failed` come from the engine and the fixer. */
export const RULES: Rule[] = [bannedModel, disableThinking, proxyImageTag, proxyReadOnly, proxyUser, modelTiers, openclawThinking];

export const ENGINE_RULES: RuleMeta[] = [
  {
    id: 'schema',
    description: 'The file does not match the structure Compose or OpenClaw expects (schemas/).',
    defaultSeverity: 'error',
    fixable: false,
    docs: 'docs/rules/schema.md',
  },
  {
    id: 'parse-error',
    description: 'The file cannot be parsed as YAML, JSON5 or .env.',
    defaultSeverity: 'error',
    fixable: false,
    docs: 'docs/rules/parse-error.md',
  },
  {
    id: 'invalid-suppression',
    description: 'A clawcheck-disable comment that does not work: no reason, an unknown rule or directive, misplaced, or a rule the policy does not let you suppress.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: 'docs/rules/invalid-suppression.md',
  },
  {
    id: 'unused-suppression',
    description: 'A suppression comment that silences nothing: no finding of its rules on its line (or in its file).',
    defaultSeverity: 'warning',
    fixable: false,
    docs: 'docs/rules/unused-suppression.md',
  },
  {
    id: 'file-skipped',
    description: 'A file that should have been checked was not read (over maxFileSize, unreadable, binary, a link out of the tree, a name that cannot be reported): nothing is known about it.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: 'docs/rules/file-skipped.md',
  },
  {
    id: 'fix-failed',
    description: 'Fixes for a file were computed but not applied: the result would not parse or would still have the problems.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: 'docs/rules/fix-failed.md',
  },
];

/** Rules of `clawcheck probe`: what the live services answered, at the line that configures what was asked. */
export const PROBE_RULES: RuleMeta[] = [
  {
    id: 'model-unavailable',
    description: "A configured model id that the provider's GET /models does not list (the next model to be withdrawn), with the nearest ids it does serve.",
    defaultSeverity: 'error',
    fixable: false,
    docs: 'docs/rules/model-unavailable.md',
  },
  {
    id: 'model-error',
    description: 'A request about a configured model (or its models list) answered with an HTTP error, a body that cannot be read, or no connection.',
    defaultSeverity: 'error',
    fixable: false,
    docs: 'docs/rules/model-error.md',
  },
  {
    id: 'model-timeout',
    description: 'A request about a configured model got no answer within --timeout (retries included).',
    defaultSeverity: 'error',
    fixable: false,
    docs: 'docs/rules/model-timeout.md',
  },
  {
    id: 'model-empty-content',
    description: 'A model answered 200 with null or empty content and no tool call (the thinking-mode symptom Claude Code crashes on), directly or through the proxy.',
    defaultSeverity: 'error',
    fixable: false,
    docs: 'docs/rules/model-empty-content.md',
  },
  {
    id: 'model-no-tools',
    description: 'A model that does not call a tool when one is required: Claude Code cannot work without function calling.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: 'docs/rules/model-no-tools.md',
  },
  {
    id: 'proxy-unhealthy',
    description: "The proxy's GET /health did not answer 2xx.",
    defaultSeverity: 'error',
    fixable: false,
    docs: 'docs/rules/proxy-unhealthy.md',
  },
  {
    id: 'probe-skipped',
    description: 'Something the probe should have asked was not asked (no key, a host a key may not go to, plain http, --max-requests reached, the proxy not running): nothing is known about it.',
    defaultSeverity: 'warning',
    fixable: false,
    docs: 'docs/rules/probe-skipped.md',
  },
];

export const PROBE_RULE_IDS = new Set(PROBE_RULES.map((m) => m.id));

export const ALL_RULE_META: RuleMeta[] = [...RULES.map((r) => r.meta), ...ENGINE_RULES, ...PROBE_RULES];
export const RULE_IDS = new Set(ALL_RULE_META.map((m) => m.id));
