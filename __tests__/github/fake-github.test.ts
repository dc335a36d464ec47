import { startFakeGitHub } from '../support/fake-github.js';

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
});
