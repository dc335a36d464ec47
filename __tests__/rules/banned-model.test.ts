import { describe, expect, test } from '@jest/globals';
import { at, fixed, judgeRule, proxyCompose, SEED_BEFORE, spot } from '../support/judge.js';
import type { Files } from '../support/judge.js';

const ID = 'banned-model';
const C = 'docker-compose.yml';
const MSG = (what: string, value: string, suggested = 'openai/gpt-oss-120b') =>
  `${what} uses "${value}", which is unstable on Cloud.ru FM (HTTP 404, timeouts, empty answers in thinking mode); use "${suggested}"`;

const banned = (files: Files, policy?: string) => judgeRule(ID, files, { policy });

describe('banned-model in compose: environment map', () => {
  test('the seed: three tiers, exact ranges, messages and fixes', () => {
    const files = { [C]: SEED_BEFORE };
    const f = banned(files);
    expect(f).toHaveLength(3);
    expect(f[0]).toMatchObject({
      ruleId: ID,
      severity: 'error',
      message: MSG('BIG_MODEL', 'zai-org/GLM-4.7'),
      location: { file: C, line: 9, column: 19, endLine: 9, endColumn: 34 },
    });
    expect(f[1]).toMatchObject({ message: MSG('MIDDLE_MODEL', 'zai-org/GLM-4.7-FlashX'), location: { line: 10, column: 22, endLine: 10, endColumn: 44 } });
    expect(f[2]).toMatchObject({ message: MSG('SMALL_MODEL', 'zai-org/GLM-4.7-Flash'), location: { line: 11, column: 21, endLine: 11, endColumn: 42 } });
    expect(f[0].fix?.description).toBe('replace zai-org/GLM-4.7 with openai/gpt-oss-120b');
    const after = fixed(files, f[0]);
    expect(after.split('\n')[8]).toBe('      BIG_MODEL: "openai/gpt-oss-120b"                # banned');
    expect(after.replace('"openai/gpt-oss-120b"', '"zai-org/GLM-4.7"')).toBe(SEED_BEFORE);
  });

  test.each([
    ['double quoted', 'BIG_MODEL: "zai-org/GLM-4.7"', 'BIG_MODEL: "openai/gpt-oss-120b"'],
    ['single quoted', "BIG_MODEL: 'zai-org/GLM-4.7'", "BIG_MODEL: 'openai/gpt-oss-120b'"],
    ['plain', 'BIG_MODEL: zai-org/GLM-4.7', 'BIG_MODEL: openai/gpt-oss-120b'],
    ['plain with a comment', 'BIG_MODEL: zai-org/GLM-4.7  # big', 'BIG_MODEL: openai/gpt-oss-120b  # big'],
    ['no org, lower case', 'BIG_MODEL: glm-4.7-flashx', 'BIG_MODEL: openai/gpt-oss-120b'],
    ['a provider prefix is kept', 'BIG_MODEL: "cloudru/zai-org/GLM-4.7-Flash"', 'BIG_MODEL: "cloudru/openai/gpt-oss-120b"'],
  ])('%s', (_name, line, want) => {
    const text = proxyCompose([line, 'DISABLE_THINKING: "true"']);
    const files = { [C]: text };
    const f = banned(files);
    expect(f).toHaveLength(1);
    const id = /(?:zai-org\/)?glm-4\.7(?:-flashx?)?/i.exec(line)![0];
    expect(f[0].location).toEqual(spot(C, text, id));
    expect(fixed(files, f[0])).toBe(text.replace(line, want));
  });

  test('ids that only resemble the family are not banned', () => {
    for (const id of ['zai-org/GLM-4.6', 'zai-org/GLM-4.70', 'zai-org/GLM-4.7-FlashY', 'openai/gpt-oss-120b', 'GLM-4.7-Air']) {
      expect(banned({ [C]: proxyCompose([`BIG_MODEL: ${id}`]) })).toEqual([]);
    }
  });

  test('4-space indentation', () => {
    const text = 'services:\n    proxy:\n        image: legard/claude-code-proxy\n        environment:\n            SMALL_MODEL: "zai-org/GLM-4.7-Flash"\n';
    const f = banned({ [C]: text });
    expect(f.map(at)).toEqual([`${C}:5:27-5:48 ${ID}`]);
  });

  test('CRLF line endings: same columns, the fix keeps \\r\\n', () => {
    const text = proxyCompose(['BIG_MODEL: "zai-org/GLM-4.7"', 'MIDDLE_MODEL: zai-org/GLM-4.7']).replace(/\n/g, '\r\n');
    const files = { [C]: text };
    const f = banned(files);
    expect(f.map(at)).toEqual([`${C}:5:19-5:34 ${ID}`, `${C}:6:21-6:36 ${ID}`]);
    expect(fixed(files, f[1])).toBe(text.replace('MIDDLE_MODEL: zai-org/GLM-4.7', 'MIDDLE_MODEL: openai/gpt-oss-120b'));
  });

  test('a BOM does not shift offsets or lines', () => {
    const text = '\uFEFF' + proxyCompose(['BIG_MODEL: "zai-org/GLM-4.7"']);
    const files = { [C]: text };
    const f = banned(files);
    expect(f.map(at)).toEqual([`${C}:5:19-5:34 ${ID}`]);
    expect(fixed(files, f[0])).toBe(text.replace('zai-org/GLM-4.7', 'openai/gpt-oss-120b'));
  });

  test('flow-style service', () => {
    const text = 'services:\n  proxy: {image: "legard/claude-code-proxy:latest", environment: {BIG_MODEL: zai-org/GLM-4.7, DISABLE_THINKING: "true"}}\n';
    const files = { [C]: text };
    const f = banned(files);
    expect(f.map((x) => x.location)).toEqual([spot(C, text, 'zai-org/GLM-4.7')]);
    expect(fixed(files, f[0])).toBe(text.replace('zai-org/GLM-4.7', 'openai/gpt-oss-120b'));
  });

  test('multi-document YAML: the proxy in the second document', () => {
    const text = 'services:\n  db:\n    image: postgres:16\n---\nservices:\n  proxy:\n    image: legard/claude-code-proxy\n    environment:\n      BIG_MODEL: zai-org/GLM-4.7\n';
    expect(banned({ [C]: text }).map(at)).toEqual([`${C}:9:18-9:33 ${ID}`]);
  });

  test('a proxy pointed at another provider is not judged (unless everywhere: true)', () => {
    const text = proxyCompose(['OPENAI_BASE_URL: https://api.openai.com/v1', 'BIG_MODEL: zai-org/GLM-4.7']);
    expect(banned({ [C]: text })).toEqual([]);
    const everywhere = 'rules:\n  banned-model:\n    options:\n      everywhere: true\n';
    expect(banned({ [C]: text }, everywhere).map(at)).toEqual([`${C}:6:18-6:33 ${ID}`]);
  });

  test('a service with a tier variable is the proxy whatever its image', () => {
    const text = 'services:\n  llm:\n    build: .\n    environment:\n      MIDDLE_MODEL: zai-org/GLM-4.7-FlashX\n';
    expect(banned({ [C]: text }).map(at)).toEqual([`${C}:5:21-5:43 ${ID}`]);
  });
});

