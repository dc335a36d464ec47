import { escapeControl } from '../report/terminal-text.js';

/**
 * A discovery request that cannot be honoured (bad glob, path outside the root, missing
 * argument). The CLI reports its message and exits with code 2: it is a usage error, not a
 * finding.
 */
export class DiscoverError extends Error {
  override readonly name = 'DiscoverError';

  /** Globs and paths in the message come from the policy and the command line: escaped for the terminal. */
  constructor(message: string) {
    super(escapeControl(message));
  }
}
