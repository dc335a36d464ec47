/** A policy file with several problems: all of them reported at once, each at its place, in order. */
import { OPENCLAW_VERSIONS } from '../../src/openclaw/generated/versions.js';
import { PolicyError, loadPolicy, policyFromText } from '../../src/policy/load.js';
import { cli } from '../support/cli.js';
import { tempTree } from '../support/tmp.js';

const RE2 = 'is not a regular expression clawcheck can run (RE2 syntax: no backreferences or lookaround)';
const VERSIONS = OPENCLAW_VERSIONS.map((v) => `"${v}"`).join(', ');

function errorOf(load: () => unknown): PolicyError {
  try {
    load();
  } catch (e) {
    if (e instanceof PolicyError) return e;
    throw e;
  }
  throw new Error('the policy loaded');
}

// Written so that the order the checks find them in (schema, openclaw.version, patterns) is not
// the order of the file: the version comes first, a bad pattern sits between two schema problems.
const BROKEN = [
  'openclaw:',
  '  version: "2019.1.1"',
  'rules:',
  '  banned-modle: error',
  '  banned-model:',
  "    options: {patterns: ['(?=x)', 'ok', '(a)\\1']}",
  '  proxy-user:',
  '    severity: loud',
  'colour: red',
  '',
].join('\n');

const BROKEN_LINES = [
  `.clawcheck.yml:2:12: openclaw.version "2019.1.1" is not a version clawcheck knows; use "latest" or one of ${VERSIONS}`,
  '.clawcheck.yml:4:3: unknown rule "banned-modle" in "rules"; did you mean "banned-model"?',
  `.clawcheck.yml:6:26: "rules.banned-model.options.patterns[0]" ${RE2}: invalid or unsupported Perl syntax: \`(?=\``,
  `.clawcheck.yml:6:41: "rules.banned-model.options.patterns[2]" ${RE2}: invalid escape sequence: \`\\1\``,
  '.clawcheck.yml:8:15: "rules.proxy-user.severity" must be one of "off", "info", "warning", "error", found the string "loud"',
  '.clawcheck.yml:9:1: unknown key "colour" in the policy',
];

describe('every problem of a policy file, one per line, by position', () => {
  it('schema errors, unknown rules, bad patterns and an unknown openclaw.version together', () => {
    const error = errorOf(() => policyFromText(BROKEN));
    expect(error.message).toBe(BROKEN_LINES.join('\n'));
    expect(error.problems.map((p) => [p.file, p.line, p.column])).toEqual([
      ['.clawcheck.yml', 2, 12],
      ['.clawcheck.yml', 4, 3],
      ['.clawcheck.yml', 6, 26],
      ['.clawcheck.yml', 6, 41],
      ['.clawcheck.yml', 8, 15],
      ['.clawcheck.yml', 9, 1],
    ]);
    // The first problem's place, as for a policy with one problem.
    expect([error.file, error.line, error.column]).toEqual(['.clawcheck.yml', 2, 12]);
  });

  it('the CLI prints them all and exits 2', async () => {
    const run = await cli(tempTree({ '.clawcheck.yml': BROKEN, 'docker-compose.yml': 'services: {}\n' }), []);
    expect(run.stderr).toBe(`clawcheck: ${BROKEN_LINES.join('\n')}\n`);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });

  it('a problem in an extended file is reported at that file, after the policy that extends it', () => {
    const root = tempTree({
      '.clawcheck.yml': 'extends:\n  - ./policies/team.yml\n  - ./missing.yml\n  - ./policies/lab.yml\nrules:\n  proxy-user: sometimes\n',
      'policies/team.yml': '# team policy\nextends: ./base.yml\nrules:\n  banned-model:\n    options:\n      patterns: ["GLM-(4"]\n',
      'policies/base.yml': 'maxFileSize: 0\n',
      'policies/lab.yml': 'extends: ../.clawcheck.yml\n',
    });
    const error = errorOf(() => loadPolicy(root, undefined, root));
    expect(error.message).toBe(
      [
        '.clawcheck.yml:3:5: "extends" names ./missing.yml, which does not exist',
        '.clawcheck.yml:6:15: "rules.proxy-user" must be a severity ("off", "info", "warning" or "error") or a map with severity, options and allowSuppression, found the string "sometimes"',
        `policies/team.yml:6:18: "rules.banned-model.options.patterns[0]" ${RE2}: missing closing ): \`GLM-(4\``,
        'policies/base.yml:1:14: "maxFileSize" must be at least 1, found 0',
        'policies/lab.yml:1:10: "extends" forms a cycle: .clawcheck.yml → policies/lab.yml → .clawcheck.yml',
      ].join('\n'),
    );
  });

  it('a file that is not YAML is one problem, and the other files are still read', () => {
    const root = tempTree({ '.clawcheck.yml': 'extends: [./a.yml, ./b.yml]\n', 'a.yml': 'rules: [\n', 'b.yml': 'include: x\n' });
    const error = errorOf(() => loadPolicy(root, undefined, root));
    expect(error.message.split('\n').map((l) => l.replace(/: .*/, ''))).toEqual(['a.yml:2:1', 'b.yml:1:10']);
  });

  it('control characters are escaped on each line; the line breaks between problems stay', () => {
    const error = errorOf(() => policyFromText('rules:\n  "x\\e]0;owned\\a": error\n"y\\u202E": {}\n'));
    expect(error.message).toBe(
      ['.clawcheck.yml:2:3: unknown rule "x\\x1B]0;owned\\x07" in "rules"', '.clawcheck.yml:3:1: unknown key "y\\u{202E}" in the policy'].join('\n'),
    );
  });
});
