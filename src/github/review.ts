/**
 * One pull-request review per run with a one-click suggestion for each fix whose lines lie in
 * the PR's diff, reviewdog-style: our comments carry a hidden fingerprint, so unchanged ones
 * are not posted again and ones whose line is now clean are deleted (unless someone replied).
 * A fingerprint counts only on a comment the token's own account wrote (identity.ts): anyone can
 * paste one into theirs. Fixes outside the diff are listed in the review body.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../core/finding.js';
import { ChannelUnavailable } from './channel.js';
import type { PublishContext } from './channel.js';
import { plural } from '../report/plural.js';
import { statusOf } from './client.js';
import { inHunk } from './hunks.js';
import { tokenIdentity, writtenBy } from './identity.js';
import type { FileDiff } from './hunks.js';
import { escapeMarkdown } from './markdown.js';
import { redactFinding } from '../core/redact.js';
import { suggestionBlock, suggestionFor } from './suggestions.js';
import type { Suggestion } from './suggestions.js';

export interface ReviewOutcome {
  /** Inline suggestions posted by this run. */
  posted: number;
  /** Earlier clawcheck comments left in place (still valid, or replied to). */
  kept: number;
  /** Earlier clawcheck comments deleted because their line is now clean. */
  deleted: number;
  /** Fixable findings listed in the review body instead of inline. */
  outOfDiff: number;
  reviewId?: number;
}

/** GitHub's limit on a review body. */
export const MAX_REVIEW_BODY = 65_536;
/** Inline comments per review; more go into the body (and inline on a later run). */
export const MAX_REVIEW_COMMENTS = 50;
export const REVIEW_MARKER = '<!-- clawcheck:review -->';
const COMMENT_MARKER = /<!-- clawcheck:([0-9a-f]{16}-\d+) -->/;

export interface ReviewComment {
  path: string;
  line: number;
  side: 'RIGHT';
  start_line?: number;
  start_side?: 'RIGHT';
  body: string;
}

/** A fixable finding and where its suggestion would go. */
export interface PlannedFix {
  finding: Finding;
  /** Path relative to the repository root (what GitHub's diff and comments use). */
  path: string;
  suggestion?: Suggestion;
  fingerprint?: string;
  inDiff: boolean;
}

/** Short hash of what the suggestion is, never where: an unrelated line shift keeps it. */
function hashOf(ruleId: string, path: string, s: Suggestion): string {
  return createHash('sha256').update([ruleId, path, s.original, s.replacement].join('\u0000')).digest('hex').slice(0, 16);
}

function plan(ctx: PublishContext, files: FileDiff[]): PlannedFix[] {
  const diffs = new Map(files.map((d) => [d.path, d]));
  const seen = new Map<string, number>();
  const sameSpot = new Set<string>();
  const out: PlannedFix[] = [];
  for (const finding of ctx.result.findings.map(redactFinding)) {
    if (!finding.fix?.edits.length) continue;
    const file = finding.fix.edits[0].file;
    const text = ctx.result.sources.get(file)?.text;
    const suggestion = text === undefined ? undefined : suggestionFor(finding, text);
    // The Action scans the workspace itself, so paths relative to the scan root are repository paths.
    const path = suggestion?.path ?? finding.location.file;
    if (!suggestion) {
      out.push({ finding, path, inDiff: false });
      continue;
    }
    // One edit reached by two findings (an anchor used twice) is suggested once.
    const spot = [path, suggestion.startLine, suggestion.endLine, suggestion.replacement].join('\u0000');
    if (sameSpot.has(spot)) continue;
    sameSpot.add(spot);
    const hash = hashOf(finding.ruleId, path, suggestion);
    const n = (seen.get(hash) ?? 0) + 1; // the same problem on two identical lines stays distinct
    seen.set(hash, n);
    const diff = diffs.get(path);
    const inDiff = !!diff && inHunk(diff, suggestion.startLine, suggestion.endLine);
    out.push({ finding, path, suggestion, fingerprint: `${hash}-${n}`, inDiff });
  }
  return out;
}

function header(f: Finding): string {
  const label = f.suggestion ? `${f.severity}, optional fix` : f.severity;
  const note = f.suggestion ? ' _This fix changes behaviour beyond the policy; review it before committing._' : '';
  return `**${escapeMarkdown(f.ruleId)}** (${label}): ${escapeMarkdown(f.message)}${note}`;
}

