#!/usr/bin/env node
// npm run regen:github [-- --spec <api.github.com.json>] [--webhooks <api.github.com.json>] [--check]
//
// Cuts GitHub's official OpenAPI description (npm @octokit/openapi, generated/api.github.com.json,
// OpenAPI 3.0) down to the REST operations clawcheck and its tests use, for the tests' fake GitHub
// (__tests__/support/fake-github.ts), and the webhook payload schemas the Action's event tests
// check (@octokit/openapi-webhooks, OpenAPI 3.1). Both packages are hundreds of megabytes, so they
// are not dependencies: install them anywhere (default: ~/.cache/clawcheck/octokit/node_modules) and
// point --spec / --webhooks at them. Written, and committed:
//
//   __tests__/support/generated/github-operations.json  the operations used (parameters,
//       request body, responses per status and media type, success examples), the schemas they
//       reference (components), and every operation's `METHOD /path` (to tell "no such operation"
//       from "not in this subset");
//   __tests__/support/generated/github-webhooks.json    the payload schemas of a few events.
//
// Operations used: every `rest.<scope>.<method>(` and `request('METHOD /path'` in src/, and every
// `['METHOD', '/path', handler]` route in __tests__/ (`${...}` in a route counts as any segments).
// Schemas are turned into JSON Schema ajv compiles: `nullable` becomes a "null" type, `oneOf`
// becomes `anyOf` (GitHub's alternatives overlap: a null matches several), descriptions,
// examples and x- extensions are dropped. `--check` fails when the committed files differ.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CACHE = join(homedir(), '.cache', 'clawcheck', 'octokit', 'node_modules', '@octokit');
export const OUT_DIR = join(root, '__tests__', 'support', 'generated');
const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'];

/** Webhook events whose payload schemas are kept (the webhooks spec's names). */
const WEBHOOKS = ['pull-request-opened', 'pull-request-synchronize', 'push', 'workflow-dispatch', 'issue-comment-created'];

const { values: args } = parseArgs({
  options: {
    spec: { type: 'string', default: join(CACHE, 'openapi', 'generated', 'api.github.com.json') },
    webhooks: { type: 'string', default: join(CACHE, 'openapi-webhooks', 'generated', 'api.github.com.json') },
    check: { type: 'boolean', default: false },
  },
});

const packageOf = (file) => {
  const pkg = join(dirname(file), '..', 'package.json');
  return existsSync(pkg) ? JSON.parse(readFileSync(pkg, 'utf8')) : { name: '?', version: '?' };
};

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'node_modules' || name === 'generated' || name === 'fixtures') continue;
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|mts|mjs|js)$/.test(name)) out.push(p);
  }
  return out;
}

// ---- which operations --------------------------------------------------------------------------

/**
 * Tokens of a test's route pattern: literal text, `one` (`:name`, one segment), `rest` (`:name*`,
 * one or more segments), `any` (a `${...}` the constants could not resolve: any segments).
 */
