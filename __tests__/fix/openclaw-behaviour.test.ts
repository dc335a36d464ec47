import { SourceFile } from '../../src/core/source.js';
import { behaviourChange, bannedKeyMapping } from '../../src/fix/openclaw-behaviour.js';
import type { OpenclawBehaviour } from '../../src/fix/openclaw-behaviour.js';
import { parseJson5 } from '../../src/parse/json5.js';
import type { MapNode, SeqNode } from '../../src/parse/tree.js';
import { get } from '../../src/parse/tree.js';
import { applyFixes } from '../../src/fix/apply.js';
import { removeEntry, removeItem } from '../../src/rules/edits.js';

const map = bannedKeyMapping(['zai-org/GLM-4\\.7(?:-Flash|-FlashX)?'], 'openai/gpt-oss-120b');

function behaviour(over: Partial<OpenclawBehaviour> = {}): OpenclawBehaviour {
  return { config: 'openclaw.json', files: ['openclaw.json'], refs: new Map(), mapKeys: new Map(), aliases: new Map(), catalogs: new Map(), duplicateKeys: 0, cloudru: new Set(['cloudru-fm']), ...over };
}

describe('behaviourChange', () => {
  test('a banned ref that now names the replacement on the same provider is the intended change', () => {
    const before = behaviour({ refs: new Map([['agents.defaults.model.primary', 'cloudru-fm/zai-org/GLM-4.7'], ['agents.defaults.imageModel', 'openai/gpt-5']]) });
    const after = behaviour({ refs: new Map([['agents.defaults.model.primary', 'cloudru-fm/openai/gpt-oss-120b'], ['agents.defaults.imageModel', 'openai/gpt-5']]) });
    expect(behaviourChange(before, after, map)).toBeUndefined();
  });

  test('any other ref that changes, appears or goes is refused', () => {
    const before = behaviour({ refs: new Map([['a', 'cloudru-fm/zai-org/GLM-4.7'], ['b', 'openai/gpt-5']]) });
    expect(behaviourChange(before, behaviour({ refs: new Map([['a', 'other/openai/gpt-oss-120b'], ['b', 'openai/gpt-5']]) }), map)).toBe(
      'a would resolve to other/openai/gpt-oss-120b instead of cloudru-fm/openai/gpt-oss-120b',
    );
    expect(behaviourChange(before, behaviour({ refs: new Map([['a', 'cloudru-fm/openai/gpt-oss-120b']]) }), map)).toBe('b would no longer name a model');
    expect(behaviourChange(before, behaviour({ refs: new Map([['a', 'cloudru-fm/openai/gpt-oss-120b'], ['b', 'openai/gpt-5'], ['c', 'x/y']]) }), map)).toBe(
      'c would name a model it did not name before',
    );
  });

  test('a models map may merge a banned entry into the replacement, never lose or gain one', () => {
    const before = behaviour({ mapKeys: new Map([['agents.defaults.models', new Set(['cloudru-fm/zai-org/GLM-4.7', 'cloudru-fm/openai/gpt-oss-120b', 'openai/gpt-5'])]]) });
    const merged = behaviour({ mapKeys: new Map([['agents.defaults.models', new Set(['cloudru-fm/openai/gpt-oss-120b', 'openai/gpt-5'])]]) });
    expect(behaviourChange(before, merged, map)).toBeUndefined();
    const lost = behaviour({ mapKeys: new Map([['agents.defaults.models', new Set(['cloudru-fm/openai/gpt-oss-120b'])]]) });
    expect(behaviourChange(before, lost, map)).toBe('agents.defaults.models would lose its entry for openai/gpt-5');
  });

  test('an alias must survive and follow its model', () => {
    const before = behaviour({ aliases: new Map([['glm', 'cloudru-fm/zai-org/GLM-4.7']]) });
    expect(behaviourChange(before, behaviour({ aliases: new Map([['glm', 'cloudru-fm/openai/gpt-oss-120b']]) }), map)).toBeUndefined();
    expect(behaviourChange(before, behaviour(), map)).toBe('the alias "glm" would be lost');
  });

  test('a catalog may drop a banned entry whose replacement it lists, never list an id twice', () => {
    const before = behaviour({ catalogs: new Map([['cloudru-fm', ['zai-org/GLM-4.7', 'openai/gpt-oss-120b']]]) });
    expect(behaviourChange(before, behaviour({ catalogs: new Map([['cloudru-fm', ['openai/gpt-oss-120b']]]) }), map)).toBeUndefined();
    expect(behaviourChange(before, behaviour({ catalogs: new Map([['cloudru-fm', ['openai/gpt-oss-120b', 'openai/gpt-oss-120b']]]) }), map)).toBe(
      'the model catalog of provider cloudru-fm would list a model id twice (OpenClaw keeps only the first)',
    );
  });

  test('a key written twice in one object is refused', () => {
    expect(behaviourChange(behaviour(), behaviour({ duplicateKeys: 1 }), map)).toBe('the result would write a key twice in one object (JSON5 keeps only the last)');
  });
});

