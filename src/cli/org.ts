// `clawcheck org plan|scan|report|fix`: an organisation audit as steps a GitHub Actions matrix
// can run. Its requests go through OrgApi, whose GitHub implementation is loaded only here.
import { lstatSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ChannelUnavailable } from '../github/channel.js';
import type { WaitClock } from '../github/waits.js';
import { skipForError } from '../discover/read.js';
import { OutputError, writeOutputFile } from '../fs/write.js';
import { VERSION } from '../generated/assets.js';
import { githubOrgApi } from '../org/api.js';
import type { OrgApi } from '../org/api.js';
import { statusOf, waitKindOf } from '../org/errors.js';
import { fixRepositories, fixTotals } from '../org/fix.js';
import type { RepositoryFix } from '../org/fix.js';
import { publishOrgIssue } from '../org/issue.js';
import { markdownOrgReport } from '../org/markdown.js';
import { balance, compileFilter, parsePlan, selectRepos } from '../org/plan.js';
import { aggregate, csvOrgReport, jsonOrgReport, sarifOrgReport } from '../org/report.js';
import { readResults, readSarif } from '../org/result.js';
import type { OrgResult } from '../org/result.js';
import { scanShard } from '../org/scan.js';
import { loadPolicy, PolicyError } from '../policy/load.js';
import { escapeControl } from '../report/terminal-text.js';
import { ALL_RULE_META } from '../rules/index.js';
import { parseOrgCli, ORG_HELP } from './org-args.js';
import type { OrgCommand } from './org-args.js';
import { UsageError } from './args.js';
import { scanRoot } from './root.js';
import type { CliIO } from './run.js';
import { EXIT } from './run.js';

/** What tests stand in for: the clock the client waits on, its retries and pacing, or the whole API. */
export interface OrgDeps {
  clock?: WaitClock;
  retries?: number;
  throttle?: boolean;
  api?: (options: { token: string; baseUrl: string }) => Promise<OrgApi>;
}

/** A GitHub request the command needed failed: reported, exit 1. */
class GitHubFailure extends Error {}

/** The web server of an API URL: github.com for api.github.com, the host itself for GitHub Enterprise Server's /api/v3. */
export function serverUrlOf(env: Record<string, string | undefined>, apiUrl: string): string {
  if (env.GITHUB_SERVER_URL) return env.GITHUB_SERVER_URL.replace(/\/+$/, '');
  const u = new URL(apiUrl);
  if (u.hostname === 'api.github.com') return 'https://github.com';
  return `${u.origin}${u.pathname.replace(/\/api\/v3\/?$/, '').replace(/\/+$/, '')}`;
}

function client(io: CliIO, token: string | undefined, deps: OrgDeps, apiUrl: string): Promise<OrgApi> {
  const t = token ?? io.env.GITHUB_TOKEN;
  if (!t) throw new UsageError('a GitHub token is needed: set GITHUB_TOKEN or pass --token');
  if (deps.api) return deps.api({ token: t, baseUrl: apiUrl });
  return githubOrgApi({ token: t, baseUrl: apiUrl, clock: deps.clock, retries: deps.retries, throttle: deps.throttle, log: (m) => io.stderr.write(`clawcheck: ${escapeControl(m)}\n`) });
}

function failed(what: string, e: unknown): GitHubFailure {
  const status = statusOf(e);
  if (waitKindOf(e)) return new GitHubFailure(`${what}: ${(e as Error).message}`);
  if (status !== undefined) return new GitHubFailure(`${what}: GitHub answered HTTP ${status} (${(e as Error).message})`);
  return new GitHubFailure(`${what}: ${(e as Error)?.message ?? String(e)}`);
}

/** The output folder: created if missing, refused when it is a link or not a folder. */
function outputFolder(cwd: string, dir: string): string {
  const abs = resolve(cwd, dir);
  let info = lstatSync(abs, { throwIfNoEntry: false });
  if (!info) {
    mkdirSync(dirname(abs), { recursive: true });
    mkdirSync(abs);
    info = lstatSync(abs);
  }
  if (info.isSymbolicLink()) throw new OutputError(`${dir} is a symbolic link; clawcheck does not write through links`);
  if (!info.isDirectory()) throw new OutputError(`${dir} is not a folder`);
  return abs;
}

