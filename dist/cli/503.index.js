export const id = 503;
export const ids = [503];
export const modules = {

/***/ 8503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createOrgApi: () => (/* binding */ createOrgApi)
});

// UNUSED EXPORTS: DOWNLOAD_TIMEOUT_MS

// EXTERNAL MODULE: ./src/org/errors.ts
var errors = __webpack_require__(3823);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/github/waits.ts
/** Longest wait for one answer (headers and body) before the request counts as failed. */
const REQUEST_TIMEOUT_MS = 30_000;
/** Everything a run may sleep, all requests together: retry back-offs and rate-limit waits. */
const WAIT_BUDGET_MS = 120_000;
/** Retries of one request at most (server errors, dropped connections, rate limits). */
const RETRIES = 3;
/** GitHub's advice when a secondary rate limit names no wait: at least a minute. */
const SECONDARY_LIMIT_WAIT_MS = 60_000;
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    timeout: (ms) => AbortSignal.timeout(ms),
};
/** A request given up on because waiting longer would break the bounds. It has no HTTP status on purpose: a rate-limit 403 is not a permission problem. */
class GitHubWaitError extends Error {
    kind;
    constructor(kind, message, options) {
        super(message, options);
        this.kind = kind;
        this.name = 'GitHubWaitError';
    }
}
/** Error codes of connections that will not work by trying again within a run. */
const UNREACHABLE = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EAI_NONAME',
    'EAI_FAIL',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ETIMEDOUT',
    'UND_ERR_CONNECT_TIMEOUT',
    'CERT_HAS_EXPIRED',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
]);
/** The cause naming a connection that could not be made (refused, DNS, TLS), looked for through the error's causes. */
function unreachableCause(e) {
    const seen = new Set();
    const queue = [e];
    while (queue.length && seen.size < 20) {
        const x = queue.shift();
        if (!x || typeof x !== 'object' || seen.has(x))
            continue;
        seen.add(x);
        const { code, cause, errors, message } = x;
        if (typeof code === 'string' && UNREACHABLE.has(code))
            return { code, message: String(message ?? code) };
        queue.push(cause);
        if (Array.isArray(errors))
            queue.push(...errors);
    }
    return undefined;
}
/** The wait a 403/429 asks for, or undefined when it is not a rate limit (a 403 for missing permissions). */
function rateLimitOf(e, nowMs) {
    const { status, message, response } = (e ?? {});
    if (status !== 403 && status !== 429)
        return undefined;
    const headers = response?.headers ?? {};
    const retryAfter = headers['retry-after']?.trim();
    if (retryAfter) {
        const seconds = /^\d+$/.test(retryAfter) ? Number(retryAfter) : (Date.parse(retryAfter) - nowMs) / 1000;
        if (Number.isFinite(seconds))
            return { kind: 'secondary', waitMs: Math.max(0, Math.ceil(seconds * 1000)) };
    }
    if (headers['x-ratelimit-remaining'] === '0') {
        const reset = Number(headers['x-ratelimit-reset']);
        // One second past the reset, as GitHub advises; an unreadable reset is treated as a long one.
        return { kind: 'primary', waitMs: Number.isFinite(reset) ? Math.max(0, reset * 1000 - nowMs) + 1000 : Infinity };
    }
    if (status === 429 || /secondary rate limit|abuse detection/i.test(String(message ?? '')))
        return { kind: 'secondary', waitMs: SECONDARY_LIMIT_WAIT_MS };
    return undefined;
}
/** A server error or a connection dropped mid-request: worth a retry. */
function waits_transient(e) {
    const status = e?.status;
    return typeof status === 'number' && status >= 500;
}
const seconds = (ms) => (Number.isFinite(ms) ? `${Math.ceil(ms / 1000)} s` : 'an unknown time');
function pathOf(url) {
    try {
        return new URL(String(url), 'http://github.invalid').pathname;
    }
    catch {
        return String(url);
    }
}
function originOf(url) {
    try {
        return new URL(String(url)).origin;
    }
    catch {
        return 'the API URL';
    }
}
/**
 * An Octokit plugin applying the bounds; one per client, so the budget is the run's. Give it last
 * to getOctokit so that it wraps the other plugins (a retry goes through their pacing again).
 */
