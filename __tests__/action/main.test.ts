import { jest } from '@jest/globals';

/** The entry point, with @actions/core and runAction replaced by recorders: what happens first. */

const events: string[] = [];
jest.unstable_mockModule('@actions/core', () => ({
  setSecret: (s: string) => events.push(`setSecret ${s}`),
  info: () => {},
  notice: () => {},
  warning: () => {},
  setOutput: () => {},
  setFailed: (m: string) => events.push(`setFailed ${m}`),
}));
jest.unstable_mockModule('../../src/action/run.js', () => ({
  runAction: async (env: Record<string, string | undefined>) => {
    events.push(`runAction token=${env.INPUT_TOKEN}`);
  },
}));

test('the token is registered as a secret before the Action runs, with the form checkout writes to .git/config', async () => {
  const saved = process.env.INPUT_TOKEN;
  process.env.INPUT_TOKEN = '  ghs_s3cretT0ken \n';
  try {
    await import('../../src/action/main.js');
    await new Promise((r) => setImmediate(r));
  } finally {
    if (saved === undefined) delete process.env.INPUT_TOKEN;
    else process.env.INPUT_TOKEN = saved;
  }
  expect(events).toEqual([
    'setSecret ghs_s3cretT0ken',
    `setSecret ${Buffer.from('x-access-token:ghs_s3cretT0ken').toString('base64')}`,
    'runAction token=  ghs_s3cretT0ken \n',
  ]);
});

test('no token, nothing to mask', async () => {
  const { secretsToMask } = await import('../../src/action/inputs.js');
  expect(secretsToMask({})).toEqual([]);
  expect(secretsToMask({ INPUT_TOKEN: '   ' })).toEqual([]);
});
