export const id = 633;
export const ids = [633];
export const modules = {

/***/ 2633:
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
function client_statusOf(e) {
    const s = e?.status;
    return typeof s === 'number' ? s : undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/github/git-data.ts
/**
 * Git Data API operations (refs, commits, trees, blobs), one concern each. None of them forces a
 * ref except `forceBranchTo` (a compare-and-swap), which only the autofix-PR flow uses, on the
 * branch clawcheck owns.
 * API errors other than the outcomes each function names are thrown as Octokit raises them.
 */


/** The sha git gives a blob with these bytes (`git hash-object`), computed locally. */
function git_data_blobSha(text) {
    const bytes = Buffer.from(text, 'utf8');
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
/** Message and details of an Octokit error, for matching GitHub's 422 texts. */
function git_data_errorText(e) {
    const err = e;
    return `${String(err?.message ?? e)} ${JSON.stringify(err?.response?.data ?? '')}`;
}
/** A repository-relative path as the trees API wants it; throws on absolute or escaping paths. */
function git_data_repoPath(path) {
    const p = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    if (!p || p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.split('/').some((s) => s === '..' || s === '' || s === '.'))
        throw new Error(`Not a repository-relative path: ${path}`);
    return p;
}
/** The commit `branch` points at, or undefined when the branch does not exist. */
async function git_data_getBranchHead(client, owner, repo, branch) {
    try {
        const { data } = await client.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
        return data.object.sha;
    }
    catch (e) {
        if (client_statusOf(e) === 404)
            return undefined;
        throw e;
    }
}
async function git_data_getCommit(client, owner, repo, sha) {
    const { data } = await client.rest.git.getCommit({ owner, repo, commit_sha: sha });
    return { sha: data.sha, treeSha: data.tree.sha, parents: data.parents.map((p) => p.sha), message: data.message };
}
/**
 * Every blob (and link/submodule) under a tree, by path. One recursive request; when GitHub
 * truncates it (very large trees) only the folders leading to `wanted` paths are walked.
 */
async function git_data_readTree(client, owner, repo, treeSha, wanted) {
    const { data } = await client.rest.git.getTree({ owner, repo, tree_sha: treeSha, recursive: '1' });
    const entries = new Map();
    if (!data.truncated || !wanted) {
        for (const e of data.tree)
            if (e.type !== 'tree' && e.path && e.sha)
                entries.set(e.path, { mode: e.mode ?? '100644', type: e.type ?? 'blob', sha: e.sha });
        if (!data.truncated)
            return entries;
        throw new Error(`The tree ${treeSha} is too large to read in one request`);
    }
    const folders = new Map();
    const list = (sha) => {
        if (!folders.has(sha))
            folders.set(sha, client.rest.git.getTree({ owner, repo, tree_sha: sha }).then((r) => r.data.tree));
        return folders.get(sha);
    };
    for (const path of wanted) {
        let sha = treeSha;
        const parts = path.split('/');
        for (let i = 0; sha && i < parts.length; i++) {
            const hit = (await list(sha)).find((e) => e.path === parts[i]);
            if (i === parts.length - 1 && hit?.sha && hit.type !== 'tree')
                entries.set(path, { mode: hit.mode ?? '100644', type: hit.type ?? 'blob', sha: hit.sha });
            sha = hit?.type === 'tree' ? hit.sha : undefined;
        }
    }
    return entries;
}
/**
 * One commit on top of `parentSha` that changes only `changes`: a blob per file, a tree with
 * the parent's tree as `base_tree` (every other path stays as it is; modes of existing files
 * are kept, new files are 100644), a commit with the parent as its only parent. No author or
 * committer is sent, so GitHub attributes the commit to the token's identity and signs it
 * (shown as verified). Re-running it writes the same blobs and tree again: content-addressed.
 */
async function git_data_commitFiles(client, owner, repo, input) {
    const parent = await git_data_getCommit(client, owner, repo, input.parentSha);
    const paths = input.changes.map((c) => git_data_repoPath(c.path));
    const existing = await git_data_readTree(client, owner, repo, parent.treeSha, paths);
    const tree = [];
    for (const [i, change] of input.changes.entries()) {
        const path = paths[i];
        const old = existing.get(path);
        if (old && old.mode !== '100644' && old.mode !== '100755')
            throw new Error(`${path} is not a regular file in ${input.parentSha} (mode ${old.mode})`);
        const { data } = await client.rest.git.createBlob({ owner, repo, content: Buffer.from(change.content, 'utf8').toString('base64'), encoding: 'base64' });
        tree.push({ path, mode: (old?.mode ?? '100644'), type: 'blob', sha: data.sha });
    }
    const { data: newTree } = await client.rest.git.createTree({ owner, repo, base_tree: parent.treeSha, tree });
    const { data: commit } = await client.rest.git.createCommit({ owner, repo, message: input.message, tree: newTree.sha, parents: [parent.sha] });
    return { sha: commit.sha, treeSha: newTree.sha };
}
/** Moves `branch` to `sha` only as a fast forward (never forced); 'rejected' when the branch moved elsewhere or is gone. */
async function git_data_updateBranch(client, owner, repo, branch, sha) {
    try {
        await client.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha, force: false });
        return 'updated';
    }
    catch (e) {
        if (statusOf(e) === 422 && /fast.?forward|reference does not exist/i.test(git_data_errorText(e)))
            return 'rejected';
        throw e;
    }
}
/** Creates `branch` at `sha`; 'exists' when someone (another run) created it first — it is left as it is. */
async function createBranch(client, owner, repo, branch, sha) {
    try {
        await client.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha });
        return 'created';
    }
    catch (e) {
        if (client_statusOf(e) === 422 && /already exists/i.test(git_data_errorText(e)))
            return 'exists';
        throw e;
    }
}
async function deleteBranch(client, owner, repo, branch) {
    try {
        await client.rest.git.deleteRef({ owner, repo, ref: `heads/${branch}` });
        return 'deleted';
    }
    catch (e) {
        if (client_statusOf(e) === 404 || (client_statusOf(e) === 422 && /does not exist/i.test(git_data_errorText(e))))
            return 'missing';
        throw e;
    }
}
const ZERO_OID = '0'.repeat(40);
/** GraphQL's answer when a field (here the updateRefs mutation) is not in the server's schema. */
const UNKNOWN_FIELD = /Field '\w+' doesn't exist on type/;
/**
 * Moves `branch` to `sha` with force, but only if it still points at `expectedHead` (what the
 * caller read and judged): 'moved' otherwise, and nothing is written.
 *
 * Why forcing is safe here, and only here: the caller (the autofix-PR flow) owns this branch.
 * It is rebuilt every run as one fresh commit on the current base head, so its previous commit
 * is clawcheck's own output, reproducible from the base, and the caller has checked that every
 * commit on it is clawcheck's (trailer and author). Never use this for a branch people push to.
 *
 * No push can be lost: the update is GraphQL's `updateRefs`, an atomic compare-and-swap whose
 * `beforeOid` is `expectedHead` (REST has none: `PATCH …/git/refs` with force overwrites whatever
 * is there). Only a server whose schema lacks `updateRefs` (an old GitHub Enterprise Server)
 * gets a re-read of the ref and a forced REST update; a push between those two requests would be
 * lost there, and that is the one remaining window.
 */
