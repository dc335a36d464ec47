/**
 * The organisation audit's requests to GitHub (OrgApi), over createClient: every API request has
 * its bounded waits, Retry-After and secondary-limit handling. The tarball is asked of the API
 * without following its redirect; the short-lived download URL it names (which holds its own
 * token, and is never printed) is fetched without ours.
 */
import type { OrgApi, OrgApiOptions, TarballStream } from '../org/api.js';
import { TarballError } from '../org/errors.js';
import type { ListedRepo } from '../org/plan.js';
import { findOpenPull, publishAutofixPullRequest } from './autofix-pr.js';
import type { ActionLog } from './channel.js';
import { createClient } from './client.js';
import { getCommit, readTree } from './git-data.js';
import { publishTrackedIssue } from './tracked-issue.js';
import { systemClock } from './waits.js';

/** Longest wait for one tarball download by default: ten minutes. */
export const DOWNLOAD_TIMEOUT_MS = 10 * 60 * 1000;

type FetchLike = (url: string, init: { redirect: 'follow'; signal: AbortSignal }) => Promise<Response>;

/**
 * What publishAutofixPullRequest says as it goes is not printed: `org fix` reports one line per
 * repository with the outcome, and every reason is in the result it returns.
 */
const QUIET: ActionLog = { info() {}, notice() {}, warning() {}, write() {} };

/** The body, with a failure mid-download (timeout, dropped connection) said as one. */
async function* guarded(body: ReadableStream<Uint8Array>, signal: AbortSignal): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  } catch (e) {
    if (e instanceof TarballError) throw e;
    throw new TarballError('download-failed', signal.aborted ? 'the tarball download timed out' : `the tarball download broke off (${(e as Error)?.message ?? e})`);
  }
}

export function createOrgApi(options: OrgApiOptions): OrgApi {
  const clock = options.clock ?? systemClock;
  const client = createClient({ token: options.token, baseUrl: options.baseUrl, clock, retries: options.retries, throttle: options.throttle, log: options.log });
  const defaults = (client.request.endpoint.DEFAULTS as { request?: { fetch?: FetchLike } }).request;
  const fetchImpl: FetchLike = defaults?.fetch ?? ((url, init) => fetch(url, init));
  return {
    listRepos: (org) =>
      client.paginate(client.rest.repos.listForOrg, { org, type: 'all', per_page: 100 }, (response) =>
        (response.data as unknown as ListedRepo[]).map((r) => ({
          full_name: r.full_name,
          name: r.name,
          default_branch: r.default_branch,
          size: r.size,
          archived: r.archived,
          disabled: r.disabled,
          fork: r.fork,
          topics: r.topics,
        })),
      ),

    async headCommit(owner, repo, branch) {
      const { data } = await client.request('GET /repos/{owner}/{repo}/commits/{ref}', { owner, repo, ref: branch, mediaType: { format: 'sha' } });
      const sha = String(data).trim();
      if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) throw new Error('GitHub did not answer the branch lookup with a commit id');
      return sha;
    },

    async tarball(owner, repo, sha): Promise<TarballStream> {
      const answer = await client.request('GET /repos/{owner}/{repo}/tarball/{ref}', { owner, repo, ref: sha, request: { redirect: 'manual', parseSuccessResponseBody: false } });
      const status = answer.status as number;
      const stream = answer.data as unknown as ReadableStream<Uint8Array> | null;
      const signal = clock.timeout(options.downloadTimeoutMs ?? DOWNLOAD_TIMEOUT_MS);
      if (status < 300 || status >= 400) {
        // Answered with the archive itself (a proxy that follows redirects).
        if (!stream) throw new TarballError('download-failed', 'the tarball request had no body');
        return { body: guarded(stream, signal) };
      }
      await stream?.cancel().catch(() => undefined);
      const location = (answer.headers as Record<string, string | undefined>).location;
      if (!location || !/^https?:\/\//i.test(location)) throw new TarballError('download-failed', `GitHub answered the tarball request with HTTP ${status} and no download URL`);
      let response: Response;
      try {
        response = await fetchImpl(location, { redirect: 'follow', signal });
      } catch (e) {
        const cause = (e as { cause?: { code?: string } })?.cause?.code;
        throw new TarballError('download-failed', `the tarball download failed (${signal.aborted ? 'timed out' : (cause ?? (e as Error)?.name ?? 'error')})`);
      }
      if (!response.ok || !response.body) {
        await response.body?.cancel().catch(() => undefined);
        throw new TarballError('download-failed', `the tarball download answered HTTP ${response.status}`);
      }
      const length = Number(response.headers.get('content-length') ?? NaN);
      const body = response.body;
      return { body: guarded(body, signal), ...(Number.isFinite(length) ? { length } : {}), cancel: () => body.cancel().catch(() => undefined) };
    },

    publishIssue: (issue) => publishTrackedIssue(client, issue),

    async repository(owner, repo) {
      const { data } = await client.rest.repos.get({ owner, repo });
      return { defaultBranch: data.default_branch, archived: !!data.archived };
    },

    async treeAt(owner, repo, sha, wanted) {
      return readTree(client, owner, repo, (await getCommit(client, owner, repo, sha)).treeSha, wanted);
    },

    async openPull(owner, repo, branch, base) {
      const pr = await findOpenPull(client, owner, repo, branch, base);
      return pr && { number: pr.number, url: pr.html_url };
    },

    publishAutofix: (owner, repo, r) =>
      publishAutofixPullRequest(
        client,
        // What the autofix flow reads of a run: the repository, and the commit judged (named in a closing comment).
        { eventName: 'workflow_dispatch', owner, repo, sha: r.judged, workspace: '', apiUrl: options.baseUrl, serverUrl: '' },
        r.files,
        QUIET,
        { base: r.base, body: r.body },
      ),
  };
}
