import { check } from '../../src/core/check.js';
import { fixTree } from '../../src/fix/tree.js';
import { recommendedPolicy } from '../../src/policy/load.js';
import { tempTree } from '../support/tmp.js';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';

const PROVIDER = `models: { providers: { "cloudru-fm": { baseUrl: "https://foundation-models.api.cloud.ru/v1", api: "openai-completions", apiKey: "k", models: [] } } },`;

const at = (r: Awaited<ReturnType<typeof check>>, ruleId?: string) =>
  r.findings.filter((f) => !ruleId || f.ruleId === ruleId).map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}:${f.location.column}`);

test('a ref written in an included file is reported there, once, and the included file is not judged on its own', async () => {
  const root = tempTree({
    'openclaw.json': `{\n  ${PROVIDER}\n  agents: { $include: "./openclaw.agents.json5" },\n}\n`,
    'openclaw.agents.json5': `{\n  defaults: {\n    model: { primary: "cloudru-fm/zai-org/GLM-4.7" },\n  },\n}\n`,
  });
  const r = await check({ root, policy: recommendedPolicy() });
  expect(at(r, 'banned-model')).toEqual(['banned-model openclaw.agents.json5:3:35']);
  expect(r.findings.filter((f) => f.ruleId === 'schema')).toEqual([]);
  expect(r.files).toEqual(['openclaw.agents.json5', 'openclaw.json']);
  // Judged as part of openclaw.json: a change to either file decides the finding.
  expect(r.findings.find((f) => f.ruleId === 'banned-model')!.dependsOn).toEqual(['openclaw.json']);
});

test('includes anywhere a value stands: one array entry, a list of files merged in order, sibling keys over them', async () => {
  const root = tempTree({
    'cfg/openclaw.json': [
      '{',
      `  ${PROVIDER}`,
      '  agents: {',
      '    defaults: {',
      '      $include: ["./a.json5", "./b.json5"],',
      '      model: { fallbacks: [{ $include: "./fb.json5" }, "cloudru-fm/openai/gpt-oss-120b"] },',
      '    },',
      '  },',
      '}',
      '',
    ].join('\n'),
    'cfg/a.json5': '{ model: { primary: "cloudru-fm/zai-org/GLM-4.7-Flash" }, thinkingDefault: "off" }\n',
    'cfg/b.json5': '{ model: { primary: "cloudru-fm/openai/gpt-oss-120b" } }\n',
    'cfg/fb.json5': '"cloudru-fm/zai-org/GLM-4.7-FlashX"\n',
  });
  const r = await check({ root, policy: recommendedPolicy() });
  // a.json5's primary is overridden by b.json5's: OpenClaw never uses it, so it is not reported.
  expect(at(r, 'banned-model')).toEqual(['banned-model cfg/fb.json5:1:13']);
  expect(at(r, 'schema')).toEqual([]);
});

test('$include that OpenClaw refuses is a schema finding at the directive', async () => {
  const root = tempTree({
    'app/openclaw.json': '{\n  agents: { $include: "./missing.json5" },\n  tools: { $include: "../outside.json5" },\n  hooks: { $include: "./loop.json5" },\n}\n',
    'app/loop.json5': '{ $include: "./openclaw.json" }\n',
    'outside.json5': '{}\n',
  });
  const r = await check({ root, policy: recommendedPolicy() });
  expect(r.findings.filter((f) => f.ruleId === 'schema' && /\$include/.test(f.message)).map((f) => [f.location.file, f.location.line, f.location.column, f.message])).toEqual([
    ['app/loop.json5', 1, 13, '$include "./openclaw.json" is circular: app/loop.json5 → app/openclaw.json'],
    ['app/openclaw.json', 2, 23, '$include "./missing.json5": app/missing.json5 does not exist'],
    ['app/openclaw.json', 3, 22, '$include "../outside.json5" escapes the folder of app/openclaw.json; OpenClaw refuses includes outside the config\'s folder'],
  ]);
});

test('an include through a link out of the tree is not read: file-skipped, and nothing from it is judged', async () => {
  const outside = tempTree({ 'secret.json5': '{ defaults: { model: "cloudru-fm/zai-org/GLM-4.7" } }\n' });
  const root = tempTree({ 'openclaw.json': `{\n  ${PROVIDER}\n  agents: { $include: "./linked.json5" },\n}\n` });
  symlinkSync(join(outside, 'secret.json5'), join(root, 'linked.json5'));
  const r = await check({ root, policy: recommendedPolicy() });
  expect(at(r)).toEqual(['file-skipped openclaw.json:3:23']);
  expect(r.findings[0].message).toBe('linked.json5 was not checked: it is a symbolic link that resolves outside the scan root; not followed (named by $include in openclaw.json)');
});

test('--fix edits the included file where the banned text is written', async () => {
  const root = tempTree({
    'openclaw.json': `{\n  ${PROVIDER}\n  agents: { $include: "./agents.json5" },\n}\n`,
    'agents.json5': '{ defaults: { model: "cloudru-fm/zai-org/GLM-4.7" } }\n',
  });
  const out = await fixTree({ root, policy: recommendedPolicy() });
  expect(out.files.map((f) => [f.path, f.after])).toEqual([['agents.json5', '{ defaults: { model: "cloudru-fm/openai/gpt-oss-120b" } }\n']]);
  expect(out.after.findings.filter((f) => f.ruleId === 'banned-model')).toEqual([]);
});

test('a config that names files over and over is followed up to a fixed number of includes, and says so', async () => {
  // Ten levels naming the next one ten times each would be 10^10 loads.
  const files: Record<string, string> = { 'openclaw.json': `{ agents: { $include: [${Array(10).fill('"./l1.json5"').join(', ')}] } }\n` };
  for (let i = 1; i < 10; i++) files[`l${i}.json5`] = `{ $include: [${Array(10).fill(`"./l${i + 1}.json5"`).join(', ')}] }\n`;
  files['l10.json5'] = '{ defaults: {} }\n';
  const r = await check({ root: tempTree(files), policy: recommendedPolicy() });
  const budget = r.findings.filter((f) => /more than 1000 files/.test(f.message));
  expect(budget.map((f) => `${f.location.file}:${f.location.line}:${f.location.column}`)).toEqual(['l9.json5:1:74']);
  expect(budget[0].message).toBe('$include "./l10.json5" is not followed: the config includes more than 1000 files in all; what they hold is not judged');
});
