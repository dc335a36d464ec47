import { diffLines } from 'diff';
import type { TextEdit } from '../core/finding.js';

/** The change from `before` to `after` as line-granular edits on `before`'s offsets. */
export function changedRanges(file: string, before: string, after: string): TextEdit[] {
  const edits: TextEdit[] = [];
  let offset = 0;
  let pending: TextEdit | undefined;
  for (const part of diffLines(before, after)) {
    if (!part.added && !part.removed) {
      if (pending) edits.push(pending);
      pending = undefined;
      offset += part.value.length;
      continue;
    }
    pending ??= { file, start: offset, end: offset, text: '' };
    if (part.removed) {
      offset += part.value.length;
      pending.end = offset;
    } else pending.text += part.value;
  }
  if (pending) edits.push(pending);
  return edits;
}
