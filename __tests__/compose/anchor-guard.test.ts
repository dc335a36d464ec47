import { describe, expect, test } from '@jest/globals';
import { at, fixed, judgeFiles } from '../support/judge.js';

const C = 'docker-compose.yml';
const NAMED = 'proxy:\n  services: [claude-code-proxy]\n';

describe('anchor guard: a service written as an alias', () => {
  test('the whole proxy is an alias of an x- anchor: the alias site is the proxy, so every fix is kept', () => {
    const text =
      'x-proxy: &proxy {image: legard/claude-code-proxy:v1.0.0, user: "1000:1000", environment: {DISABLE_THINKING: "false", API_KEY: k}}\n' +
      'services:\n  claude-code-proxy: *proxy\n';
    const files = { [C]: text };
    const f = judgeFiles(files).filter((x) => x.fix);
    expect(f.map(at)).toEqual([`${C}:1:50-1:56 proxy-image-tag`, `${C}:1:58-1:75 proxy-user`, `${C}:1:109-1:116 disable-thinking`, `${C}:1:118-1:125 model-tiers`]);
    for (const x of f) expect(x.message).not.toContain('not fixed automatically');
    expect(fixed(files, f[0])).toBe(text.replace('claude-code-proxy:v1.0.0', 'claude-code-proxy:latest'));
    expect(fixed(files, f[1])).toBe(text.replace('user: "1000:1000", ', ''));
    expect(fixed(files, f[2])).toBe(text.replace('"false"', '"true"'));
    expect(fixed(files, f[3])).toBe(text.replace('API_KEY: k', 'OPENAI_API_KEY: k'));
  });

  test('the proxy is an alias of another service: that service also uses the anchor, no fix', () => {
    const text = 'services:\n  other: &base\n    image: busybox\n    user: "1000:1000"\n  claude-code-proxy: *base\n';
    const f = judgeFiles({ [C]: text }, { policy: NAMED }).filter((x) => x.ruleId === 'proxy-user');
    expect(f.map(at)).toEqual([`${C}:4:5-4:22 proxy-user`]);
    expect(f[0].fix).toBeUndefined();
    expect(f[0].message).toMatch(/\(not fixed automatically: the anchor &base is also used at line 3, outside the proxy service\)$/);
  });

  test('two services alias the same x- anchor, only one a proxy: no fix, naming the other alias', () => {
    const text = 'x-proxy: &proxy\n  image: busybox\n  user: "1000:1000"\nservices:\n  claude-code-proxy: *proxy\n  second: *proxy\n';
    const f = judgeFiles({ [C]: text }, { policy: NAMED }).filter((x) => x.ruleId === 'proxy-user');
    expect(f.map(at)).toEqual([`${C}:3:3-3:20 proxy-user`]);
    expect(f[0].fix).toBeUndefined();
    expect(f[0].message).toMatch(/\(not fixed automatically: the anchor &proxy is also used at line 6, outside the proxy service\)$/);
  });
});
