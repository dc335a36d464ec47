import type { ParsedFile } from '../core/engine.js';
import type { Policy } from '../policy/types.js';
import { fixParsed } from './fix.js';
import type { FixOutcome, FixType } from './fix.js';

/**
 * `--stdin --fix-dry-run`: the fixes for the standard input alone. The `.env` files it reads
 * come from disk and are not standard input: fixes there are refused (reported as fix-failed).
 */
export function fixStdin(parsed: ParsedFile[], policy: Policy, type: FixType, path: string): FixOutcome {
  return fixParsed(parsed, policy, type, undefined, (p) => (p === path ? undefined : 'only the standard input is fixed with --stdin'));
}
