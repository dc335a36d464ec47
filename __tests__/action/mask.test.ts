/** The bundled Action registers its token as a secret before it prints anything. */
import { afterEach, expect, test } from '@jest/globals';
import { runActionProcess } from '../support/action-process.js';
import { startFakeGitHub } from '../support/fake-github.js';
import type { FakeGitHub } from '../support/fake-github.js';
import { tempTree } from '../support/tmp.js';

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

test('the first line of the step is ::add-mask:: for the token', async () => {
  gh = await startFakeGitHub([]); // every API call is a 404: the channels degrade, the step still runs
  const workspace = tempTree({ 'docker-compose.yml': 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:latest\n' });
  const r = await runActionProcess({ workspace, eventName: 'push', event: {}, apiUrl: gh.url, inputs: { token: 'ghs_tokenOfThisRun0123456789abcdef', 'fail-on': 'never' } });
  expect(r.stdout.split('\n')[0]).toBe('::add-mask::ghs_tokenOfThisRun0123456789abcdef');
  expect(r.stdout.split('\n').filter((l) => l.includes('ghs_tokenOfThisRun'))).toHaveLength(1);
});
