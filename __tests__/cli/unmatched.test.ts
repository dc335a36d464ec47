/** Named paths and globs that match nothing are a usage error, as in ESLint; an empty tree is a warning. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../support/cli.js';
import { tempTree } from '../support/tmp.js';

const BAD = 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:v1.0.0\n';

describe('nothing to check', () => {
  it('a named folder without a compose, openclaw or .env file is exit 2, and nothing is fixed', async () => {
    const root = tempTree({ 'app/compose.yaml': BAD, 'docs/README.md': 'x\n' });
    const r = await cli(root, ['--fix', 'app', 'docs']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'clawcheck: no compose, openclaw or .env file found in "docs"\n' });
    expect(readFileSync(join(root, 'app/compose.yaml'), 'utf8')).toBe(BAD);
  });

  it('an --include glob that matches no file is exit 2', async () => {
    const root = tempTree({ 'compose.yaml': BAD });
    const r = await cli(root, ['--include', 'deploy/*.yml']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'clawcheck: no file matches the include glob "deploy/*.yml"\n' });
  });

  it('a named path whose only file was skipped still matched: its file-skipped finding is reported', async () => {
    const root = tempTree({ 'app/compose.yaml': 'a\u0000b' });
    const r = await cli(root, ['--format', 'json', 'app']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['file-skipped']);
    expect(r.stderr).toBe('');
  });

  it('no paths named and no files found: exit 0 with a warning on stderr', async () => {
    const root = tempTree({ 'README.md': 'x\n' });
    const r = await cli(root, []);
    expect(r).toEqual({ code: 0, stdout: '', stderr: `clawcheck: warning: no compose, openclaw or .env file found under ${root}\n` });
  });
});
