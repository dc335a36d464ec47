import { describe, expect, test } from '@jest/globals';
import { fixed, judgeRule, spot } from '../support/judge.js';
import type { Files } from '../support/judge.js';

const ID = 'openclaw-thinking';
const O = 'openclaw.json';
const judged = (files: Files, policy?: string) => judgeRule(ID, files, { policy });

const PROVIDERS = `  models: {
    providers: {
      // Cloud.ru Foundation Models through the local claude-code-proxy
      proxy: { baseUrl: 'http://localhost:8082/v1', models: [ { id: 'opus', name: 'gpt-oss (via proxy)', reasoning: true, }, ], },
      cloudru: { baseUrl: "https://foundation-models.api.cloud.ru/v1", models: [{ id: "openai/gpt-oss-120b", reasoning: false }] },
      anthropic: { baseUrl: "https://api.anthropic.com", models: [{ id: "claude-opus-4", reasoning: true }] },
    },
  },`;

describe('openclaw-thinking', () => {
  test('reasoning: true on a Cloud.ru FM model (local proxy): a warning with a suggestion fix', () => {
    const text = `{\n${PROVIDERS}\n}\n`;
    const files = { [O]: text };
    const f = judged(files);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      message: 'models.providers.proxy.models[0].reasoning is true for a Cloud.ru FM model; thinking mode returns content: null there, set reasoning: false',
      location: { file: O, line: 5, column: 117, endLine: 5, endColumn: 121 },
      suggestion: true,
    });
    expect(f[0].location).toEqual(spot(O, text, 'true'));
    expect(fixed(files, f[0])).toBe(text.replace('reasoning: true, }', 'reasoning: false, }'));
  });

  test('thinkingDefault "high" with a Cloud.ru FM primary', () => {
    const text = `{\n${PROVIDERS.replace('reasoning: true,', '')}\n  agents: {\n    defaults: {\n      model: { primary: "cloudru/openai/gpt-oss-120b" },\n      thinkingDefault: 'high',\n    },\n  },\n}\n`;
    const files = { [O]: text };
    const f = judged(files);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: 'warning',
      message: 'agents.defaults.thinkingDefault is "high" while the primary model cloudru/openai/gpt-oss-120b goes through Cloud.ru FM; set it to "off"',
      location: spot(O, text, "'high'"),
      suggestion: true,
    });
    expect(fixed(files, f[0])).toBe(text.replace("'high'", "'off'"));
  });

  test.each([
    ['"off"', 'cloudru/openai/gpt-oss-120b'],
    ['"high"', 'anthropic/claude-opus-4'],
    ['"high"', 'unknown/model'],
  ])('thinkingDefault %s with primary %s passes', (level, primary) => {
    const text = `{\n${PROVIDERS.replace('reasoning: true,', '')}\n  agents: { defaults: { model: "${primary}", thinkingDefault: ${level} } },\n}\n`;
    expect(judged({ [O]: text })).toEqual([]);
  });

  test('per agent: agents.entries.<id>; a legacy agents.list beside entries is not read, as in OpenClaw', () => {
    const text = `{
${PROVIDERS.replace('reasoning: true,', '')}
  agents: {
    defaults: { model: "proxy/opus" },
    list: [
      { id: "a", thinkingDefault: "medium" },
      { id: "b", model: "anthropic/claude-opus-4", thinkingDefault: "high" },
    ],
    entries: { ops: { model: { primary: "cloudru/openai/gpt-oss-120b", fallbacks: [] }, thinkingDefault: "low" } },
  },
}
`;
    const f = judged({ [O]: text });
    expect(f.map((x) => [x.location, x.message])).toEqual([
      [spot(O, text, '"low"'), 'agents.entries.ops.thinkingDefault is "low" while the primary model cloudru/openai/gpt-oss-120b goes through Cloud.ru FM; set it to "off"'],
    ]);
  });

  test('an agent on Cloud.ru FM that inherits thinkingDefault from defaults: reported at the defaults', () => {
    const text = `{
${PROVIDERS.replace('reasoning: true,', '')}
  agents: {
    defaults: { model: "anthropic/claude-opus-4", thinkingDefault: "high" },
    list: [ { id: "cheap", model: "proxy/opus" } ],
  },
}
`;
    const files = { [O]: text };
    const f = judged(files);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      location: spot(O, text, '"high"'),
      message: 'agents.defaults.thinkingDefault is "high", which agents.list[0] inherits while its primary model proxy/opus goes through Cloud.ru FM; set "off" there',
    });
    expect(f[0].fix).toBeUndefined();
  });

  test('reasoning: true through a non-Cloud.ru provider passes', () => {
    const text = `{ models: { providers: { anthropic: { baseUrl: "https://api.anthropic.com", models: [{ id: "x", reasoning: true }] } } } }`;
    expect(judged({ [O]: text })).toEqual([]);
  });

  test('policy: off, another target level', () => {
    const text = `{\n${PROVIDERS}\n}\n`;
    expect(judged({ [O]: text }, 'rules:\n  openclaw-thinking: off\n')).toEqual([]);
    const t2 = `{\n${PROVIDERS.replace('reasoning: true,', '')}\n  agents: { defaults: { model: "proxy/opus", thinkingDefault: "high" } },\n}\n`;
    expect(judged({ [O]: t2 }, "rules:\n  openclaw-thinking:\n    options: {thinkingDefault: minimal}\n")[0].message).toMatch(/set it to "minimal"$/);
  });
});

