import { dirname, resolve } from 'node:path';
import { check } from '../core/check.js';
import type { CheckResult } from '../core/result.js';
import { unifiedDiff } from '../fix/diff.js';
import { fixOnDisk } from '../fix/disk.js';
import type { FixedFile } from '../fix/fix.js';
import { OutputError, writeOutputFile } from '../fs/write.js';
import { failsAt } from '../core/finding.js';
import { DiscoverError } from '../discover/index.js';
import { relativeInside } from '../discover/paths.js';
import { VERSION } from '../generated/assets.js';
import { loadPolicy, PolicyError } from '../policy/load.js';
import { getReporter } from '../report/index.js';
import { jsonFix } from '../report/json.js';
import { escapeControl, escapeControlLines } from '../report/terminal-text.js';
import { ALL_RULE_META } from '../rules/index.js';
import { HELP, parseCli, UsageError } from './args.js';

export interface CliIO {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
}

export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

function listRules(): string {
  const width = Math.max(...ALL_RULE_META.map((m) => m.id.length));
  return ALL_RULE_META.map((m) => `${m.id.padEnd(width)}  ${m.defaultSeverity.padEnd(7)}  ${m.fixable ? 'fixable' : '       '}  ${m.description}`).join('\n') + '\n';
}

/**
 * Paths are reported relative to the current folder; arguments outside it move the root up to
 * the folder that holds them all, so `clawcheck ../infra` works too.
 */
export function scanRoot(cwd: string, paths: string[]): string {
  let root = resolve(cwd);
  for (const p of paths) {
    const abs = resolve(cwd, p);
    while (relativeInside(root, abs) === undefined) {
      const up = dirname(root);
      if (up === root) break;
      root = up;
    }
  }
  return root;
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
    const opts = parseCli(io.argv);
    if (opts.help) return io.stdout.write(HELP), EXIT.ok;
    if (opts.version) return io.stdout.write(`${VERSION}\n`), EXIT.ok;
    if (opts.listRules) return io.stdout.write(listRules()), EXIT.ok;
    const root = scanRoot(io.cwd, opts.paths);
    const { policy, sources } = loadPolicy(root, opts.config, io.cwd);
    if (opts.printConfig) return io.stdout.write(JSON.stringify({ sources, ...policy }, null, 2) + '\n'), EXIT.ok;

    const progress = io.stderr.isTTY
      ? (n: number, total: number) => {
          if (total >= 300) io.stderr.write(`\rclawcheck: ${n}/${total} files…`);
        }
      : undefined;
    const checkOptions = { root, cwd: io.cwd, paths: opts.paths, policy, include: opts.include, exclude: opts.exclude, onProgress: progress, errorOnUnmatched: true };
    let result: CheckResult;
    let fixed: FixedFile[] | undefined;
    if (opts.fix || opts.fixDryRun) {
      ({ files: fixed, result } = await fixOnDisk(checkOptions, opts.fixType ?? 'problem', opts.fix));
    } else {
      result = await check(checkOptions);
    }
    if (progress) io.stderr.write('\r\x1b[K');
    if (result.files.length === 0 && result.skipped.length === 0) io.stderr.write(`clawcheck: warning: no compose, openclaw or .env file found under ${escapeControl(root)}\n`);
    const shown = opts.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === 'error') } : result;
    const color = opts.color ?? (!opts.output && !!io.stdout.isTTY && !io.env.NO_COLOR);
    let text = getReporter(opts.format).format(shown, { rules: ALL_RULE_META, color, version: VERSION });
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