function boundedWaits(limits, clock, log, onUnreachable) {
    let sleptMs = 0;
    /** Requests fail without being sent until this time (Infinity: for the rest of the run). */
    let blocked;
    const block = (until, kind, reason, cause) => {
        blocked = { until, kind, reason };
        const error = new GitHubWaitError(kind, reason, { cause });
        // Told before the caller sees the error, so the run can stop using the API at once.
        if (kind !== 'rate-limit')
            onUnreachable?.(error);
        return error;
    };
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            const send = request;
            // options.url is still the route template here (`/repos/{owner}/{repo}`): name the real one.
            const url = octokit.request.endpoint.parse(options).url;
            const given = options.request?.signal;
            const what = `${String(options.method)} ${pathOf(url)}`;
            for (let attempt = 0;; attempt++) {
                if (blocked && clock.now() < blocked.until)
                    throw new GitHubWaitError(blocked.kind, `${what} not sent: ${blocked.reason}`);
                const timeout = clock.timeout(limits.requestTimeoutMs);
                const signal = given ? AbortSignal.any([given, timeout]) : timeout;
                let failure;
                try {
                    // In place: before-after-hook hands the inner hooks the options object it was first given.
                    options.request = { ...options.request, signal };
                    const response = await send(options);
                    // An abort while the body streams in is swallowed by @octokit/request (the data comes back empty).
                    if (!timeout.aborted)
                        return response;
                }
                catch (e) {
                    failure = e;
                }
                // Not retried: a write that timed out may have been applied, and a second try costs as much again.
                // Nor is anything else sent: GitHub answers within 10 s or with an error, so silence means the way there is broken.
                if (given?.aborted)
                    throw failure;
                if (timeout.aborted)
                    throw block(Infinity, 'timeout', `GitHub did not answer ${what} within ${seconds(limits.requestTimeoutMs)}; no further requests are made this run`, failure);
                const unreachable = unreachableCause(failure);
                if (unreachable)
                    throw block(Infinity, 'unreachable', `cannot connect to GitHub at ${originOf(url)} (${unreachable.code}: ${unreachable.message}); no further requests are made this run`, failure);
                const left = limits.waitBudgetMs - sleptMs;
                const limit = rateLimitOf(failure, clock.now());
                let waitMs;
                if (limit) {
                    waitMs = limit.waitMs;
                    const asked = limit.kind === 'primary'
                        ? `GitHub's API rate limit for this token is used up for ${seconds(waitMs)}`
                        : `GitHub's secondary rate limit asks for a pause of ${seconds(waitMs)} before ${what}`;
                    if (waitMs > left)
                        throw block(clock.now() + waitMs, 'rate-limit', `${asked}, more than the ${seconds(left)} left of clawcheck's wait budget: not waiting`, failure);
                    if (attempt >= limits.retries)
                        throw block(clock.now() + waitMs, 'rate-limit', `${asked}, after ${limits.retries} retries: not waiting again`, failure);
                    log?.(`${asked}; waiting (${seconds(left - waitMs)} of the wait budget left after it)`);
                }
                else if (waits_transient(failure) && attempt < limits.retries) {
                    waitMs = (attempt + 1) ** 2 * 1000;
                    if (waitMs > left)
                        throw failure;
                    log?.(`GitHub answered ${what} with ${failure.message}; retrying in ${seconds(waitMs)}`);
                }
                else {
                    throw failure;
                }
                sleptMs += waitMs;
                await clock.sleep(waitMs);
            }
        });
    };
}

;// CONCATENATED MODULE: ./src/github/client.ts



/**
 * Octokit whose waits are bounded (see waits.ts): a timeout per attempt, one budget for every
 * retry and rate-limit sleep, no retry of connections that cannot be made. plugin-throttling only
 * paces requests here; its rate-limit handlers decline, so boundedWaits alone decides on retries.
 */
function createClient(options) {
    const limits = {
        requestTimeoutMs: options.limits?.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
        waitBudgetMs: options.limits?.waitBudgetMs ?? WAIT_BUDGET_MS,
        retries: options.retries ?? RETRIES,
    };
    const decline = () => false;
    return (0,github/* getOctokit */.Q)(options.token, 
    // No `request` object here: it would replace @actions/github's proxy-aware fetch.
    { baseUrl: options.baseUrl, throttle: { enabled: options.throttle ?? true, onRateLimit: decline, onSecondaryRateLimit: decline } }, dist_bundle/* throttling */.A, boundedWaits(limits, options.clock ?? systemClock, options.log, options.onUnreachable));
}
/** HTTP status of an Octokit error, if it has one. */
function statusOf(e) {
    const s = e?.status;
    return typeof s === 'number' ? s : undefined;
}

