import { startFakeGitHub } from '../support/fake-github.js';
import { checkRunBody } from '../support/github-bodies.js';
import { findOperation } from '../support/github-openapi.js';

describe('the fake GitHub', () => {
  it('refuses a route that is no GitHub API operation', async () => {
    await expect(startFakeGitHub([['GET', '/repos/:owner/:repo/pulls/:n/suggestions', () => ({ body: [] })]])).rejects.toThrow(
      'fake GitHub: GET /repos/:owner/:repo/pulls/:n/suggestions is not a GitHub API operation',
    );
    await expect(startFakeGitHub([['PUT', '/repos/:owner/:repo/check-runs', () => ({ body: {} })]])).rejects.toThrow(/not a GitHub API operation/);
    const gh = await startFakeGitHub([['GET', '/repos/:owner/:repo/git/ref/heads/:branch*', () => ({ body: {} })]]);
    await gh.close();
  });

  it("answers who the token is as GitHub does for an Actions GITHUB_TOKEN; an unknown GraphQL query gets GitHub's error shape", async () => {
    const gh = await startFakeGitHub([]);
    try {
      const post = (query: string) => fetch(`${gh.url}/graphql`, { method: 'POST', body: JSON.stringify({ query }) });
      expect(await (await post('query { viewer { login } }')).json()).toEqual({ data: { viewer: { login: 'github-actions[bot]' } } });
      const other = await post('query { rateLimit { remaining } }');
      expect(other.status).toBe(200);
      expect(((await other.json()) as { errors: Array<{ message: string }> }).errors[0].message).toMatch(/no answer for the query/);
      const user = await fetch(`${gh.url}/user`);
      expect(user.status).toBe(403);
      expect(((await user.json()) as { message: string }).message).toBe('Resource not accessible by integration');
    } finally {
      await gh.close();
    }
  });

  describe("holds every exchange to GitHub's OpenAPI description", () => {
    const CHECK_RUN = { name: 'clawcheck', head_sha: 'a'.repeat(40) };
    const post = (url: string, body: unknown) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

    it('a request GitHub would refuse gets its 422 without reaching the route, and close() fails naming the schema path', async () => {
      let reached = 0;
      const gh = await startFakeGitHub([
        ['POST', '/repos/o/r/check-runs', () => (reached++, { status: 201, body: checkRunBody() })],
        ['GET', '/repos/o/r/pulls/7/files', () => (reached++, { body: [] })],
      ]);
      const noName = await post(`${gh.url}/repos/o/r/check-runs`, { head_sha: 'a'.repeat(40) });
      expect(noName.status).toBe(422);
      expect(((await noName.json()) as { message: string }).message).toMatch(/^Invalid request\.\n\nrequest body: at \/: must have required property 'name'/);
      expect((await fetch(`${gh.url}/repos/o/r/pulls/7/files?per_page=100&bogus=1`)).status).toBe(422);
      expect((await post(`${gh.url}/repos/o/r/check-runs`, CHECK_RUN)).status).toBe(201);
      expect(reached).toBe(1);
      expect(gh.violations.map((v) => [v.kind, v.request])).toEqual([
        ['request', 'POST /repos/o/r/check-runs (checks/create)'],
        ['request', 'GET /repos/o/r/pulls/7/files?per_page=100&bogus=1 (pulls/list-files)'],
      ]);
      expect(gh.violations[1].problems).toEqual(['query parameter(s) bogus not declared by pulls/list-files (it takes per_page, page)']);
      await expect(gh.close()).rejects.toThrow(/- request of POST \/repos\/o\/r\/check-runs \(checks\/create\):\n {4}request body: at \/: must have required property 'name' \[schema #\/required\]/);
    });

    it('an answer GitHub could not send is delivered, recorded and fails the test at close(); a deliberate one says why', async () => {
      const gh = await startFakeGitHub([
        ['POST', '/repos/o/r/check-runs', () => ({ status: 201, body: { id: 99 } })],
        ['PATCH', '/repos/o/r/check-runs/:id', () => ({ status: 200, raw: '{"id": 9', offSpec: 'a truncated answer' })],
        ['GET', '/repos/o/r/pulls/7/files', () => ({ status: 418, body: [] })],
      ]);
      const created = await post(`${gh.url}/repos/o/r/check-runs`, CHECK_RUN);
      expect([created.status, await created.json()]).toEqual([201, { id: 99 }]);
      expect((await fetch(`${gh.url}/repos/o/r/check-runs/9`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(200);
      expect((await fetch(`${gh.url}/repos/o/r/pulls/7/files`)).status).toBe(418);
      expect(gh.violations.map((v) => [v.kind, v.request])).toEqual([
        ['response', 'POST /repos/o/r/check-runs (checks/create)'],
        ['response', 'GET /repos/o/r/pulls/7/files (pulls/list-files)'],
      ]);
      expect(gh.violations[0].problems[0]).toMatch(/^201 application\/json body: at \/: must have required property '\w+'/);
      expect(gh.violations[1].problems).toEqual(['status 418 is not an answer pulls/list-files has (it has 200, 422, 500, 503)']);
      await expect(gh.close()).rejects.toThrow(/^fake GitHub: 2 exchange\(s\) GitHub's OpenAPI description \(@octokit\/openapi [\d.]+ \(api\.github\.com\)\) does not allow:/);
    });

    it('a path that is no operation is a 404 and a violation; a real operation outside the generated part says how to add it', async () => {
      const gh = await startFakeGitHub([]);
      expect((await fetch(`${gh.url}/repos/o/r/suggestions`)).status).toBe(404);
      expect((await fetch(`${gh.url}/emojis`)).status).toBe(404);
      expect(gh.violations.map((v) => v.problems)).toEqual([
        ['no GitHub REST operation has this method and path'],
        ['GET /emojis is not in __tests__/support/generated/github-operations.json: run npm run regen:github'],
      ]);
      await expect(gh.close()).rejects.toThrow(/2 exchange\(s\)/);
    });

    it("a media type is held to the request's Accept: a commit's SHA as text only when it was asked for", async () => {
      const sha = 'c'.repeat(40);
      const gh = await startFakeGitHub([['GET', '/repos/o/r/commits/:ref*', () => ({ raw: sha, headers: { 'content-type': 'application/vnd.github.sha; charset=utf-8' } })]]);
      expect(await (await fetch(`${gh.url}/repos/o/r/commits/release%2F1.0`, { headers: { accept: 'application/vnd.github.v3.sha' } })).text()).toBe(sha);
      expect(gh.violations).toEqual([]);
      await fetch(`${gh.url}/repos/o/r/commits/main`, { headers: { accept: 'application/vnd.github+json' } });
      expect(gh.violations[0].problems).toEqual(["repos/get-commit answered application/vnd.github.sha, which the request's Accept (application/vnd.github+json) did not ask for"]);
      await expect(gh.close()).rejects.toThrow(/1 exchange\(s\)/);
    });

    it('a branch name with slashes is one ref parameter, decoded, whether the client escapes its slashes or not', () => {
      expect(findOperation('GET', '/repos/o/r/git/ref/heads/clawcheck/autofix')).toMatchObject({ op: { operationId: 'git/get-ref' }, params: { owner: 'o', repo: 'r', ref: 'heads/clawcheck/autofix' } });
      expect(findOperation('GET', '/repos/o/r/git/ref/heads%2Fclawcheck%2Fautofix')?.params.ref).toBe('heads/clawcheck/autofix');
      expect(findOperation('GET', '/repos/o/r/pulls/comments/5')).toBeUndefined();
    });
  });
});
