import '../support/openclaw-schema.js';
import { createHash } from 'node:crypto';
import { judge, parseFile } from '../../src/core/engine.js';
import type { CheckResult } from '../../src/core/result.js';
import { SourceFile } from '../../src/core/source.js';
import { ChannelUnavailable } from '../../src/github/channel.js';
import type { ActionLog, PublishContext } from '../../src/github/channel.js';
import { createClient } from '../../src/github/client.js';
import type { RunContext } from '../../src/github/context.js';
import { parsePatch } from '../../src/github/hunks.js';
import type { FileDiff } from '../../src/github/hunks.js';
import { publishReview, reviewBody } from '../../src/github/review.js';
import type { PlannedFix } from '../../src/github/review.js';
import { recommendedPolicy } from '../../src/policy/load.js';
import { ACTIONS_BOT, HUMAN_USER, startFakeGitHub } from '../support/fake-github.js';
import { authenticatedUserBody, reviewBody as reviewAnswer, reviewCommentBody, userBody, validationFailed } from '../support/github-bodies.js';
import type { FakeGitHub, FakeResponse, RecordedRequest, Route } from '../support/fake-github.js';
import { SEED_BEFORE } from '../support/judge.js';

const PATH = 'deploy/docker-compose.yml';
const PULL = '/repos/o/r/pulls/7';

function resultOf(files: Record<string, string>): CheckResult {
  const parsed = Object.entries(files).map(([p, t]) => parseFile(new SourceFile(p, t, 'compose')));
  return {
    root: '/ws',
    files: Object.keys(files).sort(),
    findings: judge(parsed, recommendedPolicy()).filter((f) => f.ruleId !== 'schema'),
    skipped: [],
    sources: new Map(parsed.map((p) => [p.file.path, p.file])),
  };
}

/** A hunk over right-side lines [start, end] (every line context), as GitHub's patch would say. */
function hunkPatch(...ranges: Array<[number, number]>): string {
  return ranges.map(([s, e]) => [`@@ -${s},${e - s + 1} +${s},${e - s + 1} @@`, ...Array.from({ length: e - s + 1 }, (_, i) => ` line ${s + i}`)].join('\n')).join('\n');
}

interface Logged {
  log: ActionLog;
  notices: string[];
}
function logger(): Logged {
  const notices: string[] = [];
  return { notices, log: { info: () => {}, notice: (m) => notices.push(m), warning: (m) => notices.push(m), write: () => {} } };
}

function run(pr: Partial<RunContext['pullRequest']> | null = {}): RunContext {
  return {
    eventName: 'pull_request',
    owner: 'o',
    repo: 'r',
    sha: 'abc123',
    workspace: '/ws',
    apiUrl: '',
    serverUrl: 'https://github.com',
    pullRequest: pr === null ? undefined : { number: 7, headSha: 'abc123', headRef: 'fix', baseRef: 'main', fork: false, headRepo: 'o/r', ...pr },
  };
}

interface Comment {
  id: number;
  path: string;
  line: number | null;
  start_line?: number | null;
  body: string;
  in_reply_to_id?: number;
  user?: { login: string; id: number; type: string };
}

/** A stored comment as `GET /pulls/{n}/comments` lists it (review-comment). */
const commentBody = (c: Comment) => reviewCommentBody({ ...c, start_line: c.start_line ?? null, user: c.user ? userBody(c.user) : null });

/** A stateful fake PR: reviews create comments, deletes remove them; `fail` answers POST reviews first. */
async function fakePR(opts: { comments?: Comment[]; fail?: FakeResponse[]; commentsStatus?: number } = {}): Promise<FakeGitHub & { comments: Comment[] }> {
  const comments: Comment[] = [...(opts.comments ?? [])];
  const reviews: Array<{ id: number; body: string; user: typeof ACTIONS_BOT }> = [];
  const fail = [...(opts.fail ?? [])];
  let nextId = 1000;
  const routes: Route[] = [
    ['GET', `${PULL}/comments`, () => (opts.commentsStatus ? { status: opts.commentsStatus, body: { message: 'Resource not accessible by integration' } } : { body: comments.map(commentBody) })],
    ['GET', `${PULL}/reviews`, () => ({ body: reviews.map((r) => reviewAnswer({ ...r, user: userBody(r.user) })) })],
    [
      'POST',
      `${PULL}/reviews`,
      (req: RecordedRequest) => {
        const f = fail.shift();
        if (f) return f;
        const id = nextId++;
        reviews.push({ id, body: req.body.body, user: ACTIONS_BOT });
        for (const c of req.body.comments ?? []) comments.push({ id: nextId++, path: c.path, line: c.line, start_line: c.start_line ?? null, body: c.body, user: ACTIONS_BOT });
        return { status: 200, body: reviewAnswer({ id, body: req.body.body, user: userBody(ACTIONS_BOT) }) };
      },
    ],
    [
      'DELETE',
      '/repos/o/r/pulls/comments/:id',
      (req) => {
        const i = comments.findIndex((c) => c.id === Number(req.params.id));
        if (i < 0) return { status: 404, body: { message: 'Not Found' } };
        comments.splice(i, 1);
        return { status: 204 };
      },
    ],
  ];
  const fake = await startFakeGitHub(routes);
  return Object.assign(fake, { comments });
}

