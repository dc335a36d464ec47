import '../support/openclaw-schema.js';
import { loadedOpenclawSchema } from '../../src/openclaw/schema.js';
import { validateOpenclaw } from '../../src/validate/schema.js';
import { brief, json5Doc } from './helpers.js';

// Verdicts and paths below agree with `openclaw config validate --json` of the pinned OpenClaw
// (npm run oracle runs the same comparison against the real thing).
function check(text: string): string[] {
  const { root, file } = json5Doc(text);
  return validateOpenclaw(root, file, loadedOpenclawSchema()!).map(brief);
}

describe('validateOpenclaw against OpenClaw\'s own schema', () => {
  test('the wizard proxy shape and other real shapes give no findings', () => {
    const text = `// openclaw.json written by the onboarding wizard
{
  agents: {
    defaults: {
      model: { primary: 'cloudru-proxy/opus', fallbacks: ['cloudru-proxy/sonnet'] },
      imageModel: 'cloudru-proxy/opus',
      models: { 'cloudru-proxy/opus': { alias: 'opus' }, 'openai/gpt-4.1': {} },
      subagents: { model: 'cloudru-proxy/haiku', maxConcurrent: 2 },
      heartbeat: { every: '30m', model: 'cloudru-proxy/haiku' },
      thinkingDefault: 'off',
      workspace: '~/work',
    },
    entries: { helper: { model: { primary: 'a/b' }, thinkingDefault: 'low' } },
  },
  models: {
    mode: 'merge',
    providers: {
      'cloudru-proxy': {
        baseUrl: 'http://127.0.0.1:8082',
        apiKey: '\${CLOUDRU_API_KEY}',
        api: 'anthropic-messages',
        models: [
          { id: 'opus', name: 'zai-org/GLM-4.7 (via proxy)', reasoning: false, contextWindow: 128000, cost: { input: 0 } },
          { id: 'haiku', name: 'zai-org/GLM-4.7-Flash (via proxy)' },
        ],
      },
    },
  },
  gateway: { mode: 'local', port: 18789 },
}
`;
    expect(check(text)).toEqual([]);
  });

  test('an empty object has nothing to check', () => {
    expect(check('{}')).toEqual([]);
  });

  test('what OpenClaw rejects: shapes, enums, required names, keys it no longer has, unknown keys', () => {
    const text = `{
  agents: {
    defaults: {
      model: { primary: 5, fallbacks: 'cloudru-fm/x' },
      imageModel: 5,
      thinkingDefault: 'huge',
      cliBackends: {},
    },
    list: [{ id: 'main', model: 'a/b' }],
    entries: { helper: { model: { primary: 'a/b' }, brandNew: true } },
  },
  models: { providers: { p: { baseUrl: 8082, api: 'weird', models: [{ id: 'x', reasoning: 'false', contextWindow: '128k' }, null] } } },
  somethingFromTheFuture: [1, 2, 3],
}`;
    expect(check(text)).toEqual([
      '4:25-4:26 "agents.defaults.model.primary" must be a string, found the number 5 (quote it: "5")',
      '4:39-4:53 "agents.defaults.model.fallbacks" must be a list, found the string "cloudru-fm/x"',
      '5:19-5:20 "agents.defaults.imageModel" must be a string or a map, found the number 5',
      '6:24-6:30 "agents.defaults.thinkingDefault" must be one of "off", "minimal", "low", "medium", "high", "xhigh", "adaptive", "max", "ultra", found the string "huge"',
      '7:7-7:18 unknown key "cliBackends" in "agents.defaults"',
      '9:5-9:9 unknown key "list" in "agents"',
      '10:53-10:61 unknown key "brandNew" in "agents.entries.helper"',
      '12:40-12:44 "models.providers.p.baseUrl" must be a string, found the number 8082 (quote it: "8082")',
      '12:51-12:58 "models.providers.p.api" must be one of "openai-completions", "openai-responses", "openai-chatgpt-responses", "anthropic-messages", "google-generative-ai", "google-vertex", "github-copilot", "bedrock-converse-stream", "ollama", "pi-messages", "azure-openai-responses", found the string "weird"',
      '12:69-12:123 "models.providers.p.models[0]" is missing "name"',
      '12:91-12:98 "models.providers.p.models[0].reasoning" must be a boolean, found the string "false"',
      '12:115-12:121 "models.providers.p.models[0].contextWindow" must be a number, found the string "128k"',
      '12:125-12:129 "models.providers.p.models[1]" must be a map, found nothing (null)',
      '13:3-13:25 unknown key "somethingFromTheFuture" in openclaw.json',
    ]);
  });

  test('a multi-line entry missing its id is reported on its first line only', () => {
    const text = `{ models: { providers: { p: { models: [
  {
    name: 'x',
  },
] } } } }`;
    expect(check(text)).toEqual(['2:3-2:4 "models.providers.p.models[0]" is missing "id"']);
  });

  test('a provider that is not a map, and the document name OpenClaw reports as <root>', () => {
    const text = `{
  models: { providers: { _comment: 'not a provider' } },
}`;
    expect(check(text)).toEqual(['2:36-2:52 "models.providers._comment" must be a map, found the string "not a provider"']);
  });

  test('a document that is not an object', () => {
    expect(check('[1, 2]')).toEqual(['1:1-1:7 the document must be a map, found a list']);
  });

  test('a key the map does not allow is reported at the key; agent ids are case-insensitive, as in OpenClaw', () => {
    expect(check(`{ agents: { entries: { 'my.agent': { model: 1 }, Main: {} } } }`)).toEqual([
      '1:24-1:34 the key "my.agent" in "agents.entries" must match the pattern ^[a-zA-Z0-9_][a-zA-Z0-9_-]{0,63}$',
      '1:45-1:46 "agents.entries["my.agent"].model" must be a string or a map, found the number 1',
    ]);
  });
});
