/**
 * The committed OpenClaw knowledge is what scripts/openclaw/regenerate.mjs renders from the
 * committed exports of the pinned versions (`npm run regen:openclaw -- --check` also re-exports
 * from OpenClaw itself, which needs the registry).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LATEST_OPENCLAW_VERSION, OPENCLAW_VERSIONS } from '../../src/openclaw/generated/versions.js';
import { loadOpenclawSchema } from '../../src/openclaw/schema.js';

const script = fileURLToPath(new URL('../../scripts/openclaw/regenerate.mjs', import.meta.url));
const pins = JSON.parse(readFileSync(new URL('../../scripts/openclaw/pins.json', import.meta.url), 'utf8')) as { versions: string[] };

describe('generated OpenClaw knowledge', () => {
  test('src/openclaw/generated/ is a fresh render of the committed exports', async () => {
    const { staleGenerated } = (await import(script)) as { staleGenerated(): string[] };
    expect(staleGenerated()).toEqual([]);
  });

  test('the versions clawcheck knows are the pinned ones; the latest is the default', async () => {
    expect([...OPENCLAW_VERSIONS].sort()).toEqual([...pins.versions].sort());
    expect(OPENCLAW_VERSIONS).toContain(LATEST_OPENCLAW_VERSION);
    const schema = await loadOpenclawSchema();
    expect(schema.version).toBe(LATEST_OPENCLAW_VERSION);
    expect(schema.facts.builtInProviderOverlays).toContain('openai');
  });
});

describe('deriving the location table', () => {
  const locations = fileURLToPath(new URL('../../scripts/openclaw/locations.mjs', import.meta.url));
  type Derive = (schema: unknown, collected: string[], decisions?: unknown) => { models: unknown[]; thinking: unknown[] };
  const schema = {
    type: 'object',
    properties: {
      a: {
        type: 'object',
        properties: {
          model: { anyOf: [{ type: 'string' }, { type: 'object', properties: { primary: { type: 'string' }, fallbacks: { type: 'array', items: { type: 'string' } } } }] },
          helperModel: { type: 'string', description: 'A provider/model ref.' },
          fancyModel: { type: 'string' },
          thinking: { type: 'string', enum: ['off', 'high'] },
        },
      },
    },
  };
  const decisions = { ignoreUnder: [], models: { 'a.fancyModel': { ignore: 'not a ref' } }, thinking: { 'a.thinking': { location: { kind: 'level', model: 'model' } } } };

  test('shape and description classify; decisions settle the rest', async () => {
    const { deriveLocations } = (await import(locations)) as { deriveLocations: Derive };
    expect(deriveLocations(schema, ['a.model.primary'], decisions)).toEqual({
      models: [
        { path: 'a.helperModel', form: 'ref', source: 'schema' },
        { path: 'a.model', form: 'selector', source: 'collector' },
      ],
      thinking: [{ path: 'a.thinking', kind: 'level', model: 'model', off: 'off' }],
    });
  });

  test('an undecided path, or a path the collector reads and the table lacks, fails', async () => {
    const { deriveLocations } = (await import(locations)) as { deriveLocations: Derive };
    expect(() => deriveLocations(schema, [], { ...decisions, models: {} })).toThrow('does not decide these schema paths:\n  a.fancyModel');
    expect(() => deriveLocations(schema, ['b.model'], decisions)).toThrow("configured-model collector reads paths the location table lacks:\n  b.model");
  });
});