function emit(io: CliIO, output: string | undefined, text: string): void {
  if (output) writeOutputFile(output, text, { base: io.cwd, confine: false, baseName: 'current folder' });
  else io.stdout.write(text);
}

async function run(io: CliIO, argv: string[], deps: OrgDeps): Promise<number> {
  const cmd = parseOrgCli(argv);
  if (cmd.command === 'help') return io.stdout.write(ORG_HELP), EXIT.ok;
  const apiUrl = (io.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const log = (m: string) => io.stderr.write(`clawcheck: ${escapeControl(m)}\n`);
  if (cmd.command === 'plan') {
    // The filters first: a bad expression is a usage error before any request.
    try {
      selectRepos([], cmd);
    } catch (e) {
      throw new UsageError(`--include/--exclude: ${(e as Error).message}`);
    }
    const gh = await client(io, cmd.token, deps, apiUrl);
    const listed = await gh.listRepos(cmd.org).catch((e: unknown) => Promise.reject(failed(`listing the repositories of ${cmd.org}`, e)));
    const { selected, refused } = selectRepos(listed, cmd);
    for (const name of refused) log(`left out ${name}: not an owner/name GitHub allows, or no default branch`);
    const plan = balance(selected, cmd.shards);
    emit(io, cmd.output, JSON.stringify(plan, null, 2) + '\n');
    log(`${selected.length} of ${listed.length} repositories of ${cmd.org} in ${cmd.shards} shard${cmd.shards === 1 ? '' : 's'}`);
    return EXIT.ok;
  }
  if (cmd.command === 'scan') {
    let plan;
    try {
      plan = parsePlan(readFileSync(resolve(io.cwd, cmd.plan), 'utf8'));
    } catch (e) {
      throw new UsageError(`--plan ${cmd.plan}: ${whyUnreadable(e, 'file')}`);
    }
    if (!plan.shards.some((s) => s.index === cmd.shard)) throw new UsageError(`--shard ${cmd.shard}: the plan has shards ${plan.matrix.shard.join(', ') || 'none'}`);
    const config = cmd.config === undefined ? undefined : loadPolicy(scanRoot(io.cwd, [cmd.config]), cmd.config, io.cwd);
    const outputDir = outputFolder(io.cwd, cmd.outputDir);
    const gh = await client(io, cmd.token, deps, apiUrl);
    const s = await scanShard({ api: gh, plan, shard: cmd.shard, outputDir, concurrency: cmd.concurrency, config, maxTarballBytes: cmd.maxTarballBytes, rules: ALL_RULE_META, version: VERSION, log });
    log(`shard ${cmd.shard}: ${s.repositories} repositories, ${s.scanned} judged, ${s.resumed} already judged, ${s.failed} not scanned; ${s.findings} findings`);
    return EXIT.ok;
  }
  let results;
  try {
    results = readResults(resolve(io.cwd, cmd.input));
  } catch (e) {
    throw new UsageError(`--input ${cmd.input}: ${whyUnreadable(e, 'folder')}`);
  }
  for (const name of results.unreadable) log(`left out ${name}: not a result clawcheck wrote`);
  if (cmd.command === 'fix') return fix(io, cmd, results, deps, apiUrl, log);
  const report = aggregate(results.results);
  const serverUrl = serverUrlOf(io.env, apiUrl);
  const input = resolve(io.cwd, cmd.input);
  const text =
    cmd.format === 'json' ? jsonOrgReport(report)
    : cmd.format === 'csv' ? csvOrgReport(report)
    : cmd.format === 'sarif' ? sarifOrgReport(report, (repo) => readSarif(input, repo), serverUrl)
    : markdownOrgReport(report, { serverUrl, title: cmd.issueTitle });
  emit(io, cmd.output, text);
  if (!cmd.issue) return EXIT.ok;
  const gh = await client(io, cmd.token, deps, apiUrl);
  const run = io.env.GITHUB_RUN_ID && io.env.GITHUB_REPOSITORY ? { runId: io.env.GITHUB_RUN_ID, repository: io.env.GITHUB_REPOSITORY } : undefined;
  try {
    const outcome = await publishOrgIssue(gh, report, { ...cmd.issue, title: cmd.issueTitle, serverUrl, run });
    log(`tracking issue in ${cmd.issue.owner}/${cmd.issue.repo}: ${outcome.operation}${outcome.number ? ` (#${outcome.number})` : ''}`);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof ChannelUnavailable) throw new GitHubFailure(`the tracking issue in ${cmd.issue.owner}/${cmd.issue.repo} was not updated: ${e.message}`);
    throw e;
  }
}

/** One line per repository: what was done, or would be, and why not. */
function fixLine(f: RepositoryFix): string {
  const pr = f.pullRequest ? ` #${f.pullRequest.number}` : '';
  const files = f.files?.length ? ` (${f.files.join(', ')})` : '';
  const what: Record<RepositoryFix['status'], string> = {
    opened: `opened${pr} from ${f.branch}${files}`,
    updated: `updated${pr}${files}`,
    unchanged: `${pr.trim() || 'pull request'} already up to date`,
    closed: `closed${pr}: nothing left to fix`,
    'would-open': `would open a pull request from ${f.branch}${files}`,
    'would-update': `would update${pr}${files}`,
    'would-close': `would close${pr}: nothing left to fix`,
    skipped: `skipped (${f.reason}): ${f.message}`,
    failed: `failed (${f.reason}): ${f.message}`,
  };
  return escapeControl(`${f.repository}: ${what[f.status]}`) + '\n';
}

async function fix(io: CliIO, cmd: Extract<OrgCommand, { command: 'fix' }>, read: { results: OrgResult[]; unreadable: string[] }, deps: OrgDeps, apiUrl: string, log: (m: string) => void): Promise<number> {
  let only: ((name: string) => boolean) | undefined;
  try {
    only = compileFilter(cmd.only);
  } catch (e) {
    throw new UsageError(`--only: ${(e as Error).message}`);
  }
  const config = cmd.config === undefined ? undefined : loadPolicy(scanRoot(io.cwd, [cmd.config]), cmd.config, io.cwd);
  const selected = read.results.filter((r) => !only || only(r.repository));
  const gh = await client(io, cmd.token, deps, apiUrl);
  const fixes = await fixRepositories({ api: gh, results: selected, config, fixType: cmd.fixType, maxTarballBytes: cmd.maxTarballBytes, maxPrs: cmd.maxPrs, concurrency: cmd.concurrency, dryRun: cmd.dryRun, onResult: (f) => io.stdout.write(fixLine(f)) });
  const totals = fixTotals(fixes);
  if (cmd.output) emit(io, cmd.output, JSON.stringify({ dryRun: cmd.dryRun, maxPrs: cmd.maxPrs, totals, repositories: fixes, refused: read.unreadable }, null, 2) + '\n');
  const said = Object.entries(totals).filter(([, n]) => n > 0).map(([status, n]) => `${n} ${status}`);
  log(`${selected.length} of ${read.results.length} repositories${cmd.dryRun ? ' (dry run, nothing written)' : ''}: ${said.join(', ') || 'none'}`);
  return totals.failed > 0 ? 1 : EXIT.ok;
}

export async function runOrgCli(io: CliIO, argv: string[], deps: OrgDeps = {}): Promise<number> {
  try {
    return await run(io, argv, deps);
  } catch (e) {
    if (e instanceof GitHubFailure || e instanceof OutputError) {
      io.stderr.write(`clawcheck: ${escapeControl(e.message)}\n`);
      return e instanceof GitHubFailure ? 1 : EXIT.usage;
    }
    if (e instanceof UsageError || e instanceof PolicyError) {
      io.stderr.write(`clawcheck: ${escapeControl(e.message)}\n${e instanceof UsageError ? "Run 'clawcheck org --help' for usage.\n" : ''}`);
      return EXIT.usage;
    }
    throw e;
  }
}

/** Why the file or folder an option names could not be read, in discovery's words (its code too, for searching). */
function whyUnreadable(e: unknown, what: 'file' | 'folder'): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (!code) return (e as Error)?.message ?? String(e);
  return skipForError(e, what)?.message ?? `no such file or folder (${code})`;
}
