import { afterEach, describe, expect, it } from '@jest/globals';
import { DEFAULT_TARGETS, DiscoverError, discover, kindOf } from '../../src/discover/index.js';
import { makeTree, removeTrees } from './helpers.js';

afterEach(removeTrees);

describe('kindOf', () => {
  it.each([
    ['docker-compose.yml', 'compose'],
    ['deploy/stack.YAML', 'compose'],
    ['.env.yml', 'compose'],
    ['openclaw.json', 'openclaw'],
    ['cfg/openclaw.dev.json5', 'openclaw'],
    ['.env', 'dotenv'],
    ['sub/prod.env', 'dotenv'],
    ['.env.local', 'dotenv'],
    ['README.md', undefined],
    ['Dockerfile', undefined],
    ['environment', undefined],
  ])('%s → %s', (path, kind) => {
    expect(kindOf(path)).toBe(kind);
  });
});

describe('DEFAULT_TARGETS', () => {
  it('lists the documented globs', () => {
    expect(DEFAULT_TARGETS).toEqual([
      '**/docker-compose*.y{a,}ml',
      '**/compose*.y{a,}ml',
      '**/*.compose.y{a,}ml',
      '**/openclaw.json',
      '**/openclaw*.json5',
      '**/.openclaw/openclaw.json',
    ]);
  });
});

describe('glob validation', () => {
  it.each([
    [{ include: ['../other/*.yml'] }, 'include glob "../other/*.yml" contains \'..\'; globs cannot reach outside the scan root'],
    [{ include: ['deploy/../../x.yml'] }, 'include glob "deploy/../../x.yml" contains \'..\'; globs cannot reach outside the scan root'],
    [{ exclude: ['/etc/**'] }, 'exclude glob "/etc/**" is absolute; globs are relative to the scan root'],
    [{ include: ['!vendor/**'] }, 'include glob "!vendor/**" starts with \'!\'; use exclude instead of negation'],
    [{ exclude: [''] }, 'exclude glob "" is empty'],
  ])('refuses %j', async (globs, message) => {
    const root = await makeTree({ 'docker-compose.yml': 'services: {}\n' });
    const error: unknown = await discover({ root, ...globs }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscoverError);
    expect((error as Error).message).toBe(message);
  });

  it('accepts dots that are not a parent segment', async () => {
    const root = await makeTree({ 'a..b.yml': 'x: 1\n' });
    const result = await discover({ root, include: ['a..b.yml'] });
    expect(result.files.map((f) => f.path)).toEqual(['a..b.yml']);
  });
});
