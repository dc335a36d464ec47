/** The redaction rule itself: which text is a secret, what is kept, how values are shortened. */
import { describe, expect, it } from '@jest/globals';
import { isSecretName, linesHoldSecret, MAX_SHOWN_CHARS, redactLine, redactText, shown } from '../../src/core/redact.js';
import type { Finding } from '../../src/core/finding.js';
import { findSecrets } from '../../src/core/secrets.js';
import { buildSarifLog } from '../../src/report/sarif.js';
import { CONTEXT, makeResult, source } from './fixtures.js';

const GH = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
const B64 = 'eHgtYWNjZXNzLXRva2VuOmdoc18xMjM0NTY3ODkwYWJjZGVm';
const HEX = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

describe('redactText', () => {
  it.each([
    ['git http.extraheader', `\textraheader = AUTHORIZATION: basic ${B64}`, '\textraheader = AUTHORIZATION: basic [redacted]'],
    ['Authorization: Bearer', `Authorization: Bearer ${GH}`, 'Authorization: Bearer [redacted]'],
    ['bare Bearer', `curl -H "x: Bearer abcdefghijklmnop"`, 'curl -H "x: Bearer [redacted]"'],
    ['GitHub token', `token ${GH} here`, 'token ghp_[redacted] here'],
    ['fine-grained PAT', 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz', 'github_pat_[redacted]'],
    ['server token', 'ghs_16C7e42F292c6912E7710c838347Ae178B4a', 'ghs_[redacted]'],
    ['OpenAI-style key', 'use sk-proj-abcdefghijklmnop1234', 'use sk-[redacted]'],
    ['AWS key id', 'AKIAIOSFODNN7EXAMPLE', 'AKIA[redacted]'],
    ['JWT', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig-nat_ure', 'eyJ[redacted]'],
    ['base64 blob', `blob ${B64}`, 'blob [redacted]'],
    ['hex blob', `hash ${HEX} end`, 'hash [redacted] end'],
    ['URL password', 'https://x-access-token:hunter2@github.com/o/r', 'https://x-access-token:[redacted]@github.com/o/r'],
    ['.env', 'OPENAI_API_KEY=hunter2', 'OPENAI_API_KEY=[redacted]'],
    ['.env export, comment', 'export DB_PASSWORD=hunter2 # prod', 'export DB_PASSWORD=[redacted] # prod'],
    ['compose map, plain', '      OPENAI_API_KEY: hunter2', '      OPENAI_API_KEY: [redacted]'],
    ['compose map, double quotes', '      OPENAI_API_KEY: "hun\\"ter2"', '      OPENAI_API_KEY: "[redacted]"'],
    ['compose map, single quotes', "      CLIENT_SECRET: 'it''s'", "      CLIENT_SECRET: '[redacted]'"],
    ['compose list', '      - OPENAI_API_KEY=hunter2', '      - OPENAI_API_KEY=[redacted]'],
    ['compose list, quoted', '      - "OPENAI_API_KEY=hunter 2"', '      - "OPENAI_API_KEY=[redacted]"'],
    ['compose flow map', '    environment: {OPENAI_API_KEY: hunter2, BIG_MODEL: x}', '    environment: {OPENAI_API_KEY: [redacted], BIG_MODEL: x}'],
    ['JSON5 single quotes', "        apiKey: 'hunter2',", "        apiKey: '[redacted]',"],
    ['JSON quoted key', '"apiKey": "hunter2"', '"apiKey": "[redacted]"'],
    ['YAML block scalar', '  PASSWORD: |\n    line one\n\n    line two\n  OTHER: x', '  PASSWORD: |\n    [redacted]\n\n    [redacted]\n  OTHER: x'],
    ['multi-line double quotes', '  GITHUB_TOKEN: "abc\n    def"\n  X: y', '  GITHUB_TOKEN: "[redacted]\n    [redacted]"\n  X: y'],
    ['CRLF kept', 'A_TOKEN=abc\r\nB=c\r\n', 'A_TOKEN=[redacted]\r\nB=c\r\n'],
    ['private key', '-----BEGIN RSA PRIVATE KEY-----\nMIIE\nabc\n-----END RSA PRIVATE KEY-----', '-----BEGIN RSA PRIVATE KEY-----\n[redacted]\n[redacted]\n-----END RSA PRIVATE KEY-----'],
  ])('%s', (_name, text, expected) => {
    expect(redactText(text)).toBe(expected);
  });

  it.each([
    ['model ids', 'BIG_MODEL: "cloudru-fm/Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8"'],
    ['image digest', `image: legard/claude-code-proxy@sha256:${HEX}`],
    ['references', 'OPENAI_API_KEY: "${CLOUDRU_API_KEY}"\napiKey: $KEY\nOPENAI_API_KEY:\n'],
    ['token counts', 'MAX_TOKENS_LIMIT: "abc"'],
    ['a generic key', 'key: value'],
    ['a UUID', 'id: 123e4567-e89b-12d3-a456-426614174000'],
    ['a URL', 'OPENAI_BASE_URL: https://foundation-models.api.cloud.ru/v1'],
    ['an English word', 'internationalizations2024 and CamelCaseIdentifierNameLonger'],
    ['finding messages', 'service "claude-code-proxy" does not set OPENAI_API_KEY; the proxy exits at start without it'],
  ])('leaves %s alone', (_name, text) => {
    expect(redactText(text)).toBe(text);
  });

  it('resumes after each value: 100 000 lines of `PASSWORD: "x` pair up as YAML reads them', () => {
    // Line 1's quote closes on line 2 (`x\nPASSWORD: ` is the value), line 3's on line 4, …
    const text = 'PASSWORD: "x\n'.repeat(100_000);
    const spans = findSecrets(text);
    expect(spans).toHaveLength(50_000);
    expect(spans[1]).toEqual({ start: 2 * 13 + 11, end: 3 * 13 + 10 });
  });
});

describe('isSecretName', () => {
  it.each(['OPENAI_API_KEY', 'API_KEY', 'apiKey', 'GITHUB_TOKEN', 'x-access-token', 'db_password', 'CLIENT_SECRET', 'AWS_CREDENTIALS', 'APIKEY', 'spring.datasource.password'])(
    '%s is a secret',
    (name) => expect(isSecretName(name)).toBe(true),
  );
  it.each(['key', 'BIG_MODEL', 'MAX_TOKENS_LIMIT', 'DISABLE_THINKING', 'extraheader', 'monkey', 'OPENAI_BASE_URL'])('%s is not', (name) =>
    expect(isSecretName(name)).toBe(false),
  );
});

describe('shown', () => {
  it('keeps model ids and image references whole', () => {
    expect(shown('cloudru-fm/zai-org/GLM-4.7')).toBe('cloudru-fm/zai-org/GLM-4.7');
    const image = `registry.example.com:5000/team/legard/claude-code-proxy:v1.0.0@sha256:${HEX}`;
    expect(shown(image)).toBe(image);
  });

  it(`cuts other values to ${MAX_SHOWN_CHARS} characters with an ellipsis, at a code point`, () => {
    const cut = shown('a b '.repeat(30));
    expect(cut).toBe('a b '.repeat(30).slice(0, MAX_SHOWN_CHARS - 1) + '…');
    expect(Array.from(shown('😀 '.repeat(40)))).toHaveLength(MAX_SHOWN_CHARS);
  });

  it('redacts by name and by shape, and keeps placeholders', () => {
    expect(shown('hunter2', 'OPENAI_API_KEY')).toBe('[redacted]');
    expect(shown('${CLOUDRU_API_KEY}', 'OPENAI_API_KEY')).toBe('${CLOUDRU_API_KEY}');
    expect(shown(`Bearer ${GH}`, 'PORT')).toBe('Bearer [redacted]');
  });
});

describe('redactLine', () => {
  const text = `a: 1\n  PASSWORD: |\n    hunter2 is long\nx: y\n`;

  it('redacts a line with the context of its file, and maps columns onto the redacted text', () => {
    const start = text.indexOf('    hunter2');
    const line = redactLine(text, start, start + '    hunter2 is long'.length);
    expect(line.text).toBe('    [redacted]');
    expect(line.map(4)).toBe(4);
    expect(line.map(11, true)).toBe(14);
    const other = text.indexOf('x: y');
    expect(redactLine(text, other, other + 4).text).toBe('x: y');
  });

  it('linesHoldSecret sees the block scalar lines, not the lines around them', () => {
    expect(linesHoldSecret(text, 3, 3)).toBe(true);
    expect(linesHoldSecret(text, 2, 2)).toBe(false); // the key line itself shows only the key
    expect(linesHoldSecret(text, 4, 4)).toBe(false);
    expect(linesHoldSecret(text, 4, 4, `token ${GH}`)).toBe(true);
  });
});

describe('SARIF', () => {
  const GLM = 'zai-org/GLM-4.7';
  const withSecret = (secret: string) => {
    const text = `services:\n  p:\n    environment: { OPENAI_API_KEY: ${secret}, BIG_MODEL: ${GLM} }\n`;
    const file = source('docker-compose.yml', text);
    const start = text.indexOf(GLM);
    const finding: Finding = {
      ruleId: 'banned-model',
      severity: 'error',
      message: `BIG_MODEL uses "${GLM}"`,
      location: file.location(start, start + GLM.length),
      range: [start, start + GLM.length],
      fix: { description: 'replace', edits: [{ file: file.path, start, end: start + GLM.length, text: 'openai/gpt-oss-120b' }] },
    };
    return buildSarifLog(makeResult([file], [finding]), CONTEXT).runs[0].results![0];
  };

  it('fingerprints do not depend on a secret on the reported line (its hash could be guessed back)', () => {
    const a = withSecret('hunter2');
    const b = withSecret('letmein');
    expect(a.partialFingerprints).toEqual(b.partialFingerprints);
    expect(a.fixes).toHaveLength(1);
  });

  it('a fix whose inserted text looks like a credential is left out', () => {
    const file = source('a.yml', 'a: b\n');
    const finding: Finding = {
      ruleId: 'r',
      severity: 'error',
      message: 'm',
      location: file.location(3, 4),
      range: [3, 4],
      fix: { description: 'set a', edits: [{ file: 'a.yml', start: 3, end: 4, text: GH }] },
    };
    const log = buildSarifLog(makeResult([file], [finding]), CONTEXT);
    expect(log.runs[0].results![0].fixes).toBeUndefined();
    expect(JSON.stringify(log)).not.toContain(GH.slice(4));
  });
});
