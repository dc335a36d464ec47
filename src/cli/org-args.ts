import { MAX_PRS_DEFAULT } from '../org/fix.js';
import { MAX_SHARDS } from '../org/plan.js';
import { MAX_TARBALL_BYTES } from '../org/tarball.js';
import { parseOrUsage, UsageError } from './args.js';

export const ORG_HELP = `Usage: clawcheck org <command> [options]

Audits every repository of a GitHub organisation with the same checks as a local run, from
each repository's tarball (no checkout), sharded for a GitHub Actions matrix.

Commands:
  plan     list the organisation's repositories and cut them into shards of about equal size
             --org <org>              the organisation (required)
             --shards <n>             how many shards, 1 to ${MAX_SHARDS} (required)
             --output <file>          where the plan goes (default: standard output)
             --include <regex>        only repositories whose name matches (RE2 syntax)
             --exclude <regex>        leave out repositories whose name matches
             --topic <topic>          only repositories with this topic (repeatable: all of them)
             --archived, --forks      also archived repositories, forks
  scan     judge the repositories of one shard, one result file each
             --plan <file>            the plan (required)
             --shard <k>              which shard (required)
             --output-dir <dir>       where results go (required; a result already there for
                                      the same commit is kept, so a scan resumes)
             --concurrency <n>        repositories at a time (default 4)
             --config <file>          one policy for every repository (default: each
                                      repository's own .clawcheck.yml files)
             --max-tarball-bytes <n>  refuse a larger tarball (default ${MAX_TARBALL_BYTES})
  report   merge the results into one report
             --input <dir>            the results (required)
             --format <name>          markdown (default), json, csv, sarif
             --output <file>          where the report goes (default: standard output)
             --issue <owner/repo>     keep one tracking issue there up to date (closed when clean)
             --issue-title <title>    its title (default "clawcheck organisation audit")
  fix      open or update the autofix pull request (as fix: pull-request) in each repository
           whose result has fixable findings, fixing the commit the scan judged
             --input <dir>            the results (required)
             --dry-run                say what would be opened, updated or closed; write nothing
             --max-prs <n>            open at most n new pull requests (default ${MAX_PRS_DEFAULT};
                                      updates of open ones are not counted)
             --only <regex>           only repositories whose owner/name matches (RE2 syntax)
             --concurrency <n>        repositories at a time (default 4)
             --config <file>          one policy for every repository (as scan)
             --fix-type <type>        problem (default) or suggestion: also fixes that change behaviour
             --max-tarball-bytes <n>  refuse a larger tarball (default ${MAX_TARBALL_BYTES})
             --output <file>          a JSON summary of what happened in each repository

Common options:
      --token <token>   GitHub token (default: $GITHUB_TOKEN); the API is $GITHUB_API_URL
                        (default https://api.github.com; GitHub Enterprise Server works)
  -h, --help            print this help and exit

Exit codes: 0 done (repositories that could not be scanned are in the results), 1 GitHub
refused or failed a request the command needs (fix: a repository failed), 2 usage, 3 internal
error.
`;

export type OrgCommand =
  | { command: 'help' }
  | { command: 'plan'; token?: string; org: string; shards: number; output?: string; include?: string; exclude?: string; topics: string[]; archived: boolean; forks: boolean }
  | { command: 'scan'; token?: string; plan: string; shard: number; outputDir: string; concurrency: number; config?: string; maxTarballBytes: number }
  | { command: 'report'; token?: string; input: string; format: 'markdown' | 'json' | 'csv' | 'sarif'; output?: string; issue?: { owner: string; repo: string }; issueTitle: string }
  | { command: 'fix'; token?: string; input: string; dryRun: boolean; maxPrs: number; only?: string; concurrency: number; config?: string; fixType: 'problem' | 'suggestion'; maxTarballBytes: number; output?: string };

function whole(value: string | undefined, name: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw new UsageError(`--${name} takes a whole number from ${min} to ${max}, not "${value}"`);
  return n;
}

function required<T>(value: T | undefined, name: string, command: string): T {
  if (value === undefined || value === '') throw new UsageError(`clawcheck org ${command} needs --${name}`);
  return value;
}

