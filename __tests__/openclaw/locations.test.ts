import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import '../support/openclaw-schema.js';
import { judgeFiles, judgeRule } from '../support/judge.js';
import { fixTexts } from '../support/fix.js';
import { OPENCLAW_LOCATIONS } from '../../src/openclaw/generated/versions.js';
import { sitesOf } from '../../src/openclaw/locations.js';
import { parseJson5 } from '../../src/parse/json5.js';

const O = 'openclaw.json';
const EVERY = readFileSync(new URL('../fixtures/openclaw-oracle/every-location.json5', import.meta.url), 'utf8');
const lineOf = (n: number) => EVERY.split('\n')[n - 1];

describe('banned-model at every model location of OpenClaw 2026.9.6', () => {
  test('each ref is found where its banned text is written, with a fix', () => {
    const f = judgeRule('banned-model', { [O]: EVERY });
    expect(f.map((x) => [x.message.split(' uses ')[0], x.location.line, x.location.column, x.location.endColumn, !!x.fix])).toEqual([
      // ${HOOK_MODEL} in hooks.gmail.model: reported (and fixed) at the env.vars entry it is read from.
      ['hooks.gmail.model', 3, 39, 54, true],
      // The alias "glm" in model.fallbacks resolves to this key: reported once, at the key.
      ['agents.defaults.models["cloudru/zai-org/GLM-4.7"]', 17, 26, 41, true],
      ['agents.defaults.decisionModel', 18, 31, 46, true],
      ['agents.defaults.voiceModel.primary', 19, 39, 54, true],
      // "cloudru/*" is a wildcard, not a model.
      ['agents.defaults.modelPolicy.allow[1]', 20, 52, 73, true],
      ['agents.defaults.compaction.model', 21, 37, 52, true],
      ['agents.defaults.compaction.memoryFlush.model', 21, 86, 101, true],
      ['agents.defaults.embeddedAgent.cyberFailover.model', 22, 58, 73, true],
      ['agents.entries.ops.tools.exec.reviewer.model', 27, 59, 74, true],
      ['agents.entries.ops.tts.summaryModel', 27, 113, 128, true],
      ['tools.exec.reviewer.model.primary', 31, 52, 67, true],
      ['tools.media.image.preferredModel', 33, 41, 56, true],
      // A {provider, model} pair: the second names provider zai, not Cloud.ru FM.
      ['tools.media.models[0].model', 35, 40, 55, true],
      ['tts.summaryModel', 40, 33, 48, true],
      ['channels.modelByChannel.telegram["-100123"]', 41, 65, 80, true],
      ['hooks.mappings[0].model', 42, 64, 79, true],
      ['plugins.entries.llm-task.config.defaultModel', 45, 74, 89, true],
      ['plugins.entries.active-memory.config.model', 46, 52, 67, true],
      ['plugins.entries.memory-core.subagent.allowedModels[0]', 47, 61, 76, true],
    ]);
    expect(lineOf(3).slice(38, 53)).toBe('zai-org/GLM-4.7');
    expect(f[0].related).toEqual([{ file: O, line: 42, column: 102, endLine: 42, endColumn: 115, message: '${HOOK_MODEL} is read here' }]);
  });

  test('fixing them all keeps every other ref, the alias and the wildcard, and leaves nothing to report', () => {
    const { out, outcome } = fixTexts({ [O]: EVERY });
    expect(outcome.findings.filter((x) => x.ruleId === 'banned-model' || x.ruleId === 'fix-failed')).toEqual([]);
    const expected = EVERY.replace(/zai-org\/GLM-4\.7-Flash/, 'openai/gpt-oss-120b')
      .replace(/(?<!provider: "zai", model: ")zai-org\/GLM-4\.7/g, 'openai/gpt-oss-120b');
    expect(out[O]).toBe(expected);
    expect(out[O]).toContain('{ provider: "zai", model: "zai-org/GLM-4.7" }');
    expect(out[O]).toContain('"cloudru/openai/gpt-oss-120b": { alias: "glm" }');
    expect(judgeFiles({ [O]: out[O] }).filter((x) => x.ruleId === 'schema')).toEqual([]);
  });
});

describe('the location table', () => {
  const table = OPENCLAW_LOCATIONS['2026.9.6'];
  test('carries its version and the forms OpenClaw reads', () => {
    expect(table.version).toBe('2026.9.6');
    expect(new Set(table.models.map((m) => m.form))).toEqual(new Set(['ref', 'selector', 'allowlist', 'map-key', 'pair']));
    expect(table.models.find((m) => m.path === 'tools.media.models[]')).toEqual({ path: 'tools.media.models[]', form: 'pair', provider: 'provider', model: 'model', source: 'decision' });
    expect(table.models.find((m) => m.path === 'agents.defaults.model')).toEqual({ path: 'agents.defaults.model', form: 'selector', source: 'collector' });
    expect(table.thinking.find((t) => t.path === 'tools.exec.reviewer.thinking')).toEqual({ path: 'tools.exec.reviewer.thinking', kind: 'level', model: 'model' });
  });

  test('agents.entries.* rows read a legacy agents.list only when there is no agents.entries', () => {
    const root = (text: string) => parseJson5(text).documents[0].root;
    expect(sitesOf(root('{ agents: { list: [{ id: "a", model: "x/y" }] } }'), 'agents.entries.*.model').map((s) => [s.path, s.scope])).toEqual([['agents.list[0].model', 'agents.list[0]']]);
    expect(sitesOf(root('{ agents: { entries: {}, list: [{ id: "a", model: "x/y" }] } }'), 'agents.entries.*.model')).toEqual([]);
  });
});