function context(fake: FakeGitHub, result: CheckResult, logged: Logged, pr: Partial<RunContext['pullRequest']> | null = {}): PublishContext {
  return {
    result,
    rules: [],
    run: { ...run(pr), apiUrl: fake.url },
    client: createClient({ token: 't', baseUrl: fake.url, retries: 0, throttle: false }),
    failOn: 'error',
    log: logged.log,
  };
}

const fp = (ruleId: string, original: string, replacement: string, path = PATH) =>
  createHash('sha256').update([ruleId, path, original, replacement].join('\u0000')).digest('hex').slice(0, 16) + '-1';

// SEED_BEFORE: image on line 3, the three tiers on 9–11, DISABLE_THINKING 12, user 13, read_only 14.
const SEED = { [PATH]: SEED_BEFORE };
const DIFF: FileDiff[] = [parsePatch(PATH, hunkPatch([1, 9], [13, 15])), parsePatch('README.md', hunkPatch([1, 2]))];

describe('publishReview', () => {
  let fake: FakeGitHub & { comments: Comment[] };
  afterEach(() => fake?.close());

  it('posts one review: inline suggestions for fixes inside the hunks, the rest in the body', async () => {
    fake = await fakePR();
    const logged = logger();
    const outcome = await publishReview(context(fake, resultOf(SEED), logged), DIFF);
    expect(fake.calls()).toEqual([`GET ${PULL}/comments`, `POST ${PULL}/reviews`]);
    expect(outcome).toEqual({ posted: 4, kept: 0, deleted: 0, outOfDiff: 3, reviewId: 1000 });

    const post = fake.requests[1];
    expect(post.query).toEqual({});
    expect(post.body.commit_id).toBe('abc123');
    expect(post.body.event).toBe('COMMENT');
    const image = '    image: legard/claude-code-proxy:v1.0.0        # tag not published';
    const big = '      BIG_MODEL: "zai-org/GLM-4.7"                # banned';
    expect(post.body.comments).toEqual([
      {
        path: PATH,
        line: 3,
        side: 'RIGHT',
        body:
          '**proxy-image-tag** (error): tag &quot;v1.0.0&quot; of legard/claude-code-proxy is not published \\(only &quot;latest&quot; or a digest\\); the container will not start; use legard/claude-code-proxy:latest\n' +
          '```suggestion\n    image: legard/claude-code-proxy:latest        # tag not published\n```\n' +
          `<!-- clawcheck:${fp('proxy-image-tag', image, image.replace('v1.0.0', 'latest'))} -->`,
      },
      {
        path: PATH,
        line: 9,
        side: 'RIGHT',
        body: expect.stringMatching(/^\*\*banned-model\*\* \(error\): BIG\\_MODEL uses &quot;zai-org\/GLM-4\.7&quot;.*\n```suggestion\n {6}BIG_MODEL: "openai\/gpt-oss-120b" {16}# banned\n```\n<!-- clawcheck:[0-9a-f]{16}-1 -->$/),
      },
      { path: PATH, line: 13, side: 'RIGHT', body: expect.stringContaining('**proxy-user** (error)') },
      { path: PATH, line: 14, side: 'RIGHT', body: expect.stringContaining('\n```suggestion\n```\n<!-- clawcheck:') },
    ]);
    expect(post.body.comments[1].body).toContain(`<!-- clawcheck:${fp('banned-model', big, big.replace('zai-org/GLM-4.7', 'openai/gpt-oss-120b'))} -->`);

    const body: string = post.body.body;
    expect(body).toMatch(/^<!-- clawcheck:review --><!-- clawcheck:listed:[0-9a-f]{16} -->\n/);
    expect(body).toContain('clawcheck suggests 4 fixes inline');
    expect(body).toContain("**3 fixable problems outside this pull request's diff**");
    expect(body).toContain('- deploy/docker-compose.yml:10 **banned-model** (error): MIDDLE\\_MODEL uses');
    expect(body).toContain('- deploy/docker-compose.yml:11 **banned-model**');
    expect(body).toContain('- deploy/docker-compose.yml:12 **disable-thinking**');
    expect(body).toContain('Fix: set DISABLE\\_THINKING to &quot;true&quot;.');
    expect(body).not.toContain('```');
    expect(logged.notices).toEqual([]);
  });

  it('a multi-line suggestion sets start_line and start_side; optional fixes are labelled', async () => {
    fake = await fakePR();
    const result = resultOf({ [PATH]: SEED_BEFORE });
    const file = result.sources.get(PATH)!;
    const a = SEED_BEFORE.indexOf('zai-org/GLM-4.7"');
    const b = SEED_BEFORE.indexOf('zai-org/GLM-4.7-FlashX');
    result.findings = [
      {
        ruleId: 'tiers',
        severity: 'warning',
        message: 'use one model for both tiers',
        location: file.location(a, b + 22),
        range: [a, b + 22],
        suggestion: true,
        fix: {
          description: 'use openai/gpt-oss-120b',
          edits: [
            { file: PATH, start: a, end: a + 15, text: 'openai/gpt-oss-120b' },
            { file: PATH, start: b, end: b + 22, text: 'openai/gpt-oss-120b' },
          ],
        },
      },
    ];
    expect(await publishReview(context(fake, result, logger()), DIFF.map((d) => (d.path === PATH ? parsePatch(PATH, hunkPatch([8, 11])) : d)))).toMatchObject({ posted: 1 });
    expect(fake.requests[1].body.comments).toEqual([
      {
        path: PATH,
        start_line: 9,
        start_side: 'RIGHT',
        line: 10,
        side: 'RIGHT',
        body: expect.stringMatching(
          /^\*\*tiers\*\* \(warning, optional fix\): use one model for both tiers _This fix changes behaviour beyond the policy; review it before committing\._\n```suggestion\n {6}BIG_MODEL: "openai\/gpt-oss-120b" {16}# banned\n {6}MIDDLE_MODEL: "openai\/gpt-oss-120b" {6}# banned\n```\n<!-- clawcheck:[0-9a-f]{16}-1 -->$/,
        ),
      },
    ]);
  });

  it('a second run with the same findings posts nothing and makes no review', async () => {
    fake = await fakePR();
    await publishReview(context(fake, resultOf(SEED), logger()), DIFF);
    const before = fake.requests.length;
    // An unrelated line above shifts every finding: the fingerprints do not move.
    const shifted = { [PATH]: '# managed by the wizard\n' + SEED_BEFORE };
    const again = await publishReview(context(fake, resultOf(shifted), logger()), DIFF.map((d) => (d.path === PATH ? parsePatch(PATH, hunkPatch([1, 10], [14, 16])) : d)));
    expect(fake.calls().slice(before)).toEqual([`GET ${PULL}/comments`, 'POST /graphql', `GET ${PULL}/reviews`]);
    expect(again).toEqual({ posted: 0, kept: 4, deleted: 0, outOfDiff: 3 });
    expect(fake.comments).toHaveLength(4);
  });

  it('with nothing outside the diff, a repeat run only lists the comments', async () => {
    fake = await fakePR();
    const all = [parsePatch(PATH, hunkPatch([1, 15]))];
    expect(await publishReview(context(fake, resultOf(SEED), logger()), all)).toMatchObject({ posted: 7, outOfDiff: 0 });
    const before = fake.requests.length;
    expect(await publishReview(context(fake, resultOf(SEED), logger()), all)).toEqual({ posted: 0, kept: 7, deleted: 0, outOfDiff: 0 });
    expect(fake.calls().slice(before)).toEqual([`GET ${PULL}/comments`, 'POST /graphql']);
  });

  it('deletes a comment whose line is now clean, but keeps one somebody replied to', async () => {
    fake = await fakePR();
    const all = [parsePatch(PATH, hunkPatch([1, 15]))];
    await publishReview(context(fake, resultOf(SEED), logger()), all);
    const user = fake.comments.find((c) => c.line === 13)!;
    const readOnly = fake.comments.find((c) => c.line === 14)!;
    fake.comments.push({ id: 5000, path: PATH, line: 13, body: 'We need this user for the volume.', in_reply_to_id: user.id, user: HUMAN_USER });
    fake.comments.push({ id: 5001, path: PATH, line: 2, body: 'unrelated human comment', user: HUMAN_USER });
    const before = fake.requests.length;
    // The author removed both lines.
    const clean = SEED_BEFORE.replace(/ {4}user:.*\n/, '').replace(/ {4}read_only:.*\n/, '');
    const outcome = await publishReview(context(fake, resultOf({ [PATH]: clean }), logger()), [parsePatch(PATH, hunkPatch([1, 13]))]);
    expect(fake.calls().slice(before)).toEqual([`GET ${PULL}/comments`, 'POST /graphql', `DELETE /repos/o/r/pulls/comments/${readOnly.id}`]);
    expect(outcome).toEqual({ posted: 0, kept: 6, deleted: 1, outOfDiff: 0 });
    expect(fake.comments.map((c) => c.id)).toContain(user.id);
    expect(fake.comments.map((c) => c.id)).toContain(5001);
  });

  it('an outdated comment (its line changed) is replaced by a fresh one', async () => {
    const body = `old\n\`\`\`suggestion\nx\n\`\`\`\n<!-- clawcheck:${fp('proxy-read-only', '    read_only: true                               # forbidden', '')} -->`;
    fake = await fakePR({ comments: [{ id: 42, path: PATH, line: null, body, user: ACTIONS_BOT }] });
    const outcome = await publishReview(context(fake, resultOf(SEED), logger()), [parsePatch(PATH, hunkPatch([14, 14]))]);
    expect(fake.calls()).toEqual([`GET ${PULL}/comments`, 'POST /graphql', 'DELETE /repos/o/r/pulls/comments/42', `POST ${PULL}/reviews`]);
    expect(outcome).toMatchObject({ posted: 1, deleted: 1 });
  });

  it("a marker in someone else's comment is not clawcheck's: never deleted, never counted as posted", async () => {
    const readOnly = fp('proxy-read-only', '    read_only: true                               # forbidden', '');
    const image = '    image: legard/claude-code-proxy:v1.0.0        # tag not published';
    const copied = [
      // A stale fingerprint (no such finding now) and a current one, pasted by a person.
      { id: 7001, path: PATH, line: 2, body: '<!-- clawcheck:0123456789abcdef-1 --> delete me?', user: HUMAN_USER },
      { id: 7002, path: PATH, line: 3, body: `mine <!-- clawcheck:${fp('proxy-image-tag', image, image.replace('v1.0.0', 'latest'))} -->`, user: HUMAN_USER },
      { id: 7003, path: PATH, line: 14, body: `<!-- clawcheck:${readOnly} -->`, user: { login: 'github-actions', id: 9, type: 'User' } },
    ];
    fake = await fakePR({ comments: copied });
    const outcome = await publishReview(context(fake, resultOf(SEED), logger()), [parsePatch(PATH, hunkPatch([1, 15]))]);
    expect(fake.calls()).toEqual([`GET ${PULL}/comments`, 'POST /graphql', `POST ${PULL}/reviews`]);
    expect(outcome).toMatchObject({ posted: 7, kept: 0, deleted: 0 });
    expect(fake.comments.filter((c) => c.id >= 7001 && c.id <= 7003)).toEqual(copied);
  });

  it('the identity comes from GET /user for a user token when GraphQL does not answer', async () => {
    const me = { login: 'Octo-Bot', id: 77, type: 'User' };
    const gh = await startFakeGitHub([
      ['POST', '/graphql', () => ({ status: 502, body: { message: 'Bad Gateway' } })],
      ['GET', '/user', () => ({ body: authenticatedUserBody(me) })],
      ['GET', `${PULL}/comments`, () => ({ body: [commentBody({ id: 1, path: PATH, line: 2, body: '<!-- clawcheck:0123456789abcdef-1 -->', user: { ...me, login: 'octo-bot' } })] })],
      ['DELETE', '/repos/o/r/pulls/comments/:id', () => ({ status: 204 })],
      ['POST', `${PULL}/reviews`, () => ({ body: reviewAnswer({ id: 9 }) })],
    ]);
    try {
      const outcome = await publishReview(context(gh as FakeGitHub & { comments: Comment[] }, resultOf(SEED), logger()), DIFF);
      expect(gh.calls()).toEqual([`GET ${PULL}/comments`, 'POST /graphql', 'GET /user', 'DELETE /repos/o/r/pulls/comments/1', `POST ${PULL}/reviews`]);
      expect(outcome).toMatchObject({ deleted: 1, posted: 4 });
    } finally {
      await gh.close();
    }
  });

  it('when GitHub does not say who the token is, nothing is deleted or posted', async () => {
    const gh = await startFakeGitHub([
      ['POST', '/graphql', () => ({ body: { errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible' }] } })],
      ['GET', '/user', () => ({ status: 401, body: { message: 'Bad credentials' } })],
      ['GET', `${PULL}/comments`, () => ({ body: [commentBody({ id: 1, path: PATH, line: 2, body: '<!-- clawcheck:0123456789abcdef-1 -->', user: ACTIONS_BOT })] })],
    ]);
    try {
      const err = await publishReview(context(gh as FakeGitHub & { comments: Comment[] }, resultOf(SEED), logger()), DIFF).catch((e) => e);
      expect(err).toBeInstanceOf(ChannelUnavailable);
      expect(err.message).toBe("GitHub did not say which account the token writes as, so clawcheck cannot tell its own comments from others'; nothing was posted or deleted");
      expect(gh.calls()).toEqual([`GET ${PULL}/comments`, 'POST /graphql', 'GET /user']);
    } finally {
      await gh.close();
    }
  });

  it("someone else's review with clawcheck's list marker does not stand in for clawcheck's", async () => {
    fake = await fakePR();
    const outside = [parsePatch('README.md', hunkPatch([1, 2]))];
    await publishReview(context(fake, resultOf(SEED), logger()), outside);
    const ours = fake.requests.find((r) => r.method === 'POST' && r.path === `${PULL}/reviews`)!.body.body as string;
    await fake.close();
    // The same list, posted by a person on another pull request's copy: this one has only theirs.
    const gh = await startFakeGitHub([
      ['GET', `${PULL}/comments`, () => ({ body: [] })],
      ['GET', `${PULL}/reviews`, () => ({ body: [reviewAnswer({ id: 3, body: ours, user: userBody(HUMAN_USER) })] })],
      ['POST', `${PULL}/reviews`, () => ({ body: reviewAnswer({ id: 4 }) })],
    ]);
    fake = Object.assign(gh, { comments: [] as Comment[] });
    expect(await publishReview(context(fake, resultOf(SEED), logger()), outside)).toMatchObject({ posted: 0, outOfDiff: 7, reviewId: 4 });
    expect(fake.calls()).toEqual([`GET ${PULL}/comments`, `GET ${PULL}/reviews`, 'POST /graphql', `POST ${PULL}/reviews`]);
  });

  it('a 422 is retried once, without inline comments, everything listed in the body', async () => {
    fake = await fakePR({ fail: [{ status: 422, body: validationFailed('Unprocessable Entity', ['Line could not be resolved']) }] });
    const logged = logger();
    const outcome = await publishReview(context(fake, resultOf(SEED), logged), DIFF);
    expect(fake.calls()).toEqual([`GET ${PULL}/comments`, `POST ${PULL}/reviews`, `POST ${PULL}/reviews`]);
    expect(fake.requests[1].body.comments).toHaveLength(4);
    const retry = fake.requests[2].body;
    expect(retry.comments).toEqual([]);
    expect(retry.commit_id).toBe('abc123');
    expect(retry.body).toContain("**7 fixable problems outside this pull request's diff**");
    expect(retry.body).not.toContain('suggests');
    expect(outcome).toEqual({ posted: 0, kept: 0, deleted: 0, outOfDiff: 7, reviewId: 1000 });
    expect(logged.notices).toHaveLength(1);
    expect(logged.notices[0]).toMatch(/HTTP 422.*listed in the review body/);
  });

  it('a second 422 gives up with ChannelUnavailable', async () => {
    fake = await fakePR({ fail: [{ status: 422, body: validationFailed('bad') }, { status: 422, body: validationFailed('still bad') }] });
    await expect(publishReview(context(fake, resultOf(SEED), logger()), DIFF)).rejects.toThrow(/could not post the review \(HTTP 422/);
    expect(fake.calls()).toHaveLength(3);
  });

  it('a 403 (read-only token) throws ChannelUnavailable naming the permission', async () => {
    fake = await fakePR({ commentsStatus: 403 });
    const err = await publishReview(context(fake, resultOf(SEED), logger()), DIFF).catch((e) => e);
    expect(err).toBeInstanceOf(ChannelUnavailable);
    expect(err.channel).toBe('review');
    expect(err.message).toMatch(/HTTP 403.*pull-requests: write/);
    expect(fake.calls()).toEqual([`GET ${PULL}/comments`]);

    await fake.close();
    fake = await fakePR({ fail: [{ status: 403, body: { message: 'Resource not accessible by integration' } }] });
    await expect(publishReview(context(fake, resultOf(SEED), logger()), DIFF)).rejects.toThrow(ChannelUnavailable);
    expect(fake.calls()).toEqual([`GET ${PULL}/comments`, `POST ${PULL}/reviews`]);
  });

  it('other API errors become ChannelUnavailable with the status', async () => {
    fake = await fakePR({ fail: [{ status: 500, body: { message: 'boom' } }] });
    await expect(publishReview(context(fake, resultOf(SEED), logger()), DIFF)).rejects.toThrow(/HTTP 500/);
  });

  it('without a pull request nothing is requested; a fork PR is refused up front', async () => {
    fake = await fakePR();
    expect(await publishReview(context(fake, resultOf(SEED), logger(), null), DIFF)).toEqual({ posted: 0, kept: 0, deleted: 0, outOfDiff: 0 });
    await expect(publishReview(context(fake, resultOf(SEED), logger(), { fork: true }), DIFF)).rejects.toThrow(/fork.*pull-requests: write/);
    expect(fake.requests).toHaveLength(0);
  });

  it('a file the PR does not touch: every fix goes into the body', async () => {
    fake = await fakePR();
    const outcome = await publishReview(context(fake, resultOf(SEED), logger()), [parsePatch('README.md', hunkPatch([1, 20]))]);
    expect(outcome).toMatchObject({ posted: 0, outOfDiff: 7 });
    const post = fake.requests.find((r) => r.method === 'POST')!;
    expect(post.body.comments).toEqual([]);
    expect(post.body.body).toContain('- deploy/docker-compose.yml:3 **proxy-image-tag**');
  });

  it('a folder whose name starts with two dots is a repository path like any other', async () => {
    fake = await fakePR();
    const dotted = '..cfg/docker-compose.yml';
    const outcome = await publishReview(context(fake, resultOf({ [dotted]: SEED_BEFORE }), logger()), [parsePatch(dotted, hunkPatch([1, 20]))]);
    expect(outcome).toMatchObject({ posted: 7, outOfDiff: 0 });
    const post = fake.requests.find((r) => r.method === 'POST')!;
    expect(post.body.comments.map((c: { path: string; line: number }) => `${c.path}:${c.line}`)).toEqual(
      [3, 9, 10, 11, 12, 13, 14].map((line) => `${dotted}:${line}`),
    );
  });

  it('nothing fixable: no review at all', async () => {
    fake = await fakePR();
    const good = SEED_BEFORE.replace('v1.0.0', 'latest').replace(/zai-org\/GLM-4\.7[A-Za-z]*/g, 'openai/gpt-oss-120b').replace('"false"', '"true"').replace(/ {4}(user|read_only):.*\n/g, '');
    expect(await publishReview(context(fake, resultOf({ [PATH]: good }), logger()), DIFF)).toEqual({ posted: 0, kept: 0, deleted: 0, outOfDiff: 0 });
    expect(fake.calls()).toEqual([`GET ${PULL}/comments`]);
  });
});

describe('reviewBody', () => {
  it('stays within the limit and says how many were left out', () => {
    const finding = resultOf(SEED).findings[0];
    const listed: PlannedFix[] = Array.from({ length: 200 }, () => ({ finding, path: PATH, inDiff: false }));
    const body = reviewBody(0, listed, 4000);
    expect(body.length).toBeLessThanOrEqual(4000);
    const items = body.split('\n').filter((l) => l.startsWith('- '));
    expect(items.length).toBeGreaterThan(5);
    expect(body).toContain(`…and ${200 - items.length} more not listed here`);
    expect(reviewBody(0, listed).length).toBeLessThanOrEqual(65_536);
  });
});
