import { chmodSync, lstatSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../support/cli.js';
import { BAD, FIXED } from '../support/fix-fixture.js';
import { tempTree } from '../support/tmp.js';


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

describe('--fix leaves alone what it must not rewrite', () => {
  type Row = { ruleId: string; file: string; line: number; message: string };
  const rows = (stdout: string) => JSON.parse(stdout).findings.map((f: Row) => [f.ruleId, f.file, f.line, f.message]);

  test('a symlinked compose file: its target inside the root is fixed, the link stays a link', async () => {
    const root = tempTree({ 'configs/proxy.txt': BAD });
    symlinkSync('configs/proxy.txt', join(root, 'docker-compose.yml'));
    const r = await cli(root, ['--fix']);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(lstatSync(join(root, 'docker-compose.yml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(root, 'docker-compose.yml'))).toBe('configs/proxy.txt');
    expect(readFileSync(join(root, 'configs/proxy.txt'), 'utf8')).toBe(FIXED);
    expect(readdirSync(join(root, 'configs'))).toEqual(['proxy.txt']);
  });

  test('a read-only file is not rewritten: fix-failed, its findings remain, the other files are fixed', async () => {
    const root = tempTree({ 'a/docker-compose.yml': BAD, 'b/docker-compose.yml': BAD });
    chmodSync(join(root, 'a/docker-compose.yml'), 0o444);
    const r = await cli(root, ['--fix', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(rows(r.stdout)).toEqual([
      ['fix-failed', 'a/docker-compose.yml', 1, 'fixes were not applied to this file: the file is read-only'],
      ['proxy-image-tag', 'a/docker-compose.yml', 3, expect.any(String)],
      ['banned-model', 'a/docker-compose.yml', 7, expect.any(String)],
    ]);
    expect(readFileSync(join(root, 'a/docker-compose.yml'), 'utf8')).toBe(BAD);
    expect(statSync(join(root, 'a/docker-compose.yml')).mode & 0o777).toBe(0o444);
    expect(readFileSync(join(root, 'b/docker-compose.yml'), 'utf8')).toBe(FIXED);
  });

  test('--fix-dry-run shows what --fix would do: a read-only file is left out of the diff', async () => {
    const root = tempTree({ 'a/docker-compose.yml': BAD, 'b/docker-compose.yml': BAD });
    chmodSync(join(root, 'a/docker-compose.yml'), 0o444);
    const r = await cli(root, ['--fix-dry-run']);
    expect(r.stdout.match(/^\+\+\+ .*$/gm)).toEqual(['+++ b/b/docker-compose.yml']);
    expect(r.stdout).toContain('a/docker-compose.yml:1:1  warning  fixes were not applied to this file: the file is read-only  fix-failed\n');
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

  test('file content in the diff is escaped as stylish escapes it: no escape sequence reaches the terminal', async () => {
    // A title (OSC 0), a screen clear (CSI), a hyperlink (OSC 8), C1 CSI, DEL and a bidi override; tabs stay.
    const raw = '\u001b]0;pwned\u0007 \u001b[2J \u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\ \u009b31m \u007f \u202egnp.exe\tend';
    const shown = '\\x1B]0;pwned\\x07 \\x1B[2J \\x1B]8;;https://evil.example\\x1B\\click\\x1B]8;;\\x1B\\ \\x9B31m \\x7F \\u{202E}gnp.exe\tend';
    const bad = BAD.replace('# pinned', `# ${raw}`).replace('MIDDLE_MODEL: openai/gpt-oss-120b', `MIDDLE_MODEL: openai/gpt-oss-120b # ${raw}`);
    const root = tempTree({ 'docker-compose.yml': bad });
    const r = await cli(root, ['--fix-dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`--- a/docker-compose.yml
+++ b/docker-compose.yml
@@ -1,10 +1,10 @@
 services:
   proxy:
-    image: legard/claude-code-proxy:v1.0.0 # ${shown}
+    image: legard/claude-code-proxy:latest # ${shown}
     environment:
       OPENAI_API_KEY: [redacted]
       OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1
-      BIG_MODEL: zai-org/GLM-4.7
+      BIG_MODEL: openai/gpt-oss-120b
       MIDDLE_MODEL: openai/gpt-oss-120b # ${shown}
       SMALL_MODEL: openai/gpt-oss-120b
       DISABLE_THINKING: "true"
`);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  test('a CRLF file keeps the CR that ends each line; a CR inside a line is escaped', async () => {
    const root = tempTree({ 'docker-compose.yml': BAD.replace('"true"', '"true" # a\rb').replace(/\n/g, '\r\n') });
    const r = await cli(root, ['--fix-dry-run']);
    expect(r.stdout.split('\n')[3]).toBe(' services:\r');
    expect(r.stdout).toContain('\n       DISABLE_THINKING: "true" # a\\x0Db\r\n');
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
