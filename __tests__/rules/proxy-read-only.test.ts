import { describe, expect, test } from '@jest/globals';
import { at, fixed, judgeRule, SEED_BEFORE, spot } from '../support/judge.js';
import type { Files } from '../support/judge.js';

const ID = 'proxy-read-only';
const C = 'docker-compose.yml';
const judged = (files: Files, policy?: string) => judgeRule(ID, files, { policy });
const MSG = 'service "proxy" sets read_only: true, but the claude-code-proxy image writes /app/.venv and /root/.cache at start; remove read_only';
const svc = (line: string) => `services:\n  proxy:\n    image: legard/claude-code-proxy\n    ${line}\n    restart: unless-stopped\n`;

describe('proxy-read-only', () => {
  test('the seed: an error on the entry; the fix removes the line, comment included', () => {
    const files = { [C]: SEED_BEFORE };
    const f = judged(files);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      ruleId: ID,
      severity: 'error',
      message: 'service "claude-code-proxy" sets read_only: true, but the claude-code-proxy image writes /app/.venv and /root/.cache at start; remove read_only',
      location: { file: C, line: 14, column: 5, endLine: 14, endColumn: 20 },
    });
    expect(f[0].fix?.description).toBe('remove read_only');
    expect(fixed(files, f[0])).toBe(SEED_BEFORE.replace('    read_only: true                               # forbidden\n', ''));
  });

  test.each(['read_only: true', 'read_only: "true"', 'read_only: True', "read_only: 'TRUE'", 'read_only: ${RO:-true}'])('%s is reported', (line) => {
    const text = svc(line);
    const files = { [C]: text };
    const f = judged(files);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ message: MSG, location: spot(C, text, line) });
    expect(fixed(files, f[0])).toBe(text.replace(`    ${line}\n`, ''));
  });

  test.each(['read_only: false', 'read_only: "false"', 'read_only: ${RO}'])('%s passes', (line) => {
    expect(judged({ [C]: svc(line) })).toEqual([]);
  });

  test('CRLF: the fix removes the line and its \\r\\n', () => {
    const text = svc('read_only: true').replace(/\n/g, '\r\n');
    const files = { [C]: text };
    expect(fixed(files, judged(files)[0])).toBe(text.replace('    read_only: true\r\n', ''));
  });

  test('flow style: the entry and one comma', () => {
    const text = 'services:\n  proxy: {image: legard/claude-code-proxy, read_only: true, restart: always}\n';
    const files = { [C]: text };
    const f = judged(files);
    expect(f.map((x) => x.location)).toEqual([spot(C, text, 'read_only: true')]);
    expect(fixed(files, f[0])).toBe('services:\n  proxy: {image: legard/claude-code-proxy, restart: always}\n');
    const last = 'services:\n  proxy: {image: legard/claude-code-proxy, read_only: true}\n';
    expect(fixed({ [C]: last }, judged({ [C]: last })[0])).toBe('services:\n  proxy: {image: legard/claude-code-proxy}\n');
  });

  test('from a shared anchor: reported at the anchor naming the alias, no fix (another service shares it)', () => {
    const text = 'x-hardened: &hardened\n  read_only: true\n  restart: always\nservices:\n  db:\n    image: postgres\n    <<: *hardened\n  proxy:\n    image: legard/claude-code-proxy\n    <<: *hardened\n';
    const f = judged({ [C]: text });
    expect(f.map(at)).toEqual([`${C}:2:3-2:18 ${ID}`]);
    expect(f[0].message).toBe(
      `${MSG} (used through the alias at line 10) (not fixed automatically: the anchor &hardened is also used at line 7, outside the proxy service)`,
    );
    expect(f[0].fix).toBeUndefined();
  });

  test('from an anchor only the proxy uses: the fix removes the anchor line', () => {
    const text = 'x-proxy: &proxy\n  read_only: true\n  restart: always\nservices:\n  proxy: {image: legard/claude-code-proxy, <<: *proxy}\n';
    const files = { [C]: text };
    const f = judged(files);
    expect(f.map(at)).toEqual([`${C}:2:3-2:18 ${ID}`]);
    expect(fixed(files, f[0])).toBe(text.replace('  read_only: true\n', ''));
    const flowAnchor = 'x-proxy: &proxy {read_only: true, restart: always}\nservices:\n  proxy:\n    image: legard/claude-code-proxy\n    <<: *proxy\n';
    expect(judged({ [C]: flowAnchor })[0].fix).toBeUndefined();
  });

  test('a value only the shell sets (no .env, no default): nothing to judge', () => {
    expect(judged({ [C]: svc('read_only: ${PROXY_READ_ONLY}') })).toEqual([]);
    const fromEnv = { [C]: svc('read_only: ${PROXY_READ_ONLY}'), '.env': 'PROXY_READ_ONLY=true\n' };
    expect(judged(fromEnv).map(at)).toEqual([`${C}:4:5-4:34 ${ID}`]);
  });

  test('an override that turns it off', () => {
    const files = { 'compose.yaml': svc('read_only: true'), 'compose.override.yaml': 'services:\n  proxy:\n    read_only: false\n' };
    expect(judged(files)).toEqual([]);
  });

  test('a non-proxy service may be read-only', () => {
    expect(judged({ [C]: 'services:\n  web:\n    image: nginx\n    read_only: true\n' })).toEqual([]);
  });

  test('policy: warning', () => {
    expect(judged({ [C]: svc('read_only: true') }, 'rules:\n  proxy-read-only: warning\n').map((x) => x.severity)).toEqual(['warning']);
  });
});
