/** Broken policy files: exit 2 with the file and, where there is one, the line and column. */
import { afterEach, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../support/cli.js';
import { hostileTree, removeHostileTrees } from '../support/hostile.js';

afterEach(removeHostileTrees);

it.each([
  ['invalid YAML', 'rules:\n  banned-model: [\n', /^clawcheck: \.clawcheck\.yml:3:1: /],
  ['tabs', 'rules:\n\tbanned-model: off\n', /^clawcheck: \.clawcheck\.yml:2:1: Tabs are not allowed as indentation/],
  ['a duplicate key', 'rules: {}\nrules: {}\n', /^clawcheck: \.clawcheck\.yml:2:1: Map keys must be unique/],
  ['an unknown rule', 'rules:\n  banned-modle:\n    severity: error\n', /^clawcheck: \.clawcheck\.yml:2:3: .*banned-modle.*banned-model/],
  ['a bad severity', 'rules:\n  proxy-user:\n    severity: loud\n', /^clawcheck: \.clawcheck\.yml:3:15: /],
  ['a bad maxFileSize', 'maxFileSize: -5\n', /^clawcheck: \.clawcheck\.yml:1:14: /],
  ['an alias bomb', ['x: &a [1,1,1,1,1,1,1,1,1]', ...Array.from({ length: 8 }, (_, i) => `x${i}: &${'bcdefghi'[i]} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`), ''].join('\n'), /^clawcheck: \.clawcheck\.yml:\d+:\d+: /],
  ['a binary file', 'rules:\u0000\u0001\n', /^clawcheck: \.clawcheck\.yml:1:\d+: /],
])('%s: exit 2 with the location', async (_name, policy, stderr) => {
  const root = hostileTree({ '.clawcheck.yml': policy });
  const run = await cli(root, []);
  expect(run.stderr).toMatch(stderr);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
});

it('a policy that extends itself: exit 2 naming the cycle and where it is written', async () => {
  const root = hostileTree({ '.clawcheck.yml': 'extends: ./.clawcheck.yml\n' });
  const run = await cli(root, []);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^clawcheck: \.clawcheck\.yml:1:10: "extends" forms a cycle: .*\.clawcheck\.yml → .*\.clawcheck\.yml\n$/);
});

it('a cycle over two files: exit 2, at the extends entry that closes it', async () => {
  const root = hostileTree({ '.clawcheck.yml': 'extends:\n  - recommended\n  - ./policies/a.yml\n', 'policies/a.yml': '# a\nextends: [./b.yml]\n', 'policies/b.yml': 'extends: ./a.yml\n' });
  const run = await cli(root, []);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^clawcheck: policies\/b\.yml:1:10: "extends" forms a cycle: .*a\.yml → .*b\.yml → .*a\.yml\n$/);
});

it('extends naming a missing file: exit 2 at that entry', async () => {
  const root = hostileTree({ '.clawcheck.yml': 'rules: {}\nextends: ./nope.yml\n' });
  const run = await cli(root, []);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^clawcheck: \.clawcheck\.yml:2:10: "extends" names \.\/nope\.yml, which does not exist\n$/);
});

it('--config naming a folder or a missing file: exit 2', async () => {
  const root = hostileTree({ 'policies/x.yml': 'rules: {}\n' });
  writeFileSync(join(root, 'empty.yml'), '');
  for (const arg of ['policies', 'missing.yml']) {
    const run = await cli(root, ['--config', arg]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^clawcheck: .*(policies|missing\.yml)/);
  }
  expect((await cli(root, ['--config', 'empty.yml', '--format', 'json'])).code).toBe(1);
});
