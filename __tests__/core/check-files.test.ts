/**
 * checkFiles judges a tree held in memory exactly as check() judges the same tree on disk: the
 * same discovery rules, policies (nested ones too), `.env` and `$include` reads, and result.
 */
import '../support/openclaw-schema.js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from '../../src/core/check.js';
import { checkFiles } from '../../src/core/check-files.js';
import type { MemoryTree } from '../../src/core/check-files.js';
import { memorySource } from '../../src/core/file-source.js';
import { loadPolicy, PolicyError } from '../../src/policy/load.js';
import { memoryPolicies } from '../../src/policy/memory.js';
import { PolicyFinder } from '../../src/policy/zones.js';
import { tempTree } from '../support/tmp.js';

const examples = fileURLToPath(new URL('../../examples', import.meta.url));

/** Every file under `dir`, read into memory as a tarball would hold it. */
function treeOf(dir: string): MemoryTree {
  const tree: MemoryTree = { files: new Map(), folders: new Set() };
  const walk = (abs: string, rel: string) => {
    for (const name of readdirSync(abs).sort()) {
      const path = rel ? `${rel}/${name}` : name;
      if (statSync(join(abs, name)).isDirectory()) {
        tree.folders.add(path);
        walk(join(abs, name), path);
      } else tree.files.set(path, { bytes: readFileSync(join(abs, name)) });
    }
  };
  walk(dir, '');
  return tree;
}

async function both(root: string) {
  const loaded = loadPolicy(root, undefined, root);
  const disk = await check({ root, cwd: root, policy: loaded.policy, policies: new PolicyFinder(root, root) });
  const tree = treeOf(root);
  const policies = memoryPolicies(root, tree.files);
  const memory = await checkFiles({ root, tree, policy: policies.root.policy, zones: policies.zones });
  return { disk, memory };
}

test('the examples: the same files, findings and skipped paths in memory as on disk', async () => {
  const { disk, memory } = await both(examples);
  expect(memory.files).toEqual(disk.files);
  expect(memory.findings).toEqual(disk.findings);
  expect(memory.skipped).toEqual(disk.skipped);
  expect(disk.findings.length).toBeGreaterThan(20);
});

test('globs, nested policies, skipped folders, .env and $include reads, binary and large files', async () => {
  const proxy = (tag: string) => `services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:${tag}\n    env_file: ../shared/models.env\n`;
  const root = tempTree({
    '.clawcheck.yml': 'exclude: ["vendor"]\nmaxFileSize: 300\n',
    'a/docker-compose.yml': proxy('v1.0.0'),
    'b/.clawcheck.yml': 'rules:\n  proxy-image-tag: off\nexclude: ["old/**"]\n',
    'b/docker-compose.yml': proxy('v1.0.0'),
    'b/old/docker-compose.yml': proxy('v1.0.0'),
    'shared/models.env': 'BIG_MODEL=zai-org/GLM-4.7\n',
    'vendor/docker-compose.yml': proxy('v1.0.0'),
    'node_modules/x/compose.yaml': proxy('v1.0.0'),
    'c/compose.yaml': `services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:latest\n    env_file: ../../outside.env\n    environment:\n      X: "${'y'.repeat(400)}"\n`,
    'd/compose.yaml': 'services:\n  p:\n    image: legard/claude-code-proxy:v1.0.0\n    env_file: [.env]\n',
    'd/.env': 'A=\u0000b\n',
    'o/openclaw.json': '{ $include: "./models.json5", agents: { defaults: { thinkingDefault: "high" } } }\n',
    'o/models.json5': '{ models: { providers: { fm: { baseUrl: "https://foundation-models.api.cloud.ru/v1", api: "openai-completions", models: [{ id: "zai-org/GLM-4.7", name: "g" }] } } } }\n',
  });
  const { disk, memory } = await both(root);
  expect(memory.files).toEqual(disk.files);
  expect(memory.findings).toEqual(disk.findings);
  expect(memory.skipped).toEqual(disk.skipped);
  expect(memory.files).toEqual(['a/docker-compose.yml', 'b/docker-compose.yml', 'd/compose.yaml', 'o/models.json5', 'o/openclaw.json', 'shared/models.env']);
  expect(memory.skipped.map((s) => [s.path, s.reason])).toEqual([['c/compose.yaml', 'too-large'], ['d/.env', 'binary']]);
  expect(memory.findings.filter((f) => f.ruleId === 'proxy-image-tag').map((f) => f.location.file)).toEqual(['a/docker-compose.yml', 'd/compose.yaml']);
});

test('the memory source refuses what the guarded reader refuses and never reads outside its files', async () => {
  const source = memorySource(new Map([['a/.env', { bytes: Buffer.from('A=1\n') }], ['l.env', { skip: { reason: 'unreadable', message: 'is a symbolic link' } }]]), new Set(['a']));
  expect(await source.read('a/.env', 100)).toEqual({ file: { path: 'a/.env', absPath: 'a/.env', text: 'A=1\n' } });
  expect(await source.read('a/./x/../.env', 2)).toEqual({ skipped: { path: 'a/.env', reason: 'too-large', message: 'file is 4 bytes, over the 2-byte limit (maxFileSize)' } });
  expect(await source.read('../etc/passwd', 100)).toMatchObject({ skipped: { path: '../etc/passwd', message: 'is outside the scan root; files outside it are not read' } });
  expect(await source.read('.git/config', 100)).toMatchObject({ skipped: { path: '.git/config', message: 'is inside a .git folder; files there are never read' } });
  expect(await source.read('a', 100)).toMatchObject({ skipped: { path: 'a', reason: 'not-a-file' } });
  expect(await source.read('l.env', 100)).toEqual({ skipped: { path: 'l.env', reason: 'unreadable', message: 'is a symbolic link' } });
  expect(await source.read('b/.env', 100)).toEqual({ missing: true });
});

test("a policy's extends are read from the same tree, and a broken policy is a PolicyError naming it", () => {
  const files = new Map([
    ['.clawcheck.yml', { bytes: Buffer.from('extends: ./policies/base.yml\n') }],
    ['policies/base.yml', { bytes: Buffer.from('rules:\n  banned-model: warning\n') }],
  ]);
  const p = memoryPolicies('/r', files);
  expect(p.root.sources).toEqual(['recommended', '/r/policies/base.yml', '.clawcheck.yml']);
  expect(p.root.policy.rules['banned-model']).toMatchObject({ severity: 'warning' });
  const bad = new Map([['x/.clawcheck.yml', { bytes: Buffer.from('extends: ../../../etc/p.yml\n') }]]);
  const error = (() => {
    try {
      memoryPolicies('/r', bad);
    } catch (e) {
      return e as PolicyError;
    }
  })();
  expect(error).toBeInstanceOf(PolicyError);
  expect(error!.message).toContain('x/.clawcheck.yml');
});
