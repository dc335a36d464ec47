import { createClient } from '../../src/github/client.js';
import { tokenIdentity, writtenBy } from '../../src/github/identity.js';
import { HUMAN_USER, startFakeGitHub } from '../support/fake-github.js';
import type { FakeGitHub, Route } from '../support/fake-github.js';
import { authenticatedUserBody } from '../support/github-bodies.js';

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

async function identityWith(routes: Route[], token = 't0ken') {
  gh = await startFakeGitHub(routes);
  const client = createClient({ token, baseUrl: gh.url, retries: 0, throttle: false });
  return { client, identity: await tokenIdentity(client) };
}

const down: Route = ['POST', '/graphql', () => ({ status: 502, body: { message: 'Bad Gateway' } })];

describe('tokenIdentity', () => {
  it('the Actions GITHUB_TOKEN, as GitHub answers it: the viewer is github-actions[bot], asked once per client', async () => {
    const { client, identity } = await identityWith([]);
    expect(identity).toEqual({ login: 'github-actions[bot]' });
    expect(await tokenIdentity(client)).toBe(identity);
    expect(gh!.calls()).toEqual(['POST /graphql']);
    expect(gh!.requests[0].body).toEqual({ query: 'query { viewer { login } }' });
  });

  it("a user's token: GET /user when GraphQL does not answer", async () => {
    const { identity } = await identityWith([down, ['GET', '/user', () => ({ body: authenticatedUserBody(HUMAN_USER) })]]);
    expect(identity).toEqual({ login: 'octo-dev' });
    expect(gh!.calls()).toEqual(['POST /graphql', 'GET /user']);
  });

  it('an installation token (ghs_) that GraphQL does not answer writes as the Actions bot; GET /user is not asked (always 403 there)', async () => {
    const { identity } = await identityWith([down], 'ghs_' + 'a'.repeat(36));
    expect(identity).toEqual({ login: 'github-actions[bot]' });
    expect(gh!.calls()).toEqual(['POST /graphql']);
  });

  it("an installation token's viewer login is given the [bot] REST shows on its authors", async () => {
    const { identity } = await identityWith([['POST', '/graphql', () => ({ body: { data: { viewer: { login: 'my-app' } } } })]], 'ghs_' + 'b'.repeat(36));
    expect(identity).toEqual({ login: 'my-app[bot]' });
  });

  it('no answer, or an answer that is not a login: unknown, so nothing is trusted', async () => {
    const odd = (login: unknown): Route => ['POST', '/graphql', () => ({ body: { data: { viewer: { login } } } })];
    expect((await identityWith([down, ['GET', '/user', () => ({ status: 401, body: { message: 'Bad credentials' } })]])).identity).toBeUndefined();
    for (const login of ['', 'a b', '<img>', 'x'.repeat(60), 42, null]) {
      await gh!.close();
      expect((await identityWith([odd(login), ['GET', '/user', () => ({ body: { ...authenticatedUserBody(HUMAN_USER), login }, offSpec: typeof login === 'string' ? undefined : 'a login that is not a string' })]])).identity).toBeUndefined();
    }
  });
});

describe('writtenBy', () => {
  it('compares logins as GitHub does (case-insensitively), on any shape of author', () => {
    const me = { login: 'github-actions[bot]' };
    expect(writtenBy(me, { login: 'GitHub-Actions[bot]', type: 'Bot' })).toBe(true);
    expect(writtenBy(me, { login: 'github-actions', type: 'User' })).toBe(false);
    expect(writtenBy(me, null)).toBe(false);
    expect(writtenBy(me, 'github-actions[bot]')).toBe(false);
    expect(writtenBy(me, { login: ['github-actions[bot]'] })).toBe(false);
    expect(writtenBy(undefined, { login: 'github-actions[bot]' })).toBe(false);
  });
});
