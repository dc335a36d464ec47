import type { Finding, Fix, TextEdit } from '../core/finding.js';

/** A fix's edits for one file, merged into one span so overlapping fixes can be told apart. */
interface Candidate {
  finding: Finding;
  edits: TextEdit[];
  start: number;
  end: number;
}

export interface AppliedFixes {
  output: string;
  applied: Finding[];
  /** Fixes that overlapped an earlier one: they wait for the next pass. */
  deferred: Finding[];
}

function candidate(finding: Finding, fix: Fix): Candidate | undefined {
  const edits = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < edits.length; i++) if (edits[i].start < edits[i - 1].end) return undefined; // a fix must not overlap itself
  if (!edits.length || edits.some((e) => e.start > e.end)) return undefined;
  return { finding, edits, start: edits[0].start, end: edits[edits.length - 1].end };
}

/**
 * Applies the fixes of `findings` to `text` (all edits in one file), in offset order. A fix that
 * overlaps one already taken is deferred, never merged: the next pass sees fresh offsets.
 */
export function applyFixes(text: string, findings: Finding[]): AppliedFixes {
  const candidates = findings
    .map((f) => (f.fix ? candidate(f, f.fix) : undefined))
    .filter((c): c is Candidate => !!c)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: Finding[] = [];
  const deferred: Finding[] = [];
  let out = '';
  let pos = 0;
  let lastEnd = -1;
  let lastWasInsertAt = -1;
  const done = new Set<string>();
  for (const c of candidates) {
    // One value reached by two findings (an anchor used by two tiers) gives the same fix twice.
    const key = JSON.stringify(c.edits.map((e) => [e.start, e.end, e.text]));
    if (done.has(key)) {
      applied.push(c.finding);
      continue;
    }
    const insertion = c.start === c.end;
    if (c.start < lastEnd || (insertion && c.start === lastWasInsertAt) || c.end > text.length) {
      deferred.push(c.finding);
      continue;
    }
    for (const e of c.edits) {
      out += text.slice(pos, e.start) + e.text;
      pos = e.end;
    }
    lastEnd = c.end;
    lastWasInsertAt = insertion ? c.start : -1;
    done.add(key);
    applied.push(c.finding);
  }
  return { output: out + text.slice(pos), applied, deferred };
}