async function forceBranchTo(client, owner, repo, branch, sha, expectedHead) {
    const ref = `refs/heads/${branch}`;
    const { repository } = await client.graphql('query($owner: String!, $name: String!, $ref: String!) { repository(owner: $owner, name: $name) { id ref(qualifiedName: $ref) { target { oid } } } }', { owner, name: repo, ref });
    const current = repository?.ref?.target?.oid ?? ZERO_OID;
    if (current !== expectedHead)
        return 'moved';
    if (current === sha)
        return 'forced';
    if (!repository?.id)
        throw new Error(`GitHub did not give the id of ${owner}/${repo}`);
    try {
        await client.graphql('mutation($input: UpdateRefsInput!) { updateRefs(input: $input) { clientMutationId } }', {
            input: { repositoryId: repository.id, refUpdates: [{ name: ref, beforeOid: expectedHead, afterOid: sha, force: true }] },
        });
        return 'forced';
    }
    catch (e) {
        if (UNKNOWN_FIELD.test(git_data_errorText(e))) {
            if ((await git_data_getBranchHead(client, owner, repo, branch)) !== expectedHead)
                return 'moved';
            await client.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha, force: true });
            return 'forced';
        }
        // The swap was refused or failed: moved if the branch is no longer where it was.
        if ((await git_data_getBranchHead(client, owner, repo, branch)) !== expectedHead)
            return 'moved';
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/github/autofix-commit.ts