describe('banned-model in compose: environment list', () => {
  test('- KEY=value, plain and quoted', () => {
    const text = proxyCompose(['- BIG_MODEL=zai-org/GLM-4.7', '- "MIDDLE_MODEL=zai-org/GLM-4.7-FlashX"', "- 'SMALL_MODEL=zai-org/GLM-4.7-Flash'", '- DISABLE_THINKING=true']);
    const files = { [C]: text };
    const f = banned(files);
    expect(f.map((x) => x.location)).toEqual([
      { file: C, line: 5, column: 19, endLine: 5, endColumn: 34 },
      spot(C, text, 'zai-org/GLM-4.7-FlashX'),
      spot(C, text, 'zai-org/GLM-4.7-Flash"'.slice(0, -1), 1),
    ]);
    expect(f[0].message).toBe(MSG('BIG_MODEL', 'zai-org/GLM-4.7'));
    expect(fixed(files, f[1])).toBe(text.replace('"MIDDLE_MODEL=zai-org/GLM-4.7-FlashX"', '"MIDDLE_MODEL=openai/gpt-oss-120b"'));
    expect(fixed(files, f[2])).toBe(text.replace("'SMALL_MODEL=zai-org/GLM-4.7-Flash'", "'SMALL_MODEL=openai/gpt-oss-120b'"));
  });

  test('- KEY alone comes from the shell: nothing to judge', () => {
    expect(banned({ [C]: proxyCompose(['- BIG_MODEL', '- MIDDLE_MODEL', '- SMALL_MODEL']) })).toEqual([]);
  });

  test('flow sequence', () => {
    const text = proxyCompose([]).replace('    environment:\n', '    environment: [BIG_MODEL=zai-org/GLM-4.7, "SMALL_MODEL=glm-4.7-flash"]\n');
    const f = banned({ [C]: text });
    expect(f.map((x) => x.location)).toEqual([spot(C, text, 'zai-org/GLM-4.7'), spot(C, text, 'glm-4.7-flash')]);
  });
});