describe('removing JSON5 entries and items', () => {
  const text = '{\n  models: [\n    { id: "a" }, // first\n    { id: "b" },\n  ],\n  m: { x: 1, y: 2 },\n}\n';
  const file = new SourceFile('openclaw.json', text, 'openclaw');
  const root = parseJson5(text).documents[0].root!;
  const apply = (edit: ReturnType<typeof removeItem>) => applyFixes(text, [{ ruleId: 'r', severity: 'error', message: '', location: file.location(0, 0), range: [0, 0], fix: { description: '', edits: [edit!] } }]).output;

  test('an item alone on its line goes with the whole line, its comma and comment', () => {
    expect(apply(removeItem(file, get(root, 'models') as SeqNode, 0))).toBe('{\n  models: [\n    { id: "b" },\n  ],\n  m: { x: 1, y: 2 },\n}\n');
  });

  test('an entry sharing its line goes with one comma only', () => {
    const m = get(root, 'm') as MapNode;
    expect(apply(removeEntry(file, m, m.entries[0]))).toBe('{\n  models: [\n    { id: "a" }, // first\n    { id: "b" },\n  ],\n  m: { y: 2 },\n}\n');
    expect(apply(removeEntry(file, m, m.entries[1]))).toBe('{\n  models: [\n    { id: "a" }, // first\n    { id: "b" },\n  ],\n  m: { x: 1 },\n}\n');
  });
});

describe('openclawBehaviours', () => {
  test('aliases of a models map are read (case-insensitive), so a fix that loses one is refused', async () => {
    const { parseFile } = await import('../../src/core/engine.js');
    const { openclawBehaviours } = await import('../../src/fix/openclaw-behaviour.js');
    const { recommendedPolicy } = await import('../../src/policy/load.js');
    const text = `{ agents: { defaults: { models: { 'CloudRU-FM/zai-org/GLM-4.7': { alias: 'GLM' }, 'openai/gpt-5': {} } } } }`;
    const b = openclawBehaviours([parseFile(new SourceFile('openclaw.json', text, 'openclaw'))], recommendedPolicy()).get('openclaw.json')!;
    expect([...b.aliases]).toEqual([['agents.defaults.models: glm', 'cloudru-fm/zai-org/GLM-4.7']]);
    const renamed = new Map([['agents.defaults.models', new Set(['cloudru-fm/openai/gpt-oss-120b', 'openai/gpt-5'])]]);
    expect(behaviourChange(b, { ...b, mapKeys: renamed, aliases: new Map([['agents.defaults.models: glm', 'cloudru-fm/openai/gpt-oss-120b']]) }, map)).toBeUndefined();
    expect(behaviourChange(b, { ...b, mapKeys: renamed, aliases: new Map() }, map)).toBe('the alias "agents.defaults.models: glm" would be lost');
  });
});

describe('behaviourChange: only Cloud.ru FM refs are to be replaced', () => {
  test('a banned id on another provider that stays as it is is no change; one that changes is', () => {
    const before = behaviour({ refs: new Map([['a', 'cloudru-fm/zai-org/GLM-4.7'], ['b', 'zai/zai-org/GLM-4.7']]) });
    const after = behaviour({ refs: new Map([['a', 'cloudru-fm/openai/gpt-oss-120b'], ['b', 'zai/zai-org/GLM-4.7']]) });
    expect(behaviourChange(before, after, map)).toBeUndefined();
    const both = behaviour({ refs: new Map([['a', 'cloudru-fm/openai/gpt-oss-120b'], ['b', 'zai/openai/gpt-oss-120b']]) });
    expect(behaviourChange(before, both, map)).toBe('b would resolve to zai/openai/gpt-oss-120b instead of zai/zai-org/GLM-4.7');
    expect(behaviourChange(before, both, bannedKeyMapping(['zai-org/GLM-4\\.7'], 'openai/gpt-oss-120b', true))).toBeUndefined();
  });
});

describe('openclawBehaviours reads map keys by their entry, not by how the path is spelled', () => {
  test('a plain models-map key with an alias is a key; a bracketed channel target is a ref', async () => {
    await import('../support/openclaw-schema.js');
    const { parseFile } = await import('../../src/core/engine.js');
    const { SourceFile } = await import('../../src/core/source.js');
    const { openclawBehaviours } = await import('../../src/fix/openclaw-behaviour.js');
    const { recommendedPolicy } = await import('../../src/policy/load.js');
    const text = '{ agents: { defaults: { models: { "gpt-5": { alias: "G" } } } }, channels: { modelByChannel: { telegram: { "-1": "X/y" } } } }';
    const b = openclawBehaviours([parseFile(new SourceFile('openclaw.json', text, 'openclaw'))], recommendedPolicy()).get('openclaw.json')!;
    expect([...b.mapKeys]).toEqual([['agents.defaults.models', new Set(['gpt-5'])]]);
    expect([...b.aliases]).toEqual([['agents.defaults.models: g', 'gpt-5']]);
    expect([...b.refs]).toEqual([['channels.modelByChannel.telegram["-1"]', 'x/y']]);
  });
});
