import { describe, expect, test } from '@jest/globals';
import { at, fixed, judgeRule, SEED_BEFORE, spot } from '../support/judge.js';
import type { Files } from '../support/judge.js';

const ID = 'proxy-image-tag';
const C = 'docker-compose.yml';
const judged = (files: Files, policy?: string) => judgeRule(ID, files, { policy });
const svc = (image: string, extra = '') => `services:\n  proxy:\n    image: ${image}\n${extra}`;
const MSG = (tag: string, use: string) =>
  `tag "${tag}" of legard/claude-code-proxy is not published (only "latest" or a digest); the container will not start; use ${use}`;
const DIGEST = 'sha256:' + '0123456789abcdef'.repeat(4);

describe('proxy-image-tag', () => {
  test('the seed: v1.0.0 is an error on the tag, fixed to latest', () => {
    const files = { [C]: SEED_BEFORE };
    const f = judged(files);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      ruleId: ID,
      severity: 'error',
      message: MSG('v1.0.0', 'legard/claude-code-proxy:latest'),
      location: { file: C, line: 3, column: 37, endLine: 3, endColumn: 43 },
    });
    expect(f[0].fix).toEqual({ description: 'use tag latest', edits: [{ file: C, start: 67, end: 73, text: 'latest' }] });
    expect(fixed(files, f[0]).split('\n')[2]).toBe('    image: legard/claude-code-proxy:latest        # tag not published');
  });

  test.each([
    ['docker.io/legard/claude-code-proxy:v1.0.0'],
    ['index.docker.io/legard/claude-code-proxy:v1.0.0'],
    ['"mirror.example.com:5000/legard/claude-code-proxy:v1.0.0"'],
    ["'legard/claude-code-proxy:1.0'"],
    ['legard/claude-code-proxy:LATEST'],
  ])('%s: the tag is reported and replaced', (image) => {
    const text = svc(image);
    const files = { [C]: text };
    const f = judged(files);
    const tag = image.replace(/['"]/g, '').split(':').pop()!;
    expect(f).toHaveLength(1);
    expect(f[0].location).toEqual(spot(C, text, tag, { after: 'claude-code-proxy:' }));
    expect(f[0].message).toBe(MSG(tag, image.replace(/['"]/g, '').replace(`:${tag}`, ':latest')));
    expect(fixed(files, f[0])).toBe(text.replace(`:${tag}`, ':latest'));
  });

  test.each([
    ['no tag', 'legard/claude-code-proxy'],
    ['latest', 'legard/claude-code-proxy:latest'],
    ['registry prefix, latest', 'docker.io/legard/claude-code-proxy:latest'],
    ['a digest', `legard/claude-code-proxy@${DIGEST}`],
    ['a tag pinned by digest', `legard/claude-code-proxy:v1.0.0@${DIGEST}`],
    ['another repository of the same name', 'someone/claude-code-proxy:v1.0.0'],
  ])('%s passes', (_n, image) => {
    expect(judged({ [C]: svc(image) })).toEqual([]);
  });

  test('an interpolated tag with a default: the default text', () => {
    const text = svc('"legard/claude-code-proxy:${PROXY_TAG:-v1.0.0}"');
    const files = { [C]: text };
    const f = judged(files);
    expect(f.map((x) => x.location)).toEqual([spot(C, text, 'v1.0.0')]);
    expect(fixed(files, f[0])).toBe(text.replace(':-v1.0.0', ':-latest'));
    expect(judged({ ...files, '.env': 'PROXY_TAG=latest\n' })).toEqual([]);
  });

  test('an interpolated tag from the .env: the finding is in the .env', () => {
    const text = svc('legard/claude-code-proxy:${PROXY_TAG}');
    const files = { [C]: text, '.env': 'PROXY_TAG=v1.0.0\n' };
    const f = judged(files);
    expect(f.map(at)).toEqual([`.env:1:11-1:17 ${ID}`]);
    expect(f[0].related).toEqual([{ ...spot(C, text, '${PROXY_TAG}'), message: '${PROXY_TAG} is read here' }]);
    expect(fixed(files, f[0])).toBe('PROXY_TAG=latest\n');
  });

  test('the whole image from a variable with a default', () => {
    const text = svc('${PROXY_IMAGE:-docker.io/legard/claude-code-proxy:v1.0.0}');
    expect(judged({ [C]: text }).map((x) => x.location)).toEqual([spot(C, text, 'v1.0.0')]);
    expect(judged({ [C]: svc('${PROXY_IMAGE}') })).toEqual([]);
  });

  test('an image written in an anchor names the alias site', () => {
    const text = 'x-proxy: &proxy\n  image: legard/claude-code-proxy:v1.0.0\nservices:\n  proxy:\n    <<: *proxy\n';
    const f = judged({ [C]: text });
    expect(f.map(at)).toEqual([`${C}:2:35-2:41 ${ID}`]);
    expect(f[0].message).toBe(`${MSG('v1.0.0', 'legard/claude-code-proxy:latest')} (used through the alias at line 5)`);
    const scalar = 'x-img: &img legard/claude-code-proxy:v1.0.0\nservices:\n  proxy:\n    image: *img\n';
    expect(judged({ [C]: scalar })[0].message).toMatch(/\(used through the alias at line 4\)$/);
    const whole = 'x-proxy: &proxy\n  image: legard/claude-code-proxy:v1.0.0\nservices:\n  proxy: *proxy\n';
    const w = judged({ [C]: whole });
    expect(w.map(at)).toEqual([`${C}:2:35-2:41 ${ID}`]);
    expect(w[0].message).toBe(`${MSG('v1.0.0', 'legard/claude-code-proxy:latest')} (used through the alias at line 4)`);
    expect(fixed({ [C]: whole }, w[0])).toBe(whole.replace(':v1.0.0', ':latest'));
  });

  test('flow style, multi-document', () => {
    const text = 'services: {db: {image: postgres}}\n---\nservices: {proxy: {image: legard/claude-code-proxy:v1.0.0, read_only: false}}\n';
    expect(judged({ [C]: text }).map((x) => x.location)).toEqual([spot(C, text, 'v1.0.0')]);
  });

  test('an override that only changes the image is judged; one that fixes the tag clears it', () => {
    const base = svc('legard/claude-code-proxy:latest');
    expect(judged({ 'compose.yaml': base, 'compose.override.yaml': svc('legard/claude-code-proxy:v1.0.0') }).map(at)).toEqual([
      `compose.override.yaml:3:37-3:43 ${ID}`,
    ]);
    expect(judged({ 'compose.yaml': svc('legard/claude-code-proxy:v1.0.0'), 'compose.override.yaml': base })).toEqual([]);
  });

  test('policy: allowed tags, digests off', () => {
    const policy = "rules:\n  proxy-image-tag:\n    options:\n      allowedTags: [latest, '1.0']\n      allowDigest: false\n";
    expect(judged({ [C]: svc('legard/claude-code-proxy:1.0') }, policy)).toEqual([]);
    const text = svc(`legard/claude-code-proxy@${DIGEST}`);
    const f = judged({ [C]: text }, policy);
    expect(f).toHaveLength(1);
    expect(f[0].location).toEqual(spot(C, text, `legard/claude-code-proxy@${DIGEST}`));
    expect(f[0].message).toBe(`legard/claude-code-proxy@${DIGEST} pins a digest, which this policy does not allow; use the tag "latest"`);
    const g = judged({ [C]: svc('legard/claude-code-proxy:v2') }, policy);
    expect(g[0].message).toBe('tag "v2" of legard/claude-code-proxy is not published (only "latest", "1.0"); the container will not start; use legard/claude-code-proxy:latest');
  });
});