describe('banned-model in compose: interpolation', () => {
  test('${VAR} from the .env beside the compose file: the finding points into the .env', () => {
    const env = '# proxy settings\nCLOUDRU_API_KEY=secret\nBIG_MODEL=zai-org/GLM-4.7\n';
    const text = proxyCompose(['BIG_MODEL: "${BIG_MODEL}"']);
    const files = { [C]: text, '.env': env };
    const f = banned(files);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: 'error',
      message: MSG('BIG_MODEL (from .env)', 'zai-org/GLM-4.7'),
      location: { file: '.env', line: 3, column: 11, endLine: 3, endColumn: 26 },
    });
    expect(f[0].related).toEqual([{ ...spot(C, text, '${BIG_MODEL}'), message: '${BIG_MODEL} is read here' }]);
    expect(f[0].fix?.edits.map((e) => e.file)).toEqual(['.env']);
    expect(fixed(files, f[0])).toBe(env.replace('zai-org/GLM-4.7', 'openai/gpt-oss-120b'));
  });

  test('.env forms: quoted, export, inline comment, in a sub-folder', () => {
    const env = 'export BIG_MODEL="zai-org/GLM-4.7"\nMIDDLE_MODEL=\'zai-org/GLM-4.7-FlashX\'\nSMALL_MODEL=zai-org/GLM-4.7-Flash # small\n';
    const text = proxyCompose(['BIG_MODEL: ${BIG_MODEL}', '- bogus'].slice(0, 1).concat(['MIDDLE_MODEL: $MIDDLE_MODEL', 'SMALL_MODEL: "${SMALL_MODEL:?set it}"']));
    const files = { [`deploy/${C}`]: text, 'deploy/.env': env };
    const f = banned(files);
    expect(f.map(at)).toEqual([`deploy/.env:1:19-1:34 ${ID}`, `deploy/.env:2:15-2:37 ${ID}`, `deploy/.env:3:13-3:34 ${ID}`]);
    expect(fixed(files, f[2])).toBe(env.replace('zai-org/GLM-4.7-Flash #', 'openai/gpt-oss-120b #'));
  });

  test('a variable part of a longer value: only the id is replaced', () => {
    const env = 'MODEL_ORG=zai-org\n';
    const text = proxyCompose(['BIG_MODEL: "cloudru/${MODEL_ORG}/GLM-4.7"']);
    const files = { [C]: text, '.env': env };
    const f = banned(files);
    // The id is split between the .env (zai-org) and the compose file (/GLM-4.7): report the value, no fix.
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe(MSG('BIG_MODEL', 'cloudru/zai-org/GLM-4.7', 'cloudru/openai/gpt-oss-120b'));
    expect(f[0].location).toEqual(spot(C, text, '"cloudru/${MODEL_ORG}/GLM-4.7"'));
    expect(f[0].fix).toBeUndefined();
  });

  test.each([
    ['${BIG_MODEL:-zai-org/GLM-4.7}'],
    ['${BIG_MODEL-zai-org/GLM-4.7}'],
  ])('default %s: the finding points at the default text', (ref) => {
    const text = proxyCompose([`BIG_MODEL: "${ref}"`]);
    const files = { [C]: text };
    const f = banned(files);
    expect(f).toHaveLength(1);
    expect(f[0].location).toEqual(spot(C, text, 'zai-org/GLM-4.7'));
    expect(f[0].message).toBe(MSG('BIG_MODEL', 'zai-org/GLM-4.7'));
    expect(fixed(files, f[0])).toBe(text.replace(ref, ref.replace('zai-org/GLM-4.7', 'openai/gpt-oss-120b')));
  });

  test('a default in the list form', () => {
    const text = proxyCompose(['- SMALL_MODEL=${SMALL_MODEL:-zai-org/GLM-4.7-Flash}']);
    expect(banned({ [C]: text }).map((x) => x.location)).toEqual([spot(C, text, 'zai-org/GLM-4.7-Flash')]);
  });

  test('.env wins over a default; `:-` takes the default for an empty value, `-` does not', () => {
    const text = proxyCompose(['BIG_MODEL: "${BIG_MODEL:-zai-org/GLM-4.7}"', 'MIDDLE_MODEL: "${MIDDLE_MODEL-zai-org/GLM-4.7}"', 'SMALL_MODEL: "${SMALL_MODEL:-zai-org/GLM-4.7}"']);
    const env = 'BIG_MODEL=openai/gpt-oss-120b\nMIDDLE_MODEL=\nSMALL_MODEL=\n';
    const f = banned({ [C]: text, '.env': env });
    expect(f.map((x) => x.location)).toEqual([spot(C, text, 'zai-org/GLM-4.7', 2)]);
  });

  test('a banned .env value reached through ${VAR:-default} points into the .env', () => {
    const text = proxyCompose(['BIG_MODEL: "${BIG_MODEL:-openai/gpt-oss-120b}"']);
    const f = banned({ [C]: text, '.env': 'BIG_MODEL=zai-org/GLM-4.7\n' });
    expect(f.map(at)).toEqual([`.env:1:11-1:26 ${ID}`]);
    expect(f[0].related?.[0]).toMatchObject(spot(C, text, '${BIG_MODEL:-openai/gpt-oss-120b}'));
  });

  test('$$ is a literal $: no interpolation, positions still exact', () => {
    const env = 'BIG_MODEL=zai-org/GLM-4.7\n';
    expect(banned({ [C]: proxyCompose(['SMALL_MODEL: "$${BIG_MODEL}"']), '.env': env })).toEqual([]);
    const text = proxyCompose(['MIDDLE_MODEL: "x$$$$/zai-org/GLM-4.7"']);
    const files = { [C]: text };
    const f = banned(files);
    expect(f.map((x) => x.location)).toEqual([spot(C, text, 'zai-org/GLM-4.7')]);
    expect(f[0].message).toBe(MSG('MIDDLE_MODEL', 'x$$/zai-org/GLM-4.7', 'x$$/openai/gpt-oss-120b'));
    expect(fixed(files, f[0])).toBe(text.replace('zai-org/GLM-4.7', 'openai/gpt-oss-120b'));
  });

  test('.env values are interpolated from names above them; single quotes are literal', () => {
    const text = proxyCompose(['BIG_MODEL: ${BIG_MODEL}', 'MIDDLE_MODEL: ${MIDDLE_MODEL}', 'SMALL_MODEL: ${SMALL_MODEL}']);
    const env = "ORG=zai-org\nBIG_MODEL=${ORG}/GLM-4.7\nMIDDLE_MODEL='${ORG}'\nSMALL_MODEL=\"${TIER:-GLM-4.7-Flash}\"\n";
    const files = { [C]: text, '.env': env };
    const f = banned(files);
    // BIG_MODEL's id is split between two .env lines: reported where it is used, without a fix.
    expect(f.map((x) => [x.location, x.message, !!x.fix])).toEqual([
      [spot('.env', env, 'GLM-4.7-Flash'), MSG('SMALL_MODEL (from .env)', 'GLM-4.7-Flash'), true],
      [spot(C, text, '${BIG_MODEL}'), MSG('BIG_MODEL', 'zai-org/GLM-4.7'), false],
    ]);
  });

  test('a .env with a BOM and CRLF line endings', () => {
    const env = '\uFEFFBIG_MODEL=zai-org/GLM-4.7\r\nSMALL_MODEL=GLM-4.7-Flash\r\n';
    const files = { [C]: proxyCompose(['BIG_MODEL: ${BIG_MODEL}', 'SMALL_MODEL: ${SMALL_MODEL}']), '.env': env };
    const f = banned(files);
    expect(f.map(at)).toEqual([`.env:1:12-1:27 ${ID}`, `.env:2:13-2:26 ${ID}`]);
    expect(fixed(files, f[0])).toBe(env.replace('zai-org/GLM-4.7', 'openai/gpt-oss-120b'));
  });

  test('env_file values are interpolated too', () => {
    const text = proxyCompose([], ['env_file: proxy.env']).replace('    environment:\n', '');
    const env = 'BIG_MODEL=${MODEL:-zai-org/GLM-4.7}\n';
    const files = { [C]: text, 'proxy.env': env };
    const f = banned(files);
    expect(f.map((x) => x.location)).toEqual([spot('proxy.env', env, 'zai-org/GLM-4.7')]);
    expect(fixed(files, f[0])).toBe('BIG_MODEL=${MODEL:-openai/gpt-oss-120b}\n');
  });

  test('an unset variable without a default: nothing to judge', () => {
    expect(banned({ [C]: proxyCompose(['BIG_MODEL: ${BIG_MODEL}']) })).toEqual([]);
  });
});

