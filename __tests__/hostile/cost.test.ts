/**
 * Bounded cost on small hostile inputs, measured in steps (a counter the algorithms advance),
 * never in milliseconds: doubling the input must not much more than double the work, and no
 * recursion grows with the input. Timings of the same inputs are in `npm run bench`.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { dotenvLookup } from '../../src/compose/environment.js';
import { interpolate } from '../../src/compose/interpolate.js';
import type { Meter } from '../../src/compose/interpolate.js';
import { locatedText } from '../../src/compose/located-string.js';
import { buildProject } from '../../src/compose/project.js';
import type { ComposeInput } from '../../src/compose/project.js';
import { parseFile } from '../../src/core/engine.js';
import { SourceFile } from '../../src/core/source.js';
import { parseDotenv } from '../../src/parse/dotenv.js';
import { at, judgeFiles, policyOf } from '../support/judge.js';

const C = 'docker-compose.yml';
// The documented bounds (docs/performance.md): how far a value may grow through variables, how
// many extends: links are followed.
const MAX_GROWTH = 1024;
const MAX_EXTENDS_DEPTH = 32;

/** Steps to interpolate `text` (located as one run) with nothing set. */
function interpolationSteps(text: string): number {
  const meter: Meter = { steps: 0 };
  const file = new SourceFile('v', text, 'dotenv');
  interpolate(locatedText(file, text, 0, [0, text.length]), () => undefined, { meter });
  return meter.steps;
}

const N = 20_000;
const FORMS: [string, (n: number) => string][] = [
  ['${${${…', (n) => '${'.repeat(n)],
  ['$${$${…', (n) => '$${'.repeat(n)],
  ['$$$$…', (n) => '$'.repeat(2 * n)],
  ['${A:-${B:-…x}}…}', (n) => '${A:-'.repeat(n) + 'x' + '}'.repeat(n)],
  ['${A:-${B:-… never closed', (n) => '${A:-'.repeat(n)],
  ['${X:?err} repeated', (n) => '${X:?err}'.repeat(n)],
  ['${X:?${X:?… never closed', (n) => '${X:?'.repeat(n)],
  ['${A:+${B:+…x}}…}', (n) => '${A:+'.repeat(n) + 'x' + '}'.repeat(n)],
  ['many `${` each unterminated, with text', (n) => 'a ${ b '.repeat(n)],
  ['$a$a$a…', (n) => '$a'.repeat(n)],
  ['{{{…}}} around one ${A}', (n) => '{'.repeat(n) + '${A}' + '}'.repeat(n)],
];

describe('interpolation is linear in the value, whatever the nesting', () => {
  test.each(FORMS)('%s: twice the input, at most 2.5 times the steps, and a few steps per character', (_, make) => {
    const small = interpolationSteps(make(N));
    const large = interpolationSteps(make(2 * N));
    expect(large / small).toBeLessThan(2.5);
    expect(small).toBeLessThan(8 * make(N).length);
  });

  test('any mix of `$ { } : - ? +`, names and text: a few steps per character (generated)', () => {
    const piece = fc.constantFrom('$', '$$', '${', '{', '}', ':', '-', '?', '+', ':-', ':?', ':+', 'A', 'B_1', 'x', ' ', '${A:-', '${A:?', '${A}');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), (pieces) => {
        const text = pieces.join('');
        expect(interpolationSteps(text)).toBeLessThanOrEqual(4 * text.length + 4);
      }),
      { seed: 20260214, numRuns: 500 },
    );
  });

  test('10 000 nested defaults: the innermost is the value, located where it is written, every name referenced', () => {
    const depth = 10_000;
    const text = '${A:-'.repeat(depth) + 'zai-org/GLM-4.7' + '}'.repeat(depth);
    const file = new SourceFile('v', text, 'dotenv');
    const r = interpolate(locatedText(file, text, 0, [0, text.length]), () => undefined);
    expect(r.value?.value).toBe('zai-org/GLM-4.7');
    expect(r.value?.spans.map((s) => [s.at, s.length, s.offset])).toEqual([[0, 15, 5 * depth]]);
    expect(r.value?.spans[0].noFix).toBeUndefined();
    expect(r.references).toHaveLength(depth);
  });

  test('a value may grow by MAX_GROWTH characters through variables; past that it is unknown', () => {
    // 30 lines, each twice the one above: 2^30 characters (and an out-of-memory crash) unbounded.
    const lines = ['A0=' + 'x'.repeat(32), ...Array.from({ length: 30 }, (_, i) => `A${i + 1}=\${A${i}}\${A${i}}`)];
    const lookup = dotenvLookup(new SourceFile('.env', lines.join('\n') + '\n', 'dotenv'));
    expect(lookup('A5')?.value).toBe('x'.repeat(1024));
    expect(32 * 2 ** 6).toBeGreaterThan('${A5}${A5}'.length + MAX_GROWTH);
    expect(lookup('A6')).toBeUndefined();
    expect(lookup('A30')).toBeUndefined();
    const judged = judgeFiles({ '.env': lines.join('\n') + '\nBIG_MODEL=${A30}\n', [C]: 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:latest\n    env_file: .env\n' });
    expect(judged.filter((f) => f.ruleId === 'banned-model')).toEqual([]);
  });
});

