/**
 * The right side of a pull request's diff, from the `patch` GitHub's "list pull request files"
 * returns (hunks only, no `---`/`+++` headers). A review comment (and so a suggestion) can only sit
 * on a right-side line inside a hunk: a context line or an added one.
 */
import type { ChangedLines } from './channel.js';

export interface FileDiff {
  /** Path in the head commit, relative to the repository root, with `/`. */
  path: string;
  /** The path in the base commit when the PR renames the file. */
  previousPath?: string;
  /** Right-side line ranges of the hunks, inclusive, 1-based, in order; hunks without right-side lines are left out. */
  hunks: Array<{ start: number; end: number }>;
  /** Right-side lines the PR adds (or modifies). */
  added: Set<number>;
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * Parses a unified-diff patch into right-side hunk ranges and added lines. An empty or missing
 * patch (binary file, too large a diff, pure rename) gives no hunks: nothing can be commented on.
 * Lines are counted from the hunk header; the header counts bound each hunk, so a stray line
 * outside a hunk is ignored rather than shifting the numbering.
 */
export function parsePatch(path: string, patch: string | undefined, previousPath?: string): FileDiff {
  const diff: FileDiff = { path, hunks: [], added: new Set() };
  if (previousPath !== undefined && previousPath !== path) diff.previousPath = previousPath;
  if (!patch) return diff;
  let oldLeft = 0;
  let newLeft = 0;
  let next = 0; // the next right-side line number
  let hunk: { start: number; end: number } | undefined;
  const close = () => {
    if (hunk && hunk.end >= hunk.start) diff.hunks.push(hunk);
    hunk = undefined;
  };
  const lines = patch.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const header = HUNK_HEADER.exec(line);
    if (header) {
      close();
      oldLeft = header[2] === undefined ? 1 : Number(header[2]);
      newLeft = header[4] === undefined ? 1 : Number(header[4]);
      next = Number(header[3]);
      // `+4,0`: the hunk only removes lines; its right side is empty (GitHub names line 4 as the place).
      hunk = { start: next, end: next - 1 };
      continue;
    }
    if (!hunk) continue;
    const mark = line[0];
    if (mark === '\\') continue; // "\ No newline at end of file"
    if (mark === '+' && newLeft > 0) {
      diff.added.add(next);
      hunk.end = next++;
      newLeft--;
    } else if (mark === '-' && oldLeft > 0) {
      oldLeft--;
    } else if ((mark === ' ' || line === '') && newLeft > 0 && oldLeft > 0) {
      // A context line (an empty one may have lost its leading space to a trailing-space trimmer).
      hunk.end = next++;
      newLeft--;
      oldLeft--;
    }
  }
  close();
  return diff;
}

/** Every line of [startLine, endLine] lies inside one hunk on the right side. */
export function inHunk(diff: FileDiff, startLine: number, endLine: number): boolean {
  const lo = Math.min(startLine, endLine);
  const hi = Math.max(startLine, endLine);
  return diff.hunks.some((h) => h.start <= lo && hi <= h.end);
}

/** Added lines per file (right side), for channels that put changed lines first. */
export function changedLines(diffs: FileDiff[]): ChangedLines {
  const out: ChangedLines = new Map();
  for (const d of diffs) out.set(d.path, new Set(d.added));
  return out;
}
