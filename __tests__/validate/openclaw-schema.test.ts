import { validateOpenclaw } from '../../src/validate/schema.js';
import { brief, json5Doc } from './helpers.js';

function check(text: string): string[] {
  const { root, file } = json5Doc(text);
  return validateOpenclaw(root, file).map(brief);
}

describe('validateOpenclaw', () => {
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
      utilityModel: 'cloudru-proxy/haiku',
      pdfModel: { primary: 'cloudru-proxy/opus' },
      mediaModels: { image: 'cloudru-proxy/opus', video: { primary: 'x/y', timeoutMs: 1000 } },
      cliBackends: { 'claude-cli': { command: 'claude', env: { ANTHROPIC_BASE_URL: 'http://localhost:8082' } } },
      workspace: '~/work',
    },
    list: [{ id: 'main', model: 'cloudru-fm/zai-org/GLM-4.7' }],
    entries: { helper: { model: { primary: 'a/b' }, thinkingDefault: 'low', brandNew: true } },
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
      shared: { models: { $include: './models.json5' } },
    },
  },
  gateway: { mode: 'local', port: 18789 },
  somethingFromTheFuture: [1, 2, 3],
}
`;
    expect(check(text)).toEqual([]);
  });

  test('an empty object has nothing to check', () => {
    expect(check('{}')).toEqual([]);
  });

  test('model references of the wrong shape', () => {
    const text = `{
  agents: {
    defaults: {
      model: { primary: 5, fallbacks: 'cloudru-fm/x' },
      imageModel: 5,
      heartbeat: { model: { primary: 'a/b' } },
    },
  },
}`;
    expect(check(text)).toEqual([
      '4:25-4:26 "agents.defaults.model.primary" must be a model reference string ("provider/model"), found the number 5',
      '4:39-4:53 "agents.defaults.model.fallbacks" must be a list, found the string "cloudru-fm/x"',
      '5:19-5:20 "agents.defaults.imageModel" must be a model reference ("provider/model") or a {primary, fallbacks} map, found the number 5',
      '6:27-6:45 "agents.defaults.heartbeat.model" must be a model reference string ("provider/model"), found a map',
    ]);
  });

  test('provider model entries: id is required, reasoning is a boolean, contextWindow a number', () => {
    const text = `{
  models: { providers: { 'cloudru-fm': {
    baseUrl: 8082,
    models: [
      { name: 'zai-org/GLM-4.7', reasoning: 'false', contextWindow: '128k' },
      { id: 'ok' },
    ],
  } } },
}`;
    expect(check(text)).toEqual([
      '3:14-3:18 "models.providers.cloudru-fm.baseUrl" must be a string, found the number 8082 (quote it: "8082")',
      '5:7-5:77 "models.providers.cloudru-fm.models[0]" is missing "id"',
      '5:45-5:52 "models.providers.cloudru-fm.models[0].reasoning" must be a boolean, found the string "false"',
      '5:69-5:75 "models.providers.cloudru-fm.models[0].contextWindow" must be a number, found the string "128k"',
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

  test('providers, agents and cliBackends env of the wrong container type', () => {
    const text = `{
  agents: { defaults: { cliBackends: { 'claude-cli': { env: { PORT: 8082, A: 'b' } } } }, list: { main: {} } },
  models: { providers: { _comment: 'not a provider' } },
}`;
    expect(check(text)).toEqual([
      '2:69-2:73 "agents.defaults.cliBackends.claude-cli.env.PORT" must be a string, found the number 8082 (quote it: "8082")',
      '2:97-2:109 "agents.list" must be a list of agents, found a map',
      '3:36-3:52 "models.providers._comment" must be a map, found the string "not a provider"',
    ]);
  });

  test('a document that is not an object', () => {
    expect(check('[1, 2]')).toEqual(['1:1-1:7 the document must be a map, found a list']);
  });

  test('keys that need quoting are shown in brackets', () => {
    expect(check(`{ agents: { entries: { 'my.agent': { model: 1 } } } }`)).toEqual([
      '1:45-1:46 "agents.entries["my.agent"].model" must be a model reference ("provider/model") or a {primary, fallbacks} map, found the number 1',
    ]);
  });
});
