import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from '../../src/github/client.js';
import { GitHubWaitError, REQUEST_TIMEOUT_MS, RETRIES, WAIT_BUDGET_MS } from '../../src/github/waits.js';
import { testClock } from '../support/clock.js';
import { startFakeGitHub } from '../support/fake-github.js';
import type { FakeGitHub } from '../support/fake-github.js';
import { repositoryBody, validationFailed } from '../support/github-bodies.js';

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

const repo = { owner: 'o', repo: 'r' };
const START_S = Date.UTC(2030, 0, 1) / 1000;
const primaryLimit = (resetInS: number) => ({
  status: 403,
  headers: { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(START_S + resetInS) },
  body: { message: 'API rate limit exceeded for installation ID 1.' },
});

/** What a request's failure looks like to a channel: kind (for wait errors), status, message. */
async function failure(p: Promise<unknown>) {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  if (!e) return undefined;
  const err = e as { kind?: string; status?: number; message: string };
  return { wait: e instanceof GitHubWaitError ? err.kind : undefined, status: err.status, message: err.message };
}

describe('createClient', () => {
  test('a 403 or 422 is not retried; a 502 is retried up to the limit', async () => {
    let flaky = 0;
    gh = await startFakeGitHub([
      ['POST', '/repos/o/r/check-runs', () => ({ status: 403, body: { message: 'Resource not accessible by integration' } })],
      ['POST', '/repos/o/r/pulls/1/reviews', () => ({ status: 422, body: validationFailed('Unprocessable Entity') })],
      ['GET', '/repos/o/r', () => (++flaky < 2 ? { status: 502, body: { message: 'Bad Gateway' } } : { body: repositoryBody({ id: 1 }) })],
    ]);
    const t = testClock();
    const client = createClient({ token: 't', baseUrl: gh.url, retries: 1, throttle: false, clock: t.clock });
    await expect(client.rest.checks.create({ owner: 'o', repo: 'r', name: 'x', head_sha: 'a' })).rejects.toMatchObject({ status: 403 });
    await expect(client.rest.pulls.createReview({ owner: 'o', repo: 'r', pull_number: 1 })).rejects.toMatchObject({ status: 422 });
    await expect(client.rest.repos.get(repo)).resolves.toMatchObject({ data: { id: 1 } });
    expect(gh.calls()).toEqual(['POST /repos/o/r/check-runs', 'POST /repos/o/r/pulls/1/reviews', 'GET /repos/o/r', 'GET /repos/o/r']);
    expect(t.sleeps).toEqual([1000]);
  });

  test('the bounds are the documented constants', () => {
    expect({ REQUEST_TIMEOUT_MS, WAIT_BUDGET_MS, RETRIES }).toEqual({ REQUEST_TIMEOUT_MS: 30_000, WAIT_BUDGET_MS: 120_000, RETRIES: 3 });
  });
});

