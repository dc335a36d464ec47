/**
 * The job summary ($GITHUB_STEP_SUMMARY): conclusion, totals, totals per rule, one table per
 * file (files with errors first) whose line numbers link to the commit judged (skipped files among them, as file-skipped findings), notices from the reporting cascade and a collapsed diff of the available fixes.
 * Everything taken from a scanned file is escaped (markdown.ts). GitHub rejects a step summary
 * over 1 MiB, so the document is assembled greedily within `maxBytes`: whole table rows,
 * list items and per-file diffs are dropped (never a cut inside an escape or a fence) and a
 * note says what is missing.
 */
import { compareFindings, SEVERITY_RANK, type FailOn, type Finding } from '../core/finding.js';
import { redactResult, redactText } from '../core/redact.js';
import type { CheckResult, ProbeRecord } from '../core/result.js';
import { probeRows } from '../report/probe-table.js';
import type { FixedFile } from '../fix/fix.js';
import { plural } from '../report/plural.js';
import { docsUrl, type RuleMeta } from '../rules/types.js';
import { blobUrl, codeFence, escapeMarkdown, fitDiffs, longestBacktickRun, markdownLink, utf8Bytes, type BlobBase } from './markdown.js';
import { conclusionOf } from './outputs.js';

/** GitHub's limit is 1 MiB per step; stay a little below it. */
export const JOB_SUMMARY_MAX_BYTES = 1_000_000;
/** Room kept for the truncation note at the end. */
const NOTE_RESERVE = 512;

export interface JobSummaryOptions {
  rules: RuleMeta[];
  /** Fixes available for the findings (from `fixParsed`), shown as a unified diff. */
  fixes?: FixedFile[];
  failOn: FailOn;
  /** Name in the heading (default `clawcheck`); escaped. */
  title?: string;
  /** Messages from the reporting cascade ("Checks API not available: …"); escaped. */
  notices?: string[];
  /** Upper bound in UTF-8 bytes (default 1 000 000). Must leave room for heading and totals. */
  maxBytes?: number;
  /** Where every finding can be read when the tables are cut (plain text: "the SARIF file x.sarif"); asked only then. */
  fullList?: () => string;
  /** The commit judged: each line number links to the file at that line there. */
  blob?: BlobBase;
}

function heading(title: string, findings: Finding[], failOn: FailOn): string {
  const name = escapeMarkdown(title);
  if (conclusionOf(findings, failOn) === 'failure') return `## ❌ ${name}: failed (fail-on: ${failOn})`;
  if (findings.length === 0) return `## ✅ ${name}: no problems found`;
  return `## ⚠️ ${name}: passed with findings (fail-on: ${failOn})`;
}

function fixCell(f: Finding): string {
  if (!f.fix) return '';
  return f.suggestion ? '✓ (opt-in)' : '✓';
}

function ruleCell(ruleId: string, known: Set<string>): string {
  return known.has(ruleId) ? markdownLink(ruleId, docsUrl(ruleId)) : escapeMarkdown(ruleId);
}

function lineCell(f: Finding, blob: BlobBase | undefined): string {
  return blob ? markdownLink(String(f.location.line), blobUrl(blob, f.location.file, f.location.line)) : String(f.location.line);
}

/** Totals per rule, the rules with most errors (then warnings, infos) first. */
function ruleTable(findings: Finding[], known: Set<string>): string {
  const totals = new Map<string, Record<Finding['severity'], number>>();
  for (const f of findings) {
    const t = totals.get(f.ruleId) ?? { error: 0, warning: 0, info: 0 };
    t[f.severity]++;
    totals.set(f.ruleId, t);
  }
  const rows = [...totals].sort(([a, x], [b, y]) => y.error - x.error || y.warning - x.warning || y.info - x.info || (a < b ? -1 : a > b ? 1 : 0));
  return (
    '\n| rule | errors | warnings | infos |\n|---|---:|---:|---:|\n' +
    rows.map(([id, t]) => `| ${ruleCell(id, known)} | ${t.error} | ${t.warning} | ${t.info} |\n`).join('')
  );
}

/** Appends whole pieces while they fit in the budget; remembers whether one did not. */
/** `clawcheck probe`'s requests, one row each, as many as fit. */
function addProbeTable(out: Writer, probes: ProbeRecord[]): void {
  const head = '\n### Probes\n\n| where | target | model | request | status | latency | result |\n|---|---|---|---|---:|---:|---|\n';
  const rows = probeRows(probes);
  for (let i = 0; i < rows.length; i++) {
    const row = `| ${rows[i].map((c) => escapeMarkdown(c)).join(' | ')} |\n`;
    if (!out.add(i === 0 ? head + row : row)) {
      out.add(`\n${plural(rows.length - i, 'more probe')} not shown.\n`);
      return;
    }
  }
}