describe('openclaw-thinking: every thinking setting OpenClaw 2026.9.6 reads', () => {
  const P = PROVIDERS.replace('reasoning: true,', '');
  const GPT = 'cloudru/openai/gpt-oss-120b';

  test('params.thinking of the primary in the models map outranks thinkingDefault (docs/tools/thinking.md)', () => {
    const text = `{\n${P}\n  agents: { defaults: { model: "${GPT}", thinkingDefault: "off", models: { "CloudRU/openai/gpt-oss-120b": { params: { thinking: "high" } } } } },\n}\n`;
    const files = { [O]: text };
    const f = judged(files);
    expect(f.map((x) => [x.message, x.location])).toEqual([
      [`agents.defaults.models["CloudRU/openai/gpt-oss-120b"].params.thinking is "high" for CloudRU/openai/gpt-oss-120b, which goes through Cloud.ru FM; set it to "off"`, spot(O, text, '"high"')],
    ]);
    expect(fixed(files, f[0])).toBe(text.replace('thinking: "high"', 'thinking: "off"'));
  });

  test("an agent's own thinkingDefault outranks params.thinking; params.thinking false is off", () => {
    const own = `{\n${P}\n  agents: { ownership: "explicit", defaults: { model: "${GPT}", models: { "${GPT}": { params: { thinking: "high" } } } }, entries: { main: { thinkingDefault: "off" } } },\n}\n`;
    expect(judged({ [O]: own }).map((x) => x.message.split(' is ')[0])).toEqual([`agents.defaults.models["${GPT}"].params.thinking`]);
    const bool = `{\n${P}\n  agents: { defaults: { model: "${GPT}", thinkingDefault: "high", models: { "${GPT}": { params: { thinking: false } } } } },\n}\n`;
    expect(judged({ [O]: bool })).toEqual([]);
  });

  test('sub-agent, hook, review and compaction levels, with their own model or the primary', () => {
    const text = `{
${P}
  agents: { defaults: { model: "anthropic/claude-opus-4", subagents: { model: "${GPT}", thinking: "high" }, compaction: { thinkingLevel: "inherit" } } },
  hooks: { gmail: { model: "${GPT}", thinking: "low" }, mappings: [{ model: "anthropic/claude-opus-4", thinking: "high" }] },
  tools: { exec: { reviewer: { model: "${GPT}", thinking: "medium" } } },
}
`;
    const files = { [O]: text };
    const f = judged(files);
    expect(f.map((x) => [x.message, x.location])).toEqual([
      [`agents.defaults.subagents.thinking is "high" while its model ${GPT} goes through Cloud.ru FM; set it to "off"`, spot(O, text, '"high"')],
      [`hooks.gmail.thinking is "low" while its model ${GPT} goes through Cloud.ru FM; set it to "off"`, spot(O, text, '"low"')],
      [`tools.exec.reviewer.thinking is "medium" while its model ${GPT} goes through Cloud.ru FM; remove it (the setting has no "off")`, spot(O, text, '"medium"')],
    ]);
    expect(fixed(files, f[0])).toBe(text.replace('thinking: "high" }', 'thinking: "off" }'));
    // reviewer.thinking has no "off" level: the fix removes the setting.
    expect(fixed(files, f[2])).toBe(text.replace(', thinking: "medium"', ''));
  });

  test('a level with no model of its own follows the primary', () => {
    const text = `{\n${P}\n  agents: { defaults: { model: { primary: "${GPT}" } } },\n  talk: { consultThinkingLevel: "high" },\n}\n`;
    expect(judged({ [O]: text }).map((x) => x.message)).toEqual([`talk.consultThinkingLevel is "high" while the primary model ${GPT} goes through Cloud.ru FM; set it to "off"`]);
  });
});