export function commentFor(p: PlannedFix): ReviewComment {
  const s = p.suggestion!;
  const body = `${header(p.finding)}\n${suggestionBlock(s.replacement)}\n<!-- clawcheck:${p.fingerprint} -->`;
  const c: ReviewComment = { path: p.path, line: s.endLine, side: 'RIGHT', body };
  if (s.startLine !== s.endLine) {
    c.start_line = s.startLine;
    c.start_side = 'RIGHT';
  }
  return c;
}

function listItem(p: PlannedFix): string {
  const line = p.suggestion?.startLine ?? p.finding.location.line;
  const fix = p.finding.fix ? ` Fix: ${escapeMarkdown(p.finding.fix.description)}.` : '';
  return `- ${escapeMarkdown(p.path)}:${line} ${header(p.finding)}${fix}`;
}

/** What the body lists, independent of line numbers: the same list after a shift is the same list. */
function listKey(listed: PlannedFix[]): string {
  const ids = listed.map((p) => p.fingerprint ?? [p.finding.ruleId, p.path, p.finding.message, p.finding.fix?.description ?? ''].join('\u0000'));
  return createHash('sha256').update(ids.sort().join('\u0001')).digest('hex').slice(0, 16);
}

const LIST_MARKER = /<!-- clawcheck:listed:([0-9a-f]{16}) -->/;

/**
 * The review body: markers, a line on the inline suggestions, the list of other fixes; within
 * GitHub's limit. The second marker names the listed fixes, so an unchanged list is not posted again.
 */
export function reviewBody(inline: number, listed: PlannedFix[], limit = MAX_REVIEW_BODY, where?: () => string): string {
  const parts = [REVIEW_MARKER];
  if (listed.length) parts[0] += `<!-- clawcheck:listed:${listKey(listed)} -->`;
  if (inline) parts.push(`clawcheck suggests ${plural(inline, 'fix', 'fixes')} inline: commit each with one click.`);
  if (!listed.length) return parts.join('\n');
  parts.push('', `**${plural(listed.length, 'fixable problem')} outside this pull request's diff** (run \`clawcheck --fix\` to apply):`, '');
  let body = parts.join('\n');
  for (let i = 0; i < listed.length; i++) {
    const item = listItem(listed[i]);
    const rest = listed.length - i - 1;
    const place = where ? `all findings are in ${escapeMarkdown(where())}` : 'a local `clawcheck --fix-dry-run` shows them all';
    const note = `\n\n_…and ${listed.length - i} more not listed here (the review body is limited to 65 536 characters); ${place}._`;
    if (body.length + 1 + item.length + (rest ? note.length + 8 : 0) > limit) return (body + note).slice(0, limit);
    body += '\n' + item;
  }
  return body;
}

interface ExistingComment {
  id: number;
  path: string;
  user?: unknown;
  body?: string;
  in_reply_to_id?: number | null;
  /** null or absent when the comment is outdated: its line changed since it was posted. */
  line?: number | null;
}

function unavailable(e: unknown, doing: string): ChannelUnavailable {
  if (e instanceof ChannelUnavailable) return e;
  const status = statusOf(e);
  const message = (e as Error)?.message ?? String(e);
  if (status === 403 || status === 404) {
    return new ChannelUnavailable('review', `GitHub refused to ${doing} (HTTP ${status}: ${message}); the token needs pull-requests: write, which fork pull requests do not get`);
  }
  return new ChannelUnavailable('review', `could not ${doing} (${status ? `HTTP ${status}: ` : ''}${message})`);
}

/** Our latest review on the pull request lists the same fixes (a failure to tell is a "no"). */
async function sameAsLastReview(ctx: PublishContext, body: string): Promise<boolean> {
  const { client, run } = ctx;
  const key = LIST_MARKER.exec(body)?.[1];
  try {
    const reviews = await client!.paginate(client!.rest.pulls.listReviews, { owner: run.owner, repo: run.repo, pull_number: run.pullRequest!.number, per_page: 100 });
    const marked = reviews.filter((r) => (r.body ?? '').startsWith(REVIEW_MARKER));
    const identity = marked.length ? await tokenIdentity(client!) : undefined;
    const ours = marked.filter((r) => writtenBy(identity, r.user));
    return !!key && ours.length > 0 && LIST_MARKER.exec(ours[ours.length - 1].body ?? '')?.[1] === key;
  } catch {
    return false;
  }
}

/**
 * Publishes the run's fixes as one review on the pull request. Without a pull request it does
 * nothing; when GitHub refuses, it throws ChannelUnavailable so the Action moves on.
 */
