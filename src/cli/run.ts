import { relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { check, checkText } from '../core/check.js';
import { rulesFor } from '../core/engine.js';
import type { CheckResult } from '../core/result.js';
import { unifiedDiff } from '../fix/diff.js';
import { fixOnDisk } from '../fix/disk.js';
import { fixStdin } from '../fix/text.js';
import type { FixedFile } from '../fix/fix.js';
import { OutputError, writeOutputFile } from '../fs/write.js';
import { failsAt } from '../core/finding.js';
import { DiscoverError } from '../discover/index.js';
import { relativeInside } from '../discover/paths.js';
import { VERSION } from '../generated/assets.js';
import { loadPolicy, PolicyError } from '../policy/load.js';
import type { LoadedPolicy } from '../policy/types.js';
import { PolicyFinder, zonedPolicy } from '../policy/zones.js';
import { getReporter } from '../report/index.js';
import { jsonFix } from '../report/json.js';
import { escapeControl, escapeControlLines } from '../report/terminal-text.js';
import { ALL_RULE_META } from '../rules/index.js';
import { HELP, parseCli, UsageError } from './args.js';
import { repositoryRoot, scanRoot } from './root.js';
import { runProbeCli } from './probe.js';
import { runOrgCli } from './org.js';
import type { Transport } from '../probe/types.js';
import type { Clock } from '../probe/retry.js';

export { scanRoot };

/** What standard input is called in reports when --stdin-filename does not name it (judged as compose YAML). */
const STDIN_NAME = '<stdin>';

function shownPath(path: string, cwd: string): string {
  return relative(cwd, path) || path;
}

/** `--debug` lines on stderr, escaped: paths may hold control characters. */
function debugLog(on: boolean, io: CliIO): (message: string) => void {
  return on ? (message) => io.stderr.write(`clawcheck:debug: ${escapeControl(message)}\n`) : () => {};
}

/**
 * Colour as chalk-based tools decide it: FORCE_COLOR (0 or false: off; anything else: on) over
 * NO_COLOR, then TERM=dumb, then whether the output is a terminal.
 */
export function colorFromEnv(env: Record<string, string | undefined>, terminal: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false');
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return terminal;
}

/**
 * `--print-config [file]`: the policy in force for `file` (default: a file in the current
 * folder) — the nearest policy file's settings with the overrides for that path applied — and
 * which policy file that is.
 */
function printConfig(root: string, cwd: string, loaded: LoadedPolicy, policies: PolicyFinder | undefined, file?: string): string {
  const target = relativeInside(root, resolve(cwd, file ?? 'x')) ?? '';
  const zones = policies ? policies.zonesFor([target]) : [];
  const nearest = zones[zones.length - 1]?.loaded ?? loaded;
  const policy = zones.length ? zonedPolicy(loaded.policy, zones).policy : loaded.policy;
  const out = {
    policyFile: nearest.file ? shownPath(nearest.file, cwd) : null,
    sources: nearest.sources,
    ...(file !== undefined ? { file: target } : {}),
    ...policy,
    rules: rulesFor(policy, target),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

export interface CliIO {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  /** The whole standard input, for --stdin; undefined when it is larger than `limit` bytes. */
  readStdin?: (limit: number) => Promise<string | undefined>;
  /** How `clawcheck probe` sends its requests (default: over the network) and waits between retries. */
  transport?: Transport;
  clock?: Clock;
}

export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

function listRules(): string {
  const width = Math.max(...ALL_RULE_META.map((m) => m.id.length));
  return ALL_RULE_META.map((m) => `${m.id.padEnd(width)}  ${m.defaultSeverity.padEnd(7)}  ${m.fixable ? 'fixable' : '       '}  ${m.description}`).join('\n') + '\n';
}

/** `--fix-dry-run`: the diff before a text report; in JSON, a `fixes` entry per file. */
function withDryRun(report: string, format: string, fixed: FixedFile[]): string {
  if (format === 'json') {
    const json = JSON.parse(report);
    json.fixes = fixed.map((f) => jsonFix(f.path, f.edits, unifiedDiff(f.path, f.before, f.after)));
    return JSON.stringify(json, null, 2) + '\n';
  }
  if (format !== 'stylish') return report;
  // The diff quotes the files: escaped as stylish escapes them, so a file cannot drive the terminal.
  return escapeControlLines(fixed.map((f) => unifiedDiff(f.path, f.before, f.after)).join('')) + (report ? `\n${report}` : '');
}

/** The whole CLI as a function of its inputs: testable without spawning a process. */
export async function runCli(io: CliIO): Promise<number> {
  try {
    if (io.argv[0] === 'probe') return await runProbeCli(io, io.argv.slice(1), io.transport, io.clock);
    if (io.argv[0] === 'org') return await runOrgCli(io, io.argv.slice(1));
    const opts = parseCli(io.argv);
    if (opts.help) return io.stdout.write(HELP), EXIT.ok;
    if (opts.version) return io.stdout.write(`${VERSION}\n`), EXIT.ok;
    if (opts.listRules) return io.stdout.write(listRules()), EXIT.ok;
    const debug = debugLog(opts.debug, io);
    const stdinPath = opts.stdin ? (opts.stdinFilename ?? STDIN_NAME) : undefined;
    const root = scanRoot(io.cwd, stdinPath ? [stdinPath] : opts.paths);
    debug(`root ${root} (${repositoryRoot(io.cwd) ? 'the git work tree' : 'the current folder'}${opts.paths.length ? ', holding every path named' : ''}); paths are reported relative to it`);
    const loaded = loadPolicy(root, opts.config, io.cwd);
    const { policy } = loaded;
    // Without --config, each file gets the nearest policy file at or above its folder.
    const policies = opts.config === undefined ? new PolicyFinder(root, io.cwd) : undefined;
    debug(`policy at the root: ${loaded.file ? shownPath(loaded.file, io.cwd) : 'none (the recommended policy)'}; layers ${loaded.sources.join(' → ') || 'none'}${policies ? '; nested .clawcheck.yml files apply to their folders' : ' (--config: for every file)'}`);
    if (opts.printConfig) return io.stdout.write(printConfig(root, io.cwd, loaded, policies, opts.paths[0])), EXIT.ok;

    const progress = io.stderr.isTTY && !opts.debug
      ? (n: number, total: number) => {
          if (total >= 300) io.stderr.write(`\rclawcheck: ${n}/${total} files…`);
        }
      : undefined;
    // With no path named, the current folder is checked, wherever the root is.
    const named = opts.paths.length > 0;
    const paths = named ? opts.paths : ['.'];
    const checkOptions = { root, cwd: io.cwd, paths, pathsNamed: named, policy, policies, noIgnore: opts.noIgnore, include: opts.include, exclude: opts.exclude, onProgress: progress, errorOnUnmatched: true };
    const started = performance.now();
    let result: CheckResult;
    let fixed: FixedFile[] | undefined;
    if (stdinPath !== undefined) {
      const rel = relativeInside(root, resolve(io.cwd, stdinPath)) ?? stdinPath;
      const text = io.readStdin ? await io.readStdin(policy.maxFileSize) : '';
      if (text === undefined) throw new UsageError(`standard input is larger than maxFileSize (${policy.maxFileSize} bytes)`);
      const judged = await checkText(checkOptions, rel, text);
      result = judged.result;
      if (opts.fixDryRun) {
        const outcome = fixStdin(judged.parsed, judged.policy, opts.fixType ?? 'problem', rel);
        fixed = outcome.files;
        result = { ...result, findings: outcome.findings, sources: new Map([...result.sources, ...outcome.parsed.map((p) => [p.file.path, p.file] as const)]) };
      }
    } else if (opts.fix || opts.fixDryRun) {
      ({ files: fixed, result } = await fixOnDisk(checkOptions, opts.fixType ?? 'problem', opts.fix));
    } else {
      result = await check(checkOptions);
    }
    debug(`checked ${result.files.length} files (${result.skipped.length} skipped) in ${Math.round(performance.now() - started)} ms; ${result.findings.length} findings`);
    for (const z of result.zones ?? []) debug(`policy for ${z.dir}/: ${z.loaded.sources[z.loaded.sources.length - 1]}`);
    for (const w of result.warnings ?? []) io.stderr.write(`clawcheck: warning: ${escapeControl(w)}\n`);
    if (progress) io.stderr.write('\r\x1b[K');
    if (result.files.length === 0 && result.skipped.length === 0) io.stderr.write(`clawcheck: warning: no compose, openclaw or .env file found under ${escapeControl(named ? root : io.cwd)}\n`);
    const shown = opts.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === 'error') } : result;
    const color = opts.color ?? colorFromEnv(io.env, !opts.output && !!io.stdout.isTTY);
    const reportStart = performance.now();
    let text = getReporter(opts.format).format(shown, { rules: ALL_RULE_META, color, version: VERSION });
    debug(`${opts.format} report in ${Math.round(performance.now() - reportStart)} ms${color ? ', coloured' : ''}`);
    if (fixed && opts.fixDryRun) text = withDryRun(text, opts.format, fixed);
    if (opts.output) writeOutputFile(opts.output, text, { base: io.cwd, confine: false, baseName: 'current folder' });
    else io.stdout.write(text);

    const warnings = result.findings.filter((f) => f.severity === 'warning').length;
    const failing = failsAt(result.findings, opts.failOn);
    if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
      io.stderr.write(`clawcheck: ${warnings} warnings, more than --max-warnings ${opts.maxWarnings}\n`);
      return EXIT.findings;
    }
    return failing ? EXIT.findings : EXIT.ok;
  } catch (e) {
    if (e instanceof OutputError) {
      io.stderr.write(`clawcheck: ${escapeControlLines(e.message)}\n`);
      return EXIT.usage;
    }
    if (e instanceof UsageError || e instanceof PolicyError || e instanceof DiscoverError) {
      io.stderr.write(`clawcheck: ${e.message}\n${e instanceof UsageError ? "Run 'clawcheck --help' for usage.\n" : ''}`);
      return EXIT.usage;
    }
    io.stderr.write(
      `clawcheck: internal error: ${(e as Error)?.stack ?? String(e)}\nThis is a bug in clawcheck ${VERSION}; please report it with the command you ran.\n`,
    );
    return EXIT.internal;
  }
}
