/**
 * Compose's merge and precedence rules for a service's environment, one row per rule: the
 * files of a project (layers in `-f` order), and what the container gets, with where it is written.
 */
import { describe, expect, test } from '@jest/globals';
import { parseFile } from '../../src/core/engine.js';
import { SourceFile } from '../../src/core/source.js';
import { buildProject } from '../../src/compose/project.js';
import type { ComposeInput } from '../../src/compose/project.js';
import { kindOf, policyOf } from '../support/judge.js';
import type { Files } from '../support/judge.js';

/** `{ NAME: 'value @ file:line' }` for service `svc` of the project made of `layers`. */
function environmentOf(files: Files, layers: string[], svc = 'svc'): Record<string, string> {
  const parsed = new Map(Object.entries(files).map(([path, text]) => [path, parseFile(new SourceFile(path, text, kindOf(path)))]));
  const inputs = layers.map((l) => parsed.get(l) as ComposeInput);
  const project = buildProject(inputs, (path) => parsed.get(path)?.file, policyOf().proxy);
  const service = project.services.find((s) => s.name === svc);
  if (!service) throw new Error(`no service ${svc}`);
  const out: Record<string, string> = {};
  for (const [name, v] of service.env) {
    const where = v.value ?? v.key;
    out[name] = `${v.value?.value ?? '(unknown)'} @ ${where.file.path}:${where.file.location(where.range[0], where.range[1]).line}`;
  }
  return out;
}

const svc = (...lines: string[]) => ['services:', '  svc:', '    image: busybox', ...lines.map((l) => `    ${l}`), ''].join('\n');

interface Row {
  rule: string;
  files: Files;
  layers: string[];
  expected: Record<string, string>;
}

const rows: Row[] = [
  {
    rule: 'environment wins over env_file in the same definition',
    files: { 'compose.yaml': svc('env_file: a.env', 'environment:', '  X: env'), 'a.env': 'X=file\nY=file\n' },
    layers: ['compose.yaml'],
    expected: { Y: 'file @ a.env:2', X: 'env @ compose.yaml:6' },
  },
  {
    rule: 'a later env_file wins over an earlier one',
    files: { 'compose.yaml': svc('env_file: [a.env, b.env]'), 'a.env': 'X=a\nY=a\n', 'b.env': 'X=b\n' },
    layers: ['compose.yaml'],
    expected: { X: 'b @ b.env:1', Y: 'a @ a.env:2' },
  },
  {
    rule: "an override's env_file does not beat the base's environment",
    files: {
      'compose.yaml': svc('environment:', '  DISABLE_THINKING: "true"'),
      'compose.override.yaml': svc('env_file: o.env'),
      'o.env': 'DISABLE_THINKING=false\n',
    },
    layers: ['compose.yaml', 'compose.override.yaml'],
    expected: { DISABLE_THINKING: 'true @ compose.yaml:5' },
  },
  {
    rule: "the base's env_file does not beat an override's environment",
    files: {
      'compose.yaml': svc('env_file: b.env'),
      'compose.override.yaml': svc('environment:', '  - DISABLE_THINKING=false'),
      'b.env': 'DISABLE_THINKING=true\n',
    },
    layers: ['compose.yaml', 'compose.override.yaml'],
    expected: { DISABLE_THINKING: 'false @ compose.override.yaml:5' },
  },
  {
    rule: "override env_file entries come after the base's: the override's file wins over the base's file",
    files: { 'compose.yaml': svc('env_file: b.env'), 'compose.override.yaml': svc('env_file: [o.env]'), 'b.env': 'X=base\n', 'o.env': 'X=override\n' },
    layers: ['compose.yaml', 'compose.override.yaml'],
    expected: { X: 'override @ o.env:1' },
  },
  {
    rule: "an override's environment merges key by key with the base's, the override winning",
    files: { 'compose.yaml': svc('environment:', '  X: base', '  Y: base'), 'compose.override.yaml': svc('environment:', '  - X=override') },
    layers: ['compose.yaml', 'compose.override.yaml'],
    expected: { X: 'override @ compose.override.yaml:5', Y: 'base @ compose.yaml:6' },
  },
  {
    rule: 'an extending service wins over the service it extends, environment over its env_file',
    files: {
      'compose.yaml': ['services:', '  base:', '    image: busybox', '    environment:', '      X: base', '  svc:', '    extends: base', '    env_file: s.env', ''].join('\n'),
      's.env': 'X=file\n',
    },
    layers: ['compose.yaml'],
    expected: { X: 'base @ compose.yaml:5' },
  },
  {
    rule: "!reset on one variable drops the base's value; an env_file may then show through",
    files: { 'compose.yaml': svc('env_file: b.env', 'environment:', '  X: base'), 'compose.override.yaml': svc('environment:', '  X: !reset null'), 'b.env': 'X=file\n' },
    layers: ['compose.yaml', 'compose.override.yaml'],
    expected: { X: 'file @ b.env:1' },
  },
  {
    rule: '!reset on env_file drops the files named before',
    files: { 'compose.yaml': svc('env_file: b.env'), 'compose.override.yaml': svc('env_file: !reset []'), 'b.env': 'X=file\n' },
    layers: ['compose.yaml', 'compose.override.yaml'],
    expected: {},
  },
  {
    rule: '!override on environment replaces the merged map',
    files: { 'compose.yaml': svc('environment:', '  X: base', '  Y: base'), 'compose.override.yaml': svc('environment: !override', '  Y: override') },
    layers: ['compose.yaml', 'compose.override.yaml'],
    expected: { Y: 'override @ compose.override.yaml:5' },
  },
];

describe('the environment a container gets, by Compose merge rules', () => {
  test.each(rows.map((r) => [r.rule, r] as const))('%s', (_rule, row) => {
    expect(environmentOf(row.files, row.layers)).toEqual(row.expected);
  });
});

describe("a service's inputs: every file that decides it, in path order", () => {
  const inputsOf = (files: Files, layers: string[]) => {
    const parsed = new Map(Object.entries(files).map(([path, text]) => [path, parseFile(new SourceFile(path, text, kindOf(path)))]));
    const project = buildProject(layers.map((l) => parsed.get(l) as ComposeInput), (path) => parsed.get(path)?.file, policyOf().proxy);
    return project.services.find((s) => s.name === 'svc')!.inputs;
  };

  test('the files, the .env and the env_file entries, sorted whatever order they are met in', () => {
    const files = { 'p/compose.yaml': svc('env_file: [z.env, a.env, m/b.env]'), 'p/compose.override.yaml': svc('env_file: c.env') };
    expect(inputsOf(files, ['p/compose.yaml', 'p/compose.override.yaml'])).toEqual(['p/.env', 'p/a.env', 'p/c.env', 'p/compose.override.yaml', 'p/compose.yaml', 'p/m/b.env', 'p/z.env']);
  });

  test('many env_file entries: the same order as Array#sort gives', () => {
    const names = Array.from({ length: 40 }, (_, i) => `e${(i * 7919) % 40}.env`);
    const expected = ['p/.env', 'p/compose.yaml', ...names.map((n) => `p/${n}`)].sort();
    expect(inputsOf({ 'p/compose.yaml': svc(`env_file: [${names.join(', ')}]`) }, ['p/compose.yaml'])).toEqual(expected);
  });
});
