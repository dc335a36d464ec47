import { createTwoFilesPatch } from 'diff';
import { redactSource } from '../core/redact.js';

/**
 * A unified diff of one file, `a/` and `b/` prefixed like git's; empty when nothing changed. For
 * display only: secrets in either text are redacted line by line (the hunks keep their lines).
 */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, redactSource(before), redactSource(after), undefined, undefined, { context: 3 }).replace(/^=+\n/, '');
}
