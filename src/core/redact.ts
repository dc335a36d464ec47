/**
 * What clawcheck never prints: the characters of a credential (secrets.ts finds them) become
 * `[redacted]` in every channel, and a value quoted in a message is cut to a short prefix.
 * Rules quote values through `shown`; every reporter passes messages through `redactFinding`
 * and source text (code frames, diffs, suggestions) through `redactText`/`redactLine`.
 */
import type { Finding } from './finding.js';
import type { CheckResult } from './result.js';
import { findSecrets, isPlaceholder, isSecretName, secretsOf, type SecretSpan } from './secrets.js';

export { isSecretName } from './secrets.js';

export const REDACTED = '[redacted]';
/** Characters of a value a message quotes; longer values end in `…`. */
export const MAX_SHOWN_CHARS = 48;
/** Model ids and image references (no spaces, no quotes; already redacted) stay readable in full up to this length. */
export const MAX_SHOWN_REFERENCE_CHARS = 256;
const REFERENCE = /^[A-Za-z0-9._/:@+-]+$/;

/** One part of a text to print: either kept as it is or a redacted run (within one line). */
interface Part {
  start: number;
  end: number;
  redacted: boolean;
}

/**
 * [from, to) of `text` cut into kept and redacted parts. A secret spanning lines is redacted line
 * by line: line breaks and each line's indentation stay, so line numbers and columns of the
 * other lines do not move, and a blank line stays blank.
 */
function partsOf(text: string, spans: SecretSpan[], from: number, to: number): Part[] {
  const parts: Part[] = [];
  let pos = from;
  for (const s of spans) {
    if (s.end <= from || s.start >= to) continue;
    const start = Math.max(from, s.start);
    const end = Math.min(to, s.end);
    if (start > pos) parts.push({ start: pos, end: start, redacted: false });
    let a = start;
    while (a < end) {
      const nl = text.indexOf('\n', a);
      const lineEnd = nl < 0 || nl >= end ? end : nl;
      let b = lineEnd;
      if (text[b - 1] === '\r' && b === nl) b--;
      let first = a;
      // Continuation lines keep their indentation.
      if (a === lineStart(text, a)) while (first < b && (text[first] === ' ' || text[first] === '\t')) first++;
      if (first > a) parts.push({ start: a, end: first, redacted: false });
      if (b > first) parts.push({ start: first, end: b, redacted: true });
      if (lineEnd > b) parts.push({ start: b, end: lineEnd, redacted: false });
      if (lineEnd < end) parts.push({ start: lineEnd, end: lineEnd + 1, redacted: false });
      a = lineEnd + 1;
    }
    pos = end;
  }
  if (pos < to) parts.push({ start: pos, end: to, redacted: false });
  return parts;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function render(text: string, parts: Part[]): string {
  return parts.map((p) => (p.redacted ? REDACTED : text.slice(p.start, p.end))).join('');
}

/** `text` with every secret replaced by `[redacted]`; unchanged when it holds none. */
export function redactText(text: string): string {
  const spans = findSecrets(text);
  return spans.length === 0 ? text : render(text, partsOf(text, spans, 0, text.length));
}

/** A whole file's text redacted (its secrets found once and remembered for the next call). */
export function redactSource(text: string): string {
  const spans = secretsOf(text);
  return spans.length === 0 ? text : render(text, partsOf(text, spans, 0, text.length));
}

export interface RedactedLine {
  text: string;
  /** Where an offset of the original line lands in `text`: inside a redacted run, at its start (or its end with `end`). */
  map(offset: number, end?: boolean): number;
}

/**
 * Characters [from, to) of a file's text (one line, for a code frame) with the file's secrets
 * redacted, judged in the context of the whole file: a block scalar under `PASSWORD: |` is
 * redacted on its own lines too.
 */
export function redactLine(fileText: string, from: number, to: number): RedactedLine {
  const parts = partsOf(fileText, secretsOf(fileText), from, to);
  const placed: Array<Part & { at: number }> = [];
  let at = 0;
  for (const p of parts) {
    placed.push({ ...p, at });
    at += p.redacted ? REDACTED.length : p.end - p.start;
  }
  return {
    text: render(fileText, parts),
    map(offset, end = false) {
      const o = from + offset;
      for (const p of placed) {
        if (o >= p.end) continue;
        if (!p.redacted) return p.at + Math.max(0, o - p.start);
        return end && o > p.start ? p.at + REDACTED.length : p.at;
      }
      return at + Math.max(0, o - to);
    },
  };
}

/**
 * Whether a suggestion replacing lines [startLine, endLine] (1-based) of `text` with `replacement`
 * would publish a secret: the replacement holds one, or copies lines that do (a block scalar's
 * lines count, judged with their key). Removing lines publishes nothing.
 */
export function suggestionPublishesSecret(text: string, s: { startLine: number; endLine: number; replacement: string }): boolean {
  return s.replacement !== '' && linesHoldSecret(text, s.startLine, s.endLine, s.replacement);
}

/** Whether lines [startLine, endLine] (1-based) of `text`, or `extra` text meant for them, hold a secret. */
export function linesHoldSecret(text: string, startLine: number, endLine: number, extra = ''): boolean {
  if (findSecrets(extra).length > 0) return true;
  const lineAt = (line: number): number => {
    let at = 0;
    for (let n = 1; n < line && at < text.length; n++) {
      const nl = text.indexOf('\n', at);
      at = nl < 0 ? text.length : nl + 1;
    }
    return at;
  };
  const from = lineAt(startLine);
  const to = lineAt(endLine + 1);
  return secretsOf(text).some((s) => s.start < Math.max(to, from + 1) && s.end > from);
}

/**
 * A value as a message quotes it: redacted when it looks like a credential or `name` says it
 * is one (OPENAI_API_KEY), else cut to MAX_SHOWN_CHARS (model ids and image references to
 * MAX_SHOWN_REFERENCE_CHARS) with `…`.
 */
export function shown(value: string, name?: string): string {
  if (name !== undefined && isSecretName(name) && !isPlaceholder(value)) return REDACTED;
  const text = redactText(value);
  const limit = REFERENCE.test(text) ? MAX_SHOWN_REFERENCE_CHARS : MAX_SHOWN_CHARS;
  const chars = Array.from(text);
  return chars.length <= limit ? text : chars.slice(0, limit - 1).join('') + '…';
}

/** The last key of a dotted path (`models.providers.x.apiKey` → `apiKey`, `a.fallbacks[0]` → `fallbacks`), for `shown`. */
export function lastKey(path: string): string {
  const keys = path.split(/[.[\]]+/).filter((k) => k !== '' && !/^\d+$/.test(k));
  return keys[keys.length - 1] ?? path;
}

/** A finding as channels print it: message, related messages and fix description redacted; the edits untouched. */
export function redactFinding(finding: Finding): Finding {
  const message = redactText(finding.message);
  const related = finding.related?.map((r) => ({ ...r, message: redactText(r.message) }));
  const fix = finding.fix && { ...finding.fix, description: redactText(finding.fix.description) };
  return { ...finding, message, ...(related ? { related } : {}), ...(fix ? { fix } : {}) };
}

/** A result whose findings and skip messages are redacted (sources untouched: they print through `redactLine`). */
export function redactResult(result: CheckResult): CheckResult {
  return {
    ...result,
    findings: result.findings.map(redactFinding),
    skipped: result.skipped.map((s) => ({ ...s, message: redactText(s.message) })),
  };
}
