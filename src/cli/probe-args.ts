import type { FailOn } from '../core/finding.js';
import { DEFAULT_PROBE_OPTIONS } from '../probe/types.js';
import type { ProbeOptions } from '../probe/types.js';
import type { ReporterName } from '../report/index.js';
import { parseOrUsage, sharedValues, SHARED_OPTIONS, UsageError } from './args.js';

export interface ProbeCliOptions {
  paths: string[];
  format: ReporterName;
  output?: string;
  config?: string;
  failOn: FailOn;
  quiet: boolean;
  color?: boolean;
  include: string[];
  exclude: string[];
  noIgnore: boolean;
  debug: boolean;
  help: boolean;
  plan: boolean;
  probe: ProbeOptions;
}

export const PROBE_HELP = `Usage: clawcheck probe [options] [paths...]

Asks the live services what the files configure: each claude-code-proxy service's
OPENAI_BASE_URL with its OPENAI_API_KEY and tier models, each Cloud.ru FM provider of an
openclaw.json with its apiKey and the models its refs use (\${VAR} from the environment first).
Findings are located at the line that names the model. Nothing is sent without this command.

Options:
      --mode <mode>          models (default): one GET /models per base URL and key;
                             completion: also one chat completion and one tool call per model,
                             and the proxy's /health and /v1/messages per tier
      --plan                 print what would be requested and send nothing
      --timeout <ms>         per request, retries included (default 30000)
      --max-tokens <n>       max_tokens of each completion (default 16)
      --concurrency <n>      requests at a time (default 4)
      --max-requests <n>     requests in all, retries included (default 50)
      --proxy-url <url>      the proxy to ask (default: its published loopback port, in completion mode)
      --no-proxy             do not ask the proxy
      --allow-host <host>    also send keys to this host (repeatable; Cloud.ru FM's and loopback always)
      --allow-http           allow plain http to hosts other than loopback
  -f, --format <name>        stylish (default), json, sarif, github, junit, codeclimate
  -o, --output <file>        write the report to a file instead of stdout
  -c, --config <file>        policy file for every file (default: the nearest .clawcheck.yml)
      --fail-on <level>      error (default), warning or never: exit 1 at or above it
      --include <glob>       also probe files matching this glob (repeatable)
      --exclude <glob>       skip files matching this glob (repeatable)
      --no-ignore            also read files .gitignore and the policy's exclude leave out
  -q, --quiet                report errors only
      --color, --no-color    force colour on or off
      --debug                print discovery, the plan's size and timings to stderr
  -h, --help                 print this help and exit

Keys are never printed. Exit codes: as clawcheck's (0, 1 findings, 2 usage, 3 internal error).
`;

function whole(value: string | undefined, name: string, min: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < min) throw new UsageError(`--${name} takes a whole number ≥ ${min}, not "${value}"`);
  return n;
}

export function parseProbeCli(argv: string[]): ProbeCliOptions {
  const parsed = parseOrUsage({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      mode: { type: 'string' },
      plan: { type: 'boolean' },
      timeout: { type: 'string' },
      'max-tokens': { type: 'string' },
      concurrency: { type: 'string' },
      'max-requests': { type: 'string' },
      'proxy-url': { type: 'string' },
      'no-proxy': { type: 'boolean' },
      'allow-host': { type: 'string', multiple: true },
      'allow-http': { type: 'boolean' },
      ...SHARED_OPTIONS,
    },
  });
  const v = parsed.values;
  const { format, failOn, color } = sharedValues(v);
  const mode = v.mode ?? 'models';
  if (mode !== 'models' && mode !== 'completion') throw new UsageError(`--mode must be models or completion, not "${mode}"`);
  if (v['proxy-url'] !== undefined && v['no-proxy']) throw new UsageError('use either --proxy-url or --no-proxy, not both');
  if (v['proxy-url'] !== undefined) {
    try {
      const u = new URL(v['proxy-url']);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
    } catch {
      throw new UsageError(`--proxy-url must be an http or https URL, not "${v['proxy-url']}"`);
    }
  }
  const d = DEFAULT_PROBE_OPTIONS;
  return {
    paths: parsed.positionals,
    format,
    output: v.output,
    config: v.config,
    failOn,
    quiet: !!v.quiet,
    color,
    include: v.include ?? [],
    exclude: v.exclude ?? [],
    noIgnore: !!v['no-ignore'],
    debug: !!v.debug,
    help: !!v.help,
    plan: !!v.plan,
    probe: {
      mode,
      timeoutMs: whole(v.timeout, 'timeout', 1, d.timeoutMs),
      maxTokens: whole(v['max-tokens'], 'max-tokens', 1, d.maxTokens),
      concurrency: whole(v.concurrency, 'concurrency', 1, d.concurrency),
      maxRequests: whole(v['max-requests'], 'max-requests', 0, d.maxRequests),
      ...(v['no-proxy'] ? { proxyUrl: null } : v['proxy-url'] !== undefined ? { proxyUrl: v['proxy-url'] } : {}),
      allowHttp: !!v['allow-http'],
      allowHosts: (v['allow-host'] ?? []).map((h) => h.trim().toLowerCase()).filter(Boolean),
    },
  };
}
