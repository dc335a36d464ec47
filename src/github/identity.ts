/**
 * Who clawcheck writes as: the account GitHub shows as the author of the comments, issues and
 * commits made with the run's token. Hidden markers and trailers can be copied by anyone, so
 * clawcheck trusts them only on what this account wrote; when it cannot be told, nothing is
 * trusted (nothing is deleted, adopted, closed or overwritten).
 *
 * The lookup is at most two requests per client (each bounded like every request of the client,
 * and not retried where the client honours `request.retries`), made only when something carrying
 * a marker needs judging:
 * 1. GraphQL `viewer { login }`, which answers for every kind of token (a user's, the Actions
 *    GITHUB_TOKEN and a GitHub App's installation token, whose login is `<app>[bot]`);
 * 2. `GET /user`, for a user's token when GraphQL is not reachable (installation tokens get 403
 *    there: they have no user);
 * 3. for an installation token (`ghs_…`) that neither answers, the Actions bot
 *    `github-actions[bot]`, which is what the GITHUB_TOKEN writes as.
 */
import type { GitHubClient } from './client.js';

export interface Identity {
  /** As REST shows it on authors: `octocat`, `github-actions[bot]`. */
  login: string;
}

export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
const ONCE = { request: { retries: 0 } };

const known = new WeakMap<GitHubClient, Promise<Identity | undefined>>();

async function tokenType(client: GitHubClient): Promise<string | undefined> {
  try {
    return ((await client.auth()) as { tokenType?: string } | undefined)?.tokenType;
  } catch {
    return undefined;
  }
}

async function lookUp(client: GitHubClient): Promise<Identity | undefined> {
  const installation = (await tokenType(client)) === 'installation';
  // An installation token always writes as a bot, whose REST login ends in [bot].
  const asAuthor = (login: string) => (installation && !login.endsWith('[bot]') ? `${login}[bot]` : login);
  try {
    const r = await client.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }', ONCE);
    const login = r?.viewer?.login;
    if (typeof login === 'string' && LOGIN.test(login)) return { login: asAuthor(login) };
  } catch {
    // next way
  }
  if (!installation) {
    try {
      const { data } = await client.rest.users.getAuthenticated(ONCE);
      const login = (data as { login?: unknown } | undefined)?.login;
      if (typeof login === 'string' && LOGIN.test(login)) return { login };
    } catch {
      // unknown
    }
    return undefined;
  }
  return { login: ACTIONS_BOT_LOGIN };
}

/** The token's identity, looked up once per client; undefined when it cannot be told. */
export function tokenIdentity(client: GitHubClient): Promise<Identity | undefined> {
  let found = known.get(client);
  if (!found) {
    found = lookUp(client);
    known.set(client, found);
  }
  return found;
}

/** Was this written by `identity`? `user` is the `user`/`author` object of an API answer (any shape). */
export function writtenBy(identity: Identity | undefined, user: unknown): boolean {
  const login = (user as { login?: unknown } | null | undefined)?.login;
  return !!identity && typeof login === 'string' && login.toLowerCase() === identity.login.toLowerCase();
}