function testTokens(pattern) {
  return pattern
    .split('/')
    .slice(pattern.startsWith('/') ? 1 : 0)
    .map((s) => (/\$\{/.test(s) ? { any: true } : /^:\w+\*$/.test(s) ? { rest: true } : /^:\w+$/.test(s) ? { one: true } : { lit: s }));
}
/** Tokens of a spec path: literal, `one` (`{name}`), `many` (`{name}` with x-multi-segment). */
function specTokens(path, multi) {
  return path
    .split('/')
    .slice(1)
    .map((s) => {
      const m = /^\{(\w+)\}$/.exec(s);
      return m ? (multi.has(m[1]) ? { many: true } : { one: true }) : { lit: s };
    });
}
/** Whether a test's route pattern matches the spec path: a test's `:name` is a spec parameter, a spec's multi-segment parameter takes any segments. */
function overlaps(t, s, i = 0, j = 0) {
  if (i === t.length || j === s.length) return i === t.length && j === s.length;
  const a = t[i];
  const b = s[j];
  const param = b.one || b.many;
  if (a.any || (a.rest && param)) {
    if (overlaps(t, s, i + 1, j + 1)) return true;
    if (overlaps(t, s, i, j + 1) && (a.any || s[j + 1]?.one || s[j + 1]?.many)) return true;
  }
  if (b.many && (a.lit !== undefined || a.one) && overlaps(t, s, i + 1, j) && i + 1 < t.length) return true;
  if (a.any || a.rest) return b.many ? overlaps(t, s, i + 1, j + 1) : false;
  if (a.one) return param ? overlaps(t, s, i + 1, j + 1) : false;
  if (b.lit !== undefined && a.lit !== b.lit) return false;
  return overlaps(t, s, i + 1, j + 1);
}

/** `const NAME = '...'` (or a template of other such constants) in the tests, to read `${NAME}` in routes. */
function constantsOf(files) {
  const raw = new Map();
  for (const file of files)
    for (const m of readFileSync(file, 'utf8').matchAll(/\bconst ([A-Za-z_]\w*)\s*=\s*(['`])([^'`\n]*)\2/g)) {
      if (raw.has(m[1]) && raw.get(m[1]) !== m[3]) raw.set(m[1], null); // two different values: unknown
      else raw.set(m[1], m[3]);
    }
  return raw;
}
function expand(pattern, constants, depth = 0) {
  return pattern.replace(/\$\{(\w+)\}/g, (all, name) => {
    const v = constants.get(name);
    return v == null || depth > 5 ? all : expand(v, constants, depth + 1);
  });
}

async function usedRoutes() {
  const endpoints = (await import(pathToFileURL(join(root, 'node_modules', '@octokit', 'plugin-rest-endpoint-methods', 'dist-src', 'generated', 'endpoints.js')).href)).default;
  const exact = new Map(); // "METHOD /path" -> where
  const patterns = []; // [method, pattern, where]
  for (const file of walk(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\brest\.(\w+)\.(\w+)\b/g)) {
      const route = endpoints[m[1]]?.[m[2]]?.[0];
      if (!route) throw new Error(`${relative(root, file)}: rest.${m[1]}.${m[2]} is not an Octokit endpoint method`);
      exact.set(route, relative(root, file));
    }
    for (const m of text.matchAll(/\brequest\(\s*['"`]([A-Z]+) (\/[^'"`]*)['"`]/g)) exact.set(`${m[1]} ${m[2]}`, relative(root, file));
  }
  const testFiles = walk(join(root, '__tests__'));
  const constants = constantsOf(testFiles);
  for (const file of testFiles) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\[\s*'(GET|POST|PUT|PATCH|DELETE|HEAD)'\s*,\s*(['`])([^'`]*)\2/g)) {
      if (m[3].includes('${DOWNLOADS}') || m[3] === '/graphql') continue;
      patterns.push([m[1], expand(m[3], constants), relative(root, file)]);
    }
    // Same as in src/: a test that calls the client directly.
    for (const m of text.matchAll(/\brest\.(\w+)\.(\w+)\b/g)) {
      const route = endpoints[m[1]]?.[m[2]]?.[0];
      if (route) exact.set(route, relative(root, file));
    }
  }
  return { exact, patterns };
}

// ---- schemas -----------------------------------------------------------------------------------

const DROP = new Set(['description', 'example', 'examples', 'title', 'externalDocs', 'deprecated', 'readOnly', 'writeOnly', 'xml', 'discriminator', 'summary']);

/**
 * One OpenAPI 3.0 schema as JSON Schema (draft-07) for ajv; component refs become
 * `gh#/definitions/<name>` and are collected in `need`. `strict` (request bodies): an object
 * with listed properties takes no others, as a field GitHub does not know is a mistake.
 */
function convert(node, need, strict = false) {
  if (Array.isArray(node)) return node.map((n) => convert(n, need, strict));
  if (!node || typeof node !== 'object') return node;
  if (node.$ref) {
    const name = node.$ref.replace('#/components/schemas/', '');
    need.add(name);
    const ref = { $ref: `gh#/definitions/${name}` };
    return node.nullable ? { anyOf: [ref, { type: 'null' }] } : ref;
  }
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (DROP.has(k) || k.startsWith('x-') || k === 'nullable') continue;
    if (k === 'properties') out.properties = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, convert(s, need, strict)]));
    else if (k === 'oneOf') out.anyOf = [...(out.anyOf ?? []), ...convert(v, need, strict)];
    else if (k === 'anyOf') out.anyOf = [...(out.anyOf ?? []), ...convert(v, need, strict)];
    else if (['items', 'additionalProperties', 'not', 'allOf'].includes(k)) out[k] = typeof v === 'object' ? convert(v, need, strict) : v;
    else out[k] = v;
  }
  if (strict && out.properties && out.additionalProperties === undefined && !out.allOf && !out.anyOf) out.additionalProperties = false;
  if (node.nullable) {
    if (out.allOf || out.anyOf) return { anyOf: [out, { type: 'null' }] };
    if (out.type) out.type = [out.type, 'null'];
    if (out.enum && !out.enum.includes(null)) out.enum = [...out.enum, null];
  }
  return out;
}

function resolveRef(spec, obj) {
  let o = obj;
  while (o && o.$ref) o = o.$ref.replace(/^#\//, '').split('/').reduce((a, k) => a[k], spec);
  return o;
}

function collectComponents(spec, need) {
  const definitions = {};
  const queue = [...need];
  while (queue.length) {
    const name = queue.shift();
    if (definitions[name]) continue;
    const more = new Set();
    definitions[name] = convert(spec.components.schemas[name], more);
    for (const n of more) if (!definitions[n]) queue.push(n);
  }
  return Object.fromEntries(Object.entries(definitions).sort(([a], [b]) => a.localeCompare(b)));
}

/** The example a media type shows (its `example`, or the first of its `examples`). */
function exampleOf(spec, media) {
  if (media.example !== undefined) return media.example;
  const first = media.examples && Object.values(media.examples)[0];
  const ex = first && resolveRef(spec, first);
  return ex?.value;
}

function operationOf(spec, method, path, op, pathItem, need) {
  const params = [...(pathItem.parameters ?? []), ...(op.parameters ?? [])].map((p) => resolveRef(spec, p));
  const multi = params.filter((p) => p.in === 'path' && p['x-multi-segment']).map((p) => p.name);
  const parameters = params
    .filter((p) => p.in === 'query' || p.in === 'path')
    .map((p) => ({ name: p.name, in: p.in, required: !!p.required, schema: convert(p.schema ?? {}, need) }));
  let requestBody = null;
  if (op.requestBody) {
    const rb = resolveRef(spec, op.requestBody);
    requestBody = { required: !!rb.required, content: Object.fromEntries(Object.entries(rb.content ?? {}).map(([type, m]) => [type, convert(m.schema ?? {}, need, true)])) };
  }
  const responses = {};
  for (const [status, r0] of Object.entries(op.responses ?? {})) {
    const r = resolveRef(spec, r0);
    if (!r.content) {
      responses[status] = null;
      continue;
    }
    responses[status] = Object.fromEntries(
      Object.entries(r.content).map(([type, media]) => {
        const entry = { schema: convert(media.schema ?? {}, need) };
        // A realistic, complete answer to start a test's canned response from (success only).
        if (/^2/.test(status) && type === 'application/json') {
          const ex = exampleOf(spec, media);
          if (ex !== undefined) entry.example = ex;
        }
        return [type, entry];
      }),
    );
  }
  return { method: method.toUpperCase(), path, operationId: op.operationId, docs: op.externalDocs?.url, multiSegment: multi, parameters, requestBody, responses };
}

async function main() {
  if (!existsSync(args.spec)) throw new Error(`no OpenAPI description at ${args.spec}: npm install @octokit/openapi into ${CACHE}/.. or pass --spec`);
  const spec = JSON.parse(readFileSync(args.spec, 'utf8'));
  const pkg = packageOf(args.spec);
  const all = [];
  for (const [path, item] of Object.entries(spec.paths))
    for (const m of METHODS) {
      const op = item[m];
      if (!op) continue;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => resolveRef(spec, p));
      const multi = new Set(params.filter((p) => p.in === 'path' && p['x-multi-segment']).map((p) => p.name));
      all.push({ method: m.toUpperCase(), path, op, item, multi });
    }

  const { exact, patterns } = await usedRoutes();
  const chosen = new Map();
  const pick = (o, why) => chosen.set(`${o.method} ${o.path}`, o) && why;
  for (const [route, where] of exact) {
    const [method, path] = route.split(' ');
    const o = all.find((x) => x.method === method && x.path === path);
    if (!o) throw new Error(`${where}: ${route} is not in ${args.spec}`);
    pick(o, where);
  }
  const unmatched = [];
  for (const [method, pattern, where] of patterns) {
    const t = testTokens(pattern);
    const hits = all.filter((o) => o.method === method && overlaps(t, specTokens(o.path, o.multi)));
    if (!hits.length) unmatched.push(`${where}: ${method} ${pattern}`);
    for (const o of hits) pick(o, where);
  }

  const need = new Set();
  const operations = [...chosen.values()]
    .sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method))
    .map((o) => operationOf(spec, o.method, o.path, o.op, o.item, need));
  const out = {
    source: `${pkg.name} ${pkg.version} (api.github.com)`,
    openapi: spec.openapi,
    generatedBy: 'scripts/github/regenerate-openapi.mjs (npm run regen:github)',
    operations,
    components: { $id: 'gh', definitions: collectComponents(spec, need) },
    // Every operation, `METHOD /path` with `{+name}` for a parameter that may hold slashes.
    all: all.map((o) => `${o.method} ${o.path.replace(/\{(\w+)\}/g, (_, n) => (o.multi.has(n) ? `{+${n}}` : `{${n}}`))}`),
  };

  const files = { 'github-operations.json': JSON.stringify(out) + '\n' };

  if (existsSync(args.webhooks)) {
    const hooks = JSON.parse(readFileSync(args.webhooks, 'utf8'));
    const hpkg = packageOf(args.webhooks);
    const hneed = new Set();
    const events = {};
    for (const name of WEBHOOKS) {
      const body = hooks.webhooks[name]?.post?.requestBody;
      if (!body) throw new Error(`${args.webhooks}: no webhook ${name}`);
      events[name] = convertHook(body.content['application/json'].schema, hneed);
    }
    const definitions = {};
    const queue = [...hneed];
    while (queue.length) {
      const n = queue.shift();
      if (definitions[n]) continue;
      const more = new Set();
      definitions[n] = convertHook(hooks.components.schemas[n], more);
      for (const m of more) if (!definitions[m]) queue.push(m);
    }
    files['github-webhooks.json'] =
      JSON.stringify({
        source: `${hpkg.name} ${hpkg.version} (api.github.com)`,
        openapi: hooks.openapi,
        generatedBy: 'scripts/github/regenerate-openapi.mjs (npm run regen:github)',
        events,
        components: { $id: 'ghhooks', definitions: Object.fromEntries(Object.entries(definitions).sort(([a], [b]) => a.localeCompare(b))) },
      }) + '\n';
  } else if (!args.check) {
    console.warn(`no webhooks description at ${args.webhooks}: github-webhooks.json left as it is`);
  }

  mkdirSync(OUT_DIR, { recursive: true });
  let stale = false;
  for (const [name, text] of Object.entries(files)) {
    const path = join(OUT_DIR, name);
    const old = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (args.check) {
      if (old !== text) {
        console.error(`${relative(root, path)} is stale: run npm run regen:github`);
        stale = true;
      }
    } else {
      writeFileSync(path, text);
      console.log(`${relative(root, path)}: ${(text.length / 1024).toFixed(0)} KiB`);
    }
  }
  console.log(`${operations.length} operations of ${all.length}, ${Object.keys(out.components.definitions).length} schemas`);
  for (const u of unmatched) console.warn(`no operation matches the route ${u}`);
  if (stale) process.exit(1);
}

/** The webhooks description is OpenAPI 3.1 (JSON Schema already): drop documentation, keep oneOf as anyOf. */
function convertHook(node, need) {
  if (Array.isArray(node)) return node.map((n) => convertHook(n, need));
  if (!node || typeof node !== 'object') return node;
  if (node.$ref) {
    const name = node.$ref.replace('#/components/schemas/', '');
    need.add(name);
    return { $ref: `ghhooks#/definitions/${name}` };
  }
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (DROP.has(k) || k.startsWith('x-')) continue;
    if (k === 'properties') out.properties = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, convertHook(s, need)]));
    else if (k === 'oneOf' || k === 'anyOf') out.anyOf = [...(out.anyOf ?? []), ...convertHook(v, need)];
    else if (['items', 'additionalProperties', 'not', 'allOf'].includes(k)) out[k] = typeof v === 'object' ? convertHook(v, need) : v;
    else out[k] = v;
  }
  return out;
}

await main();
