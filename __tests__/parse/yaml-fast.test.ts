/**
 * parseYaml reads most files on a fast path (src/parse/yaml-block.ts) and leaves the rest to the
 * yaml Document API. Whatever path a text takes, the answer must be the full parser's, offsets
 * of every node included: where a collection ends depends on how yaml attaches the comments
 * and blank lines after it, so those are generated at every column.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseYaml, parseYamlFully, yamlParseCounts } from '../../src/parse/yaml.js';
import { prng, YamlTexts } from '../support/yaml-texts.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** parseYaml's answer, the full parser's, and whether the fast path gave it. */
function both(text: string) {
  const before = yamlParseCounts.fast;
  const got = parseYaml(text);
  return { got, fast: yamlParseCounts.fast > before, want: parseYamlFully(text) };
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/i.test(name) ? [path] : [];
  });
}

describe('the fast path gives what the yaml Document API gives', () => {
  test('generated texts: the same documents, anchors and errors', () => {
    const texts = new YamlTexts(prng(20260214));
    let fast = 0;
    let anchored = 0;
    let merged = 0;
    let several = 0;
    for (let i = 0; i < 6000; i++) {
      const text = texts.text();
      const r = both(text);
      expect({ text, got: r.got }).toEqual({ text, got: r.want });
      if (!r.fast) continue;
      fast++;
      if (r.got.documents.some((d) => d.anchors?.length)) anchored++;
      if (JSON.stringify(r.got).includes('"mergedFrom"')) merged++;
      if (r.got.documents.length > 1) several++;
    }
    // The comparison means something only if the fast path took many texts of each kind.
    expect(fast).toBeGreaterThan(600);
    expect(anchored).toBeGreaterThan(100);
    expect(merged).toBeGreaterThan(30);
    expect(several).toBeGreaterThan(30);
  });

  test("the repository's own YAML files", () => {
    const files = [...yamlFiles(join(repo, '__tests__', 'fixtures')), ...yamlFiles(join(repo, 'examples'))];
    let fast = 0;
    for (const path of files) {
      const r = both(readFileSync(path, 'utf8'));
      expect({ path, got: r.got }).toEqual({ path, got: r.want });
      if (r.fast) fast++;
    }
    expect(fast).toBeGreaterThan(files.length / 2);
  });

  // How far a collection reaches when comments and blank lines follow its last value.
  test.each([
    ['a comment indented past the map stays with the last value', 'a:\n  b: 1\n    # kept\n\n    # kept too\nc: 2\n'],
    ['a comment at the map column stays in the map', 'a:\n  b: 1\n  # here\nc: 2\n'],
    ['a comment left of the map goes to the parent', 'a:\n  b: 1\n # out\nc: 2\n'],
    ['one comment at the column keeps all of them in', 'a:\n  b:\n    c: 1\n # out\n    # in\nd: 2\n'],
    ['an empty value followed by comments, last in its map', 'a:\n  b:\n  # c\n\nd: 1\n'],
    ['an empty value with a comment on its line', 'a:\n  b: # c\n\nd: 1\n'],
    ['an empty value without comments', 'a:\n  b:\n\n\nd: 1\n'],
    ['a compact map in a sequence, commented', 'l:\n  - a: 1\n    # c\n  - b: 2\n  # d\nx: 1\n'],
    ['a sequence at its key column', 'a:\n- 1\n# c\n- 2\nb: 3\n'],
    ['an empty root value before ---', 'a:\n# note\n\n---\nb: 1\n'],
    ['an empty nested value before ---', 'x:\n  a:\n  # note\n\n---\nb: 1\n'],
    ['the end of the text, no line break', 'a:\n  b: 1\n  # c'],
    ['CRLF', 'a:\r\n  b: 1\r\n  # c\r\n\r\nd:\r\n'],
    ['anchors, aliases and merges', 'x-a: &a\n  k: 1\nx-b: &b {j: 2}\ns:\n  <<: [*a, *b]\n  k: 3\n  v: *a\n  w: &c q\n  z: *c\n'],
    ['an alias to no anchor, a merge of a list', 'l: &l [1]\nm:\n  <<: [*l, *nope]\n  a: *missing\n  s:\n  - *nope\n'],
    ['text around escapes in double quotes, keys too', '"k\\tey": "ab\\ncd \\"e\\" f\\x41g\\u00e9h\\U0001F600i\\\\"\nl: ["x\\ty", "\\\\", "a\\"b"]\n'],
  ])('%s', (_, text) => {
    const r = both(text);
    expect(r.fast).toBe(true);
    expect(r.got).toEqual(r.want);
  });

  test.each([
    ['a tab', 'a:\n\tb: 1\n'],
    ['a block scalar', 'a: |\n  x\n'],
    ['a multi-line plain scalar', 'a: b\n  c\n'],
    ['a multi-line flow collection', 'a: [1,\n  2]\n'],
    ['an alias into its own anchored map', 'a: &x\n  b: *x\n'],
    ['an anchored empty value', 'a: &x\nb: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a tag', 'a: !reset []\n'],
    ['an empty document', 'a: 1\n---\n'],
    ['a document end marker', 'a: 1\n...\n'],
    ['bad indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['an invalid escape', 'a: "\\q"\n'],
    ['a comment without a space', 'a: "x"#c\n'],
    ['nesting deeper than the fast path follows', Array.from({ length: 80 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n'],
  ])('left to the full parser: %s', (_, text) => {
    const r = both(text);
    expect(r.fast).toBe(false);
    expect(r.got).toEqual(r.want);
  });
});

describe('cost, counted in full parses', () => {
  test("the benchmark's tree: only files the yaml library rejects take the full parse", async () => {
    // The generator of `npm run bench` (plain JavaScript, loaded as such).
    const { generateCorpus } = await import(pathToFileURL(join(repo, 'scripts', 'lib', 'gen-corpus.mjs')).href);
    const root = mkdtempSync(join(tmpdir(), 'clawcheck-yaml-'));
    try {
      const corpus: { files: string[] } = generateCorpus(root, { seed: 20260215, minComposeFiles: 600 });
      const compose = corpus.files.filter((f) => /\.ya?ml$/.test(f));
      const slow: string[] = [];
      let rejected = 0;
      for (const rel of compose) {
        const r = both(readFileSync(join(root, rel), 'utf8'));
        expect({ rel, got: r.got }).toEqual({ rel, got: r.want });
        if (r.want.error) rejected++;
        else if (!r.fast) slow.push(rel);
      }
      expect(compose.length).toBeGreaterThan(600);
      expect(rejected).toBeGreaterThan(0);
      expect(slow).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
