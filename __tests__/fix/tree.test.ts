import '../support/openclaw-schema.js';
import { discoverFor, parseWithEnvFiles } from '../../src/core/check.js';
import { sortAndDedupe } from '../../src/core/finding.js';
import { fixParsed } from '../../src/fix/fix.js';
import { fixTree } from '../../src/fix/tree.js';
import { recommendedPolicy } from '../../src/policy/load.js';
import { tempTree } from '../support/tmp.js';

const PROXY_ENV = '      OPENAI_API_KEY: k\n      OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1\n';

/**
 * More files than one fix chunk holds: folders that share a `.env` with a fix in it, folders
 * with fixes of their own, and clean folders that must come out of the first judging unchanged.
 */
function tree(): Record<string, string> {
  const files: Record<string, string> = { 'shared/models.env': 'BIG_MODEL=zai-org/GLM-4.7\nMIDDLE_MODEL=openai/gpt-oss-120b\n' };
  // More folders than one chunk, sorted between the other folders: only fixing them as one group
  // keeps them from fixing the shared file twice.
  for (let i = 0; i < 300; i++) {
    const dir = `solo/s299-shared/s${String(i).padStart(3, '0')}`;
    files[`${dir}/compose.yaml`] = `services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:latest\n    env_file: ../../../shared/models.env\n    environment:\n${PROXY_ENV}      SMALL_MODEL: y\n      DISABLE_THINKING: "true"\n`;
  }
  for (let i = 0; i < 600; i++) {
    const dir = `solo/s${String(i).padStart(3, '0')}`;
    const tag = i % 3 === 0 ? 'v1.0.0' : 'latest'; // only latest is published
    const thinking = i % 4 === 0 ? 'false' : 'true';
    files[`${dir}/docker-compose.yml`] = `services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:${tag}\n    environment:\n${PROXY_ENV}      BIG_MODEL: openai/gpt-oss-120b\n      MIDDLE_MODEL: openai/gpt-oss-120b\n      SMALL_MODEL: openai/gpt-oss-120b\n      DISABLE_THINKING: "${thinking}"\n`;
  }
  for (let i = 0; i < 40; i++) files[`plain/p${i}/compose.yaml`] = `services:\n  db:\n    image: postgres:16\n`;
  return files;
}

test('fixing folder by folder gives exactly what fixing the whole tree at once gives', async () => {
  const root = tempTree(tree());
  const policy = recommendedPolicy();
  const { found, skipped } = await discoverFor({ root, policy });
  const whole = fixParsed(await parseWithEnvFiles(root, found, policy, skipped, new Map()), policy, 'suggestion');

  const batched = await fixTree({ root, policy }, 'suggestion');
  expect(batched.files).toEqual(whole.files);
  expect(batched.after.findings).toEqual(whole.findings);
  expect(batched.before.findings).toEqual(sortAndDedupe(whole.before));
  expect(batched.passes).toBe(whole.passes);
  // The fixed texts are what reporters show after fixing; the originals, before.
  expect(batched.after.files).toEqual(whole.parsed.map((p) => p.file.path));
  for (const p of whole.parsed) expect(batched.after.sources.get(p.file.path)?.text).toBe(p.file.text);
  expect(batched.before.sources.get('shared/models.env')?.text).toBe('BIG_MODEL=zai-org/GLM-4.7\nMIDDLE_MODEL=openai/gpt-oss-120b\n');

  // What was fixed: the shared .env once; 200 unpublished tags and 150 DISABLE_THINKING=false, 50 folders having both (two fix chunks).
  const changed = batched.files.map((f) => f.path);
  expect(changed.filter((p) => p.startsWith('shared/'))).toEqual(['shared/models.env']);
  expect(changed.filter((p) => p.startsWith('solo/'))).toHaveLength(200 + 150 - 50);
  expect(changed.filter((p) => p.startsWith('plain/') || p.includes('-shared/'))).toEqual([]);
  expect(batched.files.find((f) => f.path === 'shared/models.env')?.after).not.toContain('GLM-4.7');
  expect(batched.after.findings.filter((f) => f.ruleId === 'banned-model')).toEqual([]);
});

test('with nothing to fix, the findings after are the findings before', async () => {
  const root = tempTree({ 'a/compose.yaml': 'services:\n  db:\n    image: 5\n', 'b/compose.yaml': 'services: [\n' });
  const r = await fixTree({ root, policy: recommendedPolicy() });
  expect(r.files).toEqual([]);
  expect(r.passes).toBe(0);
  expect(r.after.findings).toEqual(r.before.findings);
  expect(r.after.findings.map((f) => [f.ruleId, f.location.file, f.location.line, f.location.column])).toEqual([
    ['schema', 'a/compose.yaml', 3, 12],
    ['parse-error', 'b/compose.yaml', 2, 1],
  ]);
});
