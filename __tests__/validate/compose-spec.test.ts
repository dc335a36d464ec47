/**
 * Compose files against the Compose Specification's own schema (src/validate/generated/), beside
 * the tolerant one: unknown keys, merge tags, newer features, interpolation, Compose's own
 * de-duplication, and one finding per problem.
 */
import { validateCompose } from '../../src/validate/schema.js';
import { isInterpolated } from '../../src/validate/compose-spec.js';
import { brief, yamlDoc } from './helpers.js';

function check(text: string): string[] {
  const { root, file } = yamlDoc(text);
  return validateCompose(root, file).map(brief);
}

describe('unknown keys', () => {
  test('an unknown service key is reported at the key, with the closest known key', () => {
    const { root, file } = yamlDoc('services:\n  proxy:\n    image: legard/claude-code-proxy:latest\n    enviroment:\n      BIG_MODEL: x\n');
    const [f, ...rest] = validateCompose(root, file);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'schema', severity: 'error', message: 'unknown key "enviroment" in "services.proxy"; did you mean "environment"?' });
    expect(f.location).toEqual({ file: 'docker-compose.yml', line: 4, column: 5, endLine: 4, endColumn: 15 });
  });

  test('an unknown top-level key', () => {
    expect(check('services:\n  a:\n    image: x\nnetwork:\n  default: {}\n')).toEqual(['4:1-4:8 unknown key "network" in the compose file; did you mean "networks"?']);
    expect(check('servics:\n  a:\n    image: x\n')).toEqual(['1:1-1:8 unknown key "servics" in the compose file; did you mean "services"?']);
  });

  test('unknown keys deeper down: healthcheck, build, a long-syntax port', () => {
    expect(check('services:\n  a:\n    build: {context: ., dockerfil: D}\n    healthcheck: {test: [CMD, "true"], intervall: 5s}\n    ports: [{target: 80, publised: 8080}]\n')).toEqual([
      '3:25-3:34 unknown key "dockerfil" in "services.a.build"; did you mean "dockerfile"?',
      '4:40-4:49 unknown key "intervall" in "services.a.healthcheck"; did you mean "interval"?',
      '5:26-5:34 unknown key "publised" in "services.a.ports[0]"; did you mean "published"?',
    ]);
  });

  test('x- extensions are allowed at the top, in a service and in nested maps', () => {
    expect(check('x-common: &c {restart: always}\nservices:\n  a:\n    image: x\n    x-owner: team\n    build: {context: ., x-cache: on}\nx-anything: [1, 2]\n')).toEqual([]);
  });

  test('a key brought in through a YAML merge key is reported where it is written, with the merge as related place', () => {
    const { root, file } = yamlDoc('x-base: &base\n  restart: always\n  enviroment: {A: "1"}\nservices:\n  proxy:\n    <<: *base\n    image: x\n');
    const findings = validateCompose(root, file);
    expect(findings.map(brief)).toEqual(['3:3-3:13 unknown key "enviroment" in "services.proxy"; did you mean "environment"?']);
    expect(findings[0].related).toEqual([{ file: 'docker-compose.yml', line: 6, column: 9, endLine: 6, endColumn: 14, message: 'the value is used here through a YAML alias' }]);
  });

  test('a service name outside the allowed characters is reported at the name', () => {
    expect(check('services:\n  "my proxy":\n    image: x\n')).toEqual(['2:3-2:13 the key "my proxy" in "services" must match the pattern ^[a-zA-Z0-9._-]+$']);
  });
});

describe('merge tags', () => {
  test('!reset and !override are valid, !reset null and !reset [] included', () => {
    const text = [
      'services:',
      '  proxy:',
      '    image: !override legard/claude-code-proxy:latest',
      '    ports: !reset []',
      '    user: !reset null',
      '    read_only: !reset',
      '    environment: !override',
      '      DISABLE_THINKING: "true"',
      '    healthcheck: !reset {}',
      '    volumes: !override ["./data:/data"]',
      '    command: !reset ""',
      '',
    ].join('\n');
    expect(check(text)).toEqual([]);
  });

  test('a !reset entry is left out before validating: whatever it holds', () => {
    expect(check('services:\n  a:\n    image: x\n    ports: !reset {not: a list}\n    bogus: !reset 1\n')).toEqual([]);
  });

  test('an !override value is validated as written', () => {
    expect(check('services:\n  a:\n    image: x\n    ports: !override {a: 1}\n')).toEqual(['4:22-4:28 "services.a.ports" must be a list of ports, found a map']);
  });
});