/** Marks clawcheck's own commits: a run whose head carries it does not commit again. */
const AUTOFIX_TRAILER = 'Clawcheck-Autofix: true';
/** Does a line of `message` carry `trailer` (key case-insensitive, value exact)? */
function hasTrailer(message, trailer = AUTOFIX_TRAILER) {
    const at = trailer.indexOf(':');
    const key = trailer.slice(0, at).trim().toLowerCase();
    const value = trailer.slice(at + 1).trim();
    return message.split(/\r?\n/).some((line) => {
        const i = line.indexOf(':');
        return i > 0 && line.slice(0, i).trim().toLowerCase() === key && line.slice(i + 1).trim() === value;
    });
}
/** The files whose text actually changes. */
function changedFiles(fixed) {
    return fixed.filter((f) => f.after !== f.before);
}
function rulesOf(file) {
    return [...new Set(file.fixed.map((f) => f.ruleId))].sort();
}
/** `clawcheck: fix <rules>`, a line per file with its rule ids, then the trailer. */
function autofixMessage(files, trailer = AUTOFIX_TRAILER) {
    const all = [...new Set(files.flatMap(rulesOf))].sort();
    const lines = files.map((f) => `${git_data_repoPath(f.path)}: ${rulesOf(f).join(', ') || 'formatting'}`);
    return `clawcheck: fix ${all.join(', ') || 'findings'}\n\n${lines.join('\n')}\n\n${trailer}`;
}
/**
 * Paths whose bytes in `treeSha` are not the `before` text the fixes were computed from (or that
 * are missing there, or are not regular files).
 */