describe('banned-model in compose: env_file', () => {
  const env = 'OPENAI_API_KEY=x\nBIG_MODEL=zai-org/GLM-4.7\n';
  test.each([
    ['a string', 'env_file: proxy.env'],
    ['a list', 'env_file:\n      - ./proxy.env'],
    ['{path, required}', 'env_file:\n      - path: proxy.env\n        required: false'],
  ])('%s: the finding is in that file', (_n, line) => {
    const text = proxyCompose([], [line]).replace('    environment:\n', '');
    const files = { [C]: text, 'proxy.env': env };
    const f = banned(files);
    expect(f).toHaveLength(1);
    expect(f[0].location).toEqual({ file: 'proxy.env', line: 2, column: 11, endLine: 2, endColumn: 26 });
    expect(f[0].message).toBe(MSG('BIG_MODEL (from proxy.env)', 'zai-org/GLM-4.7'));
    expect(fixed(files, f[0])).toBe('OPENAI_API_KEY=x\nBIG_MODEL=openai/gpt-oss-120b\n');
  });

  test('environment: overrides env_file', () => {
    const text = proxyCompose(['BIG_MODEL: openai/gpt-oss-120b'], ['env_file: [proxy.env]']);
    expect(banned({ [C]: text, 'proxy.env': env })).toEqual([]);
  });

  test('a later env_file wins over an earlier one', () => {
    const text = proxyCompose([], ['env_file: [a.env, b.env]']).replace('    environment:\n', '');
    expect(banned({ [C]: text, 'a.env': 'BIG_MODEL=openai/gpt-oss-120b\n', 'b.env': 'BIG_MODEL=GLM-4.7\n' }).map(at)).toEqual([`b.env:1:11-1:18 ${ID}`]);
    expect(banned({ [C]: text, 'a.env': 'BIG_MODEL=GLM-4.7\n', 'b.env': 'BIG_MODEL=openai/gpt-oss-120b\n' })).toEqual([]);
  });
});

