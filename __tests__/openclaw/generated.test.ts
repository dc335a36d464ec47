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
