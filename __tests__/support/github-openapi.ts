/**
 * GitHub's REST API as its OpenAPI description states it, for the fake GitHub: which operation a
 * request is, whether GitHub would accept the request, and whether an answer is one GitHub could
 * send. Read from generated/github-operations.json, the part of @octokit/openapi that clawcheck
 * uses (npm run regen:github writes it; docs/testing.md says what is held to it). Validators are compiled on first use.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';

type Schema = Record<string, unknown>;

interface SpecParameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: Schema;
}

/** Per status: null when the answer has no body, else per media type its schema (and an example of a success). */
type SpecResponses = Record<string, Record<string, { schema: Schema; example?: unknown }> | null>;

export interface SpecOperation {
  method: string;
  /** `/repos/{owner}/{repo}/git/ref/{ref}` */
  path: string;
  operationId: string;
  /** Its page in GitHub's REST documentation. */
  docs?: string;
  /** Path parameters that may hold slashes (`x-multi-segment`). */
  multiSegment: string[];
  parameters: SpecParameter[];
  requestBody: { required: boolean; content: Record<string, Schema> } | null;
  responses: SpecResponses;
}

interface SpecFile {
  source: string;
  operations: SpecOperation[];
  components: Schema;
  all: string[];
}

const SPEC: SpecFile = JSON.parse(readFileSync(new URL('./generated/github-operations.json', import.meta.url), 'utf8'));
export const SPEC_SOURCE = SPEC.source;

/** A path template as a regex over the raw (still percent-encoded) path; a multi-segment parameter takes slashes. */
function templateRegex(path: string): { re: RegExp; names: string[]; literals: number } {
  const names: string[] = [];
  let literals = 0;
  const body = path
    .split('/')
    .map((seg) => {
      const m = /^\{(\+?)(\w[\w-]*)\}$/.exec(seg);
      if (!m) {
        if (seg) literals++;
        return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      }
      names.push(m[2]);
      return m[1] ? '(.+)' : '([^/]+)';
    })
    .join('/');
  return { re: new RegExp(`^${body}$`), names, literals };
}

const ALL = SPEC.all.map((line) => {
  const [method, path] = line.split(' ');
  return { method, path: path.replace(/\{\+/g, '{'), ...templateRegex(path) };
});

const OPERATIONS = SPEC.operations.map((op) => ({
  op,
  method: op.method,
  ...templateRegex(op.path.replace(/\{(\w[\w-]*)\}/g, (all, n: string) => (op.multiSegment.includes(n) ? `{+${n}}` : all))),
}));

/** Best match first: the template with the most literal segments (`/pulls/comments/{id}` before `/pulls/{number}/...`). */
function bestMatch<T extends { method: string; re: RegExp; literals: number }>(list: T[], method: string, rawPath: string): T | undefined {
  return list.filter((o) => o.method === method && o.re.test(rawPath)).sort((a, b) => b.literals - a.literals)[0];
}

/** The GitHub operation (any of them, not only the generated subset) `METHOD rawPath` is, as `METHOD /template`. */
export function anyOperation(method: string, rawPath: string): string | undefined {
  const o = bestMatch(ALL, method, rawPath);
  return o && `${o.method} ${o.path}`;
}

/** The operation of the generated subset a request is, with its path parameters (decoded). */
export function findOperation(method: string, rawPath: string): { op: SpecOperation; params: Record<string, string> } | undefined {
  const o = bestMatch(OPERATIONS, method, rawPath);
  if (!o) return undefined;
  const m = o.re.exec(rawPath)!;
  const params: Record<string, string> = {};
  o.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1])));
  return { op: o.op, params };
}

/** The formats GitHub's description uses; the ones that say nothing checkable (int64, binary …) accept anything. */
const FORMATS = {
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  uri: /^[a-z][a-z0-9+.-]*:[^\s]*$/i,
  email: /^[^\s@]+@[^\s@]+$/,
  'uri-template': true,
  'repo.nwo': true,
  int32: true,
  int64: true,
  double: true,
  binary: true,
  timestamp: true,
} as const;

function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: false, allowUnionTypes: true, coerceTypes: coerce, formats: FORMATS });
  ajv.addSchema(SPEC.components);
  return ajv;
}
let bodies: Ajv | undefined;
let strings: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

/** The validator of `schema`, compiled once per key; `coerce` for parameters, which arrive as strings. */
function validator(key: string, schema: Schema, coerce = false): ValidateFunction {
  let v = compiled.get(key);
  if (!v) {
    v = coerce ? (strings ??= makeAjv(true)).compile(schema) : (bodies ??= makeAjv(false)).compile(schema);
    compiled.set(key, v);
  }
  return v;
}

/** `at /output/title: must be string (schema gh#/definitions/…/type)`, for the first few errors. */
function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 6)
    .map((e) => `at ${e.instancePath || '/'}: ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''} [schema ${e.schemaPath}]`)
    .join('; ');
}