export async function publishReview(ctx: PublishContext, files: FileDiff[]): Promise<ReviewOutcome> {
  const outcome: ReviewOutcome = { posted: 0, kept: 0, deleted: 0, outOfDiff: 0 };
  const pr = ctx.run.pullRequest;
  if (!pr) return outcome;
  const client = ctx.client;
  if (!client) throw new ChannelUnavailable('review', 'no GitHub token; suggestions need one with pull-requests: write');
  if (pr.fork && ctx.run.eventName === 'pull_request') {
    throw new ChannelUnavailable('review', 'the pull request comes from a fork, whose GITHUB_TOKEN is read-only; suggestions need pull-requests: write');
  }
  const { owner, repo } = ctx.run;
  const pull_number = pr.number;
  const planned = plan(ctx, files);

  let existing: ExistingComment[];
  try {
    existing = (await client.paginate(client.rest.pulls.listReviewComments, { owner, repo, pull_number, per_page: 100 })) as ExistingComment[];
  } catch (e) {
    throw unavailable(e, "list the pull request's review comments");
  }
  const repliedTo = new Set(existing.map((c) => c.in_reply_to_id).filter((id): id is number => typeof id === 'number'));
  const produced = new Set(planned.filter((p) => p.fingerprint).map((p) => `${p.path}\u0000${p.fingerprint}`));
  const posted = new Set<string>();
  const stale: ExistingComment[] = [];
  const marked = existing.filter((c) => COMMENT_MARKER.test(c.body ?? '') && typeof c.in_reply_to_id !== 'number'); // a reply is never ours
  const identity = marked.length ? await tokenIdentity(client) : undefined;
  if (marked.length && !identity) {
    // Posting again would repeat our suggestions, deleting could remove someone else's comment.
    throw new ChannelUnavailable('review', "GitHub did not say which account the token writes as, so clawcheck cannot tell its own comments from others'; nothing was posted or deleted");
  }
  for (const c of marked) {
    if (!writtenBy(identity, c.user)) continue; // a marker in someone else's comment means nothing
    const fp = COMMENT_MARKER.exec(c.body ?? '')![1];
    const key = `${c.path}\u0000${fp}`;
    // An outdated comment is hidden: post it again. GitHub sends `line: null` on one; its description, no line at all.
    const current = produced.has(key) && typeof c.line === 'number';
    if (current || repliedTo.has(c.id)) {
      if (current) posted.add(key);
      outcome.kept++;
    } else stale.push(c);
  }

  for (const c of stale) {
    try {
      await client.rest.pulls.deleteReviewComment({ owner, repo, comment_id: c.id });
      outcome.deleted++;
    } catch (e) {
      if (statusOf(e) === 404) continue; // already gone
      throw unavailable(e, `delete the outdated review comment ${c.id}`);
    }
  }

  const candidates = planned.filter((p) => p.inDiff && !posted.has(`${p.path}\u0000${p.fingerprint}`));
  const inline = candidates.slice(0, MAX_REVIEW_COMMENTS);
  const listed = [...planned.filter((p) => !p.inDiff), ...candidates.slice(MAX_REVIEW_COMMENTS)];
  if (!inline.length && !listed.length) return outcome;
  const body = reviewBody(inline.length, listed, MAX_REVIEW_BODY, ctx.fullList);
  if (!inline.length && (await sameAsLastReview(ctx, body))) {
    outcome.outOfDiff = listed.length;
    return outcome; // the same list is already on the pull request
  }

  const post = async (comments: ReviewComment[], body: string) => {
    const r = await client.rest.pulls.createReview({ owner, repo, pull_number, commit_id: pr.headSha, event: 'COMMENT', body, comments });
    return r.data.id;
  };
  try {
    outcome.reviewId = await post(inline.map(commentFor), body);
    outcome.posted = inline.length;
    outcome.outOfDiff = listed.length;
  } catch (e) {
    if (statusOf(e) !== 422 || !inline.length) throw unavailable(e, 'post the review');
    // One comment GitHub rejects fails the whole review: list everything in the body instead.
    ctx.log.notice(`GitHub rejected the inline suggestions (HTTP 422: ${(e as Error).message}); they are listed in the review body instead`);
    const all = [...inline, ...listed];
    try {
      outcome.reviewId = await post([], reviewBody(0, all, MAX_REVIEW_BODY, ctx.fullList));
    } catch (e2) {
      throw unavailable(e2, 'post the review');
    }
    outcome.outOfDiff = all.length;
  }
  return outcome;
}
