import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { authenticatedUserBody } from './github-bodies.js';
import { SPEC_SOURCE, anyOperation, checkRequest, checkResponse, documentationUrl, findOperation } from './github-openapi.js';

/** One request the fake received, as the test will assert it. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string: `/repos/o/r/check-runs`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, or the raw text when it is not JSON, or undefined when empty. */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  headers: IncomingHttpHeaders;
  /** Values of `:name` placeholders in the matched route. */
  params: Record<string, string>;
}

export interface FakeResponse {
  status?: number;
  body?: unknown;
  /** Sent as it is instead of `body` as JSON (a tarball, a SHA as text); give its content-type in `headers`. */
  raw?: Buffer | string;
  headers?: Record<string, string>;
  /**
   * Why this answer is deliberately one GitHub's description does not allow (a truncated or
   * malformed body, as a proxy could deliver): it is then not checked against the description.
   */
  offSpec?: string;
}

/** Where download routes live on the fake: like codeload.github.com, a host apart from the API. */
export const DOWNLOADS = '/_codeload';

/** An answer, or undefined to leave the request to the next matching route (one GraphQL operation each). */
export type Handler = (req: RecordedRequest) => FakeResponse | undefined | Promise<FakeResponse | undefined>;

/**
 * `['GET', '/repos/:owner/:repo/pulls/:number/files', handler]`. A `:name` matches one path
 * segment; a trailing-star `:name*` matches the rest of the path, slashes included
 * (`/git/ref/heads/:branch*` for `clawcheck/autofix/main`).
 */
export type Route = [method: string, pattern: string, handler: Handler];

export interface FakeGitHub {
  /** Base URL to pass as `baseUrl` / `GITHUB_API_URL`. */
  url: string;
  requests: RecordedRequest[];
  /** Requests other than the ones matching `ignore` (method + path regex), for exact assertions. */
  calls(filter?: RegExp): string[];
  /** Exchanges GitHub would not accept or could not answer so far; close() throws when there are any. */
  violations: Violation[];
  /** Stops the server; rejects, listing them, when there were violations. */
  close(): Promise<void>;
}

function compile(pattern: string): { re: RegExp; names: string[] } {
  const names: string[] = [];
  const re = new RegExp(
    '^' +
      pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:([A-Za-z_]+)(\\\*)?/g, (_, n: string, rest?: string) => {
        names.push(n);
        return rest ? '(.+)' : '([^/]+)';
      }) +
      '$',
  );
  return { re, names };
}

/** A path the route's pattern matches, to look up its operation. */
function samplePath(pattern: string): string {
  return pattern.replace(/:([A-Za-z_]+)\*?/g, 'x1');
}

/** The token's account as GitHub shows it on what the token writes: the Actions GITHUB_TOKEN's bot. */
export const ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
/** A person's account, as the author of a human comment, issue or commit. */
export const HUMAN_USER = { login: 'octo-dev', id: 583231, type: 'User' };

/**
 * How GitHub answers "who is this token": GraphQL `viewer` for every token; `GET /user` for a
 * user's token, and 403 "Resource not accessible by integration" for an installation token (the
 * GITHUB_TOKEN, a GitHub App's), which has no user.
 */
