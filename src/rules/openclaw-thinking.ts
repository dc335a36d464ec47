import type { AgentScope, ModelRef, OpenclawModel, ThinkingSite } from '../openclaw/model.js';
import { refIsCloudru } from '../openclaw/model.js';
import type { ScalarNode } from '../parse/tree.js';
import { fileOf } from '../parse/tree.js';
import { shown } from '../core/redact.js';
import { removeEntry } from './edits.js';
import { findingAt } from './helpers.js';
import type { Rule, RuleContext, RuleFinding } from './types.js';

const ID = 'openclaw-thinking';

/** A written level: a string, or a boolean (`params.thinking: false` turns thinking off). */
function levelOf(site: ThinkingSite): string | undefined {
  const v = site.entry.value;
  if (v.kind !== 'scalar') return undefined;
  if (typeof v.value === 'boolean') return v.value ? 'on' : 'off';
  return typeof v.value === 'string' ? v.value.trim().toLowerCase() : undefined;
}

const sameModel = (a: ModelRef | undefined, b: ModelRef | undefined): boolean =>
  !!a?.resolved && !!b?.resolved && a.resolved.provider === b.resolved.provider && a.resolved.model.toLowerCase() === b.resolved.model.toLowerCase();

/**
 * The setting that decides an agent's thinking level, in OpenClaw's order (docs/tools/thinking.md):
 * the agent's thinkingDefault, its models-map `params.thinking` for its primary, the defaults'
 * one, then agents.defaults.thinkingDefault.
 */
function decidingSite(model: OpenclawModel, agent: AgentScope): ThinkingSite | undefined {
  const at = (path: string) => model.thinking.find((t) => t.path === path);
  const own = agent.path !== 'agents.defaults' && agent.thinkingDefault ? at(`${agent.path}.thinkingDefault`) : undefined;
  const param = (scope: string) => model.thinking.find((t) => t.location.kind === 'model-param' && t.scope === scope && sameModel(t.model, agent.primary));
  return own ?? (agent.path !== 'agents.defaults' ? param(agent.path) : undefined) ?? param('agents.defaults') ?? at('agents.defaults.thinkingDefault');
}

function setOff(model: OpenclawModel, site: ThinkingSite, off: string): RuleFinding['fix'] {
  const v = site.entry.value as ScalarNode;
  const file = fileOf(v, model.file);
  const q = v.style === 'single' ? "'" : '"';
  if (site.location.off === undefined) {
    const edit = removeEntry(file, site.parent, site.entry);
    return edit ? { description: `remove ${site.path}`, edits: [edit] } : undefined;
  }
  return { description: `set ${site.entry.key} to "${off}"`, edits: [{ file: file.path, start: v.range[0], end: v.range[1], text: `${q}${off}${q}` }] };
}

function check(model: OpenclawModel, ctx: RuleContext): RuleFinding[] {
  const off = typeof ctx.options.thinkingDefault === 'string' ? ctx.options.thinkingDefault : 'off';
  const thinks = (site: ThinkingSite | undefined): site is ThinkingSite => {
    const level = site && levelOf(site);
    return level !== undefined && level !== off && level !== 'off' && level !== 'inherit';
  };
  const out: RuleFinding[] = [];
  for (const provider of model.providers.values()) {
    if (!provider.isCloudru) continue;
    for (const m of provider.models) {
      const r = m.reasoning;
      if (!r || r.value.kind !== 'scalar' || r.value.value !== true) continue;
      const file = fileOf(r.value, model.file);
      out.push(
        findingAt(ID, file, r.value.range, `${m.path}.reasoning is true for a Cloud.ru FM model; thinking mode returns content: null there, set reasoning: false`, {
          fix: { description: 'set reasoning to false', edits: [{ file: file.path, start: r.value.range[0], end: r.value.range[1], text: 'false' }] },
          suggestion: true,
        }),
      );
    }
  }
  // Agents on Cloud.ru FM, grouped by the setting that gives them their level.
  const byDecider = new Map<ThinkingSite, AgentScope[]>();
  for (const agent of model.agents) {
    if (!refIsCloudru(model, agent.primary)) continue;
    const site = decidingSite(model, agent);
    if (!thinks(site)) continue;
    byDecider.set(site, [...(byDecider.get(site) ?? []), agent]);
  }
  for (const [site, agents] of byDecider) out.push(deciderFinding(model, site, agents, off));
  for (const site of model.thinking) {
    if (site.location.kind !== 'level' || !thinks(site) || !refIsCloudru(model, site.model)) continue;
    out.push(levelFinding(model, site, off));
  }
  return out;
}

const valueOf = (site: ThinkingSite): string => shown(String((site.entry.value as ScalarNode).value));

function deciderFinding(model: OpenclawModel, site: ThinkingSite, agents: AgentScope[], off: string): RuleFinding {
  const v = site.entry.value as ScalarNode;
  const file = fileOf(v, model.file);
  const first = agents[0];
  if (site.location.kind === 'model-param') {
    const message = `${site.path} is "${valueOf(site)}" for ${shown(site.model!.value.value)}, which goes through Cloud.ru FM; set it to "${off}"`;
    return findingAt(ID, file, v.range, message, { fix: setOff(model, site, off), suggestion: true });
  }
  const ownScope = site.scope === first.path && agents.length === 1;
  const defaultsItself = site.path === 'agents.defaults.thinkingDefault' && agents.some((a) => a.path === 'agents.defaults');
  if (ownScope || defaultsItself) {
    const message = `${site.path} is "${valueOf(site)}" while the primary model ${shown(first.primary!.value.value)} goes through Cloud.ru FM; set it to "${off}"`;
    return findingAt(ID, file, v.range, message, { fix: setOff(model, site, off), suggestion: true });
  }
  // The defaults' level reaches agents on Cloud.ru FM while the defaults' own primary is elsewhere:
  // no fix, since "off" there would change the other agents too.
  const who =
    agents.length === 1
      ? `${first.path} inherits while its primary model ${shown(first.primary!.value.value)} goes`
      : `${first.path} and ${agents.length - 1} more agent${agents.length > 2 ? 's' : ''} inherit while their primary models go`;
  return findingAt(ID, file, v.range, `${site.path} is "${valueOf(site)}", which ${who} through Cloud.ru FM; set "${off}" there`);
}

function levelFinding(model: OpenclawModel, site: ThinkingSite, off: string): RuleFinding {
  const v = site.entry.value as ScalarNode;
  const file = fileOf(v, model.file);
  const what = `${site.ownModel ? 'its model' : 'the primary model'} ${shown(site.model!.value.value)}`;
  const advice = site.location.off === undefined ? 'remove it (the setting has no "off")' : `set it to "${off}"`;
  return findingAt(ID, file, v.range, `${site.path} is "${valueOf(site)}" while ${what} goes through Cloud.ru FM; ${advice}`, { fix: setOff(model, site, off), suggestion: true });
}

export const openclawThinking: Rule = {
  meta: {
    id: ID,
    description: 'Thinking switched on for a model served by Cloud.ru FM: reasoning: true, a thinkingDefault or params.thinking that decides it, or a thinking level of sub-agents, hooks, reviews, compaction.',
    defaultSeverity: 'warning',
    fixable: true,
    docs: 'docs/rules/openclaw-thinking.md',
  },
  openclaw: check,
};
