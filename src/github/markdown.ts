/**
 * Escaping for Markdown that GitHub renders (job summaries, check-run summaries, review
 * comments and bodies, PR bodies, the audit issue). Everything that comes from a scanned file
 * (paths, messages quoting file values) goes through `escapeMarkdown` so it renders as the literal
 * text and cannot add links (written or autolinked), images, HTML, math, table cells, @mentions
 * or issue references. Only text this module produces itself (`<br>`, `&#8203;`) is markup.
 */
import { unifiedDiff } from '../fix/diff.js';
import type { FixedFile } from '../fix/fix.js';
import { escapeControl } from '../report/terminal-text.js';

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** A zero-width space, as an entity: invisible, but no autolink, mention or reference spans it. */
const ZWSP = '&#8203;';

/**
 * One pass over the text so no escape is escaped again: HTML-significant characters become
 * entities, Markdown punctuation is backslash-escaped (CommonMark allows it for any ASCII
 * punctuation; `\|` is GFM's escape inside table cells; `$` stops GitHub math). A backslash does
 * not stop what GitHub links after rendering, so a zero-width space goes where each such link
 * would start: after `@` before a name (mentions, e-mail addresses), after the `:` of `://`
 * (every scheme: `https://`, `ftp://`, …), after `www` before `.` (GFM's www autolink), after
 * `#` before a digit (`#12`, `owner/repo#12`) and inside `GH-12` (issue references, which
 * also notify the issue).
 */
const INLINE_SPECIAL = /[&<>"']|[\\`*_~[\]()#!|$]|@(?=[A-Za-z0-9_-])|:(?=\/\/)|www(?=\.)|gh(?=-\d)/gi;

function escapeLine(line: string): string {
  return line.replace(INLINE_SPECIAL, (c, at: number) => {
    if (c in HTML_ENTITIES) return HTML_ENTITIES[c];
    if (c === '@' || c === ':' || c.length > 1) return c + ZWSP;
    if (c === '#' && /\d/.test(line[at + 1] ?? '')) return '\\#' + ZWSP;
    return '\\' + c;
  });
}

/**
 * Untrusted text as inline Markdown on one source line (table cells, headings, list items):
 * line breaks become `<br>`, control and bidi characters become visible escapes (`\x1B`),
 * everything else renders literally. Callers never put the result at the start of a block,
 * so list markers or setext underlines inside it stay text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => escapeLine(escapeControl(line)))
    .join('<br>');
}

/** The longest run of backticks in `text` (0 when none). */
export function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/**
 * A fenced code block whose fence is longer than any backtick run inside, so the content
 * cannot close it early (and `</details>` or Markdown inside stays literal code).
 */
export function codeFence(content: string, info = ''): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(content) + 1));
  const body = content === '' || content.endsWith('\n') ? content : content + '\n';
  return `${fence}${info}\n${body}${fence}`;
}

/** A link to one of our own https URLs; anything else renders as plain escaped text. */
export function markdownLink(text: string, url: string): string {
  if (!/^https:\/\/[A-Za-z0-9._~:/?#@!$&*+,;=%-]+$/.test(url)) return escapeMarkdown(text);
  return `[${escapeMarkdown(text)}](${url})`;
}

/** The commit a link to a file line points into. */
export interface BlobBase {
  serverUrl: string;
  owner: string;
  repo: string;
  sha: string;
}

/** Every character a URL path segment must not carry raw, `(`, `)`, `'`, `!` and `*` included (they would end a Markdown link). */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `${server}/${owner}/${repo}/blob/${sha}/${path}#L${line}`, each path segment percent-encoded. */
export function blobUrl(base: BlobBase, path: string, line: number): string {
  const file = path.split('/').map(encodeSegment).join('/');
  return `${base.serverUrl}/${encodeSegment(base.owner)}/${encodeSegment(base.repo)}/blob/${encodeSegment(base.sha)}/${file}#L${line}`;
}

/** Size of text as GitHub counts it for the job summary (UTF-8 bytes). */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export interface FitDiffsOptions {
  /** Bytes one diff takes in the document (default: its own UTF-8 bytes). */
  size?: (diff: string) => number;
  /** Bytes set aside first for what surrounds the diffs; it may depend on all of them (a fence longer than any backtick run). */
  reserve?: (diffs: string[]) => number;
  /** Take no diff after the first one that does not fit (a listing cut at one point) instead of trying the later ones. */
  stopAtFirstMiss?: boolean;
}

/**
 * The unified diff of each file (a file whose text did not change has none), chosen whole and
 * in order while they fit in `maxBytes`: a diff is never cut. `diffs` are newline-terminated;
 * `left` counts the ones that did not fit.
 */
export function fitDiffs(files: FixedFile[], maxBytes: number, options: FitDiffsOptions = {}): { diffs: string[]; left: number } {
  const all = files.map((f) => unifiedDiff(f.path, f.before, f.after)).filter((d) => d !== '');
  if (all.length === 0) return { diffs: [], left: 0 };
  const size = options.size ?? utf8Bytes;
  let room = maxBytes - (options.reserve?.(all) ?? 0);
  const diffs: string[] = [];
  for (const d of all) {
    const diff = d.endsWith('\n') ? d : d + '\n';
    const bytes = size(diff);
    if (bytes <= room) {
      diffs.push(diff);
      room -= bytes;
    } else if (options.stopAtFirstMiss) break;
  }
  return { diffs, left: all.length - diffs.length };
}