describe('.env parsing', () => {
  test('blanks inside a value are kept, trailing ones dropped (no backtracking regex over them)', () => {
    const blanks = ' '.repeat(200_000);
    const text = `BIG_MODEL=a${blanks}b \t\nQ="c${blanks}d${blanks}\n`;
    const entries = parseDotenv(text).entries;
    expect(entries.map((e) => [e.key, e.value.length, e.unterminated ?? false])).toEqual([
      ['BIG_MODEL', 200_002, false],
      ['Q', 200_002, true],
    ]);
  });
});

/** A compose file with a chain of n services, each extending the one before; the proxy extends the last. */
function chain(n: number, rootEnv = '{V0: "0"}'): string {
  const lines = ['services:', '  s0:', '    image: busybox', `    environment: ${rootEnv}`];
  for (let i = 1; i < n; i++) lines.push(`  s${i}:`, `    extends: s${i - 1}`, `    environment: {V${i}: "${i}"}`);
  lines.push('  claude-code-proxy:', '    image: legard/claude-code-proxy:latest', `    extends: s${n - 1}`, '');
  return lines.join('\n');
}

/** Steps to build the project of these compose files (the first is the base layer). */
function projectSteps(files: Record<string, string>): number {
  const parsed = Object.entries(files).map(([path, text]) => parseFile(new SourceFile(path, text, 'compose')));
  const byPath = new Map(parsed.map((p) => [p.file.path, p.file]));
  const meter: Meter = { steps: 0 };
  for (const p of parsed) {
    const layers: ComposeInput[] = p === parsed[0] ? [parsed[0]] : [parsed[0], p];
    buildProject(layers, (path) => byPath.get(path), policyOf().proxy, { meter });
  }
  return meter.steps;
}

/** n files, each a project layered on the base, each extending the next file's service. */
function fileChain(n: number): Record<string, string> {
  const files: Record<string, string> = { [C]: 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:latest\n    extends: {file: docker-compose.0.yml, service: s}\n' };
  for (let i = 0; i < n; i++) {
    files[`docker-compose.${i}.yml`] = `services:\n  s:\n    image: busybox\n${i + 1 < n ? `    extends: {file: docker-compose.${i + 1}.yml, service: s}\n` : ''}`;
  }
  return files;
}

describe('extends: chains are linear and iterative', () => {
  test('a chain of services in one file: twice the services, at most 2.5 times the steps', () => {
    const small = projectSteps({ [C]: chain(400) });
    const large = projectSteps({ [C]: chain(800) });
    expect(large / small).toBeLessThan(2.5);
    expect(small).toBeLessThanOrEqual(401 * 2 * (MAX_EXTENDS_DEPTH + 2));
  });

  test('a chain across files of one folder: twice the files, at most 2.5 times the steps', () => {
    const small = projectSteps(fileChain(150));
    const large = projectSteps(fileChain(300));
    expect(large / small).toBeLessThan(2.5);
  });

  test('a chain of 5 000 services is judged (no stack overflow); links past the bound are unresolved', () => {
    // DISABLE_THINKING "false" at the root: seen within MAX_EXTENDS_DEPTH links, not past them.
    const env = '{DISABLE_THINKING: "false", OPENAI_API_KEY: k, OPENAI_BASE_URL: "https://foundation-models.api.cloud.ru/v1"}';
    const rule = (text: string) => judgeFiles({ [C]: text }).filter((f) => f.ruleId === 'disable-thinking').map(at);
    expect(rule(chain(MAX_EXTENDS_DEPTH, env))).toEqual([`${C}:4:37-4:44 disable-thinking`]);
    // One link more: the root is not read, so the value is not judged and "missing" is not claimed.
    expect(rule(chain(MAX_EXTENDS_DEPTH + 1, env))).toEqual([]);
    expect(rule(chain(5000, env))).toEqual([]);
  });

  test('a cycle through three services and two files ends, unresolved', () => {
    const files = {
      [C]: 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:latest\n    extends: a\n  a:\n    extends: {file: docker-compose.b.yml, service: b}\n',
      'docker-compose.b.yml': 'services:\n  b:\n    extends: {file: docker-compose.yml, service: claude-code-proxy}\n    environment: {DISABLE_THINKING: "false"}\n',
    };
    expect(judgeFiles(files).filter((f) => f.ruleId === 'disable-thinking').map(at)).toEqual(['docker-compose.b.yml:4:37-4:44 disable-thinking']);
    // Two projects, five services; each follows at most three links and merges at most three definitions.
    expect(projectSteps(files)).toBeLessThanOrEqual(5 * (3 + 1 + 3));
  });
});
