import { createClient } from '../../src/github/client.js';
import { changedLines, inHunk, parsePatch } from '../../src/github/hunks.js';
import { listPullRequestFiles } from '../../src/github/pr-files.js';
import { startFakeGitHub } from '../support/fake-github.js';
import { pullFileBody } from '../support/github-bodies.js';

const ranges = (patch: string) => parsePatch('f.yml', patch).hunks;
const added = (patch: string) => [...parsePatch('f.yml', patch).added].sort((a, b) => a - b);

describe('parsePatch', () => {
  it('counts right-side lines through context, added and removed lines', () => {
    const patch = [
      '@@ -1,5 +1,6 @@',
      ' services:',
      '   claude-code-proxy:',
      '-    image: legard/claude-code-proxy:v1.0.0',
      '+    image: legard/claude-code-proxy:latest',
      '+    restart: unless-stopped',
      '     environment:',
      '       BIG_MODEL: "openai/gpt-oss-120b"',
    ].join('\n');
    expect(ranges(patch)).toEqual([{ start: 1, end: 6 }]);
    expect(added(patch)).toEqual([3, 4]);
  });

  it('handles several hunks with optional header counts and section headings', () => {
    const patch = ['@@ -3 +3 @@ services:', '-a', '+b', '@@ -20,3 +21,4 @@ environment:', ' x', '+y', ' z', ' w'].join('\n');
    expect(ranges(patch)).toEqual([
      { start: 3, end: 3 },
      { start: 21, end: 24 },
    ]);
    expect(added(patch)).toEqual([3, 22]);
  });

  it('only removed lines: the hunk keeps its context, no line is added', () => {
    const patch = ['@@ -12,4 +12,2 @@', '     user: "1000:1000"', '-    read_only: true', '-    tmpfs: /tmp', '     healthcheck: {}'].join('\n');
    // "user" is line 12 and "healthcheck" line 13 on the right side.
    expect(ranges(patch)).toEqual([{ start: 12, end: 13 }]);
    expect(added(patch)).toEqual([]);
  });

  it('moved lines: the line removed above and added below counts as added where it lands', () => {
    const patch = ['@@ -1,4 +1,4 @@', '-    read_only: true', '     image: x', '     ports: []', '+    read_only: true', '     user: root'].join('\n');
    expect(ranges(patch)).toEqual([{ start: 1, end: 4 }]);
    expect(added(patch)).toEqual([3]);
  });

  it('zero-length sides: a new file and a hunk that only deletes', () => {
    expect(ranges('@@ -0,0 +1,3 @@\n+a\n+b\n+c\n')).toEqual([{ start: 1, end: 3 }]);
    expect(added('@@ -0,0 +1,3 @@\n+a\n+b\n+c\n')).toEqual([1, 2, 3]);
    // A deleted file, or a hunk removing lines without context: nothing on the right side.
    expect(ranges('@@ -5,2 +4,0 @@\n-x\n-y')).toEqual([]);
    expect(ranges('@@ -1,2 +0,0 @@\n-x\n-y\n')).toEqual([]);
  });

  it('ignores "\\ No newline at end of file" on either side', () => {
    const patch = ['@@ -1,2 +1,2 @@', ' a', '-b', '\\ No newline at end of file', '+b', '+c', '\\ No newline at end of file'].join('\n');
    // "+b","+c" → 2 added but the header says +1,2: the counts bound the hunk.
    expect(ranges(patch)).toEqual([{ start: 1, end: 2 }]);
    expect(added(patch)).toEqual([2]);
    const fixed = ['@@ -1,2 +1,3 @@', ' a', '-b', '\\ No newline at end of file', '+b', '+c', '\\ No newline at end of file'].join('\n');
    expect(ranges(fixed)).toEqual([{ start: 1, end: 3 }]);
    expect(added(fixed)).toEqual([2, 3]);
  });

  it('treats an empty line inside a hunk as context (a trimmed " "), and CRLF patches', () => {
    expect(ranges('@@ -1,3 +1,3 @@\n a\n\n-c\n+d')).toEqual([{ start: 1, end: 3 }]);
    expect(ranges('@@ -1,2 +1,2 @@\r\n a\r\n-b\r\n+c\r\n')).toEqual([{ start: 1, end: 2 }]);
  });

  it('renamed files keep the previous path; a file without a patch has no hunks', () => {
    const renamed = parsePatch('deploy/compose.yml', '@@ -2,1 +2,1 @@\n-a\n+b', 'docker-compose.yml');
    expect(renamed.previousPath).toBe('docker-compose.yml');
    expect(renamed.hunks).toEqual([{ start: 2, end: 2 }]);
    expect(parsePatch('a.yml', 'x', 'a.yml').previousPath).toBeUndefined();
    const binary = parsePatch('logo.png', undefined);
    expect(binary).toEqual({ path: 'logo.png', hunks: [], added: new Set() });
    expect(inHunk(binary, 1, 1)).toBe(false);
    // A pure rename: GitHub sends no patch.
    expect(parsePatch('b.yml', '', 'a.yml').hunks).toEqual([]);
  });
});

