/**
 * only-changed keeps every finding the pull request can have caused: one in an untouched file
 * counts when a file it depends on changed, and an unknown changed set filters nothing.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { startGitFake } from '../support/fake-git-data.js';
import type { GitFake } from '../support/fake-git-data.js';
import { addedFile, prEvent, prRoutes, runInProcess } from '../support/action-run.js';
import { tempTree } from '../support/tmp.js';

let fake: GitFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const PROXY = (extra: string) => `services:
  claude-code-proxy:
    image: legard/claude-code-proxy:latest
${extra}    environment:
      OPENAI_API_KEY: \${KEY}
      OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1
      MIDDLE_MODEL: openai/gpt-oss-120b
      SMALL_MODEL: openai/gpt-oss-120b
      DISABLE_THINKING: "true"
`;
const PROD_ENV = 'BIG_MODEL=zai-org/GLM-4.7\n';

/** Findings the run reported (the `findings` output), as `file:line ruleId`. */
function reported(outputs: Record<string, string | number>): string[] {
  return JSON.parse(String(outputs.findings)).map((f: { file: string; line: number; ruleId: string }) => `${f.file}:${f.line} ${f.ruleId}`);
}

async function prRun(workspace: string, files: unknown[], event: ReturnType<typeof prEvent> = prEvent('b'.repeat(40))) {
  fake = await startGitFake({ extra: prRoutes(files) });
  return runInProcess({ workspace, eventName: 'pull_request', event, apiUrl: fake.gh.url, inputs: { token: 't0ken', annotations: 'commands', suggestions: 'false' } });
}

describe('a finding counts as changed when a file it depends on changed', () => {
  test('a PR that adds env_file: prod.env reports what the untouched prod.env brings in', async () => {
    const compose = PROXY('    env_file: prod.env\n');
    const workspace = tempTree({ 'app/compose.yaml': compose, 'app/prod.env': PROD_ENV, 'other/compose.yaml': PROXY('') });
    const r = await prRun(workspace, [{ filename: 'app/compose.yaml', status: 'modified', patch: '@@ -3,0 +4,1 @@\n+    env_file: prod.env' }]);
    expect(reported(r.outputs)).toEqual(['app/prod.env:1 banned-model']);
    expect(r.written).toContain('::error file=app/prod.env,line=1,col=11');
    expect(r.written).not.toContain('other/compose.yaml');
  });

  test('a PR that edits only .env reports the untouched compose file whose meaning it changed', async () => {
    // The PR drops BIG from .env: the compose file's banned default now applies.
    const compose = PROXY('').replace('      SMALL_MODEL', '      BIG_MODEL: ${BIG:-zai-org/GLM-4.7}\n      SMALL_MODEL');
    const workspace = tempTree({ 'app/compose.yaml': compose, 'app/.env': 'KEY=k\n', 'b/compose.yaml': compose });
    const r = await prRun(workspace, [{ filename: 'app/.env', status: 'modified', patch: '@@ -1,2 +1 @@\n KEY=k\n-BIG=openai/gpt-oss-120b' }]);
    expect(reported(r.outputs)).toEqual(['app/compose.yaml:8 banned-model']);
  });

  test('a PR that deletes the .env keeps the findings of the compose file that read it', async () => {
    const workspace = tempTree({ 'app/compose.yaml': PROXY(''), 'b/compose.yaml': PROXY('') });
    const r = await prRun(workspace, [{ filename: 'app/.env', status: 'removed', patch: '@@ -1 +0,0 @@\n-BIG_MODEL=openai/gpt-oss-120b' }]);
    expect(reported(r.outputs)).toEqual(['app/compose.yaml:2 model-tiers']);
  });

  test('an override base and an extends target count for the service they define', async () => {
    const base = 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:v1.0.0\n';
    const override = 'services:\n  claude-code-proxy:\n    environment:\n      BIG_MODEL: openai/gpt-oss-120b\n';
    const workspace = tempTree({ 'app/compose.yaml': base, 'app/compose.override.yaml': override });
    const r = await prRun(workspace, [{ filename: 'app/compose.override.yaml', status: 'modified', patch: '@@ -4 +4 @@\n+      BIG_MODEL: openai/gpt-oss-120b' }]);
    expect(reported(r.outputs)).toContain('app/compose.yaml:3 proxy-image-tag');

    const extending = 'services:\n  claude-code-proxy:\n    extends:\n      file: docker-compose.common.yml\n      service: proxy\n';
    const common = 'services:\n  proxy:\n    image: legard/claude-code-proxy:v1.0.0\n';
    const tree = tempTree({ 'svc/compose.yaml': extending, 'svc/docker-compose.common.yml': common });
    await fake?.close();
    const e = await prRun(tree, [{ filename: 'svc/compose.yaml', status: 'modified', patch: '@@ -3 +3 @@\n+    extends:' }]);
    expect(reported(e.outputs)).toContain('svc/docker-compose.common.yml:3 proxy-image-tag');
  });
});

