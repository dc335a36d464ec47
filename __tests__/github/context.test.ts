import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRunContext } from '../../src/github/context.js';
import { tempTree } from '../support/tmp.js';

type Schema = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const HOOKS: { source: string; events: Record<string, Schema>; components: { definitions: Record<string, Schema> } } = JSON.parse(
  readFileSync(new URL('../support/generated/github-webhooks.json', import.meta.url), 'utf8'),
);

/** Every schema a value at `path` of the event's payload may have, through $ref and allOf/anyOf/oneOf. */
function schemasAt(event: string, path: string[]): Schema[] {
  const deref = (x: Schema | undefined): Schema | undefined => {
    while (x?.$ref) x = HOOKS.components.definitions[String(x.$ref).replace('ghhooks#/definitions/', '')];
    return x;
  };
  const alternatives = (x: Schema | undefined): Schema[] => {
    const d = deref(x);
    return d ? [d, ...[...(d.allOf ?? []), ...(d.anyOf ?? []), ...(d.oneOf ?? [])].flatMap(alternatives)] : [];
  };
  let here = alternatives(HOOKS.events[event]);
  for (const key of path) here = here.flatMap((x) => alternatives(x.properties?.[key]));
  return here;
}
const typesAt = (event: string, path: string) => [...new Set(schemasAt(event, path.split('.')).flatMap((x) => x.type ?? []))].sort();

function contextOf(payload: unknown) {
  const dir = tempTree({});
  writeFileSync(join(dir, 'event.json'), JSON.stringify(payload));
  return readRunContext({ GITHUB_REPOSITORY: 'octo/deploy', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(dir, 'event.json'), GITHUB_SHA: 'm'.repeat(40), GITHUB_WORKSPACE: dir });
}

describe("the event payload, as GitHub's webhook description (@octokit/openapi-webhooks) gives it", () => {
  it.each(['pull-request-opened', 'pull-request-synchronize'])('%s has every field readRunContext reads, with the type it reads it as', (event) => {
    expect(HOOKS.source).toMatch(/^@octokit\/openapi-webhooks \d+\.\d+\.\d+/);
    expect(typesAt(event, 'pull_request.number')).toEqual(['integer']);
    expect(typesAt(event, 'pull_request.changed_files')).toEqual(['integer']);
    for (const path of ['pull_request.head.sha', 'pull_request.head.ref', 'pull_request.base.ref', 'pull_request.head.repo.full_name', 'pull_request.base.repo.full_name'])
      expect([path, typesAt(event, path)]).toEqual([path, ['string']]);
  });

  it('reads a pull request from its own repository, and one from a fork, as the payload says', () => {
    const pr = (head: unknown) => ({ number: 7, pull_request: { number: 7, changed_files: 2, head, base: { ref: 'main', sha: 'b'.repeat(40), repo: { full_name: 'octo/deploy' } } } });
    expect(contextOf(pr({ sha: 'h'.repeat(40), ref: 'proxy', repo: { full_name: 'octo/deploy' } })).pullRequest).toEqual({
      number: 7, headSha: 'h'.repeat(40), headRef: 'proxy', baseRef: 'main', headRepo: 'octo/deploy', fork: false, changedFiles: 2,
    });
    expect(contextOf(pr({ sha: 'h'.repeat(40), ref: 'main', repo: { full_name: 'stranger/deploy' } })).pullRequest).toMatchObject({ headRepo: 'stranger/deploy', fork: true });
    // A fork deleted after the pull request was opened: GitHub sends repo null; its branch cannot be written.
    expect(contextOf(pr({ sha: 'h'.repeat(40), ref: 'proxy', repo: null })).pullRequest).toMatchObject({ headRepo: 'octo/deploy', fork: true });
    expect(contextOf(pr({ sha: 'h'.repeat(40), ref: 'proxy', repo: null })).sha).toBe('h'.repeat(40));
  });

  it('a payload that is not JSON, or a pull request without a number, is no pull request', () => {
    const dir = tempTree({ 'event.json': '{"pull_request": ' });
    expect(readRunContext({ GITHUB_EVENT_PATH: join(dir, 'event.json'), GITHUB_SHA: 's'.repeat(40) })).toMatchObject({ pullRequest: undefined, sha: 's'.repeat(40) });
    expect(contextOf({ pull_request: { number: '7', head: { sha: 'x' } } }).pullRequest).toBeUndefined();
  });
});
