import { describe, expect, test } from '@jest/globals';
import { at, fixed, judgeRule, SEED_BEFORE, spot } from '../support/judge.js';
import type { Files } from '../support/judge.js';

const ID = 'proxy-user';
const C = 'docker-compose.yml';
const judged = (files: Files, policy?: string) => judgeRule(ID, files, { policy });
const MSG = (user: string, svc = 'proxy') =>
  `service "${svc}" runs as user "${user}", but the claude-code-proxy image must run as root (its \`uv run\` entrypoint writes /app/.venv and /root/.cache); remove user`;
const svc = (line: string) => `services:\n  proxy:\n    image: legard/claude-code-proxy\n    ${line}\n`;

describe('proxy-user', () => {
  test('the seed: "1000:1000" is an error; the fix removes the line', () => {
    const files = { [C]: SEED_BEFORE };
    const f = judged(files);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      ruleId: ID,
      severity: 'error',
      message: MSG('1000:1000', 'claude-code-proxy'),
      location: { file: C, line: 13, column: 5, endLine: 13, endColumn: 22 },
    });
    expect(fixed(files, f[0])).toBe(SEED_BEFORE.replace('    user: "1000:1000"                             # forbidden\n', ''));
  });

  test.each([
    ['user: "1000:1000"', '1000:1000'],
    ['user: 1000', '1000'],
    ["user: 'node'", 'node'],
    ['user: "1000:0"', '1000:0'],
    ['user: "${UID:-1000}:${GID:-1000}"', '1000:1000'],
  ])('%s is reported', (line, shown) => {
    const text = svc(line);
    const files = { [C]: text };
    const f = judged(files);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ message: MSG(shown), location: spot(C, text, line) });
    expect(fixed(files, f[0])).toBe(text.replace(`    ${line}\n`, ''));
  });

  test.each(['user: root', 'user: 0', 'user: "0"', 'user: "0:0"', 'user: root:root', 'user: "0:1000"', 'user: root:docker', 'user: ""', 'user:'])(
    '%s passes',
    (line) => {
      expect(judged({ [C]: svc(line) })).toEqual([]);
    },
  );

  test('a user from the .env', () => {
    const text = svc('user: ${PROXY_USER}');
    expect(judged({ [C]: text, '.env': 'PROXY_USER=1000\n' }).map((x) => x.message)).toEqual([MSG('1000')]);
    expect(judged({ [C]: text, '.env': 'PROXY_USER=root\n' })).toEqual([]);
  });

  test('a user only the shell sets (no .env, no default): nothing to judge', () => {
    expect(judged({ [C]: svc('user: "${PROXY_UID}"') })).toEqual([]);
    expect(judged({ [C]: svc('user: "${PROXY_UID}:${PROXY_GID:-0}"'), '.env': 'OTHER=1\n' })).toEqual([]);
    expect(judged({ [C]: svc('user: "${PROXY_UID}"'), '.env': 'PROXY_UID=1000\n' }).map((x) => x.message)).toEqual([MSG('1000')]);
  });

  test('the whole service is an alias: the finding names the alias, the flow entry is removed', () => {
    const text = 'x-proxy: &proxy {image: legard/claude-code-proxy, user: "1000:1000"}\nservices:\n  proxy: *proxy\n';
    const files = { [C]: text };
    const f = judged(files);
    expect(f.map(at)).toEqual([`${C}:1:51-1:68 ${ID}`]);
    expect(f[0].message).toBe(`${MSG('1000:1000')} (used through the alias at line 3)`);
    expect(f[0].related).toEqual([{ file: C, line: 3, column: 10, endLine: 3, endColumn: 16, message: 'alias that uses this value' }]);
    expect(fixed(files, f[0])).toBe('x-proxy: &proxy {image: legard/claude-code-proxy}\nservices:\n  proxy: *proxy\n');
  });

  test('flow style', () => {
    const text = 'services:\n  proxy: {image: legard/claude-code-proxy, user: "1000:1000"}\n';
    const files = { [C]: text };
    const f = judged(files);
    expect(f.map(at)).toEqual([`${C}:2:44-2:61 ${ID}`]);
    expect(fixed(files, f[0])).toBe('services:\n  proxy: {image: legard/claude-code-proxy}\n');
  });

  test('policy: another allowed user', () => {
    expect(judged({ [C]: svc('user: "1000:1000"') }, "rules:\n  proxy-user:\n    options:\n      allowedUsers: ['0', root, '1000:1000']\n")).toEqual([]);
  });
});