describe('banned-model in compose: anchors and merge keys', () => {
  test('environment: *env points at the anchor and names the alias line', () => {
    const text = [
      'x-env: &env',
      '  BIG_MODEL: "zai-org/GLM-4.7"',
      '  DISABLE_THINKING: "true"',
      'services:',
      '  proxy:',
      '    image: legard/claude-code-proxy',
      '    environment: *env',
      '',
    ].join('\n');
    const f = banned({ [C]: text });
    expect(f).toHaveLength(1);
    expect(f[0].location).toEqual({ file: C, line: 2, column: 15, endLine: 2, endColumn: 30 });
    expect(f[0].message).toBe(`${MSG('BIG_MODEL', 'zai-org/GLM-4.7')} (used through the alias at line 7)`);
    expect(f[0].related).toEqual([{ ...spot(C, text, '*env'), message: 'alias that uses this value' }]);
  });

  test('<<: *proxy-env inside environment', () => {
    const text = [
      'x-proxy-env: &proxy-env',
      '  BIG_MODEL: zai-org/GLM-4.7',
      '  MIDDLE_MODEL: openai/gpt-oss-120b',
      'services:',
      '  proxy:',
      '    image: legard/claude-code-proxy',
      '    environment:',
      '      <<: *proxy-env',
      '      MIDDLE_MODEL: zai-org/GLM-4.7-FlashX',
      '',
    ].join('\n');
    const f = banned({ [C]: text });
    expect(f.map(at)).toEqual([`${C}:2:14-2:29 ${ID}`, `${C}:9:21-9:43 ${ID}`]);
    expect(f[0].message).toMatch(/\(used through the alias at line 8\)$/);
    expect(f[1].message).toBe(MSG('MIDDLE_MODEL', 'zai-org/GLM-4.7-FlashX'));
  });

  test('an explicit key overrides the merged one', () => {
    const text = 'x-e: &e\n  BIG_MODEL: zai-org/GLM-4.7\nservices:\n  proxy:\n    image: legard/claude-code-proxy\n    environment:\n      <<: *e\n      BIG_MODEL: openai/gpt-oss-120b\n';
    expect(banned({ [C]: text })).toEqual([]);
  });

  test('<<: *base at service level brings environment along', () => {
    const text = [
      'x-base: &base',
      '  image: legard/claude-code-proxy:latest',
      '  environment:',
      '    - SMALL_MODEL=zai-org/GLM-4.7-Flash',
      'services:',
      '  proxy-a:',
      '    <<: *base',
      '    ports: ["8082:8082"]',
      '',
    ].join('\n');
    const f = banned({ [C]: text });
    expect(f.map(at)).toEqual([`${C}:4:19-4:40 ${ID}`]);
    expect(f[0].message).toMatch(/\(used through the alias at line 7\)$/);
  });

  test('two services sharing one anchor: one finding per alias site', () => {
    const text = 'x-e: &e\n  BIG_MODEL: zai-org/GLM-4.7\nservices:\n  a:\n    image: legard/claude-code-proxy\n    environment: *e\n  b:\n    image: legard/claude-code-proxy\n    environment: *e\n';
    const f = banned({ [C]: text });
    expect(f.map((x) => x.message.replace(/.*alias at /, ''))).toEqual(['line 6)', 'line 9)']);
    expect(f.map(at)).toEqual([`${C}:2:14-2:29 ${ID}`, `${C}:2:14-2:29 ${ID}`]);
  });
});

describe('banned-model in compose: override files', () => {
  test('an override that fixes the value leaves nothing', () => {
    const files = {
      'compose.yaml': proxyCompose(['BIG_MODEL: zai-org/GLM-4.7', 'MIDDLE_MODEL: zai-org/GLM-4.7-FlashX']),
      'compose.override.yaml': 'services:\n  claude-code-proxy:\n    environment:\n      BIG_MODEL: openai/gpt-oss-120b\n',
    };
    expect(banned(files).map(at)).toEqual([`compose.yaml:6:21-6:43 ${ID}`]);
  });

  test('a banned value written in the override is reported there', () => {
    const files = {
      'docker-compose.yml': proxyCompose(['BIG_MODEL: openai/gpt-oss-120b']),
      'docker-compose.override.yml': 'services:\n  claude-code-proxy:\n    environment:\n      - BIG_MODEL=GLM-4.7\n',
    };
    expect(banned(files).map(at)).toEqual([`docker-compose.override.yml:4:19-4:26 ${ID}`]);
  });
});

