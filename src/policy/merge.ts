import type { RawRule, RuleConfig } from './types.js';

/** Applies `raw` over `base`: per rule, only the fields written change (options per key). */
export function mergeRules(base: Record<string, RuleConfig>, raw: Record<string, RawRule> | undefined): Record<string, RuleConfig> {
  const out: Record<string, RuleConfig> = { ...base };
  for (const [id, setting] of Object.entries(raw ?? {})) {
    const prev = out[id] ?? { severity: 'error', options: {}, allowSuppression: true };
    if (typeof setting === 'string') out[id] = { ...prev, severity: setting };
    else {
      const autofix = setting.autofix ?? prev.autofix;
      out[id] = {
        severity: setting.severity ?? prev.severity,
        options: { ...prev.options, ...(setting.options ?? {}) },
        allowSuppression: setting.allowSuppression ?? prev.allowSuppression,
        ...(autofix !== undefined ? { autofix } : {}),
      };
    }
  }
  return out;
}
