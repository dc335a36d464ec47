/**
 * banned-model patterns are user regexes run on every model value: they run on RE2, in time
 * linear in the value, and a pattern RE2 cannot run is a policy error at its line, not a crash.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { modelMatcher } from '../../src/rules/model-match.js';
import { cli } from '../support/cli.js';
import { hostileTree, removeHostileTrees, runHostile } from '../support/hostile.js';

afterEach(removeHostileTrees);

const patterns = (list: string): string => `rules:\n  banned-model:\n    options:\n      patterns: ${list}\n`;

describe('catastrophic patterns finish', () => {
  // A backtracking engine tries about 2^n ways to split n "a"s before giving up on (a+)+b: at
  // 40 that is 10^12 steps (hours), so on such an engine this test never ends.
  it.each([40, 1_000_000])('(a+)+b against %d times "a" finds nothing and returns', (n) => {
    const matcher = modelMatcher(['(a+)+b']);
    const value = 'a'.repeat(n);
    expect(matcher.matchId(value)).toBeUndefined();
    expect(matcher.matchText(value)).toBeUndefined();
    expect(matcher.matchId(`${value}b`)).toEqual({ start: 0, end: n + 1, text: `${value}b` });
  });

  it('in a policy, over a compose file and an openclaw file: the run completes with the usual findings', async () => {
    const root = hostileTree({
      '.clawcheck.yml': patterns("['(a+)+b', '(?:zai-org/)?GLM-4\\.7', '(x+x+)+y']"),
      'docker-compose.yml': `services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:latest\n    environment:\n      BIG_MODEL: "${'a'.repeat(40)}"\n      MIDDLE_MODEL: "${'x'.repeat(5000)}"\n`,
      'openclaw.json': `{agents: {defaults: {model: {primary: "cloudru-fm/${'a'.repeat(40)}b"}}}, models: {providers: {"cloudru-fm": {baseUrl: "https://foundation-models.api.cloud.ru/v1", models: [{id: "${'a'.repeat(60)}", name: "${'a'.repeat(60)} c"}]}}}}\n`,
    });
    const { own } = await runHostile(root);
    expect(own.filter((f) => f.ruleId === 'banned-model').map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['openclaw.json:1:51']);
  });
});

describe('the same matches as before', () => {
  it('case-insensitive, the banned part of an id after a slash, located in UTF-16 units', () => {
    const matcher = modelMatcher(['(?:zai-org/)?GLM-4\\.7(?:-Flash|-FlashX)?']);
    expect(matcher.matchId('  cloudru-fm/ZAI-ORG/glm-4.7-flashx ')).toEqual({ start: 13, end: 35, text: 'ZAI-ORG/glm-4.7-flashx' });
    expect(matcher.matchId('my-glm-4.7')).toBeUndefined();
    expect(matcher.matchId('😀/GLM-4.7')).toEqual({ start: 3, end: 10, text: 'GLM-4.7' });
  });

  it('in free text, the first mention that is a whole word', () => {
    const matcher = modelMatcher(['GLM-4\\.7(?:-Flash)?']);
    expect(matcher.matchText('xGLM-4.7 GLM-4.7x GLM-4.7-Flash (fast)')).toEqual({ start: 18, end: 31, text: 'GLM-4.7-Flash' });
    expect(matcher.matchText('GLM-4.7')).toEqual({ start: 0, end: 7, text: 'GLM-4.7' });
    expect(matcher.matchText('GLM-4.7.1 and GLM-4.70')).toBeUndefined();
  });

  it('no patterns: nothing matches', () => {
    expect(modelMatcher([]).matchId('zai-org/GLM-4.7')).toBeUndefined();
    expect(modelMatcher([]).matchText('zai-org/GLM-4.7')).toBeUndefined();
  });
});

describe('a pattern RE2 cannot run: exit 2 at the pattern', () => {
  const RE2 = 'is not a regular expression clawcheck can run (RE2 syntax: no backreferences or lookaround)';
  it.each([
    ['a lookbehind', "['ok', '(?<!x)GLM']", '5:24', 'rules.banned-model.options.patterns[1]', 'invalid named capture: `(?<!x)GLM`'],
    ['a lookahead', "\n        - '(?=GLM)G'", '6:11', 'rules.banned-model.options.patterns[0]', 'invalid or unsupported Perl syntax: `(?=`'],
    ['a backreference', "['(a)\\1']", '5:18', 'rules.banned-model.options.patterns[0]', 'invalid escape sequence: `\\1`'],
    ['an unclosed group', '["GLM-(4"]', '5:18', 'rules.banned-model.options.patterns[0]', 'missing closing ): `GLM-(4`'],
    ['an unclosed class', "['GLM-[4']", '5:18', 'rules.banned-model.options.patterns[0]', 'missing closing ]: `[4`'],
  ])('%s', async (_name, list, at, path, why) => {
    const root = hostileTree({ '.clawcheck.yml': `# policy\n${patterns(list)}` });
    const run = await cli(root, []);
    expect(run.stderr).toBe(`clawcheck: .clawcheck.yml:${at}: "${path}" ${RE2}: ${why}\n`);
    expect(run.code).toBe(2);
  });

  it('in an override, or in a file the policy extends', async () => {
    const override = hostileTree({ '.clawcheck.yml': `overrides:\n  - files: ['x/**']\n    rules:\n      banned-model:\n        options: {patterns: ['(?<=a)b']}\n` });
    const inOverride = await cli(override, []);
    expect(inOverride.stderr).toBe(`clawcheck: .clawcheck.yml:5:30: "overrides[0].rules.banned-model.options.patterns[0]" ${RE2}: invalid named capture: \`(?<=a)b\`\n`);
    const extended = hostileTree({ '.clawcheck.yml': 'extends: ./team.yml\n', 'team.yml': patterns("['x\\k<n>']") });
    const inParent = await cli(extended, []);
    expect(inParent.stderr).toBe(`clawcheck: team.yml:4:18: "rules.banned-model.options.patterns[0]" ${RE2}: invalid escape sequence: \`\\k\`\n`);
    expect([inOverride.code, inParent.code]).toEqual([2, 2]);
  });
});