describe('banned-model in openclaw.json', () => {
  const O = 'openclaw.json';
  const providers = `  models: {
    providers: {
      'cloudru-fm': {
        baseUrl: 'https://foundation-models.api.cloud.ru/v1',
        models: [
          { id: 'zai-org/GLM-4.7', name: 'GLM 4.7', },
          { id: "openai/gpt-oss-120b", name: "gpt-oss", reasoning: false },
        ],
      },
      local: { baseUrl: "http://localhost:8082/v1", models: [{ id: "opus", name: "zai-org/GLM-4.7 (via proxy)" }] },
      openrouter: { baseUrl: "https://openrouter.ai/api/v1", models: [{ id: "zai-org/GLM-4.7" }] },
    },
  },`;

  test('every model location, JSON5 with comments, trailing commas, unquoted keys, single quotes', () => {
    const text = `// OpenClaw config
{
${providers}
  agents: {
    defaults: {
      /* primary and fallbacks */
      model: { primary: "cloudru-fm/zai-org/GLM-4.7", fallbacks: ['cloudru-fm/zai-org/GLM-4.7-FlashX', "openrouter/zai-org/GLM-4.7"], },
      imageModel: "cloudru-fm/GLM-4.7-Flash",
      models: { "cloudru-fm/zai-org/GLM-4.7": { alias: "glm" }, 'cloudru-fm/openai/gpt-oss-120b': {} },
      subagents: { model: "cloudru-fm/zai-org/GLM-4.7" },
      heartbeat: { model: 'cloudru-fm/zai-org/GLM-4.7-Flash' },
    },
    // Beside agents.entries, OpenClaw does not read a legacy list: no finding there.
    list: [ { id: "main", model: "cloudru-fm/zai-org/GLM-4.7" }, ],
    entries: { ops: { model: { primary: "cloudru-fm/zai-org/GLM-4.7-FlashX" } } },
  },
}
`;
    const files = { [O]: text };
    const f = judgeRule(ID, files);
    const L = (needle: string, nth: Parameters<typeof spot>[3] = 0) => spot(O, text, needle, nth);
    expect(f.map((x) => [x.location, x.severity])).toEqual([
      [L('zai-org/GLM-4.7', { after: 'cloudru-fm' }), 'error'],
      [L('zai-org/GLM-4.7', { after: 'local:' }), 'warning'],
      [L('zai-org/GLM-4.7', { after: 'primary' }), 'error'],
      [L('zai-org/GLM-4.7-FlashX', { after: 'fallbacks' }), 'error'],
      [L('GLM-4.7-Flash', { after: 'imageModel' }), 'error'],
      [L('zai-org/GLM-4.7', { after: 'models: { "' }), 'error'],
      [L('zai-org/GLM-4.7', { after: 'subagents' }), 'error'],
      [L('zai-org/GLM-4.7-Flash', { after: 'heartbeat' }), 'error'],
      [L('zai-org/GLM-4.7-FlashX', { after: 'entries' }), 'error'],
    ]);
    expect(f[0].message).toBe(MSG('models.providers.cloudru-fm.models[0].id', 'zai-org/GLM-4.7'));
    expect(f[1].message).toBe('models.providers.local.models[0].name mentions "zai-org/GLM-4.7", which is unstable on Cloud.ru FM; the model behind it should be "openai/gpt-oss-120b"');
    expect(f[2].message).toBe(MSG('agents.defaults.model.primary', 'cloudru-fm/zai-org/GLM-4.7', 'cloudru-fm/openai/gpt-oss-120b'));
    expect(f[5].message).toBe(MSG('agents.defaults.models["cloudru-fm/zai-org/GLM-4.7"]', 'cloudru-fm/zai-org/GLM-4.7', 'cloudru-fm/openai/gpt-oss-120b'));
    // The openrouter provider is not Cloud.ru FM: its id and the fallback through it pass.
    expect(f.some((x) => x.message.includes('openrouter'))).toBe(false);
    expect(fixed(files, f[2])).toBe(text.replace('"cloudru-fm/zai-org/GLM-4.7"', '"cloudru-fm/openai/gpt-oss-120b"'));
    // The replacement is already a key of the models map: renaming would write it twice (JSON5
    // keeps the last, so the alias would be lost); the banned entry's settings move into it instead.
    expect(fixed(files, f[5])).toBe(text.replace(`{ "cloudru-fm/zai-org/GLM-4.7": { alias: "glm" }, 'cloudru-fm/openai/gpt-oss-120b': {} }`, `{ 'cloudru-fm/openai/gpt-oss-120b': { alias: "glm" } }`));
  });

  test('everywhere: true bans the ids through any provider', () => {
    const text = `{\n${providers}\n  agents: { defaults: { model: "openrouter/zai-org/GLM-4.7" } },\n}\n`;
    expect(judgeRule(ID, { [O]: text }).some((x) => x.message.includes('openrouter'))).toBe(false);
    const f = judgeRule(ID, { [O]: text }, { policy: 'rules:\n  banned-model:\n    options: {everywhere: true}\n' });
    expect(f.filter((x) => x.message.includes('openrouter')).map((x) => x.message.split(' uses')[0])).toEqual([
      'models.providers.openrouter.models[0].id',
      'agents.defaults.model',
    ]);
  });

  test('a provider through the local proxy by 127.0.0.1 counts as Cloud.ru FM', () => {
    const text = `{ models: { providers: { p: { baseUrl: "http://127.0.0.1:8082", models: [{ id: "GLM-4.7" }] } } } }`;
    expect(judgeRule(ID, { [O]: text }).map((x) => x.location)).toEqual([spot(O, text, 'GLM-4.7')]);
    const other = text.replace('8082', '9000');
    expect(judgeRule(ID, { [O]: other })).toEqual([]);
  });

  test('refs written the ways OpenClaw still resolves: provider in any case, padded, with an @profile suffix', () => {
    const text = `{
${providers}
  agents: { defaults: {
    model: { primary: "CloudRU-FM/zai-org/GLM-4.7", fallbacks: [" cloudru-fm/zai-org/GLM-4.7 ", "cloudru-fm/zai-org/GLM-4.7@work", "cloudru-fm/zai-org/GLM-4.7@20260101"] },
  } },
}
`;
    const files = { [O]: text };
    const f = judgeRule(ID, files).filter((x) => x.message.startsWith('agents.'));
    expect(f.map((x) => [x.location, x.message])).toEqual([
      [spot(O, text, 'zai-org/GLM-4.7', { after: 'CloudRU-FM/' }), MSG('agents.defaults.model.primary', 'CloudRU-FM/zai-org/GLM-4.7', 'CloudRU-FM/openai/gpt-oss-120b')],
      [spot(O, text, 'zai-org/GLM-4.7', { after: '" cloudru-fm/' }), MSG('agents.defaults.model.fallbacks[0]', 'cloudru-fm/zai-org/GLM-4.7', 'cloudru-fm/openai/gpt-oss-120b')],
      [spot(O, text, 'zai-org/GLM-4.7', { after: '"cloudru-fm/' }), MSG('agents.defaults.model.fallbacks[1]', 'cloudru-fm/zai-org/GLM-4.7@work', 'cloudru-fm/openai/gpt-oss-120b@work')],
    ]);
    // The auth profile stays; only the model id changes. A dated suffix (@20260101) is part of the
    // model id, which the recommended patterns do not match.
    expect(fixed(files, f[2])).toBe(text.replace('"cloudru-fm/zai-org/GLM-4.7@work"', '"cloudru-fm/openai/gpt-oss-120b@work"'));
  });

  test('fixes that keep what OpenClaw does: no duplicate models-map key, no duplicate catalog id', () => {
    const text = `{
  models: { providers: { 'cloudru-fm': { baseUrl: 'https://foundation-models.api.cloud.ru/v1', models: [
    { id: 'zai-org/GLM-4.7', name: 'glm', contextWindow: 200000 },
    { id: 'openai/gpt-oss-120b', name: 'gpt-oss', contextWindow: 131072 },
  ] } } },
  agents: { defaults: {
    model: 'cloudru-fm/openai/gpt-oss-120b',
    models: { 'cloudru-fm/zai-org/GLM-4.7': {}, 'cloudru-fm/openai/gpt-oss-120b': { alias: 'gpt' } },
  } },
}
`;
    const files = { [O]: text };
    const f = judgeRule(ID, files);
    expect(f.map((x) => [x.location.line, x.fix?.description])).toEqual([
      [3, 'replace zai-org/GLM-4.7 with openai/gpt-oss-120b (remove the entry: openai/gpt-oss-120b is already in this catalog)'],
      [8, 'replace zai-org/GLM-4.7 with openai/gpt-oss-120b (remove it: cloudru-fm/openai/gpt-oss-120b is already listed)'],
    ]);
    expect(fixed(files, f[0])).toBe(text.replace("    { id: 'zai-org/GLM-4.7', name: 'glm', contextWindow: 200000 },\n", ''));
    expect(fixed(files, f[1])).toBe(text.replace("{ 'cloudru-fm/zai-org/GLM-4.7': {}, 'cloudru", "{ 'cloudru"));
  });

  test('a banned models-map key whose replacement is listed with other settings: no fix, and why', () => {
    const text = `{ agents: { defaults: { models: { 'cloudru-fm/zai-org/GLM-4.7': { alias: 'glm' }, 'cloudru-fm/openai/gpt-oss-120b': { alias: 'gpt' } } } } }`;
    const f = judgeRule(ID, { [O]: text }, { policy: 'cloudru:\n  providers: [cloudru-fm]\n' });
    expect(f).toHaveLength(1);
    expect(f[0].fix).toBeUndefined();
    expect(f[0].message).toBe(
      MSG('agents.defaults.models["cloudru-fm/zai-org/GLM-4.7"]', 'cloudru-fm/zai-org/GLM-4.7', 'cloudru-fm/openai/gpt-oss-120b') +
        ' (not fixed automatically: cloudru-fm/openai/gpt-oss-120b is already listed with settings of its own; merge the two entries by hand)',
    );
  });

  test('a ref to an unknown provider is not Cloud.ru FM', () => {
    expect(judgeRule(ID, { [O]: '{ agents: { defaults: { model: "zai/GLM-4.7" } } }' })).toEqual([]);
  });

  test('compose: `- BIG_MODEL` alone takes the value from .env; the finding and the fix go into .env', () => {
    const compose = proxyCompose(['- OPENAI_API_KEY=k', '- BIG_MODEL', '- DISABLE_THINKING=true']);
    const env = 'BIG_MODEL=zai-org/GLM-4.7\n';
    const files = { 'docker-compose.yml': compose, '.env': env };
    const f = judgeRule(ID, files);
    expect(f.map((x) => [x.location, x.related])).toEqual([
      [spot('.env', env, 'zai-org/GLM-4.7'), [{ ...spot('docker-compose.yml', compose, 'BIG_MODEL'), message: 'BIG_MODEL is passed through from the environment here' }]],
    ]);
    expect(fixed(files, f[0], '.env')).toBe('BIG_MODEL=openai/gpt-oss-120b\n');
  });

  test('a ref to a provider the policy names (cloudru-fm) counts even when the provider is defined elsewhere', () => {
    const text = '{ agents: { defaults: { model: "cloudru-fm/zai-org/GLM-4.7" } } }';
    const f = judgeRule(ID, { [O]: text });
    expect(f.map((x) => x.location)).toEqual([spot(O, text, 'zai-org/GLM-4.7')]);
    expect(f[0].message).toBe(MSG('agents.defaults.model', 'cloudru-fm/zai-org/GLM-4.7', 'cloudru-fm/openai/gpt-oss-120b'));
    expect(judgeRule(ID, { [O]: text }, { policy: 'cloudru:\n  providers: []\n' })).toEqual([]);
  });

  test('a bare model id resolves to the one provider that lists it; env.vars fill ${VAR}; $${VAR} stays literal', () => {
    const text = `{ env: { vars: { M: "zai-org/GLM-4.7" } },
  models: { providers: { c: { baseUrl: "https://foundation-models.api.cloud.ru/v1", models: [{ id: "GLM-4.7-Flash", name: "g" }] } } },
  agents: { defaults: { model: "GLM-4.7-Flash", imageModel: "c/\${M}", pdfModel: "c/$\${M}" } } }`;
    const f = judgeRule(ID, { [O]: text });
    expect(f.map((x) => [x.message.split(' uses')[0], x.location])).toEqual([
      ['agents.defaults.imageModel', spot(O, text, 'zai-org/GLM-4.7')],
      ['models.providers.c.models[0].id', spot(O, text, 'GLM-4.7-Flash')],
      ['agents.defaults.model', spot(O, text, 'GLM-4.7-Flash', { after: 'model: "' })],
    ]);
  });

  test('newer spec keys: utilityModel, pdfModel, mediaModels', () => {
    const text = `{ models: { providers: { c: { baseUrl: "https://foundation-models.api.cloud.ru/v1", models: [] } } },
  agents: { defaults: { utilityModel: "c/GLM-4.7", pdfModel: { primary: "c/GLM-4.7-Flash" }, mediaModels: { music: "c/GLM-4.7-FlashX" } } } }`;
    const f = judgeRule(ID, { [O]: text });
    expect(f.map((x) => x.message.split(' uses')[0])).toEqual(['agents.defaults.utilityModel', 'agents.defaults.pdfModel.primary', 'agents.defaults.mediaModels.music']);
  });
});

