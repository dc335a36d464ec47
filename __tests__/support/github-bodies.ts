/**
 * Complete GitHub REST answers for the fakes' routes: each starts from the example GitHub's
 * OpenAPI description gives for the operation (every required field, realistic values) and takes
 * the fields a test cares about. The fake holds every answer to the description's schema, so a
 * canned `{ id: 99 }` is not enough.
 */
import { simpleUser } from './github-objects.js';
import { specExample } from './github-openapi.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Body = Record<string, any>;
const API = 'https://api.github.com';

/** A user as GitHub shows it on what it writes (simple-user). */
export function userBody(account: { login: string; id: number; type: string }): Body {
  return simpleUser(API, account);
}

/** `GET /user` for a person's token (private-user). */
export function authenticatedUserBody(account: { login: string; id: number; type: string }): Body {
  return { ...specExample('users/get-authenticated'), ...userBody(account), name: null, email: null };
}

/** A check run as POST/PATCH /check-runs answer it. */
export function checkRunBody(fields: Body = {}): Body {
  return { ...specExample('checks/create', '201'), ...fields };
}

/** One file of `GET /pulls/{n}/files` (diff-entry); `patch` as the test gives it. */
export function pullFileBody(file: { filename: string; status?: string; patch?: string; [k: string]: unknown }): Body {
  const lines = (file.patch ?? '').split('\n');
  const additions = lines.filter((l) => l.startsWith('+')).length;
  const deletions = lines.filter((l) => l.startsWith('-')).length;
  const base = specExample('pulls/list-files')[0];
  delete base.patch;
  return {
    ...base,
    additions,
    deletions,
    changes: additions + deletions,
    blob_url: `https://github.com/octo/deploy/blob/${base.sha}/${file.filename}`,
    raw_url: `https://github.com/octo/deploy/raw/${base.sha}/${file.filename}`,
    contents_url: `${API}/repos/octo/deploy/contents/${file.filename}?ref=${base.sha}`,
    status: 'modified',
    ...file,
  };
}

/** A pull request review (POST /pulls/{n}/reviews, GET …/reviews). */
export function reviewBody(fields: Body = {}): Body {
  return { ...specExample('pulls/create-review'), ...fields };
}

/** A pull request review comment (GET /pulls/{n}/comments). */
export function reviewCommentBody(fields: Body = {}): Body {
  // The example is a reply on a multi-line range; a test's comment is neither unless it says so.
  const base = specExample('pulls/list-review-comments')[0];
  delete base.in_reply_to_id;
  delete base.start_line;
  delete base.original_start_line;
  delete base.start_side;
  const body = { ...base, ...fields };
  // GitHub sends `line: null` on an outdated comment; its description allows only an integer or no line.
  for (const k of ['line', 'start_line', 'in_reply_to_id']) if (body[k] === null || body[k] === undefined) delete body[k];
  return body;
}

/** What an issue or a pull request of a test is unless it says otherwise: no labels, nobody assigned, no milestone, not locked. */
const PLAIN = { labels: [], assignee: null, assignees: [], milestone: null, locked: false, active_lock_reason: null };

/** An issue (POST/PATCH /issues, GET /issues). */
export function issueBody(fields: Body = {}): Body {
  // The example is a locked, closed-before pull request's issue with a milestone; a test's issue is a plain open one.
  const base = {
    ...specExample('issues/create', '201'),
    ...PLAIN,
    closed_by: null,
    state_reason: null,
  };
  delete base.pull_request;
  const number = fields.number ?? base.number;
  return { ...base, html_url: `https://github.com/octo/deploy/issues/${number}`, ...fields };
}

/**
 * An issue a fake keeps as plain fields (what POST /issues was sent: labels as names; its author
 * an account), as GitHub answers it.
 */
export function storedIssueBody(stored: Body, repository = 'octo/deploy'): Body {
  return issueBody({
    ...stored,
    html_url: `https://github.com/${repository}/issues/${stored.number}`,
    user: userBody(stored.user),
    labels: (stored.labels ?? []).map((l: string | Body, n: number) => (typeof l === 'string' ? labelBody(l, n + 1) : l)),
  });
}

/** An issue comment (POST /issues/{n}/comments). */
export function issueCommentBody(fields: Body = {}): Body {
  return { ...specExample('issues/create-comment', '201'), ...fields };
}

/** A label of `POST /issues/{n}/labels`. */
export function labelBody(name: string, id = 1): Body {
  return { ...specExample('issues/add-labels')[0], id, node_id: `LA_${id}`, name, url: `${API}/repos/octo/deploy/labels/${encodeURIComponent(name)}`, description: '', default: false };
}

/** A pull request (pulls/create, pulls/update, pulls/request-reviewers; pulls/list items take the same fields). */
export function pullBody(fields: Body = {}): Body {
  // The example is locked, merged and closed; a test's pull request is open until it says otherwise.
  const base = {
    ...specExample('pulls/create', '201'),
    requested_teams: [],
    requested_reviewers: [],
    ...PLAIN,
    closed_at: null,
    merged_at: null,
    merged_by: null,
    merged: false,
  };
  return { ...base, ...fields };
}

/** A repository as lists show it (minimal-repository: GET /orgs/{org}/repos). */
export function minimalRepositoryBody(fields: Body = {}): Body {
  const base = specExample('repos/list-for-org')[0];
  delete base.template_repository;
  return { ...base, language: null, fork: false, archived: false, disabled: false, ...fields };
}

/** `GET /repos/{owner}/{repo}` (full-repository). */
export function repositoryBody(fields: Body = {}): Body {
  // The example is a fork of a template: a test's repository is a plain one unless it says so.
  const base = { ...specExample('repos/get'), language: null, fork: false };
  delete base.parent;
  delete base.source;
  delete base.template_repository;
  return { ...base, ...fields };
}

/** `422 Validation Failed` as GitHub writes it. */
export function validationFailed(message = 'Validation Failed', errors?: Array<Body | string>, docs = 'https://docs.github.com/rest'): Body {
  return { message, ...(errors ? { errors } : {}), documentation_url: docs, status: '422' };
}