async function staleFiles(client, owner, repo, treeSha, files) {
    const paths = files.map((f) => repoPath(f.path));
    const entries = await readTree(client, owner, repo, treeSha, paths);
    return paths.filter((p, i) => {
        const e = entries.get(p);
        return !e || (e.mode !== '100644' && e.mode !== '100755') || e.sha !== blobSha(files[i].before);
    });
}
const autofix_commit_short = (sha) => sha.slice(0, 7);
async function commitFixes(client, run, fixed, log, opts = {}) {
    const trailer = opts.trailer ?? AUTOFIX_TRAILER;
    /** Every outcome with a reason logs it here, once; callers only pass it on. */
    const stop = (outcome, reason) => {
        log.notice(reason);
        return { outcome, reason };
    };
    const pr = run.pullRequest;
    if (!pr)
        return stop('not-allowed', 'fix: commit needs a pull request event (use fix: pull-request on push or schedule).');
    if (pr.fork)
        return stop('not-allowed', `PR #${pr.number} comes from the fork ${pr.headRepo}: GitHub gives workflows on fork pull requests a read-only ` +
            `GITHUB_TOKEN, so clawcheck cannot push to its branch; the fixes are offered as suggestions instead. ` +
            `Committing needs a token with contents: write on ${pr.headRepo} (a PAT or GitHub App token). pull_request_target ` +
            `gives a write token, but runs on code from the fork: use it only if the workflow never executes that code.`);
    const files = changedFiles(fixed);
    if (!files.length)
        return { outcome: 'nothing-to-fix' };
    const branch = pr.headRef;
    const { owner, repo } = run;
    try {
        const parent = await getCommit(client, owner, repo, pr.headSha);
        if (hasTrailer(parent.message, trailer))
            return stop('loop-guard', `The head commit ${autofix_commit_short(parent.sha)} is clawcheck's own fix commit (${trailer}): not committing again.`);
        const stale = await staleFiles(client, owner, repo, parent.treeSha, files);
        if (stale.length)
            return stop('head-moved', `${stale.join(', ')} at the PR head ${autofix_commit_short(parent.sha)} ${stale.length > 1 ? 'differ' : 'differs'} from the text clawcheck checked ` +
                `(was the merge commit checked out instead of the head?): not committing fixes computed for other content.`);
        const moved = (head) => stop('head-moved', head
            ? `The branch ${branch} moved from ${autofix_commit_short(parent.sha)} to ${autofix_commit_short(head)} after this run checked out ${autofix_commit_short(parent.sha)}: its new commits were not checked, ` +
                `so nothing was committed; the findings are reported on ${autofix_commit_short(parent.sha)}, the commit that was judged.`
            : `The branch ${branch} no longer exists: nothing was committed; the findings are reported on ${autofix_commit_short(parent.sha)}, the commit that was judged.`);
        const head = await getBranchHead(client, owner, repo, branch);
        if (head !== parent.sha)
            return moved(head);
        const message = autofixMessage(files, trailer);
        const commit = await commitFiles(client, owner, repo, { parentSha: parent.sha, changes: files.map((f) => ({ path: f.path, content: f.after })), message });
        // Not forced: a push made since the read above is not an ancestor of this commit, so GitHub
        // rejects the update. (The API has no compare-and-swap; a force-push back to an ancestor in
        // that window would be fast-forwarded, but the commit is still the judged tree plus the fixes.)
        if ((await updateBranch(client, owner, repo, branch, commit.sha)) === 'updated') {
            log.notice(`clawcheck committed its fixes to ${branch} as ${commit.sha}.`);
            return { outcome: 'committed', sha: commit.sha };
        }
        return moved(await getBranchHead(client, owner, repo, branch));
    }
    catch (e) {
        if (statusOf(e) === 403 || (statusOf(e) === 422 && /protected branch/i.test(errorText(e))))
            return stop('not-allowed', `GitHub refused the write to ${owner}/${repo} (${statusOf(e)}: ${e.message}). Committing fixes needs ` +
                `permissions: contents: write for the job's token (and a branch that accepts direct pushes).`);
        throw e;
    }
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

;// CONCATENATED MODULE: ./src/github/autofix-pr.ts





/** GitHub refuses PR bodies longer than this. */
const MAX_BODY = 65536;
const autofix_pr_short = (sha) => sha.slice(0, 7);
function sameTree(a, b) {
    if (a.size !== b.size)
        return false;
    for (const [path, e] of a) {
        const o = b.get(path);
        if (!o || o.sha !== e.sha || o.mode !== e.mode)
            return false;
    }
    return true;
}
/** The open pull request from `branch` into `base`, if there is one. */
async function findOpenPull(client, owner, repo, branch, base) {
    const { data } = await client.rest.pulls.list({ owner, repo, head: `${owner}:${branch}`, base, state: 'open', per_page: 10 });
    return data[0];
}
async function publishAutofixPullRequest(client, run, fixed, log, opts) {
    const { owner, repo } = run;
    const { base } = opts;
    const branch = opts.branch ?? `clawcheck/autofix/${base}`;
    if (branch === base)
        throw new Error(`The autofix branch cannot be the base branch itself (${base}).`);
    const trailer = opts.trailer ?? AUTOFIX_TRAILER;
    const files = changedFiles(fixed);
    const done = (operation, pr, reason) => ({
        operation,
        ...(pr ? { number: pr.number, url: pr.html_url } : {}),
        branch,
        ...(reason ? { reason } : {}),
    });
    /**
     * The head of `branch` when every commit it has beyond `base` is clawcheck's (carries the
     * trailer and is authored by the token's account); otherwise a reason to stop. A human commit
     * anywhere on it, even under one of clawcheck's (say from `fix: commit` on a PR from this
     * branch), makes it someone's work.
     */
    const ownHead = async () => {
        const sha = await git_data_getBranchHead(client, owner, repo, branch);
        if (!sha)
            return {};
        const { data } = await client.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${base}...${sha}` });
        let theirs = data.commits.find((c) => !hasTrailer(c.commit.message, trailer));
        let why = theirs ? `${autofix_pr_short(theirs.sha)} lacks "${trailer}"` : `${data.ahead_by} commits ahead of ${base}`;
        if (!theirs && data.commits.length) {
            const identity = await tokenIdentity(client);
            theirs = data.commits.find((c) => !writtenBy(identity, c.author));
            if (theirs)
                why = identity
                    ? `${autofix_pr_short(theirs.sha)} is not authored by ${identity.login}, the token's account`
                    : `GitHub did not say which account the token writes as, so ${autofix_pr_short(theirs.sha)} cannot be told from a copy`;
        }
        if (!theirs && data.commits.length === data.ahead_by) {
            const last = data.commits.at(-1);
            const head = last?.sha === sha
                ? { sha, treeSha: last.commit.tree.sha, parents: last.parents.map((p) => p.sha), message: last.commit.message }
                : await git_data_getCommit(client, owner, repo, sha);
            return { head };
        }
        const foreign = `The branch ${branch} has commits clawcheck did not make (${why}): ` +
            `leaving the branch and its pull request alone. Delete it, or choose another branch (input fix-branch).`;
        log.warning(foreign);
        return { foreign };
    };
    try {
        if (!files.length) {
            const pr = await findOpenPull(client, owner, repo, branch, base);
            if (!pr)
                return done('none');
            const { head, foreign } = await ownHead();
            if (foreign)
                return done('none', pr, foreign);
            const body = `clawcheck found nothing left to fix on \`${base}\` (checked at ${autofix_pr_short(run.sha)}): closing this pull request and deleting \`${branch}\`.`;
            await client.rest.issues.createComment({ owner, repo, issue_number: pr.number, body });
            await client.rest.pulls.update({ owner, repo, pull_number: pr.number, state: 'closed' });
            if (head)
                await deleteBranch(client, owner, repo, branch);
            log.notice(`Closed autofix pull request #${pr.number} and deleted ${branch}: nothing left to fix.`);
            return done('closed', pr);
        }
        // The tree the branch should have: the base head's, with the fixed files.
        const baseHead = await git_data_getBranchHead(client, owner, repo, base);
        if (!baseHead)
            throw new Error(`The base branch ${base} does not exist in ${owner}/${repo}.`);
        const baseTree = await git_data_readTree(client, owner, repo, (await git_data_getCommit(client, owner, repo, baseHead)).treeSha);
        const stale = files.map((f) => git_data_repoPath(f.path)).filter((p, i) => baseTree.get(p)?.sha !== git_data_blobSha(files[i].before));
        if (stale.length) {
            const reason = `${stale.join(', ')} on ${base} (now ${autofix_pr_short(baseHead)}) ${stale.length > 1 ? 'differ' : 'differs'} from the text clawcheck checked: the base moved; the next run will fix its new content.`;
            log.notice(reason);
            return done('none', undefined, reason);
        }
        const desired = new Map(baseTree);
        for (const f of files) {
            const path = git_data_repoPath(f.path);
            desired.set(path, { mode: baseTree.get(path)?.mode ?? '100644', type: 'blob', sha: git_data_blobSha(f.after) });
        }
        let branchOp;
        let commit;
        for (let attempt = 0; attempt < 2 && !branchOp; attempt++) {
            const { head, foreign } = await ownHead();
            if (foreign)
                return done('none', await findOpenPull(client, owner, repo, branch, base), foreign);
            if (head) {
                const same = commit ? head.treeSha === commit.treeSha : sameTree(await git_data_readTree(client, owner, repo, head.treeSha), desired);
                if (same && head.parents.length === 1 && head.parents[0] === baseHead) {
                    branchOp = 'none';
                    break;
                }
            }
            commit ??= await git_data_commitFiles(client, owner, repo, { parentSha: baseHead, changes: files.map((f) => ({ path: f.path, content: f.after })), message: autofixMessage(files, trailer) });
            if (!head) {
                if ((await createBranch(client, owner, repo, branch, commit.sha)) === 'created')
                    branchOp = 'created';
            }
            else if ((await forceBranchTo(client, owner, repo, branch, commit.sha, head.sha)) === 'forced')
                branchOp = 'updated';
            if (!branchOp)
                log.info(`${branch} changed meanwhile (another run?); looking again.`);
        }
        if (!branchOp) {
            const reason = `${branch} kept changing while clawcheck was updating it (concurrent runs?): left as it is.`;
            log.notice(reason);
            return done('none', await findOpenPull(client, owner, repo, branch, base), reason);
        }
        if (branchOp !== 'none')
            log.info(`${branch} ${branchOp} at ${commit.sha} on ${base} ${autofix_pr_short(baseHead)}.`);
        const title = opts.title ?? `clawcheck: automatic fixes for ${base}`;
        const body = opts.body.length > MAX_BODY ? opts.body.slice(0, MAX_BODY) : opts.body;
        let pr = await findOpenPull(client, owner, repo, branch, base);
        if (!pr) {
            try {
                const { data } = await client.rest.pulls.create({ owner, repo, head: branch, base, title, body });
                log.notice(`Opened autofix pull request #${data.number}: ${data.html_url}`);
                await addExtras(client, owner, repo, data.number, opts, log);
                return done('created', data);
            }
            catch (e) {
                if (!(client_statusOf(e) === 422 && /pull request already exists/i.test(git_data_errorText(e))))
                    throw e;
                pr = await findOpenPull(client, owner, repo, branch, base); // opened by a concurrent run
                if (!pr)
                    throw e;
            }
        }
        let operation = branchOp === 'none' ? 'none' : 'updated';
        if (pr.title !== title || (pr.body ?? '') !== body) {
            await client.rest.pulls.update({ owner, repo, pull_number: pr.number, title, body });
            operation = 'updated';
        }
        if (operation === 'updated')
            log.notice(`Updated autofix pull request #${pr.number}: ${pr.html_url}`);
        return done(operation, pr);
    }
    catch (e) {
        if (client_statusOf(e) === 403)
            throw new channel/* ChannelUnavailable */.O('pull-request', `GitHub refused a write to ${owner}/${repo} (403: ${e.message}). An autofix pull request needs ` +
                `permissions: contents: write and pull-requests: write; with GITHUB_TOKEN the repository must also ` +
                `allow GitHub Actions to create pull requests (Settings → Actions → General).`);
        throw e;
    }
}
/** Labels, reviewers and assignees of a new PR; a failure is only a notice. */
async function addExtras(client, owner, repo, number, opts, log) {
    const steps = [
        ['labels', opts.labels, () => client.rest.issues.addLabels({ owner, repo, issue_number: number, labels: opts.labels })],
        ['reviewers', opts.reviewers, () => client.rest.pulls.requestReviewers({ owner, repo, pull_number: number, reviewers: opts.reviewers })],
        ['assignees', opts.assignees, () => client.rest.issues.addAssignees({ owner, repo, issue_number: number, assignees: opts.assignees })],
    ];
    for (const [what, list, call] of steps) {
        if (!list?.length)
            continue;
        try {
            await call();
        }
        catch (e) {
            log.notice(`Could not add ${what} (${list.join(', ')}) to #${number}: ${e.message}`);
        }
    }
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
        const status = client_statusOf(e);
        if (status === 403 || status === 404) {
            throw new channel/* ChannelUnavailable */.O(t.channel, `the token cannot manage issues here (HTTP ${status}); give the workflow \`issues: write\``);
        }
        throw new channel/* ChannelUnavailable */.O(t.channel, `HTTP ${status ?? '?'}: ${e.message}`);
    }
}