describe('rate limits', () => {
  test('a primary limit resetting in an hour is not waited for, and nothing is sent until it resets', async () => {
    let limited = true;
    gh = await startFakeGitHub([['GET', '/repos/o/r', () => (limited ? primaryLimit(3600) : { body: repositoryBody({ id: 1 }) })]]);
    const t = testClock();
    const client = createClient({ token: 't', baseUrl: gh.url, throttle: false, clock: t.clock });

    const first = await failure(client.rest.repos.get(repo));
    expect(first).toEqual({
      wait: 'rate-limit',
      status: undefined, // not a 403 a channel would read as a missing permission
      message: "GitHub's API rate limit for this token is used up for 3601 s, more than the 120 s left of clawcheck's wait budget: not waiting",
    });
    expect(await failure(client.rest.repos.get(repo))).toEqual({ wait: 'rate-limit', status: undefined, message: `GET /repos/o/r not sent: ${first!.message}` });
    expect(gh.calls()).toEqual(['GET /repos/o/r']);
    expect(t.sleeps).toEqual([]);

    t.advance(3601_000);
    limited = false;
    await expect(client.rest.repos.get(repo)).resolves.toMatchObject({ data: { id: 1 } });
    expect(gh.calls()).toEqual(['GET /repos/o/r', 'GET /repos/o/r']);
  });

  test('with request pacing on, as in production, the rate-limit handlers decline and the budget decides', async () => {
    gh = await startFakeGitHub([['GET', '/repos/o/r', () => primaryLimit(3600)]]);
    const t = testClock();
    const client = createClient({ token: 't', baseUrl: gh.url, clock: t.clock });
    expect((await failure(client.rest.repos.get(repo)))?.wait).toBe('rate-limit');
    expect(gh.calls()).toEqual(['GET /repos/o/r']);
    expect(t.sleeps).toEqual([]);
  });

  test('a short primary limit and a secondary limit are waited for, as long as the budget lasts', async () => {
    const answers: Record<string, Array<() => object>> = {
      primary: [() => primaryLimit(29), () => ({ body: repositoryBody({ id: 1 }) })],
      secondary: [() => ({ status: 403, headers: { 'retry-after': '45' }, body: { message: 'You have exceeded a secondary rate limit.' } }), () => ({ body: repositoryBody({ id: 2 }) })],
      // No retry-after: GitHub's advice is a minute, which no longer fits.
      again: [() => ({ status: 429, body: { message: 'Too Many Requests' } })],
    };
    gh = await startFakeGitHub([['GET', '/repos/o/:name', (r) => answers[r.params.name].shift()!()]]);
    const t = testClock();
    const client = createClient({ token: 't', baseUrl: gh.url, throttle: false, clock: t.clock, limits: { waitBudgetMs: 100_000 } });

    await expect(client.rest.repos.get({ owner: 'o', repo: 'primary' })).resolves.toMatchObject({ data: { id: 1 } });
    await expect(client.rest.repos.get({ owner: 'o', repo: 'secondary' })).resolves.toMatchObject({ data: { id: 2 } });
    expect(t.sleeps).toEqual([30_000, 45_000]);
    expect(await failure(client.rest.repos.get({ owner: 'o', repo: 'again' }))).toEqual({
      wait: 'rate-limit',
      status: undefined,
      message: "GitHub's secondary rate limit asks for a pause of 60 s before GET /repos/o/again, more than the 25 s left of clawcheck's wait budget: not waiting",
    });
    expect(t.sleeps).toEqual([30_000, 45_000]);
    expect(gh.calls().length).toBe(5);
  });

  test('a limit that keeps coming back is retried at most `retries` times', async () => {
    gh = await startFakeGitHub([['GET', '/repos/o/r', () => ({ status: 429, headers: { 'retry-after': '1' }, body: { message: 'slow down' } })]]);
    const t = testClock();
    const client = createClient({ token: 't', baseUrl: gh.url, throttle: false, clock: t.clock });
    expect((await failure(client.rest.repos.get(repo)))?.message).toBe("GitHub's secondary rate limit asks for a pause of 1 s before GET /repos/o/r, after 3 retries: not waiting again");
    expect(gh.calls().length).toBe(4);
    expect(t.sleeps).toEqual([1000, 1000, 1000]);
  });

  test('a hostile retry-after or reset does not make the client wait', async () => {
    const headers: Array<Record<string, string>> = [{ 'retry-after': '99999999999999999999' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': 'soon' }, { 'retry-after': 'Fri, 01 Jan 2100 00:00:00 GMT' }];
    gh = await startFakeGitHub([['GET', '/repos/o/:n', (r) => ({ status: 403, headers: headers[Number(r.params.n)], body: { message: 'rate limited' } })]]);
    const t = testClock();
    for (const n of ['0', '1', '2']) {
      const client = createClient({ token: 't', baseUrl: gh.url, throttle: false, clock: t.clock });
      expect((await failure(client.rest.repos.get({ owner: 'o', repo: n })))?.wait).toBe('rate-limit');
    }
    expect(t.sleeps).toEqual([]);
    expect(gh.calls().length).toBe(3);
  });
});

describe('server errors and the budget', () => {
  test('back-offs of every request draw on one budget; a back-off that does not fit is not taken', async () => {
    gh = await startFakeGitHub([['GET', '/repos/o/:name', () => ({ status: 502, body: { message: 'Bad Gateway' } })]]);
    const t = testClock();
    const client = createClient({ token: 't', baseUrl: gh.url, throttle: false, clock: t.clock, limits: { waitBudgetMs: 7000 } });
    expect(await failure(client.rest.repos.get({ owner: 'o', repo: 'a' }))).toEqual({ wait: undefined, status: 502, message: 'Bad Gateway' });
    expect(t.sleeps).toEqual([1000, 4000]); // 9 s would overdraw the 2 s left
    expect(await failure(client.rest.repos.get({ owner: 'o', repo: 'b' }))).toMatchObject({ status: 502 });
    expect(t.sleeps).toEqual([1000, 4000, 1000]); // then 4 s would overdraw the 1 s left
    expect(await failure(client.rest.repos.get({ owner: 'o', repo: 'c' }))).toMatchObject({ status: 502 });
    expect(t.sleeps).toEqual([1000, 4000, 1000, 1000]);
    expect(await failure(client.rest.repos.get({ owner: 'o', repo: 'd' }))).toMatchObject({ status: 502 });
    expect(t.sleeps).toEqual([1000, 4000, 1000, 1000]); // the budget is spent: the error surfaces at once
    expect(gh.calls().map((c) => c.slice(-1)).join('')).toBe('aaabbccd');
  });
});

describe('connections that cannot be made fail fast', () => {
  test('a refused connection: one attempt, no sleep, and no further request this run', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const t = testClock();
    const lost: string[] = [];
    const client = createClient({ token: 't', baseUrl: `http://127.0.0.1:${port}`, throttle: false, clock: t.clock, onUnreachable: (e) => lost.push(e.kind) });

    const first = await failure(client.rest.repos.get(repo));
    expect(first).toEqual({
      wait: 'unreachable',
      status: undefined,
      message: `cannot connect to GitHub at http://127.0.0.1:${port} (ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:${port}); no further requests are made this run`,
    });
    expect(await failure(client.rest.checks.create({ ...repo, name: 'x', head_sha: 'a' }))).toMatchObject({ wait: 'unreachable', message: `POST /repos/o/r/check-runs not sent: ${first!.message}` });
    expect(lost).toEqual(['unreachable']); // told once, when it happened
    expect(t.timeouts.length).toBe(1);
    expect(t.sleeps).toEqual([]);
  });

  test.each(['ENOTFOUND', 'EAI_AGAIN'])('a DNS failure (%s), as undici reports it: one attempt, no sleep', async (code) => {
    let fetches = 0;
    const fetch = async () => {
      fetches++;
      throw new TypeError('fetch failed', { cause: Object.assign(new Error(`getaddrinfo ${code} api.github.example`), { code, syscall: 'getaddrinfo' }) });
    };
    const t = testClock();
    const client = createClient({ token: 't', baseUrl: 'https://api.github.example', throttle: false, clock: t.clock });
    expect(await failure(client.rest.repos.get({ ...repo, request: { fetch } }))).toMatchObject({ wait: 'unreachable', message: expect.stringContaining(`(${code}: getaddrinfo ${code} api.github.example)`) });
    expect(await failure(client.rest.repos.get({ ...repo, request: { fetch } }))).toMatchObject({ wait: 'unreachable', message: expect.stringMatching(/^GET \/repos\/o\/r not sent: /) });
    expect(fetches).toBe(1);
    expect(t.sleeps).toEqual([]);
  });

  test('a connection reset mid-request is retried like a server error', async () => {
    let fetches = 0;
    const fetch = async () => {
      if (++fetches === 1) throw new TypeError('fetch failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });
      return new Response('{"id":3}', { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const t = testClock();
    const client = createClient({ token: 't', baseUrl: 'https://api.github.example', throttle: false, clock: t.clock });
    await expect(client.rest.repos.get({ ...repo, request: { fetch } })).resolves.toMatchObject({ data: { id: 3 } });
    expect(fetches).toBe(2);
    expect(t.sleeps).toEqual([1000]);
  });
});

describe('per-request timeout', () => {
  test('an answer that does not come within the timeout fails that request, without a retry, and no further request is sent', async () => {
    const t = testClock();
    gh = await startFakeGitHub([
      // The timeout elapses while the server works on the answer: the client aborts before it comes.
      ['GET', '/repos/o/slow', () => (t.timeouts.at(-1)!.abort(), { body: repositoryBody({ id: 0 }) })],
    ]);
    // (A second server for the next request: the aborted connection would hold the first one's close.)
    const next = await startFakeGitHub([['GET', '/repos/o/r', () => ({ body: repositoryBody({ id: 1 }) })]]);
    const lost: string[] = [];
    const client = createClient({ token: 't', baseUrl: gh.url, throttle: false, clock: t.clock, onUnreachable: (e) => lost.push(e.kind) });
    const first = await failure(client.rest.repos.get({ owner: 'o', repo: 'slow' }));
    expect(first).toEqual({ wait: 'timeout', status: undefined, message: 'GitHub did not answer GET /repos/o/slow within 30 s; no further requests are made this run' });
    // GitHub answers within 10 s or with an error: 30 s of silence is a broken way there, and each further request would wait as long.
    expect(await failure(client.rest.repos.get({ ...repo, baseUrl: next.url }))).toEqual({ wait: 'timeout', status: undefined, message: `GET /repos/o/r not sent: ${first!.message}` });
    await next.close();
    expect([...gh.calls(), ...next.calls()]).toEqual(['GET /repos/o/slow']);
    expect(lost).toEqual(['timeout']);
    expect(t.timeouts.length).toBe(1);
    expect(t.sleeps).toEqual([]);
  });

  test('a body that never ends times out too (its data is not taken as empty)', async () => {
    const t = testClock();
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":', () => t.timeouts.at(-1)!.abort());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const client = createClient({ token: 't', baseUrl: `http://127.0.0.1:${port}`, throttle: false, clock: t.clock, limits: { requestTimeoutMs: 5000 } });
      expect(await failure(client.rest.repos.get(repo))).toEqual({ wait: 'timeout', status: undefined, message: 'GitHub did not answer GET /repos/o/r within 5 s; no further requests are made this run' });
      expect(t.timeouts.length).toBe(1);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
