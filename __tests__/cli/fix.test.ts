import { chmodSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../support/cli.js';
import { tempTree } from '../support/tmp.js';

const BAD = `services:
  proxy:
    image: legard/claude-code-proxy:v1.0.0 # pinned
    environment:
      OPENAI_API_KEY: k
      OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1
      BIG_MODEL: zai-org/GLM-4.7
      MIDDLE_MODEL: openai/gpt-oss-120b
      SMALL_MODEL: openai/gpt-oss-120b
      DISABLE_THINKING: "true"
`;
const FIXED = BAD.replace(':v1.0.0', ':latest').replace('zai-org/GLM-4.7', 'openai/gpt-oss-120b');

describe('--fix', () => {
  test('writes fixed files in place, keeps their mode, leaves no temporary file, exits 0 when nothing remains', async () => {
    const root = tempTree({ 'docker-compose.yml': BAD });
    chmodSync(join(root, 'docker-compose.yml'), 0o640);
    const r = await cli(root, ['--fix']);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(root, 'docker-compose.yml'), 'utf8')).toBe(FIXED);
    expect(statSync(join(root, 'docker-compose.yml')).mode & 0o777).toBe(0o640);
    expect(readdirSync(root)).toEqual(['docker-compose.yml']);
  });

  test('remaining findings are reported after fixing and decide the exit code', async () => {
    // The banned id is assembled from two .env values: no single place to rewrite.
    const root = tempTree({ 'docker-compose.yml': BAD.replace('BIG_MODEL: zai-org/GLM-4.7', 'BIG_MODEL: ${ORG}${NAME}'), '.env': 'ORG=zai-org/\nNAME=GLM-4.7\n' });
    const r = await cli(root, ['--fix', '--format', 'json']);
    const json = JSON.parse(r.stdout);
    expect(json.findings.map((f: { ruleId: string; file: string; line: number }) => [f.ruleId, f.file, f.line])).toEqual([['banned-model', 'docker-compose.yml', 7]]);
    expect(readFileSync(join(root, 'docker-compose.yml'), 'utf8')).toContain('legard/claude-code-proxy:latest');
    expect(r.code).toBe(1);
  });
});

describe('--fix-dry-run', () => {
  test('prints a unified diff and writes nothing', async () => {
    const root = tempTree({ 'docker-compose.yml': BAD });
    const r = await cli(root, ['--fix-dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`--- a/docker-compose.yml
+++ b/docker-compose.yml
@@ -1,10 +1,10 @@
 services:
   proxy:
-    image: legard/claude-code-proxy:v1.0.0 # pinned
+    image: legard/claude-code-proxy:latest # pinned
     environment:
       OPENAI_API_KEY: [redacted]
       OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1
-      BIG_MODEL: zai-org/GLM-4.7
+      BIG_MODEL: openai/gpt-oss-120b
       MIDDLE_MODEL: openai/gpt-oss-120b
       SMALL_MODEL: openai/gpt-oss-120b
       DISABLE_THINKING: "true"
`);
    expect(readFileSync(join(root, 'docker-compose.yml'), 'utf8')).toBe(BAD);
  });

  test('--format json adds the edits and the diff per file', async () => {
    const root = tempTree({ 'docker-compose.yml': BAD });
    const json = JSON.parse((await cli(root, ['--fix-dry-run', '--format', 'json'])).stdout);
    expect(json.findings).toEqual([]);
    expect(json.fixes).toHaveLength(1);
    expect(json.fixes[0].file).toBe('docker-compose.yml');
    expect(json.fixes[0].diff).toContain('+      BIG_MODEL: openai/gpt-oss-120b\n');
    let text = BAD;
    for (const e of [...json.fixes[0].edits].reverse()) text = text.slice(0, e.start) + e.text + text.slice(e.end);
    expect(text).toBe(FIXED);
  });

  test('--fix and --fix-dry-run together, or an unknown --fix-type, are usage errors', async () => {
    const root = tempTree({});
    expect((await cli(root, ['--fix', '--fix-dry-run'])).code).toBe(2);
    expect((await cli(root, ['--fix-type', 'all'])).code).toBe(2);
  });
});
