import type { FixedFile } from '../../src/fix/fix.js';
import { autofixPullRequestBody } from '../../src/github/autofix-body.js';
import { utf8Bytes } from '../../src/github/markdown.js';

const file = (path: string, before: string, after: string): FixedFile => ({ path, before, after, fixed: [], edits: [] });
const CUT = '\n_The diff is cut here to fit the pull request body; the branch has every change._\n';

describe('autofixPullRequestBody', () => {
  it('one fenced diff per file, in order', () => {
    const body = autofixPullRequestBody([file('a.yml', 'a: 1\n', 'a: 2\n'), file('b.yml', 'b: 1\n', 'b: 2\n')], 'main');
    expect(body).toContain(
      '<details><summary>Diff</summary>\n\n```diff\n--- a/a.yml\n+++ b/a.yml\n@@ -1,1 +1,1 @@\n-a: 1\n+a: 2\n```\n\n```diff\n--- a/b.yml\n+++ b/b.yml\n@@ -1,1 +1,1 @@\n-b: 1\n+b: 2\n```\n\n</details>\n',
    );
    expect(body.startsWith('clawcheck fixed 0 problems in 2 files on `main`.\n')).toBe(true);
    expect(body).not.toContain(CUT);
  });

  it('too large: whole diffs up to the first that does not fit, then a note, within the byte budget', () => {
    const big = (name: string, n: number) => file(name, 'x: 1\n', `x: ${'9'.repeat(n)}\n`);
    const body = autofixPullRequestBody([big('a.yml', 25_000), big('b.yml', 40_000), big('c.yml', 100)], 'main');
    expect(utf8Bytes(body)).toBeLessThanOrEqual(60_000);
    expect(body).toContain('--- a/a.yml');
    expect(body).not.toContain('--- a/b.yml');
    expect(body).not.toContain('--- a/c.yml');
    expect(body).toContain(`\`\`\`\n${CUT}\n</details>\n`);
  });
});