// EXTERNAL MODULE: ./src/github/channel.ts
var channel = __webpack_require__(6220);
;// CONCATENATED MODULE: ./src/github/identity.ts
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
const ONCE = { request: { retries: 0 } };
const known = new WeakMap();
async function tokenType(client) {
    try {
        return (await client.auth())?.tokenType;
    }
    catch {
        return undefined;
    }
}
async function lookUp(client) {
    const installation = (await tokenType(client)) === 'installation';
    // An installation token always writes as a bot, whose REST login ends in [bot].
    const asAuthor = (login) => (installation && !login.endsWith('[bot]') ? `${login}[bot]` : login);
    try {
        const r = await client.graphql('query { viewer { login } }', ONCE);
        const login = r?.viewer?.login;
        if (typeof login === 'string' && LOGIN.test(login))
            return { login: asAuthor(login) };
    }
    catch {
        // next way
    }
    if (!installation) {
        try {
            const { data } = await client.rest.users.getAuthenticated(ONCE);
            const login = data?.login;
            if (typeof login === 'string' && LOGIN.test(login))
                return { login };
        }
        catch {
            // unknown
        }
        return undefined;
    }
    return { login: ACTIONS_BOT_LOGIN };
}
/** The token's identity, looked up once per client; undefined when it cannot be told. */
function tokenIdentity(client) {
    let found = known.get(client);
    if (!found) {
        found = lookUp(client);
        known.set(client, found);
    }
    return found;
}
/** Was this written by `identity`? `user` is the `user`/`author` object of an API answer (any shape). */
function writtenBy(identity, user) {
    const login = user?.login;
    return !!identity && typeof login === 'string' && login.toLowerCase() === identity.login.toLowerCase();
}

;// CONCATENATED MODULE: ./src/github/tracked-issue.ts
/**
 * One issue kept up to date by clawcheck: found again by a hidden marker (never by title, so a
 * renamed issue stays ours), trusted only when the token's account opened it, its body edited in
 * place, closed when there is nothing left to report. The repository's audit issue and the
 * organisation's tracking issue both live this way.
 */



const COUNT = /<!-- clawcheck:count=(\d+) -->/;
async function findOpenIssue(client, t) {
    const issues = (await client.paginate(client.rest.issues.listForRepo, { owner: t.owner, repo: t.repo, state: 'open', per_page: 100 }));
    const marked = issues.filter((i) => !i.pull_request && (i.body ?? '').includes(t.marker));
    if (!marked.length)
        return undefined;
    const identity = await tokenIdentity(client);
    // Opening another issue on every run would be noise, adopting one could close a stranger's.
    if (!identity)
        throw new channel/* ChannelUnavailable */.O(t.channel, `GitHub did not say which account the token writes as, so clawcheck cannot tell its ${t.channel === 'audit-issue' ? 'audit' : 'tracking'} issue from a copy; nothing was changed`);
    return marked.find((i) => writtenBy(identity, i.user));
}
/**
 * Keeps one open issue with the current findings: created when findings appear, its body edited
 * in place when they change (a comment only when their number changes), closed with a comment
 * when the count is 0. A run with nothing new makes no write at all.
 */
async function publishTrackedIssue(client, t) {
    const repo = { owner: t.owner, repo: t.repo };
    try {
        const open = await findOpenIssue(client, t);
        if (!t.count) {
            if (!open)
                return { operation: 'none' };
            await client.rest.issues.createComment({ ...repo, issue_number: open.number, body: t.closeComment });
            await client.rest.issues.update({ ...repo, issue_number: open.number, state: 'closed', state_reason: 'completed' });
            return { operation: 'closed', number: open.number, url: open.html_url };
        }
        if (!open) {
            const created = await client.rest.issues.create({ ...repo, title: t.title, body: t.body, labels: t.labels ?? [] });
            return { operation: 'created', number: created.data.number, url: created.data.html_url };
        }
        // The run link changes every time; only the findings decide whether there is news.
        const withoutLink = (b) => b.replace(/\n\n_Updated by [\s\S]*$/, '');
        if (withoutLink(open.body ?? '') === withoutLink(t.body))
            return { operation: 'none', number: open.number, url: open.html_url };
        await client.rest.issues.update({ ...repo, issue_number: open.number, body: t.body });
        const before = Number(COUNT.exec(open.body ?? '')?.[1] ?? NaN);
        if (before !== t.count)
            await client.rest.issues.createComment({ ...repo, issue_number: open.number, body: t.countComment(t.count, Number.isNaN(before) ? undefined : before) });
        return { operation: 'updated', number: open.number, url: open.html_url };
    }
    catch (e) {
        if (e instanceof channel/* ChannelUnavailable */.O)
            throw e;
        const status = statusOf(e);
        if (status === 403 || status === 404) {
            throw new channel/* ChannelUnavailable */.O(t.channel, `the token cannot manage issues here (HTTP ${status}); give the workflow \`issues: write\``);
        }
        throw new channel/* ChannelUnavailable */.O(t.channel, `HTTP ${status ?? '?'}: ${e.message}`);
    }
}

