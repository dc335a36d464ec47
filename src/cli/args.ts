import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { FailOn } from '../core/finding.js';
import { isReporterName, REPORTER_NAMES } from '../report/index.js';
import type { ReporterName } from '../report/index.js';

export class UsageError extends Error {}

/** node:util's parseArgs, with its complaints turned into usage errors (exit code 2). */
export function parseOrUsage<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export interface CliOptions {
  paths: string[];
  format: ReporterName;
  output?: string;
  config?: string;
  failOn: FailOn;
  maxWarnings?: number;
  printConfig: boolean;
  listRules: boolean;
  version: boolean;
  help: boolean;
  quiet: boolean;
  color?: boolean;
  include: string[];
  exclude: string[];
  fix: boolean;
  fixDryRun: boolean;
  fixType?: 'problem' | 'suggestion';
  debug: boolean;
  noIgnore: boolean;
  stdin: boolean;
  stdinFilename?: string;
}

export const HELP = `Usage: clawcheck [options] [paths...]
       clawcheck probe [options] [paths...]   (ask the live services: clawcheck probe --help)
       clawcheck org plan|scan|report|fix [options]   (audit a GitHub organisation: clawcheck org --help)

Checks docker-compose files that run claude-code-proxy and openclaw.json configs
against the policy in .clawcheck.yml (or the recommended policy).

Options:
  -f, --format <name>      stylish (default), json, sarif, github, junit, codeclimate
  -o, --output <file>      write the report to a file instead of stdout
  -c, --config <file>      policy file for every file (default: the nearest .clawcheck.yml at or
                           above each file's folder, up to the repository root)
      --fail-on <level>    error (default), warning or never: exit 1 at or above it
      --max-warnings <n>   exit 1 when there are more than n warnings
      --include <glob>     also check files matching this glob (repeatable)
      --exclude <glob>     skip files matching this glob (repeatable)
      --fix                fix what can be fixed, writing files in place; report what remains
      --fix-dry-run        print the fixes as a unified diff and write nothing
      --fix-type <type>    problem (default) or suggestion: also apply fixes that change behaviour
      --stdin              check text from standard input (with --stdin-filename)
      --stdin-filename <f> the path the standard input stands for (its name decides its kind)
      --no-ignore          also check files .gitignore and the policy's exclude leave out
  -q, --quiet              report errors only
      --color, --no-color  force colour on or off (default: on for a terminal, off under NO_COLOR)
      --print-config [f]   print the policy in force (for file f: as its overrides leave it) and exit
      --debug              print discovery, policy resolution and timings to stderr
      --rules              list the rules and exit
  -v, --version            print the version and exit
  -h, --help               print this help and exit

Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage or policy error, 3 internal error.
`;

/** The options `clawcheck` and `clawcheck probe` share: what to read, and how to report. */
export const SHARED_OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  'fail-on': { type: 'string' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  debug: { type: 'boolean' },
  'no-ignore': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type SharedValues = { format?: string; 'fail-on'?: string; color?: boolean; 'no-color'?: boolean };

/** --format and --fail-on checked, --color/--no-color resolved. */
export function sharedValues(v: SharedValues): { format: ReporterName; failOn: FailOn; color?: boolean } {
  const format = v.format ?? 'stylish';
  if (!isReporterName(format)) throw new UsageError(`unknown --format "${format}"; expected one of: ${REPORTER_NAMES.join(', ')}`);
  const failOn = v['fail-on'] ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') throw new UsageError(`--fail-on must be error, warning or never, not "${failOn}"`);
  return { format, failOn, color: v['no-color'] ? false : v.color ? true : undefined };
}

export function parseCli(argv: string[]): CliOptions {
  const parsed = parseOrUsage({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      ...SHARED_OPTIONS,
      fix: { type: 'boolean' },
      'fix-dry-run': { type: 'boolean' },
      'fix-type': { type: 'string' },
      'max-warnings': { type: 'string' },
      'print-config': { type: 'boolean' },
      stdin: { type: 'boolean' },
      'stdin-filename': { type: 'string' },
      rules: { type: 'boolean' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  const v = parsed.values;
  const { format, failOn, color } = sharedValues(v);
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings takes a whole number ≥ 0, not "${v['max-warnings']}"`);
  }
  const fixType = v['fix-type'];
  if (fixType !== undefined && fixType !== 'problem' && fixType !== 'suggestion') throw new UsageError(`--fix-type must be problem or suggestion, not "${fixType}"`);
  if (v.fix && v['fix-dry-run']) throw new UsageError('use either --fix or --fix-dry-run, not both');
  if (v['stdin-filename'] !== undefined && !v.stdin) throw new UsageError('--stdin-filename needs --stdin');
  if (v.stdin && v.fix) throw new UsageError('--fix cannot write standard input back; use --fix-dry-run to see the fixes');
  if (v.stdin && parsed.positionals.length) throw new UsageError('--stdin checks standard input only; give no paths (name it with --stdin-filename)');
  return {
    paths: parsed.positionals,
    fix: !!v.fix,
    fixDryRun: !!v['fix-dry-run'],
    fixType,
    format,
    output: v.output,
    config: v.config,
    failOn,
    maxWarnings,
    printConfig: !!v['print-config'],
    listRules: !!v.rules,
    version: !!v.version,
    help: !!v.help,
    quiet: !!v.quiet,
    color,
    include: v.include ?? [],
    exclude: v.exclude ?? [],
    debug: !!v.debug,
    noIgnore: !!v['no-ignore'],
    stdin: !!v.stdin,
    stdinFilename: v['stdin-filename'],
  };
}