describe('banned-model policy as data', () => {
  test('off', () => {
    expect(banned({ [C]: SEED_BEFORE }, 'rules:\n  banned-model: off\n')).toEqual([]);
  });

  test('a different replacement', () => {
    const files = { [C]: SEED_BEFORE };
    const f = banned(files, 'rules:\n  banned-model:\n    options:\n      replacement: qwen/qwen3-coder\n');
    expect(f[0].message).toBe(MSG('BIG_MODEL', 'zai-org/GLM-4.7', 'qwen/qwen3-coder'));
    expect(fixed(files, f[0]).split('\n')[8]).toBe('      BIG_MODEL: "qwen/qwen3-coder"                # banned');
  });

  test('an added pattern keeps the recommended ones (lists add up? no: options replace)', () => {
    const policy = "rules:\n  banned-model:\n    options:\n      patterns: ['(?:zai-org/)?GLM-4\\.7(?:-Flash|-FlashX)?', 'deepseek-ai/DeepSeek-R1']\n";
    const text = proxyCompose(['BIG_MODEL: deepseek-ai/DeepSeek-R1', 'SMALL_MODEL: GLM-4.7']);
    expect(banned({ [C]: text }, policy).map((x) => x.location)).toEqual([spot(C, text, 'deepseek-ai/DeepSeek-R1'), spot(C, text, 'GLM-4.7')]);
  });

  test('severity downgraded to warning', () => {
    expect(banned({ [C]: SEED_BEFORE }, 'rules:\n  banned-model: warning\n').map((x) => x.severity)).toEqual(['warning', 'warning', 'warning']);
  });

  test('per-path overrides', () => {
    const policy = "overrides:\n  - files: ['legacy/**']\n    rules:\n      banned-model: off\n  - files: ['staging/**']\n    rules:\n      banned-model: warning\n";
    const files = { [`legacy/${C}`]: SEED_BEFORE, [`staging/${C}`]: SEED_BEFORE, [C]: SEED_BEFORE };
    const f = banned(files, policy);
    expect(f.map((x) => `${x.location.file} ${x.severity}`)).toEqual([
      `${C} error`,
      `${C} error`,
      `${C} error`,
      `staging/${C} warning`,
      `staging/${C} warning`,
      `staging/${C} warning`,
    ]);
  });
});