class Writer {
  text = '';
  private bytes = 0;
  constructor(private readonly limit: number) {}

  remaining(): number {
    return this.limit - this.bytes;
  }

  add(piece: string): boolean {
    if (utf8Bytes(piece) > this.remaining()) return false;
    this.text += piece;
    this.bytes += utf8Bytes(piece);
    return true;
  }
}

export function jobSummary(unredacted: CheckResult, options: JobSummaryOptions): string {
  const result = redactResult(unredacted);
  const maxBytes = options.maxBytes ?? JOB_SUMMARY_MAX_BYTES;
  const findings = [...result.findings].sort(compareFindings);
  const out = new Writer(maxBytes - NOTE_RESERVE);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const fixable = findings.filter((f) => f.fix).length;

  out.add(
    [
      heading(options.title ?? 'clawcheck', findings, options.failOn),
      '',
      '| errors | warnings | infos | files checked | fixable |',
      '|---:|---:|---:|---:|---:|',
      `| ${errors} | ${warnings} | ${findings.length - errors - warnings} | ${result.files.length} | ${fixable} |`,
      '',
    ].join('\n'),
  );

  let notesLeft = 0;
  const notices = options.notices ?? [];
  for (let i = 0; i < notices.length; i++) {
    const item = `${i === 0 ? '\n**Notes**\n\n' : ''}- ${escapeMarkdown(redactText(notices[i]))}\n`;
    if (!out.add(item)) {
      notesLeft = notices.length - i;
      break;
    }
  }

  const known = new Set(options.rules.map((r) => r.id));
  // A few dozen rules at most: it fits, before the per-file tables take the rest.
  if (findings.length > 0) out.add(ruleTable(findings, known));
  if (result.probes?.length) addProbeTable(out, result.probes);

  // One table per file, rows in line order; stop at the first row that does not fit.
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byFile.get(f.location.file);
    if (list) list.push(f);
    else byFile.set(f.location.file, [f]);
  }
  // Files with errors first, then with warnings (path order within each): a cut drops the least severe.
  const worst = (list: Finding[]) => Math.max(...list.map((f) => SEVERITY_RANK[f.severity]));
  const files = [...byFile].sort(([a, x], [b, y]) => worst(y) - worst(x) || (a < b ? -1 : a > b ? 1 : 0));
  let rowsLeft = 0;
  for (const [file, list] of files) {
    if (rowsLeft > 0) {
      rowsLeft += list.length;
      continue;
    }
    const tableHead = `\n### ${escapeMarkdown(file)}\n\n| line | severity | rule | message | fix |\n|---:|---|---|---|:---:|\n`;
    for (let i = 0; i < list.length; i++) {
      const f = list[i];
      const row = `| ${lineCell(f, options.blob)} | ${f.severity} | ${ruleCell(f.ruleId, known)} | ${escapeMarkdown(f.message)} | ${fixCell(f)} |\n`;
      if (!out.add(i === 0 ? tableHead + row : row)) {
        rowsLeft = list.length - i;
        break;
      }
    }
  }

  // Skipped paths are in the tables as `file-skipped` findings.

  // The fixes: whole per-file diffs inside one fence longer than any backtick run they contain.
  const wrapper = (files: number, fence: string) => `\n<details>\n<summary>Available fixes (${plural(files, 'file')})</summary>\n\n${fence}diff\n${fence}\n\n</details>\n`;
  const fixes = fitDiffs(options.fixes ?? [], out.remaining(), {
    reserve: (all) => utf8Bytes(wrapper(all.length, '`'.repeat(Math.max(3, longestBacktickRun(all.join('')) + 1)))),
  });
  const diffsLeft = fixes.left;
  if (fixes.diffs.length > 0) {
    const block = codeFence(fixes.diffs.join(''), 'diff');
    out.add(`\n<details>\n<summary>Available fixes (${plural(fixes.diffs.length, 'file')})</summary>\n\n${block}\n\n</details>\n`);
  }

  const missing = [
    rowsLeft ? plural(rowsLeft, 'finding') : '',
    diffsLeft ? plural(diffsLeft, 'fix diff') : '',
    notesLeft ? plural(notesLeft, 'note') : '',
  ].filter(Boolean);
  let text = out.text;
  if (missing.length > 0) {
    // Point at one place that holds everything, never at another channel that cuts its list too.
    const all = findings.length === 1 ? 'The finding is' : `All ${findings.length} findings are`;
    const where = options.fullList ? `${all} in ${escapeMarkdown(options.fullList())}.` : 'A local `clawcheck` run lists them all.';
    const diffs = diffsLeft ? ' `clawcheck --fix-dry-run` shows every fix.' : '';
    text += `\n> **Summary truncated** to stay under ${maxBytes} bytes: ${missing.join(', ')} not shown. ${where}${diffs}\n`;
  }
  return text;
}
