import type { ComposeService } from '../compose/project.js';
import { environmentKnown } from '../compose/project.js';
import { reportRange } from '../compose/located-string.js';
import { shown } from '../core/redact.js';
import { aliasSite, findingAt, noFixNote, referenceSites, serviceAnchor } from './helpers.js';
import { insertEnvVar } from './insert-env.js';
import type { Rule, RuleContext, RuleFinding } from './types.js';

const ID = 'disable-thinking';
const FALSY = new Set(['false', '0', 'no', 'off', 'n', '']);

function check(service: ComposeService, ctx: RuleContext): RuleFinding[] {
  const variable = typeof ctx.options.variable === 'string' ? ctx.options.variable : 'DISABLE_THINKING';
  const want = typeof ctx.options.value === 'string' ? ctx.options.value : 'true';
  const v = service.env.get(variable);
  if (!v) {
    if (!environmentKnown(service)) return []; // it may be set in an env_file or extends: we cannot see
    const at = serviceAnchor(service);
    const edit = insertEnvVar(service.definitions, variable, want);
    return [
      findingAt(ID, at.file, at.range, `service "${shown(service.name)}" does not set ${variable}; set ${variable}: "${want}" (thinking mode returns content: null through Cloud.ru FM and crashes Claude Code)`, {
        fix: edit ? { description: `add ${variable}: "${want}"`, edits: [edit] } : undefined,
      }),
    ];
  }
  if (!v.value) return []; // comes from the shell: nothing to judge here
  const value = v.value.value;
  const quoted = shown(value, variable);
  const via = aliasSite(v.file, v.via);
  const yamlBoolean = v.scalar && v.scalar.style === 'plain' && typeof v.scalar.value === 'boolean';
  if (value === want && !yamlBoolean) return [];
  const where = reportRange(v.value);
  // Written directly as a YAML scalar: replace it whole, quotes and all. Otherwise (list item,
  // .env line, `${VAR:-default}`) replace just the characters of the value.
  const direct = v.scalar && v.references.length === 0;
  const range: [number, number] = direct ? v.scalar!.range : where.range;
  const file = direct ? v.file : where.file;
  const q = v.scalar?.style === 'single' ? "'" : '"';
  const text = direct ? `${q}${want}${q}` : want;
  // A malformed value (an unclosed quote or `${`) is reported where written, never rewritten.
  const noFix = direct ? undefined : where.noFix;
  const fix =
    direct || (where.exact && !noFix)
      ? { description: `set ${variable} to "${want}"`, edits: [{ file: file.path, start: range[0], end: range[1], text }] }
      : undefined;
  // A block scalar (`|`, `>`) is shown at its text, on the line below the key, but replaced whole:
  // `"true"` keeps no line break that clip or keep chomping would add to the value.
  const blockText = direct && v.scalar!.style === 'block' ? reportRange(v.value, 0, value.trimEnd().length) : undefined;
  const shownAt: [number, number] = blockText?.exact ? blockText.range : range;
  const related = referenceSites(v.references, file, range);
  let message: string;
  let severity: 'error' | 'warning' = 'warning';
  if (yamlBoolean && String(v.scalar!.value) === want) {
    message = `${variable} is the YAML boolean ${quoted}; write the string "${want}" so every loader passes the same text`;
  } else if (FALSY.has(value.trim().toLowerCase())) {
    message = `${variable} is "${quoted}": thinking mode returns content: null through Cloud.ru FM and crashes Claude Code; set it to "${want}"`;
    severity = 'error';
  } else {
    message = `${variable} is "${quoted}"; write exactly "${want}" (whether the proxy reads other spellings is not confirmed)`;
  }
  if (noFix) message += noFixNote(noFix);
  return [findingAt(ID, file, shownAt, message, { severity, fix, via, related })];
}

export const disableThinking: Rule = {
  meta: {
    id: ID,
    description: 'The proxy must set DISABLE_THINKING to "true": thinking mode returns content: null through Cloud.ru FM.',
    defaultSeverity: 'error',
    fixable: true,
    docs: 'docs/rules/disable-thinking.md',
  },
  compose: check,
};
