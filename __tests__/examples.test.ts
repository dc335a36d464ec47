import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from './support/cli.js';

const examples = fileURLToPath(new URL('../examples', import.meta.url));
const files = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name).slice(dir.length + 1)).sort();

/** Twins whose repair needs a hand edit besides the fixes (examples/README.md says which). */
const HAND_EDITED = ['broken/docker-compose.yml', 'list-env/docker-compose.yml', 'schema/docker-compose.yml', 'suppressions/docker-compose.yml'];

test('examples/good gives no finding', async () => {
  expect(await cli(examples, ['good'])).toEqual({ code: 0, stdout: '', stderr: '' });
});

test('examples/bad gives every rule at least once', async () => {
  const r = await cli(examples, ['bad', '--format', 'json']);
  expect(r.code).toBe(1);
  const ids = new Set(JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId));
  expect([...ids].sort()).toEqual(
    ['banned-model', 'disable-thinking', 'invalid-suppression', 'model-tiers', 'openclaw-thinking', 'parse-error', 'proxy-image-tag', 'proxy-read-only', 'proxy-user', 'schema'].sort(),
  );
});

test('--fix --fix-type suggestion turns each bad example into its good twin, byte for byte', async () => {
  const copy = mkdtempSync(join(tmpdir(), 'clawcheck-examples-'));
  cpSync(join(examples, 'bad'), copy, { recursive: true });
  await cli(copy, ['--fix', '--fix-type', 'suggestion']);
  const good = join(examples, 'good');
  expect(files(copy)).toEqual(files(good));
  for (const f of files(good)) {
    const same = readFileSync(join(copy, f), 'utf8') === readFileSync(join(good, f), 'utf8');
    expect([f, same]).toEqual([f, !HAND_EDITED.includes(f)]);
  }
});
