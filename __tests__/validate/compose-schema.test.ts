import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { validateCompose } from '../../src/validate/schema.js';
import { parseYaml } from '../../src/parse/yaml.js';
import { parseJson5 } from '../../src/parse/json5.js';
import { SourceFile } from '../../src/core/source.js';
import { brief, yamlDoc } from './helpers.js';

function check(text: string): string[] {
  const { root, file } = yamlDoc(text);
  return validateCompose(root, file).map(brief);
}

describe('validateCompose', () => {
  const fixtures = fileURLToPath(new URL('../fixtures/compose-valid/', import.meta.url));
  const names = readdirSync(fixtures).filter((n) => /\.ya?ml$/.test(n)).sort();

  test('has a varied set of valid fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(25);
  });

  test.each(names)('valid compose file %s gives no schema findings', (name) => {
    const text = readFileSync(join(fixtures, name), 'utf8');
    const parsed = parseYaml(text);
    expect(parsed.error).toBeUndefined();
    const file = new SourceFile(`compose-valid/${name}`, text, 'compose');
    const findings = parsed.documents.flatMap((d) => validateCompose(d.root, file));
    expect(findings).toEqual([]);
  });

  test('an empty document has nothing to check', () => {
    expect(check('')).toEqual([]);
    expect(check('# only a comment\n')).toEqual([]);
  });

  test('environment as a scalar is reported at the value', () => {
    expect(check('services:\n  proxy:\n    image: a\n    environment: 5\n')).toEqual([
      '4:18-4:19 "services.proxy.environment" must be a map or a list of "KEY=value" strings, found the number 5',
    ]);
    expect(check('services:\n  proxy:\n    environment: "BIG_MODEL=x"\n')).toEqual([
      '3:18-3:31 "services.proxy.environment" must be a map or a list of "KEY=value" strings, found the string "BIG_MODEL=x"',
    ]);
  });

  test('a nested value in an environment map is reported at that value, not at the map', () => {
    expect(check('services:\n  proxy:\n    environment:\n      BIG_MODEL: [a, b]\n      OK: 1\n')).toEqual([
      '4:18-4:24 "services.proxy.environment.BIG_MODEL" must be a string, a number or a boolean, found a list',
    ]);
  });

  test('an environment list item that is a map (a common slip) is reported', () => {
    expect(check('services:\n  proxy:\n    environment:\n      - BIG_MODEL: x\n')).toEqual([
      '4:9-4:21 "services.proxy.environment[0]" must be a string, a number or a boolean, found a map',
    ]);
  });

  test('image as a list, read_only as a map, user as a number', () => {
    expect(check('services:\n  proxy:\n    image: [a]\n    read_only: {}\n    user: 1000\n')).toEqual([
      '3:12-3:15 "services.proxy.image" must be a string, found a list',
      '4:16-4:18 "services.proxy.read_only" must be a boolean, found a map',
      '5:11-5:15 "services.proxy.user" must be a string, found the number 1000 (quote it: "1000")',
    ]);
  });

  test('services as a list is reported at the list', () => {
    expect(check('services:\n  - proxy\n  - web\n')).toEqual(['2:3-3:8 "services" must be a map, found a list']);
    expect(check('services: [a, b]\n')).toEqual(['1:11-1:17 "services" must be a map, found a list']);
  });

  test('a service without a body is reported at its key', () => {
    expect(check('services:\n  proxy:\n  web:\n    image: nginx\n')).toEqual([
      '2:3-2:8 "services.proxy" must be a map, found nothing (null)',
    ]);
    expect(check('services:\n  proxy: legard/claude-code-proxy\n')).toEqual([
      '2:10-2:34 "services.proxy" must be a map, found the string "legard/claude-code-proxy"',
    ]);
  });

  test('env_file entries: a map without path is reported at the entry', () => {
    expect(check('services:\n  a:\n    env_file:\n      - required: false\n      - 5\n')).toEqual([
      '4:9-4:24 "services.a.env_file[0]" is missing "path"',
      '5:9-5:10 "services.a.env_file[1]" must be a path or a {path, required} map, found the number 5',
    ]);
    expect(check('services:\n  a:\n    env_file: {path: .env}\n')).toEqual([
      '3:15-3:27 "services.a.env_file" must be a path or a list of paths (or {path, required} maps), found a map',
    ]);
  });

  test('healthcheck shapes', () => {
    expect(check('services:\n  a:\n    healthcheck: curl -f http://x\n')).toEqual([
      '3:18-3:34 "services.a.healthcheck" must be a map (test, interval, timeout, retries, ...), found the string "curl -f http://x"',
    ]);
    expect(check('services:\n  a:\n    healthcheck:\n      test: {cmd: x}\n      retries: [3]\n')).toEqual([
      '4:13-4:21 "services.a.healthcheck.test" must be a string or a list of strings, found a map',
      '5:16-5:19 "services.a.healthcheck.retries" must be a number, found a list',
    ]);
  });

  test('strings stand in for numbers and booleans (interpolation)', () => {
    expect(
      check('services:\n  a:\n    read_only: ${RO:-false}\n    healthcheck: {retries: "${R}", interval: "${I}"}\n    ports: ["${P}:80", 80]\n'),
    ).toEqual([]);
  });

  test('a duration is a string with a unit: Compose refuses a bare number', () => {
    expect(check('services:\n  a:\n    healthcheck: {interval: 30}\n')).toEqual([
      '3:29-3:31 "services.a.healthcheck.interval" must be a duration such as "30s", found the number 30',
    ]);
  });

  test('.nan and .inf are numbers, as a YAML loader reads them', () => {
    expect(check('services:\n  a:\n    environment: {A: .nan, B: -.inf}\n    healthcheck: {retries: .inf}\n')).toEqual([]);
    expect(check('services:\n  a:\n    image: .nan\n')).toEqual([
      '3:12-3:16 "services.a.image" must be a string, found the number NaN (quote it: "NaN")',
    ]);
  });

  test('a key named __proto__ is checked like any other key', () => {
    expect(check('services:\n  __proto__:\n    image: 1\n')).toEqual(['3:12-3:13 "services.__proto__.image" must be a string, found the number 1 (quote it: "1")']);
  });

  test('a repeated JSON5 key is validated with the value a loader keeps: the last', () => {
    // JSON5 allows a repeated key; the last one wins, as in JSON.parse.
    const text = '{services: {a: {image: 1, image: "x"}, b: {image: "x", image: 2}}}';
    const parsed = parseJson5(text);
    const file = new SourceFile('c.json', text, 'compose');
    expect(validateCompose(parsed.documents[0].root, file).map(brief)).toEqual([
      '1:63-1:64 "services.b.image" must be a string, found the number 2 (quote it: "2")',
    ]);
  });

  test('unknown service keys and unknown top-level keys are reported (the Compose Specification allows neither)', () => {
    expect(check('services:\n  a:\n    image: x\n    brand_new_option: {a: 1}\nsomething_new: 1\n')).toEqual([
      '4:5-4:21 unknown key "brand_new_option" in "services.a"',
      '5:1-5:14 unknown key "something_new" in the compose file',
    ]);
  });

  test('legacy v1 files: Compose no longer reads them, each top-level service is an unknown key', () => {
    expect(check('web:\n  image: nginx\n  environment: 5\n')).toEqual([
      '1:1-1:4 unknown key "web" in the compose file; a service goes under "services:" (Compose no longer reads version 1 files)',
    ]);
    expect(check('version: "2"\nweb:\n  environment: 5\n')).toEqual([
      '2:1-2:4 unknown key "web" in the compose file; a service goes under "services:" (Compose no longer reads version 1 files)',
    ]);
  });

  test('a value written behind an anchor is reported where it is written', () => {
    const text = 'x-env: &env 5\nservices:\n  a:\n    environment: *env\n  b:\n    environment: *env\n';
    const { root, file } = yamlDoc(text);
    const findings = validateCompose(root, file);
    expect(findings.map(brief)).toEqual([
      '1:13-1:14 "services.a.environment" must be a map or a list of "KEY=value" strings, found the number 5',
    ]);
    expect(findings[0].related?.[0]).toMatchObject({ line: 4, column: 18, endLine: 4, endColumn: 22 });
  });

  test('a merged key is checked with its merged value', () => {
    expect(check('x-base: &base\n  read_only: {}\nservices:\n  a:\n    <<: *base\n    image: x\n')).toEqual([
      '2:14-2:16 "services.a.read_only" must be a boolean, found a map',
    ]);
    // An explicit key overrides the merged one: nothing to report.
    expect(check('x-base: &base\n  read_only: {}\nservices:\n  a:\n    <<: *base\n    read_only: true\n')).toEqual([]);
  });

  test('findings carry the schema rule id, error severity and the file path', () => {
    const { root, file } = yamlDoc('services:\n  a:\n    image: 1\n', 'deploy/compose.yaml');
    const [f] = validateCompose(root, file);
    expect(f).toMatchObject({ ruleId: 'schema', severity: 'error', range: [26, 27] });
    expect(f.location).toEqual({ file: 'deploy/compose.yaml', line: 3, column: 12, endLine: 3, endColumn: 13 });
  });

  test('an alias bomb in x- blocks does not exhaust memory, and services are still checked', () => {
    const lines = ['x-a: &a {k: v}'];
    const names = 'bcdefghij';
    let prev = 'a';
    for (const n of names) {
      lines.push(`x-${n}: &${n} [${Array(9).fill(`*${prev}`).join(', ')}]`);
      prev = n;
    }
    lines.push('services:', '  svc:', '    image: [1]');
    expect(check(lines.join('\n') + '\n')).toEqual([
      // The first block that expands past the limit is named: YAML loaders refuse the file.
      '7:1-7:4 YAML aliases expand this value to more than 250000 nodes (an alias bomb?): YAML loaders refuse it; the schema check leaves out the x- blocks',
      '13:12-13:15 "services.svc.image" must be a string, found a list',
    ]);
  });
});
