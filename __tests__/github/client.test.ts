import { createClient } from '../../src/github/client.js';
import { startFakeGitHub } from '../support/fake-github.js';

describe('createClient', () => {
  test('a 403 or 422 is not retried; a 502 is retried up to the limit', async () => {
    let flaky = 0;
    const gh = await startFakeGitHub([
      ['POST', '/repos/o/r/check-runs', () => ({ status: 403, body: { message: 'Resource not accessible by integration' } })],
      ['POST', '/repos/o/r/pulls/1/reviews', () => ({ status: 422, body: { message: 'Unprocessable Entity' } })],
      ['GET', '/repos/o/r', () => (++flaky < 2 ? { status: 502, body: { message: 'Bad Gateway' } } : { body: { id: 1 } })],
    ]);
    const client = createClient({ token: 't', baseUrl: gh.url, retries: 1, throttle: false });
    await expect(client.rest.checks.create({ owner: 'o', repo: 'r', name: 'x', head_sha: 'a' })).rejects.toMatchObject({ status: 403 });
    await expect(client.rest.pulls.createReview({ owner: 'o', repo: 'r', pull_number: 1 })).rejects.toMatchObject({ status: 422 });
    await expect(client.rest.repos.get({ owner: 'o', repo: 'r' })).resolves.toMatchObject({ data: { id: 1 } });
    expect(gh.calls()).toEqual(['POST /repos/o/r/check-runs', 'POST /repos/o/r/pulls/1/reviews', 'GET /repos/o/r', 'GET /repos/o/r']);
    await gh.close();
  }, 20000);
});
