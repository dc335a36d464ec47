/**
 * One issue kept up to date by clawcheck: found again by a hidden marker (never by title, so a
 * renamed issue stays ours), trusted only when the token's account opened it, its body edited in
 * place, closed when there is nothing left to report. The repository's audit issue and the
 * organisation's tracking issue both live this way.
 */
import { ChannelUnavailable } from './channel.js';
import type { GitHubClient } from './client.js';
import { statusOf } from './client.js';
import { tokenIdentity, writtenBy } from './identity.js';

const COUNT = /<!-- clawcheck:count=(\d+) -->/;

export interface AuditOutcome {
  operation: 'created' | 'updated' | 'closed' | 'none';
  number?: number;
  url?: string;
}

interface Issue {
  number: number;
  html_url: string;
  body?: string | null;
  pull_request?: unknown;
  user?: unknown;
}

/** One issue kept up to date: where it lives, how it is found again, what it says. */
export interface TrackedIssue {
  owner: string;
  repo: string;
  /** The hidden marker that finds the issue again (never the title). */
  marker: string;
  /** The channel named in errors (`audit-issue`, `org-issue`). */
  channel: string;
  title: string;
  labels?: string[];
  /** The body, which must carry `marker` and `<!-- clawcheck:count=N -->`; a trailing `\n\n_Updated by …` line is not news. */
  body: string;
  /** 0: clean, so the issue is closed. */
  count: number;
  /** The comment when the count changes. */
  countComment: (count: number, before: number | undefined) => string;
  closeComment: string;
}

async function findOpenIssue(client: GitHubClient, t: TrackedIssue): Promise<Issue | undefined> {
  const issues = (await client.paginate(client.rest.issues.listForRepo, { owner: t.owner, repo: t.repo, state: 'open', per_page: 100 })) as Issue[];
  const marked = issues.filter((i) => !i.pull_request && (i.body ?? '').includes(t.marker));
  if (!marked.length) return undefined;
  const identity = await tokenIdentity(client);
  // Opening another issue on every run would be noise, adopting one could close a stranger's.
  if (!identity) throw new ChannelUnavailable(t.channel, `GitHub did not say which account the token writes as, so clawcheck cannot tell its ${t.channel === 'audit-issue' ? 'audit' : 'tracking'} issue from a copy; nothing was changed`);
  return marked.find((i) => writtenBy(identity, i.user));
}

/**
 * Keeps one open issue with the current findings: created when findings appear, its body edited
 * in place when they change (a comment only when their number changes), closed with a comment
 * when the count is 0. A run with nothing new makes no write at all.
 */
export async function publishTrackedIssue(client: GitHubClient, t: TrackedIssue): Promise<AuditOutcome> {
  const repo = { owner: t.owner, repo: t.repo };
  try {
    const open = await findOpenIssue(client, t);
    if (!t.count) {
      if (!open) return { operation: 'none' };
      await client.rest.issues.createComment({ ...repo, issue_number: open.number, body: t.closeComment });
      await client.rest.issues.update({ ...repo, issue_number: open.number, state: 'closed', state_reason: 'completed' });
      return { operation: 'closed', number: open.number, url: open.html_url };
    }
    if (!open) {
      const created = await client.rest.issues.create({ ...repo, title: t.title, body: t.body, labels: t.labels ?? [] });
      return { operation: 'created', number: created.data.number, url: created.data.html_url };
    }
    // The run link changes every time; only the findings decide whether there is news.
    const withoutLink = (b: string) => b.replace(/\n\n_Updated by [\s\S]*$/, '');
    if (withoutLink(open.body ?? '') === withoutLink(t.body)) return { operation: 'none', number: open.number, url: open.html_url };
    await client.rest.issues.update({ ...repo, issue_number: open.number, body: t.body });
    const before = Number(COUNT.exec(open.body ?? '')?.[1] ?? NaN);
    if (before !== t.count) await client.rest.issues.createComment({ ...repo, issue_number: open.number, body: t.countComment(t.count, Number.isNaN(before) ? undefined : before) });
    return { operation: 'updated', number: open.number, url: open.html_url };
  } catch (e) {
    if (e instanceof ChannelUnavailable) throw e;
    const status = statusOf(e);
    if (status === 403 || status === 404) {
      throw new ChannelUnavailable(t.channel, `the token cannot manage issues here (HTTP ${status}); give the workflow \`issues: write\``);
    }
    throw new ChannelUnavailable(t.channel, `HTTP ${status ?? '?'}: ${(e as Error).message}`);
  }
}

