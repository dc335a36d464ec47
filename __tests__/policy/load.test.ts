import { join } from 'node:path';
import { LATEST_OPENCLAW_VERSION, OPENCLAW_VERSIONS } from '../../src/openclaw/generated/versions.js';
import { PolicyError, loadPolicy, policyFromText, recommendedPolicy } from '../../src/policy/load.js';
import { tempTree } from '../support/tmp.js';

const recommended = recommendedPolicy();

describe('extends', () => {
  test('a later parent does not undo an earlier one by bringing the recommended policy back', () => {
    const root = tempTree({
      '.clawcheck.yml': 'extends: [./a.yml, ./b.yml]\n',
      'a.yml': "rules:\n  banned-model: 'off'\n",
      'b.yml': 'rules:\n  proxy-user: warning\n',
    });
    const { policy, sources } = loadPolicy(root, undefined, root);
    expect(recommended.rules['banned-model'].severity).toBe('error');
    expect(policy.rules['banned-model'].severity).toBe('off');
    expect(policy.rules['proxy-user'].severity).toBe('warning');
    expect(sources).toEqual(['recommended', join(root, 'a.yml'), join(root, 'b.yml'), '.clawcheck.yml']);
  });

  test('a file reached twice is applied once, where it is first reached', () => {
    const root = tempTree({
      '.clawcheck.yml': 'extends: [./a.yml, ./b.yml, ./a.yml]\nexclude: [mine/**]\n',
      'a.yml': 'extends: ./base.yml\nexclude: [a/**]\n',
      'b.yml': 'extends: ./base.yml\nexclude: [b/**]\nrules:\n  proxy-user: warning\n',
      'base.yml': 'exclude: [base/**]\nrules:\n  proxy-user: error\n',
    });
    const { policy, sources } = loadPolicy(root, undefined, root);
    expect(policy.exclude).toEqual([...recommended.exclude, 'base/**', 'a/**', 'b/**', 'mine/**']);
    // base.yml is not applied again after b.yml, so b.yml's setting stands.
    expect(policy.rules['proxy-user'].severity).toBe('warning');
    expect(sources).toEqual(['recommended', join(root, 'base.yml'), join(root, 'a.yml'), join(root, 'b.yml'), '.clawcheck.yml']);
  });

  test('without extends, a policy file is applied over the recommended one', () => {
    const root = tempTree({ '.clawcheck.yml': 'rules:\n  proxy-user: warning\n' });
    const { policy, sources } = loadPolicy(root, undefined, root);
    expect(policy.rules['proxy-user'].severity).toBe('warning');
    expect(policy.rules['banned-model']).toEqual(recommended.rules['banned-model']);
    expect(sources).toEqual(['recommended', '.clawcheck.yml']);
  });

  test('extends: none starts from nothing', () => {
    const root = tempTree({ '.clawcheck.yml': 'extends: none\nrules:\n  proxy-user: warning\n' });
    const { policy, sources } = loadPolicy(root, undefined, root);
    expect(Object.keys(policy.rules)).toEqual(['proxy-user']);
    expect(sources).toEqual(['.clawcheck.yml']);
  });
});

describe('openclaw.version', () => {
  test('defaults to the latest OpenClaw clawcheck knows; "latest" and a known version are accepted', () => {
    expect(recommended.openclaw.version).toBe(LATEST_OPENCLAW_VERSION);
    expect(policyFromText('openclaw:\n  version: latest\n').policy.openclaw.version).toBe(LATEST_OPENCLAW_VERSION);
    expect(policyFromText(`openclaw:\n  version: "${OPENCLAW_VERSIONS[0]}"\n`).policy.openclaw.version).toBe(OPENCLAW_VERSIONS[0]);
  });

  test('an unknown version is a policy error at its value', () => {
    let error: unknown;
    try {
      policyFromText('rules: {}\nopenclaw:\n  version: "2019.1.1"\n');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).message).toBe(
      `.clawcheck.yml:3:12: openclaw.version "2019.1.1" is not a version clawcheck knows; use "latest" or one of ${OPENCLAW_VERSIONS.map((v) => `"${v}"`).join(', ')}`,
    );
  });
});
