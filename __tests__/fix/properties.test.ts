import fc from 'fast-check';
import { parseFile } from '../../src/core/engine.js';
import { SourceFile } from '../../src/core/source.js';
import { fixTexts } from '../support/fix.js';

const SEED = 20261124;
const RUNS = 150;

const quoteAs = (q: string, v: string) => (q === 'plain' ? v : q === 'single' ? `'${v}'` : `"${v}"`);
const model = fc.constantFrom('zai-org/GLM-4.7', 'zai-org/GLM-4.7-Flash', 'GLM-4.7-FlashX', 'cloudru-fm/zai-org/glm-4.7', 'openai/gpt-oss-120b', 'Qwen/Qwen3-Coder');
const quote = fc.constantFrom('plain', 'single', 'double');
const comment = fc.option(fc.constantFrom('# note', '# TODO: check', '#', '# a: b'), { nil: undefined });

/** A proxy compose file with random layout, quoting, comments and line endings. */
const composeFile = fc
  .record({
    indent: fc.constantFrom(2, 4),
    list: fc.boolean(),
    crlf: fc.boolean(),
    tag: fc.constantFrom('', ':v1.0.0', ':latest', ':1.2', '@sha256:' + 'a'.repeat(64)),
    registry: fc.constantFrom('', 'docker.io/'),
    tiers: fc.array(fc.tuple(model, quote, comment), { minLength: 3, maxLength: 3 }),
    thinking: fc.constantFrom(undefined, '"true"', '"false"', 'true', 'false', "'True'", '"1"'),
    user: fc.constantFrom(undefined, '"1000:1000"', 'root', '"0"'),
    readOnly: fc.constantFrom(undefined, 'true', 'false'),
    lineComments: fc.array(comment, { minLength: 12, maxLength: 12 }),
    finalNewline: fc.boolean(),
  })
  .map((g) => {
    const i1 = ' '.repeat(g.indent);
    const i2 = i1.repeat(2);
    const i3 = i1.repeat(3);
    const lines: string[] = ['services:', `${i1}claude-code-proxy:`, `${i2}image: ${g.registry}legard/claude-code-proxy${g.tag}`, `${i2}environment:`];
    const env: Array<[string, string, string, string | undefined]> = [
      ['OPENAI_API_KEY', '${KEY}', 'double', undefined],
      ['OPENAI_BASE_URL', 'https://foundation-models.api.cloud.ru/v1', 'plain', undefined],
      ...(['BIG_MODEL', 'MIDDLE_MODEL', 'SMALL_MODEL'] as const).map((n, k) => [n, g.tiers[k][0], g.tiers[k][1], g.tiers[k][2]] as [string, string, string, string | undefined]),
    ];
    for (const [name, value, q, c] of env) {
      const entry = g.list ? `${i3}- ${quoteAs(q, `${name}=${value}`)}` : `${i3}${name}: ${quoteAs(q, value)}`;
      lines.push(c ? `${entry} ${c}` : entry);
    }
    if (g.thinking) lines.push(g.list ? `${i3}- DISABLE_THINKING=${g.thinking.replace(/["']/g, '')}` : `${i3}DISABLE_THINKING: ${g.thinking}`);
    if (g.user) lines.push(`${i2}user: ${g.user}`);
    if (g.readOnly) lines.push(`${i2}read_only: ${g.readOnly}`);
    lines.push(`${i2}restart: unless-stopped`);
    const withComments: string[] = [];
    lines.forEach((l, k) => {
      const c = g.lineComments[k % g.lineComments.length];
      if (c && k > 0) withComments.push(`${l.match(/^\s*/)![0]}${c}`);
      withComments.push(l);
    });
    const eol = g.crlf ? '\r\n' : '\n';
    return withComments.join(eol) + (g.finalNewline ? eol : '');
  });

const fullLineComments = (text: string) => text.split(/\r?\n/).filter((l) => /^\s*#/.test(l));

describe('fixing generated compose files', () => {
  test('never throws, stays parseable, is idempotent, keeps comments, line endings and the final newline', () => {
    fc.assert(
      fc.property(composeFile, (text) => {
        const once = fixTexts({ 'docker-compose.yml': text }).out['docker-compose.yml'];
        expect(parseFile(new SourceFile('docker-compose.yml', once, 'compose')).error).toBeUndefined();
        expect(fixTexts({ 'docker-compose.yml': once }).outcome.files).toEqual([]);
        expect(fullLineComments(once)).toEqual(fullLineComments(text));
        expect(once.includes('\r\n')).toBe(text.includes('\r\n'));
        if (text.includes('\r\n')) expect(once.replace(/\r\n/g, '')).not.toMatch(/\n/);
        expect(/\n$/.test(once)).toBe(/\n$/.test(text));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  test('only the lines a fix is about change', () => {
    fc.assert(
      fc.property(composeFile, (text) => {
        const { outcome } = fixTexts({ 'docker-compose.yml': text });
        for (const file of outcome.files) {
          for (const e of file.edits) {
            // A replacement or removal touches only judged lines; an insertion only adds DISABLE_THINKING.
            const touched = e.start === e.end ? e.text : text.slice(e.start, e.end);
            expect(touched).toMatch(e.start === e.end ? /^\s*(- )?["']?DISABLE_THINKING[:=]/ : /image:|MODEL|DISABLE_THINKING|user:|read_only:/);
          }
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

const json5File = fc
  .record({
    keyQuote: fc.constantFrom('', "'", '"'),
    valueQuote: fc.constantFrom("'", '"'),
    primary: model,
    fallbacks: fc.array(model, { maxLength: 3 }),
    reasoning: fc.boolean(),
    trailingCommas: fc.boolean(),
    comments: fc.boolean(),
  })
  .map((g) => {
    const k = (name: string) => (g.keyQuote === '' && name.includes('-') ? `'${name}'` : `${g.keyQuote}${name}${g.keyQuote}`);
    const v = (s: string) => `${g.valueQuote}${s}${g.valueQuote}`;
    const tc = g.trailingCommas ? ',' : '';
    const c = (s: string) => (g.comments ? ` // ${s}` : '');
    return `{${c('top')}
  ${k('models')}: {
    ${k('providers')}: {
      ${k('cloudru-fm')}: { ${k('baseUrl')}: ${v('https://foundation-models.api.cloud.ru/v1')}, ${k('models')}: [{ ${k('id')}: ${v(g.primary)}, ${k('reasoning')}: ${g.reasoning}${tc} }${tc}] }${tc}${c('fm')}
    }${tc}
  },
  ${k('agents')}: { ${k('defaults')}: { ${k('model')}: { ${k('primary')}: ${v('cloudru-fm/' + g.primary)}, ${k('fallbacks')}: [${g.fallbacks.map((f) => v('cloudru-fm/' + f)).join(', ')}] } } }${tc}
}
`;
  });

describe('fixing generated openclaw files', () => {
  test('never throws, stays parseable JSON5, is idempotent, keeps comments', () => {
    fc.assert(
      fc.property(json5File, fc.constantFrom('problem' as const, 'suggestion' as const), (text, type) => {
        const once = fixTexts({ 'openclaw.json': text }, { type }).out['openclaw.json'];
        expect(parseFile(new SourceFile('openclaw.json', once, 'openclaw')).error).toBeUndefined();
        expect(fixTexts({ 'openclaw.json': once }, { type }).outcome.files).toEqual([]);
        expect(once.match(/ \/\/ [a-z]+$/gm)).toEqual(text.match(/ \/\/ [a-z]+$/gm));
        expect(once).not.toMatch(/GLM-4\.7/i);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
