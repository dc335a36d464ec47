import { parseImage, sameRepository } from '../../src/compose/image.js';

test.each([
  ['legard/claude-code-proxy:v1.0.0', 'legard/claude-code-proxy', true],
  ['docker.io/legard/claude-code-proxy', 'legard/claude-code-proxy', true],
  ['index.docker.io/Legard/Claude-Code-Proxy:latest', 'legard/claude-code-proxy', true],
  ['legard/claude-code-proxy', 'docker.io/legard/claude-code-proxy', true],
  ['mirror.example.com/hub/legard/claude-code-proxy:v1.0.0', 'legard/claude-code-proxy', true],
  ['docker.io/someone/legard/claude-code-proxy', 'legard/claude-code-proxy', false],
  ['other/claude-code-proxy', 'legard/claude-code-proxy', false],
  ['ghcr.io/legard/claude-code-proxy', 'ghcr.io/legard/claude-code-proxy', true],
  ['legard/claude-code-proxy', 'ghcr.io/legard/claude-code-proxy', false],
])('%s is %s: %s', (ref, policy, same) => {
  expect(sameRepository(parseImage(ref), policy)).toBe(same);
});

test('tag, digest and where the tag is written', () => {
  expect(parseImage('localhost:5000/legard/claude-code-proxy:v1.0.0@sha256:ab')).toEqual({
    registry: 'localhost:5000',
    path: 'legard/claude-code-proxy',
    name: 'claude-code-proxy',
    tag: 'v1.0.0',
    digest: 'sha256:ab',
    tagStart: 40,
  });
});
