import '../support/openclaw-schema.js';
import { BATCH_FILES, check, discoverFor, parseWithEnvFiles, sortSkipped } from '../../src/core/check.js';
import type { CheckOptions } from '../../src/core/check.js';
import type { ParsedFile } from '../../src/core/engine.js';
import type { SkippedPath } from '../../src/core/result.js';
import { judge } from '../../src/core/engine.js';
import { sortAndDedupe } from '../../src/core/finding.js';
import { recommendedPolicy } from '../../src/policy/load.js';
import { tempTree } from '../support/tmp.js';

/** Enough folders to span several batches, with the cross-folder cases that batching must keep. */
function bigTree(): Record<string, string> {
  const files: Record<string, string> = { 'shared/models.env': 'BIG_MODEL=zai-org/GLM-4.7\n' };
  for (let i = 0; i < 160; i++) {
    const dir = `stacks/s${String(i).padStart(3, '0')}`;
    files[`${dir}/compose.yaml`] = `services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:${i % 3 ? 'latest' : 'v1.0.0'}\n    env_file: ../../shared/models.env\n    environment:\n      OPENAI_API_KEY: k\n      OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1\n      MIDDLE_MODEL: x\n      SMALL_MODEL: y\n`;
    files[`${dir}/compose.override.yaml`] = `services:\n  claude-code-proxy:\n    environment:\n      DISABLE_THINKING: "${i % 2 ? 'true' : 'false'}"\n`;
    files[`${dir}/.env`] = `UNUSED=${i}\n`;
  }
  return files;
}

/** Every file parsed at once: the reference that batching must match. */
async function parseAll(options: CheckOptions): Promise<{ parsed: ParsedFile[]; skipped: SkippedPath[] }> {
  const { root, found, skipped } = await discoverFor(options);
  const parsed = await parseWithEnvFiles(root, found, options.policy, skipped, new Map());
  return { parsed, skipped: sortSkipped(skipped) };
}

test('judging folder by folder gives exactly what judging everything at once gives', async () => {
  const root = tempTree(bigTree());
  const policy = recommendedPolicy();
  const batched = await check({ root, policy });
  const whole = await parseAll({ root, policy });
  expect(batched.findings).toEqual(sortAndDedupe(judge(whole.parsed, policy)));
  expect(batched.files).toEqual(whole.parsed.map((p) => p.file.path));
  expect(batched.skipped).toEqual(whole.skipped);
  // The shared env_file is reported once, however many batches read it.
  const shared = batched.findings.filter((f) => f.location.file === 'shared/models.env');
  expect(shared.map((f) => [f.ruleId, f.location.line, f.location.column])).toEqual([['banned-model', 1, 11]]);
  expect(batched.findings.filter((f) => f.ruleId === 'disable-thinking')).toHaveLength(80);
  expect(batched.files.length).toBe(481);
});

test('a folder is never split between batches, even when a subfolder sorts between its files', async () => {
  const files: Record<string, string> = {};
  // One folder fewer than a batch holds, so that the batch limit falls on p/compose.yaml, and
  // p/db/ sorts between p/compose.yaml and p/docker-compose.override.yml.
  for (let i = 0; i < BATCH_FILES - 1; i++) files[`a${String(i).padStart(3, '0')}/compose.yaml`] = 'services:\n  db:\n    image: postgres:16\n';
  files['p/compose.yaml'] =
    'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:latest\n    environment:\n      OPENAI_API_KEY: k\n      OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1\n      BIG_MODEL: openai/gpt-oss-120b\n      MIDDLE_MODEL: openai/gpt-oss-120b\n      SMALL_MODEL: openai/gpt-oss-120b\n      DISABLE_THINKING: "true"\n';
  files['p/db/compose.yaml'] = 'services:\n  db:\n    image: postgres:16\n';
  files['p/docker-compose.override.yml'] = 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:latest\n';
  const root = tempTree(files);
  const policy = recommendedPolicy();
  const whole = await parseAll({ root, policy });
  expect(sortAndDedupe(judge(whole.parsed, policy))).toEqual([]);
  expect((await check({ root, policy })).findings).toEqual([]);
});
