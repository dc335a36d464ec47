import { formatStylish, stylishReporter } from '../../src/report/stylish.js';
import { CONTEXT, findingAt, makeResult, richResult, source } from './fixtures.js';

const ESC = '\u001b';

describe('stylish reporter', () => {
  it('prints findings grouped by file with code frames and a footer', () => {
    expect(stylishReporter.format(richResult(), CONTEXT)).toBe(
      [
        'deploy/docker-compose.cloudru-proxy.yml:3:12  error    Tag v1.0.0 is not published; use :latest.  proxy-image-tag',
        '  3 |     image: legard/claude-code-proxy:v1.0.0',
        '    |            ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
        'deploy/docker-compose.cloudru-proxy.yml:5:19  error    Model "zai-org/GLM-4.7" is banned: use openai/gpt-oss-120b.  banned-model',
        '  5 |       BIG_MODEL: "zai-org/GLM-4.7"',
        '    |                   ^~~~~~~~~~~~~~~',
        'deploy/docker-compose.cloudru-proxy.yml:6:25  warning  DISABLE_THINKING must be "true".  disable-thinking',
        '  6 |       DISABLE_THINKING: "false"',
        '    |                         ^~~~~~~',
        'deploy/docker-compose.cloudru-proxy.yml:7:5  error    read_only: true stops the proxy from writing /app/.venv.  proxy-read-only',
        '  7 |     read_only: true',
        '    |     ^~~~~~~~~~~~~~~',
        '',
        'my config/openclaw.json:3:34  info     Thinking mode is not supported.  thinking-default',
        '  3 |     defaults: { thinkingDefault: "high" },',
        '    |                                  ^~~~~~',
        '',
        'окружение/.env:2:11  warning  A rule without metadata.  parse-note',
        '  2 | BIG_MODEL=zai-org/GLM-4.7',
        '    |           ^~~~~~~~~~~~~~~',
        '',
        '✖ 6 problems (3 errors, 2 warnings, 1 info)',
        '  3 fixable with --fix',
        '  1 fixable with --fix-type suggestion',
        '',
      ].join('\n'),
    );
  });

  it('colours severities, gutter, underline and footer with plain ANSI codes when asked', () => {
    const file = source('c.yml', 'a: b\n');
    const result = makeResult([file], [findingAt(file, 'b', { ruleId: 'r', severity: 'warning', message: 'm' })]);
    expect(formatStylish(result, { color: true })).toBe(
      [
        `c.yml:1:4  ${ESC}[33mwarning${ESC}[39m  m  ${ESC}[2mr${ESC}[22m`,
        `${ESC}[2m  1 |${ESC}[22m a: b`,
        `${ESC}[2m    |${ESC}[22m    ${ESC}[33m^${ESC}[39m`,
        '',
        `${ESC}[33m${ESC}[1m✖ 1 problem (0 errors, 1 warning)${ESC}[22m${ESC}[39m`,
        '',
      ].join('\n'),
    );
  });

  it('prints nothing for a clean run; a skipped path is printed only as its file-skipped finding', () => {
    const file = source('c.yml', 'a: b\n');
    expect(formatStylish(makeResult([file], []), { color: false })).toBe('');
    expect(formatStylish(makeResult([], [], [{ path: 'x.yml', reason: 'binary', message: 'binary file' }]), { color: true })).toBe('');
  });

  it('never lets file content, paths or messages emit terminal escape sequences', () => {
    const file = source('evil\u001b[2J.yml', 'model: "x\u001b]0;pwned\u0007\u202e"\n');
    const finding = findingAt(file, '"x', { ruleId: 'r', severity: 'error', message: 'bad "x\u001b[31m"' });
    const out = formatStylish(makeResult([file], [finding]), { color: false });
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('\u0007');
    expect(out).not.toContain('\u202e');
    expect(out).toContain('evil\\x1B[2J.yml:1:8  error    bad "x\\x1B[31m"  r');
    expect(out).toContain('  1 | model: "x\\x1B]0;pwned\\x07\\u{202E}"\n    |        ^~\n');
  });

  it('counts one error without plural and without fix lines', () => {
    const file = source('c.yml', 'a: b\n');
    const result = makeResult([file], [findingAt(file, 'a', { ruleId: 'r', severity: 'error', message: 'm' })]);
    expect(formatStylish(result, { color: false })).toMatch(/\n✖ 1 problem \(1 error, 0 warnings\)\n$/);
  });

  it('omits the frame when the file text is not available', () => {
    const file = source('c.yml', 'a: b\n');
    const result = makeResult([], [findingAt(file, 'b', { ruleId: 'r', severity: 'error', message: 'm' })]);
    expect(formatStylish(result, { color: false }).split('\n')[0]).toBe('c.yml:1:4  error    m  r');
    expect(formatStylish(result, { color: false })).not.toContain('|');
  });
});