export function identityRoutes(user: { login: string; id: number; type: string } = ACTIONS_BOT): Route[] {
  return [
    ['GET', '/user', () =>
      user.type === 'Bot'
        ? { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user', status: '403' } }
        : { body: authenticatedUserBody(user) }],
    ['POST', '/graphql', (r) => (/^\s*(query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(r.body?.query ?? '') ? { body: { data: { viewer: { login: user.login } } } } : undefined)],
  ];
}

/** A real operation the generated part of GitHub's description leaves out. */
const notKept = (operation: string) => `${operation} is not in __tests__/support/generated/github-operations.json: run npm run regen:github`;

/** A request or an answer GitHub's OpenAPI description says GitHub would not take or could not send. */
export interface Violation {
  /** `POST /repos/o/r/check-runs (checks/create)` */
  request: string;
  kind: 'request' | 'response';
  problems: string[];
}

/** The error close() throws when the fake saw violations: every one, which exchange and which schema path. */
export function violationReport(violations: Violation[]): string {
  return [
    `fake GitHub: ${violations.length} exchange(s) GitHub's OpenAPI description (${SPEC_SOURCE}) does not allow:`,
    ...violations.map((v) => `- ${v.kind} of ${v.request}:\n    ${v.problems.join('\n    ')}`),
  ].join('\n');
}

/**
 * A fake of the GitHub endpoints a test needs, on 127.0.0.1: routes are matched in order (then
 * the identity of an Actions GITHUB_TOKEN, see identityRoutes), every request is recorded, an
 * unmatched one gets a 404 like GitHub's (a GraphQL query nobody answers: GitHub's error for an
 * unknown field). A route that is not a real GitHub operation throws at once. `otherwise` answers
 * any real operation no route answered (a GitHub that rate-limits everything, say).
 *
 * Every REST exchange is held to GitHub's OpenAPI description (github-openapi.ts): a request
 * that is no operation, has a query parameter the operation does not declare or a body its
 * schema rejects is answered 422 as GitHub does (404 for no operation) without reaching the
 * routes; an answer a route gives with a status the operation does not have, or a body its
 * schema rejects, is sent anyway. Either is recorded in `violations`, and close() throws them,
 * so the test fails saying which exchange and which schema path. GraphQL and the download host
 * are outside the description.
 */
export async function startFakeGitHub(routes: Route[], options: { otherwise?: Handler; downloads?: Route[] } = {}): Promise<FakeGitHub> {
  for (const [method, pattern] of routes) {
    if (method === 'POST' && pattern === '/graphql') continue;
    const path = samplePath(pattern);
    const real = anyOperation(method, path);
    if (!real) throw new Error(`fake GitHub: ${method} ${pattern} is not a GitHub API operation`);
    if (!findOperation(method, path)) throw new Error(`fake GitHub: ${method} ${pattern}: ${notKept(real)}`);
  }
  // The API redirects archive requests to a download host: its routes are not API operations, and live under DOWNLOADS.
  for (const [method, pattern] of options.downloads ?? []) {
    if (method !== 'GET' || !pattern.startsWith(`${DOWNLOADS}/`)) throw new Error(`fake GitHub: download route ${method} ${pattern} must be a GET under ${DOWNLOADS}/`);
  }
  const compiled = [...routes, ...(options.downloads ?? []), ...identityRoutes()].map(([method, pattern, handler]) => ({ method, handler, ...compile(pattern) }));
  const requests: RecordedRequest[] = [];
  const violations: Violation[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (raw += c));
    req.on('end', async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let body: unknown;
      if (raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          body = raw;
        }
      }
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: decodeURIComponent(url.pathname),
        query: Object.fromEntries(url.searchParams),
        body,
        headers: req.headers,
        params: {},
      };
      requests.push(recorded);
      const outside = recorded.path === '/graphql' || recorded.path.startsWith(`${DOWNLOADS}/`);
      const found = outside ? undefined : findOperation(recorded.method, url.pathname);
      const exchange = `${recorded.method} ${url.pathname}${url.search}${found ? ` (${found.op.operationId})` : ''}`;
      let response: FakeResponse | undefined;
      if (!outside && !found) {
        const real = anyOperation(recorded.method, url.pathname);
        violations.push({
          request: exchange,
          kind: 'request',
          problems: [real ? notKept(real) : 'no GitHub REST operation has this method and path'],
        });
        response = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } };
      } else if (found) {
        const problems = checkRequest(found.op, found.params, recorded.query, req.headers['content-type'], raw);
        if (problems.length) {
          violations.push({ request: exchange, kind: 'request', problems });
          response = { status: 422, body: { message: `Invalid request.\n\n${problems.join('\n')}`, documentation_url: documentationUrl(found.op), status: '422' } };
        }
      }
      let answered = false;
      if (!response) {
        for (const route of compiled) {
          if (route.method !== recorded.method || !route.re.test(recorded.path)) continue;
          const m = route.re.exec(recorded.path)!;
          recorded.params = {};
          route.names.forEach((n, i) => (recorded.params[n] = m[i + 1]));
          try {
            response = await route.handler(recorded);
          } catch (e) {
            response = { status: 500, body: { message: String(e) } };
          }
          if (response) break;
        }
        if (!response && options.otherwise && found) response = await options.otherwise(recorded);
        answered = !!response;
      }
      if (!response && recorded.path === '/graphql')
        response = { body: { errors: [{ message: `fake GitHub: no answer for the query ${JSON.stringify(recorded.body?.query ?? '')}`, locations: [] }] } };
      response ??= { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
      const status = response.status ?? 200;
      const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', ...(response.headers ?? {}) };
      const noBody = status === 204 || (status >= 300 && status < 400);
      if (found && answered && !response.offSpec) {
        const type = headers['content-type'];
        let sent: unknown = response.body ?? {};
        if (response.raw !== undefined) {
          const text = response.raw.toString();
          sent = text;
          if (/json/.test(type)) {
            try {
              sent = JSON.parse(text);
            } catch {
              /* checked as the text it is */
            }
          }
        }
        const problems = checkResponse(found.op, status, type, noBody ? undefined : sent, req.headers.accept);
        if (problems.length) violations.push({ request: exchange, kind: 'response', problems });
      }
      res.writeHead(status, headers);
      if (response.raw !== undefined) res.end(response.raw);
      else res.end(noBody ? undefined : JSON.stringify(response.body ?? {}));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    violations,
    calls: (filter) => requests.map((r) => `${r.method} ${r.path}`).filter((c) => !filter || filter.test(c)),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (violations.length) throw new Error(violationReport(violations.splice(0)));
    },
  };
}
