import type { Finding, Severity } from '../core/finding.js';
import type { Policy } from '../policy/types.js';

/** What reporters and docs know about a rule: a public contract, like its id. */
export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Severity;
  fixable: boolean;
  /** Path of the rule's documentation inside the repository. */
  docs: string;
}

export const DOCS_BASE_URL = 'https://github.com/clawcheck/clawcheck/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

/** A finding as a rule produces it; the engine applies the policy's severity and suppressions. */
export type RuleFinding = Omit<Finding, 'severity'> & { severity?: Severity };

export interface RuleContext {
  policy: Policy;
  options: Record<string, unknown>;
}

/** A rule: metadata plus pure checks over the compose and openclaw models. */
export interface Rule {
  meta: RuleMeta;
  /** Called once per claude-code-proxy service (merged across override files). */
  compose?(service: import('../compose/project.js').ComposeService, ctx: RuleContext): RuleFinding[];
  /** Called once per openclaw file. */
  openclaw?(model: import('../openclaw/model.js').OpenclawModel, ctx: RuleContext): RuleFinding[];
}