export function parseOrgCli(argv: string[]): OrgCommand {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') return { command: 'help' };
  if (command !== 'plan' && command !== 'scan' && command !== 'report' && command !== 'fix') throw new UsageError(`unknown org command "${command}"; expected plan, scan, report or fix`);
  const parsed = parseOrUsage({
    args: rest,
    allowPositionals: false,
    strict: true,
    options: {
      token: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      ...(command === 'plan'
        ? { org: { type: 'string' }, shards: { type: 'string' }, output: { type: 'string', short: 'o' }, include: { type: 'string' }, exclude: { type: 'string' }, topic: { type: 'string', multiple: true }, archived: { type: 'boolean' }, forks: { type: 'boolean' } }
        : command === 'scan'
          ? { plan: { type: 'string' }, shard: { type: 'string' }, 'output-dir': { type: 'string' }, concurrency: { type: 'string' }, config: { type: 'string', short: 'c' }, 'max-tarball-bytes': { type: 'string' } }
          : command === 'report'
            ? { input: { type: 'string' }, format: { type: 'string', short: 'f' }, output: { type: 'string', short: 'o' }, issue: { type: 'string' }, 'issue-title': { type: 'string' } }
            : { input: { type: 'string' }, 'dry-run': { type: 'boolean' }, 'max-prs': { type: 'string' }, only: { type: 'string' }, concurrency: { type: 'string' }, config: { type: 'string', short: 'c' }, 'fix-type': { type: 'string' }, 'max-tarball-bytes': { type: 'string' }, output: { type: 'string', short: 'o' } }),
    },
  });
  const v = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const s = (name: string) => v[name] as string | undefined;
  if (v.help) return { command: 'help' };
  const token = s('token');
  if (command === 'plan') {
    const org = required(s('org'), 'org', command);
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(org)) throw new UsageError(`--org "${org}" is not a GitHub organisation name`);
    return {
      command, token, org,
      shards: required(whole(s('shards'), 'shards', 1, MAX_SHARDS), 'shards', command),
      output: s('output'),
      include: s('include'),
      exclude: s('exclude'),
      topics: (v.topic as string[] | undefined) ?? [],
      archived: !!v.archived,
      forks: !!v.forks,
    };
  }
  if (command === 'scan') {
    return {
      command, token,
      plan: required(s('plan'), 'plan', command),
      shard: required(whole(s('shard'), 'shard', 0, MAX_SHARDS - 1), 'shard', command),
      outputDir: required(s('output-dir'), 'output-dir', command),
      concurrency: whole(s('concurrency'), 'concurrency', 1, 64) ?? 4,
      config: s('config'),
      maxTarballBytes: whole(s('max-tarball-bytes'), 'max-tarball-bytes', 1) ?? MAX_TARBALL_BYTES,
    };
  }
  if (command === 'fix') {
    const fixType = s('fix-type') ?? 'problem';
    if (fixType !== 'problem' && fixType !== 'suggestion') throw new UsageError(`--fix-type must be problem or suggestion, not "${fixType}"`);
    return {
      command, token,
      input: required(s('input'), 'input', command),
      dryRun: !!v['dry-run'],
      maxPrs: whole(s('max-prs'), 'max-prs', 0, 1000) ?? MAX_PRS_DEFAULT,
      only: s('only'),
      concurrency: whole(s('concurrency'), 'concurrency', 1, 64) ?? 4,
      config: s('config'),
      fixType,
      maxTarballBytes: whole(s('max-tarball-bytes'), 'max-tarball-bytes', 1) ?? MAX_TARBALL_BYTES,
      output: s('output'),
    };
  }
  const format = s('format') ?? 'markdown';
  if (format !== 'markdown' && format !== 'json' && format !== 'csv' && format !== 'sarif') throw new UsageError(`--format must be markdown, json, csv or sarif, not "${format}"`);
  const issue = s('issue');
  const m = issue === undefined ? undefined : /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(issue);
  if (issue !== undefined && !m) throw new UsageError(`--issue takes owner/repo, not "${issue}"`);
  return { command, token, input: required(s('input'), 'input', command), format, output: s('output'), ...(m ? { issue: { owner: m[1], repo: m[2] } } : {}), issueTitle: s('issue-title') ?? 'clawcheck organisation audit' };
}