describe('inHunk', () => {
  const diff = parsePatch('f.yml', ['@@ -1,3 +1,3 @@', ' a', '-b', '+B', ' c', '@@ -10,2 +10,3 @@', ' j', '+k', ' l'].join('\n'));

  it('accepts a range inside one hunk, context lines included', () => {
    expect(inHunk(diff, 2, 2)).toBe(true);
    expect(inHunk(diff, 1, 3)).toBe(true);
    expect(inHunk(diff, 10, 12)).toBe(true);
  });

  it('rejects a suggestion spanning lines past a hunk edge or across two hunks', () => {
    expect(inHunk(diff, 3, 4)).toBe(false);
    expect(inHunk(diff, 2, 11)).toBe(false);
    expect(inHunk(diff, 4, 4)).toBe(false);
    expect(inHunk(diff, 13, 13)).toBe(false);
  });
});

describe('changedLines', () => {
  it('maps each file to the lines it adds', () => {
    const map = changedLines([parsePatch('a.yml', '@@ -1 +1,2 @@\n a\n+b'), parsePatch('b.png', undefined)]);
    expect([...map.keys()]).toEqual(['a.yml', 'b.png']);
    expect([...map.get('a.yml')!]).toEqual([2]);
    expect(map.get('b.png')!.size).toBe(0);
  });
});

describe('listPullRequestFiles', () => {
  it('follows the pages (100 per page) and parses each patch, renames and binaries included', async () => {
    const page1 = Array.from({ length: 100 }, (_, i) => ({ filename: `f${i}.yml`, status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' }));
    const page2 = [
      { filename: 'deploy/compose.yml', previous_filename: 'compose.yml', status: 'renamed', patch: '@@ -3,2 +3,3 @@\n x\n+y\n z' },
      { filename: 'logo.png', status: 'added' },
    ];
    const fake = await startFakeGitHub([
      [
        'GET',
        '/repos/o/r/pulls/7/files',
        (req) =>
          req.query.page === '2'
            ? { body: page2.map(pullFileBody) }
            : { body: page1.map(pullFileBody), headers: { link: `<${fake.url}/repos/o/r/pulls/7/files?per_page=100&page=2>; rel="next", <${fake.url}/repos/o/r/pulls/7/files?per_page=100&page=2>; rel="last"` } },
      ],
    ]);
    try {
      const files = await listPullRequestFiles(createClient({ token: 't', baseUrl: fake.url, retries: 0, throttle: false }), 'o', 'r', 7);
      expect(fake.requests.map((r) => r.query)).toEqual([{ per_page: '100' }, { per_page: '100', page: '2' }]);
      expect(files).toHaveLength(102);
      expect(files[0]).toEqual({ path: 'f0.yml', hunks: [{ start: 1, end: 1 }], added: new Set([1]) });
      expect(files[100]).toEqual({ path: 'deploy/compose.yml', previousPath: 'compose.yml', hunks: [{ start: 3, end: 5 }], added: new Set([4]) });
      expect(files[101]).toEqual({ path: 'logo.png', hunks: [], added: new Set() });
    } finally {
      await fake.close();
    }
  });
});