;// CONCATENATED MODULE: ./src/github/org-api.ts




/** Longest wait for one tarball download by default: ten minutes. */
const DOWNLOAD_TIMEOUT_MS = 10 * 60 * 1000;
/** The body, with a failure mid-download (timeout, dropped connection) said as one. */
async function* guarded(body, signal) {
    try {
        for await (const chunk of body)
            yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
    catch (e) {
        if (e instanceof errors/* TarballError */.ZA)
            throw e;
        throw new errors/* TarballError */.ZA('download-failed', signal.aborted ? 'the tarball download timed out' : `the tarball download broke off (${e?.message ?? e})`);
    }
}
function createOrgApi(options) {
    const clock = options.clock ?? systemClock;
    const client = createClient({ token: options.token, baseUrl: options.baseUrl, clock, retries: options.retries, throttle: options.throttle, log: options.log });
    const defaults = client.request.endpoint.DEFAULTS.request;
    const fetchImpl = defaults?.fetch ?? ((url, init) => fetch(url, init));
    return {
        listRepos: (org) => client.paginate(client.rest.repos.listForOrg, { org, type: 'all', per_page: 100 }, (response) => response.data.map((r) => ({
            full_name: r.full_name,
            name: r.name,
            default_branch: r.default_branch,
            size: r.size,
            archived: r.archived,
            disabled: r.disabled,
            fork: r.fork,
            topics: r.topics,
        }))),
        async headCommit(owner, repo, branch) {
            const { data } = await client.request('GET /repos/{owner}/{repo}/commits/{ref}', { owner, repo, ref: branch, mediaType: { format: 'sha' } });
            const sha = String(data).trim();
            if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))
                throw new Error('GitHub did not answer the branch lookup with a commit id');
            return sha;
        },
        async tarball(owner, repo, sha) {
            const answer = await client.request('GET /repos/{owner}/{repo}/tarball/{ref}', { owner, repo, ref: sha, request: { redirect: 'manual', parseSuccessResponseBody: false } });
            const status = answer.status;
            const stream = answer.data;
            const signal = clock.timeout(options.downloadTimeoutMs ?? DOWNLOAD_TIMEOUT_MS);
            if (status < 300 || status >= 400) {
                // Answered with the archive itself (a proxy that follows redirects).
                if (!stream)
                    throw new errors/* TarballError */.ZA('download-failed', 'the tarball request had no body');
                return { body: guarded(stream, signal) };
            }
            await stream?.cancel().catch(() => undefined);
            const location = answer.headers.location;
            if (!location || !/^https?:\/\//i.test(location))
                throw new errors/* TarballError */.ZA('download-failed', `GitHub answered the tarball request with HTTP ${status} and no download URL`);
            let response;
            try {
                response = await fetchImpl(location, { redirect: 'follow', signal });
            }
            catch (e) {
                const cause = e?.cause?.code;
                throw new errors/* TarballError */.ZA('download-failed', `the tarball download failed (${signal.aborted ? 'timed out' : (cause ?? e?.name ?? 'error')})`);
            }
            if (!response.ok || !response.body) {
                await response.body?.cancel().catch(() => undefined);
                throw new errors/* TarballError */.ZA('download-failed', `the tarball download answered HTTP ${response.status}`);
            }
            const length = Number(response.headers.get('content-length') ?? NaN);
            const body = response.body;
            return { body: guarded(body, signal), ...(Number.isFinite(length) ? { length } : {}), cancel: () => body.cancel().catch(() => undefined) };
        },
        publishIssue: (issue) => publishTrackedIssue(client, issue),
    };
}


/***/ })

};
