import { Ajv2020 } from 'ajv/dist/2020.js';
import { validatePolicyValue } from '../../src/validate/schema.js';
import { readFileSync } from 'node:fs';
import { RECOMMENDED_POLICY_YAML } from '../../src/generated/assets.js';
import { brief, yamlDoc } from './helpers.js';

function check(text: string): string[] {
  const { root, file } = yamlDoc(text, '.clawcheck.yml');
  return validatePolicyValue(root, file).map(brief);
}

describe('validatePolicyValue', () => {
  test('the recommended policy validates', () => {
    expect(check(RECOMMENDED_POLICY_YAML)).toEqual([]);
  });

  test('typical project policies validate', () => {
    expect(check('')).toEqual([]);
    expect(
      check(`$schema: ./node_modules/clawcheck/schemas/policy.schema.json
extends: recommended
rules:
  banned-model:
    options:
      patterns: ['(?:zai-org/)?GLM-4\\.7']
      replacement: openai/gpt-oss-120b
    allowSuppression: false
  model-tiers: off
  proxy-user: { severity: warning, options: { allowedUsers: ['0'] } }
proxy:
  services: [llm-proxy]
cloudru:
  localProxyPorts: [8082, 18082]
exclude: ['examples/**']
maxFileSize: 2000000
overrides:
  - files: ['legacy/**/*.yml']
    rules:
      disable-thinking: info
`),
    ).toEqual([]);
    expect(check('extends: [recommended, ./team.yml]\n')).toEqual([]);
    expect(check('extends: none\nrules: {}\n')).toEqual([]);
  });

  test('unknown keys and unknown rules are reported at the key', () => {
    expect(check('rules:\n  banned-modle: error\n  my-rule: off\nfoo: 1\n')).toEqual([
      '2:3-2:15 unknown rule "banned-modle" in "rules"; did you mean "banned-model"?',
      '3:3-3:10 unknown rule "my-rule" in "rules"',
      '4:1-4:4 unknown key "foo" in the policy',
    ]);
    expect(check('rules:\n  banned-model:\n    severity: error\n    option: {}\n')).toEqual([
      '4:5-4:11 unknown key "option" in "rules.banned-model"; did you mean "options"?',
    ]);
    expect(check('proxy:\n  image: [x]\n')).toEqual(['2:3-2:8 unknown key "image" in "proxy"; did you mean "images"?']);
  });

  test('rule options are checked per rule', () => {
    expect(
      check(`rules:
  banned-model:
    options: {patterns: 'GLM', everywhere: 'yes', nameSeverity: loud, extra: 1}
  proxy-read-only:
    options: {strict: true}
`),
    ).toEqual([
      '3:25-3:30 "rules.banned-model.options.patterns" must be a list, found the string "GLM"',
      '3:44-3:49 "rules.banned-model.options.everywhere" must be a boolean, found the string "yes"',
      '3:65-3:69 "rules.banned-model.options.nameSeverity" must be one of "off", "info", "warning", "error", found the string "loud"',
      '3:71-3:76 unknown key "extra" in "rules.banned-model.options"',
      '5:15-5:21 unknown key "strict" in "rules.proxy-read-only.options"',
    ]);
  });

  test('a severity that is not one of the four is one message, not one per alternative', () => {
    expect(check('rules:\n  proxy-user: fatal\n')).toEqual([
      '2:15-2:20 "rules.proxy-user" must be a severity ("off", "info", "warning" or "error") or a map with severity, options and allowSuppression, found the string "fatal"',
    ]);
    expect(check('rules:\n  proxy-user: {severity: fatal}\n')).toEqual([
      '2:26-2:31 "rules.proxy-user.severity" must be one of "off", "info", "warning", "error", found the string "fatal"',
    ]);
  });

  test('extends, maxFileSize, ports and overrides', () => {
    expect(
      check(`extends: 5
maxFileSize: 0
cloudru:
  localProxyPorts: ["8082", 70000]
overrides:
  - rules: {schema: off}
  - files: []
`),
    ).toEqual([
      '1:10-1:11 "extends" must be "recommended", "none", a relative path to a policy file, or a list of those, found the number 5',
      '2:14-2:15 "maxFileSize" must be at least 1, found 0',
      '4:21-4:27 "cloudru.localProxyPorts[0]" must be an integer, found the string "8082"',
      '4:29-4:34 "cloudru.localProxyPorts[1]" must be at most 65535, found 70000',
      '6:5-6:25 "overrides[0]" is missing "files"',
      '7:12-7:14 "overrides[1].files" must not be empty',
    ]);
  });

  test('a policy that is not a map', () => {
    expect(check('- rules\n')).toEqual(['1:1-1:8 the document must be a map, found a list']);
  });

  test('the policy schema is usable by editors: every property has a description', () => {
    const schema = JSON.parse(readFileSync(new URL('../../schemas/policy.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    // Compiles in strict mode (unknown keywords other than our x- annotations would throw).
    const ajv = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true });
    ajv.addKeyword('x-expected');
    ajv.addKeyword('x-key-noun');
    ajv.addKeyword('x-shape-only');
    expect(() => ajv.compile(schema)).not.toThrow();
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const obj = node as Record<string, unknown>;
      const props = obj.properties as Record<string, Record<string, unknown>> | undefined;
      for (const [k, v] of Object.entries(props ?? {})) {
        if (typeof v.description !== 'string') missing.push(`${path}/${k}`);
      }
      for (const [k, v] of Object.entries(obj)) walk(v, `${path}/${k}`);
    };
    walk(schema, '#');
    expect(missing).toEqual([]);
  });
});
