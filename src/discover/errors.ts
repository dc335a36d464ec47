/**
 * A discovery request that cannot be honoured (bad glob, path outside the root, missing
 * argument). The CLI reports its message and exits with code 2: it is a usage error, not a
 * finding.
 */
export class DiscoverError extends Error {
  override readonly name = 'DiscoverError';
}
