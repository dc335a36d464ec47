import { escapeData, escapeProperty, formatGithub, githubReporter, workflowCommand } from '../../src/report/github.js';
import { CONTEXT, findingAt, makeResult, richResult, source } from './fixtures.js';

describe('github workflow-command reporter', () => {
  it('emits one command per finding, notice for info; skipped paths only as their file-skipped findings', () => {
    expect(githubReporter.format(richResult(), CONTEXT)).toBe(
      [
        '::error file=deploy/docker-compose.cloudru-proxy.yml,line=3,col=12,endLine=3,endColumn=43,title=proxy-image-tag::Tag v1.0.0 is not published; use :latest.',
        '::error file=deploy/docker-compose.cloudru-proxy.yml,line=5,col=19,endLine=5,endColumn=34,title=banned-model::Model "zai-org/GLM-4.7" is banned: use openai/gpt-oss-120b.',
        '::warning file=deploy/docker-compose.cloudru-proxy.yml,line=6,col=25,endLine=6,endColumn=32,title=disable-thinking::DISABLE_THINKING must be "true".',
        '::error file=deploy/docker-compose.cloudru-proxy.yml,line=7,endLine=8,title=proxy-read-only::read_only: true stops the proxy from writing /app/.venv.',
        '::notice file=my config/openclaw.json,line=3,col=34,endLine=3,endColumn=40,title=thinking-default::Thinking mode is not supported.',
        '::warning file=окружение/.env,line=2,col=11,endLine=2,endColumn=26,title=parse-note::A rule without metadata.',
        '',
      ].join('\n'),
    );
  });

  it('escapes data: %, CR and LF (so a message cannot start a new command)', () => {
    expect(escapeData('100% done\r\n::set-env name=X::1')).toBe('100%25 done%0D%0A::set-env name=X::1');
    // A literal "%0A" in a message must stay literal, not become a newline on the runner.
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('escapes property values: also colons and commas', () => {
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
  });

  it('escapes hostile file names and messages end to end', () => {
    const file = source('dir,x/a:b%0A.yml', 'k: v\n');
    const finding = findingAt(file, 'v', {
      ruleId: 'r',
      severity: 'error',
      message: 'line one\n::set-env name=PATH::/evil\r\n%0A, done: yes',
    });
    const out = formatGithub(makeResult([file], [finding]));
    expect(out).toBe(
      '::error file=dir%2Cx/a%3Ab%250A.yml,line=1,col=4,endLine=1,endColumn=5,title=r::line one%0A::set-env name=PATH::/evil%0D%0A%250A, done: yes\n',
    );
    expect(out.split('\n')).toHaveLength(2);
  });

  it('drops columns for multi-line ranges and widens zero-width ranges', () => {
    const file = source('c.yml', 'a: 1\nb: 2\n');
    const multi = findingAt(file, '1\nb', { ruleId: 'r', severity: 'warning', message: 'm' });
    const empty = { ...findingAt(file, 'b', { ruleId: 'r', severity: 'info', message: 'e' }) };
    empty.location = { ...empty.location, endColumn: empty.location.column };
    expect(formatGithub(makeResult([file], [multi, empty]))).toBe(
      '::warning file=c.yml,line=1,endLine=2,title=r::m\n::notice file=c.yml,line=2,col=1,endLine=2,endColumn=2,title=r::e\n',
    );
  });

  it('prints nothing for an empty result', () => {
    expect(formatGithub(makeResult([], []))).toBe('');
  });

  it('builds commands without properties', () => {
    expect(workflowCommand('notice', [], 'hi')).toBe('::notice::hi');
  });
});
