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
  headers?: Record<string, string>;
}

export type Handler = (req: RecordedRequest) => FakeResponse | Promise<FakeResponse>;

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
 * A fake of the GitHub REST endpoints a test needs, on 127.0.0.1: routes are matched in order,
 * every request is recorded, an unmatched one gets a 404 like GitHub's.
 */
export async function startFakeGitHub(routes: Route[]): Promise<FakeGitHub> {
  const compiled = routes.map(([method, pattern, handler]) => ({ method, handler, ...compile(pattern) }));
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
      const route = compiled.find((r) => r.method === recorded.method && r.re.test(recorded.path));
      let response: FakeResponse;
      if (!route) response = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
      else {
        const m = route.re.exec(recorded.path)!;
        route.names.forEach((n, i) => (recorded.params[n] = m[i + 1]));
        try {
          response = await route.handler(recorded);
        } catch (e) {
          response = { status: 500, body: { message: String(e) } };
        }
      }
      const status = response.status ?? 200;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...(response.headers ?? {}) });
      res.end(status === 204 ? undefined : JSON.stringify(response.body ?? {}));
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
