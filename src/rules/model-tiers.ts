import type { ComposeService } from '../compose/project.js';
import { environmentKnown } from '../compose/project.js';
import type { EnvVar } from '../compose/environment.js';
import { shown } from '../core/redact.js';
import { aliasSite, findingAt, findingInValue, serviceAnchor } from './helpers.js';
import type { Rule, RuleContext, RuleFinding } from './types.js';

const ID = 'model-tiers';

function strings(v: unknown, fallback: string[]): string[] {
  return Array.isArray(v) ? v.map(String) : fallback;
}

const via = (v: EnvVar) => aliasSite(v.file, v.via);

function check(service: ComposeService, ctx: RuleContext): RuleFinding[] {
  const o = ctx.options;
  const tiers = strings(o.tiers, ['BIG_MODEL', 'MIDDLE_MODEL', 'SMALL_MODEL']);
  const required = strings(o.required, ['OPENAI_API_KEY', 'OPENAI_BASE_URL']);
  const legacy = (o.legacy && typeof o.legacy === 'object' ? o.legacy : { API_KEY: 'OPENAI_API_KEY', API_BASE_URL: 'OPENAI_BASE_URL' }) as Record<string, string>;
  const integers = strings(o.integers, ['PORT', 'MAX_TOKENS_LIMIT', 'MIN_TOKENS_LIMIT', 'REQUEST_TIMEOUT', 'MAX_RETRIES']);
  const at = serviceAnchor(service);
  const out: RuleFinding[] = [];
  // Variables may come from an env_file or extends: we cannot see: then nothing can be called missing.
  const known = environmentKnown(service);
  const missing = known ? tiers.filter((t) => !service.env.has(t)) : [];
  if (missing.length) {
    out.push(
      findingAt(ID, at.file, at.range, `service "${shown(service.name)}" does not set ${missing.join(', ')}; the proxy then falls back to OpenAI model names that Cloud.ru FM does not serve`),
    );
  }
  for (const name of known ? required : []) {
    if (service.env.has(name)) continue;
    const old = Object.keys(legacy).find((k) => legacy[k] === name && service.env.has(k));
    if (old) continue; // reported below, at the legacy name
    out.push(findingAt(ID, at.file, at.range, `service "${shown(service.name)}" does not set ${name}; the proxy ${name === 'OPENAI_API_KEY' ? 'exits at start without it' : "talks to OpenAI's endpoint without it"}`));
  }
  for (const [old, current] of Object.entries(legacy)) {
    const v = service.env.get(old);
    if (!v || service.env.has(current)) continue;
    // The rename edit is offered only where the name's characters are written as they are.
    out.push(findingInValue(ID, v.key, 0, old.length, `${old} is not read by the proxy; rename it to ${current}`, { via: via(v), replacement: current, fixDescription: `rename ${old} to ${current}` }));
  }
  for (const name of integers) {
    const v = service.env.get(name);
    if (!v?.value || /^[+-]?\d+$/.test(v.value.value.trim())) continue;
    out.push(findingInValue(ID, v.value, 0, v.value.value.length, `${name} is "${shown(v.value.value, name)}", not an integer; the proxy crashes at start`, { via: via(v), references: v.references }));
  }
  for (const name of [...tiers, ...required]) {
    const v = service.env.get(name);
    if (v?.value && v.value.value.trim() !== '' && v.value.value !== v.value.value.trim()) out.push(paddedValue(name, v));
  }
  return out;
}

/**
 * A model id or endpoint with white space around it: the proxy passes the value on as written.
 * The usual cause is a block scalar (`|`, `>`) whose chomping keeps its final line break; the fix
 * then makes it strip (`|-`), nothing else.
 */
function paddedValue(name: string, v: EnvVar): RuleFinding {
  const value = v.value!.value;
  const scalar = v.scalar;
  const header = scalar?.style === 'block' && v.references.length === 0 ? /^([|>])([1-9]?)([+-]?)([1-9]?)/.exec(v.file.text.slice(scalar.range[0])) : null;
  if (header && value.replace(/[\r\n]+$/, '') === value.trim()) {
    const start = scalar!.range[0];
    const [all, indicator, indentBefore, , indentAfter] = header;
    return findingAt(ID, v.file, [start, start + all.length], `${name} ends with a line break: the block scalar's "${all}" keeps it, and the proxy passes it on as part of the value; write "${indicator}${indentBefore}-${indentAfter}"`, {
      via: via(v),
      fix: { description: `strip the final line break of ${name}`, edits: [{ file: v.file.path, start, end: start + all.length, text: `${indicator}${indentBefore}-${indentAfter}` }] },
    });
  }
  return findingInValue(ID, v.value!, 0, value.length, `${name} is "${shown(value, name)}", with white space around it that the proxy passes on as part of the value; remove it`, { via: via(v), references: v.references });
}

export const modelTiers: Rule = {
  meta: {
    id: ID,
    description: 'The proxy sets all three model tiers and OPENAI_API_KEY/OPENAI_BASE_URL, no legacy names, integer settings as integers.',
    defaultSeverity: 'warning',
    fixable: true,
    docs: 'docs/rules/model-tiers.md',
  },
  compose: check,
};
