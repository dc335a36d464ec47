import type { ComposeService } from '../compose/project.js';
import { settingValue } from '../compose/project.js';
import { removeEntry } from './edits.js';
import { shown } from '../core/redact.js';
import { aliasSite, findingAt } from './helpers.js';
import type { Rule, RuleContext, RuleFinding } from './types.js';

/** The keys these rules remove. */
const REMOVABLE = ['read_only', 'user'];

/**
 * A finding on a service key (`read_only:`, `user:`) with a fix at the definition that sets it:
 * it removes the key's line, except in an override file whose service holds nothing else these
 * fixes would not remove — there it sets `safe`, since removing the last keys would leave
 * `proxy:` empty, which Compose rejects.
 */
function keyFinding(ruleId: string, service: ComposeService, key: string, safe: string, message: (value: string) => string | undefined): RuleFinding[] {
  const s = settingValue(service, key);
  // Unknown (`${PROXY_UID}` with no .env, no default): set by the shell, nothing to judge here.
  if (!s?.value) return [];
  const text = message(s.value.value);
  if (!text) return [];
  const override =
    s.def !== service.definitions.find((d) => !d.extendedAt) && !s.def.extendedAt && s.def.node.entries.every((e) => REMOVABLE.includes(e.key));
  // Merged from an anchor: the entry's own map is not the service's, so its flow style is
  // unknown; remove it only as a whole line (block style). The engine's anchor guard then drops
  // the fix when a service other than the proxy shares the anchor.
  const edit = override
    ? { file: s.def.file.path, start: s.node.range[0], end: s.node.range[1], text: safe }
    : removeEntry(s.def.file, s.entry.mergedFrom ? { ...s.def.node, flow: false } : s.def.node, s.entry);
  return [
    findingAt(ruleId, s.def.file, s.entry.range, `${text}; ${override ? `set ${key}: ${safe}` : `remove ${key}`}`, {
      fix: edit ? { description: override ? `set ${key} to ${safe}` : `remove ${key}`, edits: [edit] } : undefined,
      via: aliasSite(s.def.file, s.via),
    }),
  ];
}

export const proxyReadOnly: Rule = {
  meta: {
    id: 'proxy-read-only',
    description: 'read_only: true on the proxy: its `uv run` entrypoint writes /app/.venv and /root/.cache.',
    defaultSeverity: 'error',
    fixable: true,
    docs: 'docs/rules/proxy-read-only.md',
  },
  compose: (service) =>
    keyFinding('proxy-read-only', service, 'read_only', 'false', (v) =>
      v.toLowerCase() === 'true'
        ? `service "${shown(service.name)}" sets read_only: true, but the claude-code-proxy image writes /app/.venv and /root/.cache at start`
        : undefined,
    ),
};

function allowedUsers(ctx: RuleContext): string[] {
  return Array.isArray(ctx.options.allowedUsers) ? (ctx.options.allowedUsers as string[]).map(String) : ['0', 'root', '0:0', 'root:root'];
}

/**
 * Empty means the image's default (root). `user:group` passes when the user alone is allowed:
 * what the image needs is uid 0, whatever the group.
 */
function userAllowed(value: string, allowed: string[]): boolean {
  const v = value.trim();
  return v === '' || allowed.includes(v) || (v.includes(':') && allowed.includes(v.slice(0, v.indexOf(':'))));
}

export const proxyUser: Rule = {
  meta: {
    id: 'proxy-user',
    description: 'A non-root user: on the proxy: the image needs root to write /app/.venv and /root/.cache.',
    defaultSeverity: 'error',
    fixable: true,
    docs: 'docs/rules/proxy-user.md',
  },
  compose: (service, ctx) =>
    keyFinding('proxy-user', service, 'user', JSON.stringify(allowedUsers(ctx)[0] ?? '0'), (v) =>
      userAllowed(v, allowedUsers(ctx))
        ? undefined
        : `service "${shown(service.name)}" runs as user "${shown(v)}", but the claude-code-proxy image must run as root (its \`uv run\` entrypoint writes /app/.venv and /root/.cache)`,
    ),
};
