import { getOctokit } from '@actions/github';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

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

/**
 * Every REST operation GitHub has, as `METHOD regex`, from the endpoint list Octokit is generated
 * from: a fake route that is none of them is a mistake in the test, not an API clawcheck can use.
 */
const OPERATIONS: Array<{ method: string; re: RegExp }> = (() => {
  const rest = getOctokit('x').rest as unknown as Record<string, Record<string, { endpoint?: { DEFAULTS: { method: string; url: string } } }>>;
  const out: Array<{ method: string; re: RegExp }> = [{ method: 'POST', re: /^\/graphql$/ }];
  for (const scope of Object.values(rest))
    for (const method of Object.values(scope)) {
      const d = method.endpoint?.DEFAULTS;
      if (!d) continue;
      const path = d.url.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, n: string) => (['ref', 'basehead', 'path', 'name'].includes(n) ? '.+' : '[^/]+'));
      out.push({ method: d.method, re: new RegExp(`^${path}$`) });
    }
  return out;
})();

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
        : { body: { ...user, node_id: `U_${user.id}`, site_admin: false } }],
    ['POST', '/graphql', (r) => (/^\s*(query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(r.body?.query ?? '') ? { body: { data: { viewer: { login: user.login } } } } : undefined)],
  ];
}

/**
 * A fake of the GitHub endpoints a test needs, on 127.0.0.1: routes are matched in order (then
 * the identity of an Actions GITHUB_TOKEN, see identityRoutes), every request is recorded, an
 * unmatched one gets a 404 like GitHub's (a GraphQL query nobody answers: GitHub's error for an
 * unknown field). A route that is not a real GitHub operation throws at once. `otherwise` answers
 * any real operation no route answered (a GitHub that rate-limits everything, say).
 */
export async function startFakeGitHub(routes: Route[], options: { otherwise?: Handler; downloads?: Route[] } = {}): Promise<FakeGitHub> {
  for (const [method, pattern] of routes) {
    const path = samplePath(pattern);
    if (!OPERATIONS.some((o) => o.method === method && o.re.test(path))) throw new Error(`fake GitHub: ${method} ${pattern} is not a GitHub API operation`);
  }
  // The API redirects archive requests to a download host: its routes are not API operations, and live under DOWNLOADS.
  for (const [method, pattern] of options.downloads ?? []) {
    if (method !== 'GET' || !pattern.startsWith(`${DOWNLOADS}/`)) throw new Error(`fake GitHub: download route ${method} ${pattern} must be a GET under ${DOWNLOADS}/`);
  }
  const compiled = [...routes, ...(options.downloads ?? []), ...identityRoutes()].map(([method, pattern, handler]) => ({ method, handler, ...compile(pattern) }));
  const requests: RecordedRequest[] = [];
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
      let response: FakeResponse | undefined;
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
      if (!response && options.otherwise && OPERATIONS.some((o) => o.method === recorded.method && o.re.test(recorded.path))) {
        response = await options.otherwise(recorded);
      }
      if (!response && recorded.path === '/graphql')
        response = { body: { errors: [{ message: `fake GitHub: no answer for the query ${JSON.stringify(recorded.body?.query ?? '')}`, locations: [] }] } };
      response ??= { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
      const status = response.status ?? 200;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...(response.headers ?? {}) });
      if (response.raw !== undefined) res.end(response.raw);
      else res.end(status === 204 || (status >= 300 && status < 400) ? undefined : JSON.stringify(response.body ?? {}));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    calls: (filter) => requests.map((r) => `${r.method} ${r.path}`).filter((c) => !filter || filter.test(c)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
