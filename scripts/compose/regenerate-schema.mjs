#!/usr/bin/env node
// npm run regen:compose [-- <source>] [--check] [--commit <sha> --date <iso>]
//
// Compiles the Compose Specification's own JSON schema (compose-spec/compose-spec,
// schema/compose-spec.json, draft-07) into src/validate/generated/: the ajv standalone validator
// (compose-spec.js + .d.ts) and where it came from (compose-spec-source.ts). <source> is a git
// dir of the compose-spec repository (its HEAD is read; default: the mirror beside this checkout,
// ../.mirror/compose-spec+compose-spec/repo) or the schema file itself (then --commit/--date say
// which commit it is, or the recorded ones are kept when its sha256 is the recorded one). The
// upstream file is not committed: only what is generated from it. `--check` fails when the
// generated files differ from what <source> gives.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { esmRuntimeImports } from '../openclaw/schema.mjs';
import { TOLERANCES, withoutDocumentation } from './tolerances.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const GENERATED_DIR = join(root, 'src', 'validate', 'generated');
export const DEFAULT_SOURCE = join(root, '..', '.mirror', 'compose-spec+compose-spec', 'repo');
const REPOSITORY = 'https://github.com/compose-spec/compose-spec';
const SCHEMA_PATH = 'schema/compose-spec.json';
const require = createRequire(import.meta.url);

const git = (dir, ...args) => execFileSync('git', [`--git-dir=${dir}`, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });

export function isGitDir(path) {
  return existsSync(join(path, 'HEAD')) && existsSync(join(path, 'objects'));
}

/** The schema text and where it comes from. `rev` picks a commit of a git dir (default HEAD). */
export function readSource(source = DEFAULT_SOURCE, { rev = 'HEAD', commit, date } = {}) {
  const path = resolve(source);
  if (existsSync(path) && statSync(path).isDirectory()) {
    if (!isGitDir(path)) throw new Error(`${path} is neither a schema file nor a git dir`);
    const sha = git(path, 'rev-parse', `${rev}^{commit}`).trim();
    return {
      text: git(path, 'show', `${sha}:${SCHEMA_PATH}`),
      commit: sha,
      date: git(path, 'show', '-s', '--format=%cI', sha).trim(),
      fileCommit: git(path, 'log', '-1', '--format=%H', sha, '--', SCHEMA_PATH).trim(),
    };
  }
  const text = readFileSync(path, 'utf8');
  const recorded = recordedSource();
  if (!commit && recorded?.sha256 === sha256(text)) return { text, commit: recorded.commit, date: recorded.date, fileCommit: recorded.fileCommit };
  if (!commit || !date) throw new Error('a schema file needs --commit and --date (the compose-spec commit it was taken from)');
  return { text, commit, date, fileCommit: commit };
}

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** What compose-spec-source.ts records, read back from the committed file (undefined if absent). */
function recordedSource() {
  const p = join(GENERATED_DIR, 'compose-spec-source.ts');
  if (!existsSync(p)) return undefined;
  const m = /= (\{[\s\S]*\}) as const;/.exec(readFileSync(p, 'utf8'));
  return m ? JSON.parse(m[1]) : undefined;
}

/** The schema as compiled: documentation dropped, clawcheck's tolerances applied. */
export function prepareSchema(text) {
  const schema = withoutDocumentation(JSON.parse(text));
  for (const t of TOLERANCES) t.apply(schema);
  return schema;
}

/** ajv's draft-07 class, with the options src/validate/ expects of its errors. */
function composeAjv(schema) {
  const ajv = new Ajv.default({
    allErrors: true,
    // src/validate/ reads each error's parentSchema (known keys, patterns).
    verbose: true,
    messages: false,
    strict: true,
    // The official schema puts `additionalProperties` beside `oneOf` without `type` and uses union types.
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allowUnionTypes: true,
    code: { source: true, esm: true },
  });
  // The schema names its dialect https://json-schema.org/draft-07/schema (no `#`, https): the
  // same meta-schema ajv knows as http://json-schema.org/draft-07/schema#.
  if (schema.$schema) ajv.addMetaSchema({ ...require('ajv/dist/refs/json-schema-draft-07.json'), $id: schema.$schema });
  return ajv;
}

/** Every generated file name → content. */
export function renderGenerated(src) {
  const schema = prepareSchema(src.text);
  const ajv = composeAjv(schema);
  const validate = ajv.compile(schema);
  const code = esmRuntimeImports(standaloneCode.default(ajv, validate));
  const meta = {
    repository: REPOSITORY,
    path: SCHEMA_PATH,
    commit: src.commit,
    date: src.date,
    fileCommit: src.fileCommit,
    sha256: sha256(src.text),
    dialect: JSON.parse(src.text).$schema,
    tolerances: TOLERANCES.map((t) => t.id),
  };
  const from = `${REPOSITORY} ${SCHEMA_PATH} at ${src.commit} (sha256 ${meta.sha256})`;
  const header = `// Generated by scripts/compose/regenerate-schema.mjs from ${from}. Do not edit.`;
  return new Map([
    ['compose-spec.js', `${header}\n${code}\n`],
    [
      'compose-spec.d.ts',
      [
        header,
        "import type { ErrorObject } from 'ajv';",
        '/** The official Compose schema (documentation dropped, tolerances applied), compiled with `verbose`: errors carry `parentSchema`. */',
        'export declare const validate: { (value: unknown): boolean; errors?: ErrorObject[] | null };',
        '',
      ].join('\n'),
    ],
    [
      'compose-spec-source.ts',
      [
        header,
        '/** Where src/validate/generated/compose-spec.js comes from; `tolerances` are clawcheck\'s patches (scripts/compose/tolerances.mjs). */',
        `export const COMPOSE_SPEC_SOURCE = ${JSON.stringify(meta, null, 2)} as const;`,
        '',
      ].join('\n'),
    ],
  ]);
}

/** Names of generated files that differ from `fresh` (missing or changed). */
export function staleFiles(fresh) {
  return [...fresh].filter(([name, text]) => !existsSync(join(GENERATED_DIR, name)) || readFileSync(join(GENERATED_DIR, name), 'utf8') !== text).map(([n]) => n);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { check: { type: 'boolean' }, commit: { type: 'string' }, date: { type: 'string' } },
  });
  const source = positionals[0] ?? process.env.COMPOSE_SPEC_SOURCE ?? DEFAULT_SOURCE;
  if (!existsSync(source)) {
    console.error(`regen:compose: no schema source at ${source}; pass a compose-spec git dir or schema file`);
    process.exit(2);
  }
  const src = readSource(source, values);
  const fresh = renderGenerated(src);
  if (values.check) {
    const stale = staleFiles(fresh);
    if (stale.length) {
      console.error(`${stale.map((n) => `src/validate/generated/${n}`).join(', ')} differ from ${source}: run \`npm run regen:compose\` and commit the result.`);
      process.exit(1);
    }
    console.log('src/validate/generated/ matches the compose-spec schema');
  } else {
    mkdirSync(GENERATED_DIR, { recursive: true });
    for (const [name, text] of fresh) writeFileSync(join(GENERATED_DIR, name), text);
    console.log(`generated src/validate/generated/ from compose-spec ${src.commit}`);
  }
}