/** What is wrong with a request to `op` (path parameters, query, JSON body), or [] when GitHub would take it. */
export function checkRequest(
  op: SpecOperation,
  pathParams: Record<string, string>,
  query: Record<string, string>,
  contentType: string | undefined,
  rawBody: string,
): string[] {
  const problems: string[] = [];
  const id = op.operationId;
  const byIn = (where: 'path' | 'query') => op.parameters.filter((p) => p.in === where);
  const paramSchema = (list: SpecParameter[], closed: boolean): Schema => ({
    type: 'object',
    properties: Object.fromEntries(list.map((p) => [p.name, p.schema])),
    required: list.filter((p) => p.required).map((p) => p.name),
    ...(closed ? { additionalProperties: false } : {}),
  });
  const pv = validator(`${id} path`, paramSchema(byIn('path'), false), true);
  if (!pv({ ...pathParams })) problems.push(`path parameters ${JSON.stringify(pathParams)}: ${describeErrors(pv.errors)}`);
  const declared = new Set(byIn('query').map((p) => p.name));
  const unknown = Object.keys(query).filter((k) => !declared.has(k));
  if (unknown.length) problems.push(`query parameter(s) ${unknown.join(', ')} not declared by ${id} (it takes ${[...declared].join(', ') || 'none'})`);
  const qv = validator(`${id} query`, paramSchema(byIn('query'), false), true);
  if (!qv({ ...query })) problems.push(`query ${JSON.stringify(query)}: ${describeErrors(qv.errors)}`);

  if (!op.requestBody) {
    if (rawBody) problems.push(`${id} takes no request body, got ${rawBody.slice(0, 200)}`);
    return problems;
  }
  if (!rawBody) {
    if (op.requestBody.required) problems.push(`${id} needs a request body`);
    return problems;
  }
  const type = (contentType ?? 'application/json').split(';')[0].trim();
  const media = op.requestBody.content[type] ? type : op.requestBody.content['application/json'] && /json/.test(type) ? 'application/json' : undefined;
  if (!media) {
    problems.push(`${id} takes a body of ${Object.keys(op.requestBody.content).join(', ')}, got ${type}`);
    return problems;
  }
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    problems.push(`${id}: the body is not JSON: ${rawBody.slice(0, 200)}`);
    return problems;
  }
  const bv = validator(`${id} body ${media}`, op.requestBody.content[media]);
  if (!bv(body)) problems.push(`request body: ${describeErrors(bv.errors)}`);
  return problems;
}

/**
 * Statuses GitHub answers for any operation, declared or not: bad credentials (401), a missing
 * permission or a rate limit (403, 429), a resource the token cannot see (404), a repository
 * blocked for legal reasons (451), and server errors. Their bodies must still be GitHub's error
 * object (a 5xx body is not checked: GitHub's front end may answer one in HTML). So may a 422
 * to any request with a body (GitHub's "Validation Failed"), declared or not.
 */
const ANY_OPERATION_STATUSES = new Set(['401', '403', '404', '429', '451', '500', '502', '503', '504']);
const ERROR_SCHEMA: Schema = { allOf: [{ $ref: 'gh#/definitions/basic-error' }, { required: ['message'] }] };

/**
 * A media type without parameters, and without the API version GitHub lets a client put in it:
 * `application/vnd.github.v3.sha` (what Octokit's `mediaType: { format: 'sha' }` asks for) is
 * the description's `application/vnd.github.sha`, `application/vnd.github.v3+json` is JSON.
 */
function mediaType(header: string): string {
  const t = header.split(';')[0].trim().toLowerCase().replace(/^application\/vnd\.github\.v3([.+])/, 'application/vnd.github$1');
  return t === 'application/vnd.github+json' ? 'application/json' : t;
}

/**
 * What is wrong with an answer to `op`: an undeclared status, a media type the operation does
 * not have (or that the request did not ask for), a JSON body that is not valid for that status.
 */
export function checkResponse(op: SpecOperation, status: number, contentType: string, body: unknown, accept: string | undefined): string[] {
  const id = op.operationId;
  const key = String(status);
  const declared = op.responses[key];
  const type = mediaType(contentType);
  if (declared === undefined) {
    // GitHub answers 422 to a request whose fields it refuses, whether the description lists it or not.
    const refused = status === 422 && !!op.requestBody;
    if (!ANY_OPERATION_STATUSES.has(key) && !refused) return [`status ${status} is not an answer ${id} has (it has ${Object.keys(op.responses).join(', ')})`];
    if (type !== 'application/json' || status >= 500) return [];
    const v = validator('any-operation error', ERROR_SCHEMA);
    return v(body) ? [] : [`${status} body: ${describeErrors(v.errors)}`];
  }
  if (declared === null) return [];
  const media = declared[type];
  if (!media) return [`${id} ${status} is ${Object.keys(declared).join(', ')}, not ${type}`];
  if (type !== 'application/json' && !(accept ?? '').split(',').some((a) => mediaType(a) === type)) return [`${id} answered ${type}, which the request's Accept (${accept}) did not ask for`];
  const v = validator(`${id} ${status} ${type}`, media.schema);
  return v(body) ? [] : [`${status} ${type} body: ${describeErrors(v.errors)}`];
}

/** The description's example answer of `operationId` for `status` (a complete, realistic body), deep-copied. */
export function specExample(operationId: string, status = '200'): any { // eslint-disable-line @typescript-eslint/no-explicit-any
  const op = SPEC.operations.find((o) => o.operationId === operationId);
  const ex = op?.responses[status]?.['application/json']?.example;
  if (ex === undefined) throw new Error(`no example for ${operationId} ${status} in ${SPEC.source}`);
  return structuredClone(ex);
}

/** The documentation URL GitHub puts in an error for `op`. */
export function documentationUrl(op: SpecOperation): string {
  return op.docs ?? `https://docs.github.com/rest/${op.operationId.split('/')[0]}`;
}
