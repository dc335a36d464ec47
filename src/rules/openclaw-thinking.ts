import type { OpenclawModel } from '../openclaw/model.js';
import { refIsCloudru } from '../openclaw/model.js';
import type { MapEntry, ScalarNode } from '../parse/tree.js';
import { shown } from '../core/redact.js';
import { findingAt } from './helpers.js';
import type { Rule, RuleContext, RuleFinding } from './types.js';

const ID = 'openclaw-thinking';

function check(model: OpenclawModel, ctx: RuleContext): RuleFinding[] {
  const off = typeof ctx.options.thinkingDefault === 'string' ? ctx.options.thinkingDefault : 'off';
  const out: RuleFinding[] = [];
  for (const provider of model.providers.values()) {
    if (!provider.isCloudru) continue;
    for (const m of provider.models) {
      const r = m.reasoning;
      if (!r || r.value.kind !== 'scalar' || r.value.value !== true) continue;
      out.push(
        findingAt(ID, model.file, r.value.range, `${m.path}.reasoning is true for a Cloud.ru FM model; thinking mode returns content: null there, set reasoning: false`, {
          fix: { description: 'set reasoning to false', edits: [{ file: model.file.path, start: r.value.range[0], end: r.value.range[1], text: 'false' }] },
          suggestion: true,
        }),
      );
    }
  }
  const thinks = (t: MapEntry | undefined): t is MapEntry & { value: ScalarNode } =>
    !!t && t.value.kind === 'scalar' && t.value.value !== off && t.value.value !== null;
  for (const agent of model.agents) {
    const t = agent.thinkingDefault;
    if (!thinks(t)) continue;
    if (!refIsCloudru(model, agent.primary)) continue;
    const q = t.value.style === 'single' ? "'" : '"';
    out.push(
      findingAt(
        ID,
        model.file,
        t.value.range,
        `${agent.path}.thinkingDefault is "${shown(String(t.value.value))}" while the primary model ${shown(agent.primary!.value.value)} goes through Cloud.ru FM; set it to "${off}"`,
        {
          fix: { description: `set thinkingDefault to "${off}"`, edits: [{ file: model.file.path, start: t.value.range[0], end: t.value.range[1], text: `${q}${off}${q}` }] },
          suggestion: true,
        },
      ),
    );
  }
  out.push(...inherited(model, off, thinks));
  return out;
}

/**
 * Agents on Cloud.ru FM that set no thinkingDefault of their own inherit the defaults' one. When
 * the defaults' own primary is elsewhere (so that entry was not reported above), report it once,
 * naming the agents; no fix, since "off" there would change the other agents too.
 */
function inherited(model: OpenclawModel, off: string, thinks: (t: MapEntry | undefined) => boolean): RuleFinding[] {
  const defaults = model.agents.find((a) => a.path === 'agents.defaults');
  const t = defaults?.thinkingDefault;
  if (!defaults || !t || !thinks(t) || refIsCloudru(model, defaults.primary)) return [];
  const agents = model.agents.filter((a) => a !== defaults && !a.thinkingDefault && refIsCloudru(model, a.primary));
  if (!agents.length) return [];
  const who =
    agents.length === 1
      ? `${agents[0].path} inherits while its primary model ${shown(agents[0].primary!.value.value)} goes`
      : `${agents[0].path} and ${agents.length - 1} more agent${agents.length > 2 ? 's' : ''} inherit while their primary models go`;
  const value = shown(String((t.value as ScalarNode).value));
  return [findingAt(ID, model.file, t.value.range, `agents.defaults.thinkingDefault is "${value}", which ${who} through Cloud.ru FM; set "${off}" there`)];
}

export const openclawThinking: Rule = {
  meta: {
    id: ID,
    description: 'Cloud.ru FM models with reasoning: true, or thinkingDefault other than "off" for agents on Cloud.ru FM.',
    defaultSeverity: 'warning',
    fixable: true,
    docs: 'docs/rules/openclaw-thinking.md',
  },
  openclaw: check,
};