;// CONCATENATED MODULE: ./src/github/org-api.ts






/** Longest wait for one tarball download by default: ten minutes. */
const DOWNLOAD_TIMEOUT_MS = 10 * 60 * 1000;
/**
 * What publishAutofixPullRequest says as it goes is not printed: `org fix` reports one line per
 * repository with the outcome, and every reason is in the result it returns.
 */
const QUIET = { info() { }, notice() { }, warning() { }, write() { } };
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
        async repository(owner, repo) {
            const { data } = await client.rest.repos.get({ owner, repo });
            return { defaultBranch: data.default_branch, archived: !!data.archived };
        },
        async treeAt(owner, repo, sha, wanted) {
            return git_data_readTree(client, owner, repo, (await git_data_getCommit(client, owner, repo, sha)).treeSha, wanted);
        },
        async openPull(owner, repo, branch, base) {
            const pr = await findOpenPull(client, owner, repo, branch, base);
            return pr && { number: pr.number, url: pr.html_url };
        },
        publishAutofix: (owner, repo, r) => publishAutofixPullRequest(client, 
        // What the autofix flow reads of a run: the repository, and the commit judged (named in a closing comment).
        { eventName: 'workflow_dispatch', owner, repo, sha: r.judged, workspace: '', apiUrl: options.baseUrl, serverUrl: '' }, r.files, QUIET, { base: r.base, body: r.body }),
    };
}


/***/ })

};