describe('what this version of the Compose Specification defines', () => {
  test('include, models, develop, provider, gpus, post_start, pre_stop, use_api_socket', () => {
    const text = [
      'include:',
      '  - ./base.yml',
      '  - path: [./db.yml, ./db.override.yml]',
      '    env_file: ./db.env',
      'models:',
      '  llm:',
      '    model: ai/smollm2',
      '    context_size: 4096',
      'services:',
      '  app:',
      '    build: .',
      '    models: [llm]',
      '    gpus: all',
      '    use_api_socket: true',
      '    develop:',
      '      watch:',
      '        - {action: sync, path: ./src, target: /app/src}',
      '        - {action: rebuild, path: package.json}',
      '    post_start:',
      '      - command: ./init.sh',
      '    pre_stop:',
      '      - command: [./drain.sh]',
      '  db:',
      '    provider:',
      '      type: awesomecloud',
      '      options: {type: mysql, size: 256}',
      '',
    ].join('\n');
    expect(check(text)).toEqual([]);
  });

  test('what Compose accepts beyond this schema version: pre_start, build.no_cache_filter, a models entry with no value', () => {
    expect(check('services:\n  a:\n    image: x\n    pre_start:\n      - {image: busybox, command: [chown, "1000", /data], per_replica: false}\n    build: {context: ., no_cache_filter: [base]}\n    models:\n      llm:\n')).toEqual([]);
  });

  test('errors only the official schema sees, in the messages of the tolerant one', () => {
    expect(check('services:\n  a:\n    image: x\n    cgroup: shared\n    depends_on:\n      db: {required: false}\n    extends: {file: base.yml}\n')).toEqual([
      '4:13-4:19 "services.a.cgroup" must be one of "host", "private", found the string "shared"',
      '6:7-6:9 "services.a.depends_on.db" is missing "condition"',
      '7:5-7:12 "services.a.extends" is missing "service"',
    ]);
  });

  test('null where Compose wants a map: top-level sections and service settings', () => {
    expect(check('services:\n  a:\n    image: x\n    environment:\nvolumes:\n')).toEqual([
      '4:5-4:16 "services.a.environment" must be a map or a list of "KEY=value" strings, found nothing (null)',
      '5:1-5:8 "volumes" must be a map, found nothing (null)',
    ]);
  });

  test('one finding per problem: both schemas rejecting a value give one finding', () => {
    expect(check('services:\n  proxy:\n    image: a\n    environment: 5\n')).toEqual([
      '4:18-4:19 "services.proxy.environment" must be a map or a list of "KEY=value" strings, found the number 5',
    ]);
  });
});

describe('as Compose judges a file', () => {
  test('interpolated values are not judged where a variable can make them valid', () => {
    const text = 'services:\n  a:\n    image: x\n    cgroup: ${CGROUP}\n    cpu_count: ${CPUS:-2}\n    use_api_socket: $SOCKET\n    depends_on:\n      db: {condition: "${COND}"}\n    develop:\n      watch: [{action: "${ACTION}", path: .}]\n';
    expect(check(text)).toEqual([]);
  });

  test('but not where no value of a variable could do: a string where a map belongs, or $$ (a literal dollar)', () => {
    expect(check('services:\n  a:\n    image: x\n    healthcheck: ${HC}\n    cgroup: $$CG\n')).toEqual([
      '4:18-4:23 "services.a.healthcheck" must be a map (test, interval, timeout, retries, ...), found the string "${HC}"',
      '5:13-5:17 "services.a.cgroup" must be one of "host", "private", found the string "$$CG"',
    ]);
  });

  test('repeats in the lists Compose de-duplicates are merged, not refused; elsewhere they are reported at the repeat', () => {
    expect(check('services:\n  a:\n    image: x\n    ports: ["80:80", "80:80"]\n    environment: [A=1, B=2, A=1]\n    cap_add: [NET_ADMIN, NET_ADMIN]\n')).toEqual([]);
    expect(check('services:\n  a:\n    image: x\n    security_opt: [no-new-privileges, seccomp=unconfined, no-new-privileges]\n')).toEqual([
      '4:59-4:76 "services.a.security_opt[2]" is the same as item [0]; this list must not repeat items',
    ]);
  });

  test('isInterpolated knows $VAR, ${VAR…} and the $$ escape', () => {
    expect(['$A', '${A}', 'x${A:-1}y', '$$$A', 'a$_b'].map(isInterpolated)).toEqual([true, true, true, true, true]);
    expect(['$$A', '$', '5$', '$1', 'a $ b', '$$'].map(isInterpolated)).toEqual([false, false, false, false, false, false]);
  });
});
