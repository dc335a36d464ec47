/**
 * The committed compose-spec validator and its record of where it comes from agree; when the
 * compose-spec repository is at hand (the mirror beside this checkout, or $COMPOSE_SPEC_SOURCE),
 * they are what scripts/compose/regenerate-schema.mjs renders from the recorded commit.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPOSE_SPEC_SOURCE } from '../../src/validate/generated/compose-spec-source.js';
import { validate } from '../../src/validate/generated/compose-spec.js';

const script = fileURLToPath(new URL('../../scripts/compose/regenerate-schema.mjs', import.meta.url));
const tolerances = fileURLToPath(new URL('../../scripts/compose/tolerances.mjs', import.meta.url));
const generated = fileURLToPath(new URL('../../src/validate/generated/', import.meta.url));
const mirror = process.env.COMPOSE_SPEC_SOURCE ?? fileURLToPath(new URL('../../../.mirror/compose-spec+compose-spec/repo', import.meta.url));
const haveSource =
  existsSync(join(mirror, 'HEAD')) && spawnSync('git', [`--git-dir=${mirror}`, 'cat-file', '-e', `${COMPOSE_SPEC_SOURCE.commit}^{commit}`]).status === 0;

describe('the generated compose-spec validator', () => {
  test('its source record is complete', () => {
    expect(COMPOSE_SPEC_SOURCE).toMatchObject({ repository: 'https://github.com/compose-spec/compose-spec', path: 'schema/compose-spec.json' });
    expect(COMPOSE_SPEC_SOURCE.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(COMPOSE_SPEC_SOURCE.fileCommit).toMatch(/^[0-9a-f]{40}$/);
    expect(COMPOSE_SPEC_SOURCE.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Number.isNaN(Date.parse(COMPOSE_SPEC_SOURCE.date))).toBe(false);
    expect(COMPOSE_SPEC_SOURCE.dialect).toContain('draft-07');
  });

  test('the tolerances recorded are the ones the script applies', async () => {
    const { TOLERANCES } = (await import(tolerances)) as { TOLERANCES: Array<{ id: string }> };
    expect([...COMPOSE_SPEC_SOURCE.tolerances]).toEqual(TOLERANCES.map((t) => t.id));
  });

  test('every generated file names the same commit and schema digest', () => {
    for (const name of ['compose-spec.js', 'compose-spec.d.ts', 'compose-spec-source.ts']) {
      const header = readFileSync(join(generated, name), 'utf8').split('\n', 1)[0];
      expect(header).toContain(COMPOSE_SPEC_SOURCE.commit);
      expect(header).toContain(COMPOSE_SPEC_SOURCE.sha256);
    }
  });

  test('the validator is the official schema: closed maps, x- extensions open, errors with their schema', () => {
    expect(validate({ services: { a: { image: 'x', 'x-note': 1 } }, 'x-any': {} })).toBe(true);
    expect(validate({ services: { a: { image: 'x', enviroment: {} } } })).toBe(false);
    const [e] = validate.errors ?? [];
    expect(e).toMatchObject({ instancePath: '/services/a', keyword: 'additionalProperties', params: { additionalProperty: 'enviroment' } });
    expect(Object.keys((e.parentSchema as { properties: object }).properties)).toContain('environment');
  });

  (haveSource ? test : test.skip)('it is what the script renders from the recorded commit', async () => {
    const { readSource, renderGenerated, staleFiles } = (await import(script)) as {
      readSource(source: string, options: { rev: string }): unknown;
      renderGenerated(src: unknown): Map<string, string>;
      staleFiles(fresh: Map<string, string>): string[];
    };
    expect(staleFiles(renderGenerated(readSource(mirror, { rev: COMPOSE_SPEC_SOURCE.commit })))).toEqual([]);
  });
});