describe('an unknown changed set filters nothing, and says so', () => {
  const tree = () => tempTree({ 'a/compose.yaml': PROXY('').replace('latest', 'v1.0.0'), 'b/compose.yaml': PROXY('').replace('latest', 'v1.0.0') });
  const all = ['a/compose.yaml:3 proxy-image-tag', 'b/compose.yaml:3 proxy-image-tag'];

  test.each([
    ['GitHub listed no changed files', [], undefined, 'GitHub listed no changed files for the pull request'],
    ['the list is shorter than changed_files', [addedFile('a/compose.yaml', 'x\n')], 4000, "GitHub listed 1 of the pull request's 4000 changed files"],
    ['the PR edits the policy', [addedFile('.clawcheck.yml', 'rules: {}\n')], undefined, 'the pull request changes the policy file .clawcheck.yml, which can change every finding'],
    ["the PR adds a folder's policy", [addedFile('c/.clawcheck.yml', 'rules: {}\n')], undefined, 'the pull request changes the policy file c/.clawcheck.yml, which can change every finding'],
  ])('%s', async (_name, files, changedFiles, why) => {
    const event = prEvent('b'.repeat(40));
    if (changedFiles !== undefined) Object.assign(event.pull_request, { changed_files: changedFiles });
    const r = await prRun(tree(), files, event);
    expect(reported(r.outputs).filter((f) => f.endsWith('proxy-image-tag'))).toEqual(all);
    expect(r.notices).toContain(`only-changed not applied: ${why}; every file is judged and reported.`);
    expect(r.summary).toContain('only-changed not applied');
  });

  test('3 000 listed files (GitHub\'s cap) are not taken as the whole change', async () => {
    const files = Array.from({ length: 3000 }, (_, i) => addedFile(`docs/f${i}.md`, 'x\n'));
    const r = await prRun(tree(), files);
    expect(reported(r.outputs).filter((f) => f.endsWith('proxy-image-tag'))).toEqual(all);
    expect(r.notices).toContain('only-changed not applied: GitHub lists at most 3000 files of a pull request and this one has at least that many; every file is judged and reported.');
  });
});

describe('policies by folder', () => {
  test("a folder's .clawcheck.yml governs it in the Action as in the CLI", async () => {
    const tree = tempTree({ 'a/compose.yaml': PROXY('').replace('latest', 'v1.0.0'), 'b/compose.yaml': PROXY('').replace('latest', 'v1.0.0'), 'b/.clawcheck.yml': "rules:\n  proxy-image-tag: 'off'\n" });
    const r = await prRun(tree, [addedFile('a/compose.yaml', 'x\n'), addedFile('b/compose.yaml', 'x\n')]);
    expect(reported(r.outputs).filter((f) => f.endsWith('proxy-image-tag'))).toEqual(['a/compose.yaml:3 proxy-image-tag']);
  });
});

describe('zero files checked', () => {
  test('is a warning in the Action, in the log and the summary', async () => {
    const r = await prRun(tempTree({ 'README.md': 'hi\n' }), [addedFile('README.md', 'hi\n')]);
    const why = "clawcheck checked no files: no compose or openclaw file was found. Check the paths input and the policy's include and exclude globs.";
    expect(r.warnings).toEqual([why]);
    expect(r.outputs['files-checked']).toBe(0);
    expect(r.summary).toContain('clawcheck checked no files');
  });
});
