/**
 * SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer). Shaped to pass
 * `sarif-multitool validate --rule-kind "Gh;Sarif"` with zero errors: every rule carries
 * short/full descriptions and help, every location is relative to %SRCROOT%; and within code
 * scanning's upload limits (sarif-limits.ts), the most severe results kept when there are more.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { compareFindings, type Fix, type Location, type Severity } from '../core/finding.js';
import { redactFinding, redactText } from '../core/redact.js';
import type { CheckResult } from '../core/result.js';
import type { SourceFile } from '../core/source.js';
import { docsUrl, type RuleMeta } from '../rules/types.js';
import { plural } from './plural.js';
import { FINGERPRINT_KEY, fingerprints } from './sarif-fingerprint.js';
import { fitResults, SARIF_LIMITS, type ResultsLeftOut, type SarifLimits } from './sarif-limits.js';
import type { Reporter, ReportContext } from './types.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const TOOL_INFORMATION_URI = 'https://github.com/clawcheck/clawcheck';
export const SRCROOT = '%SRCROOT%';

const LEVEL_BY_SEVERITY: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative `/`-separated path as a URI reference: each segment percent-encoded (spaces, unicode, `#`, `?`). */
export function pathToUriReference(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The scan root as an absolute `file:` URI ending in `/`, as SARIF requires for a base. */
export function rootUri(root: string): string {
  const href = pathToFileURL(resolve(root)).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function ruleDescriptor(meta: RuleMeta): Sarif.ReportingDescriptor {
  const url = docsUrl(meta.id);
  return {
    id: meta.id,
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.description },
    help: { text: `${meta.description}\nDocumentation: ${url}`, markdown: `${meta.description}\n\n[Documentation](${url})` },
    helpUri: url,
    defaultConfiguration: { level: LEVEL_BY_SEVERITY[meta.defaultSeverity] },
    properties: { fixable: meta.fixable, tags: ['clawcheck'] },
  };
}

/** Findings may come from ids without metadata (parse errors): describe them minimally. */
function fallbackMeta(ruleId: string, severity: Severity): RuleMeta {
  return { id: ruleId, description: `clawcheck ${ruleId}`, defaultSeverity: severity, fixable: false, docs: '' };
}

/**
 * A SARIF region for a reported range. SARIF's endColumn is exclusive, as ours is. A
 * zero-width range is widened to one character: GitHub rejects empty result regions.
 */
function reportRegion(loc: Location): Sarif.Region {
  const zeroWidth = loc.endLine === loc.line && loc.endColumn <= loc.column;
  return {
    startLine: loc.line,
    startColumn: loc.column,
    endLine: loc.endLine,
    endColumn: zeroWidth ? loc.column + 1 : loc.endColumn,
  };
}

class ArtifactTable {
  readonly artifacts: Sarif.Artifact[] = [];
  private readonly indexByPath = new Map<string, number>();

  /** A checked file: listed with its role and size (GitHub ignores these; other viewers use them). */
  addAnalysisTarget(path: string, source: SourceFile | undefined): void {
    const artifact: Sarif.Artifact = {
      location: { uri: pathToUriReference(path), uriBaseId: SRCROOT },
      roles: ['analysisTarget'],
    };
    if (source) artifact.length = Buffer.byteLength(source.text, 'utf8');
    this.indexByPath.set(path, this.artifacts.length);
    this.artifacts.push(artifact);
  }

  location(path: string): Sarif.ArtifactLocation {
    let index = this.indexByPath.get(path);
    if (index === undefined) {
      index = this.artifacts.length;
      this.indexByPath.set(path, index);
      this.artifacts.push({ location: { uri: pathToUriReference(path), uriBaseId: SRCROOT } });
    }
    return { uri: pathToUriReference(path), uriBaseId: SRCROOT, index };
  }
}

/** A fix as SARIF replacements; exact line/column regions when the file's text is known. */
function sarifFix(fix: Fix, suggestion: boolean, sources: Map<string, SourceFile>, table: ArtifactTable): Sarif.Fix {
  const files = [...new Set(fix.edits.map((e) => e.file))];
  return {
    description: { text: fix.description },
    artifactChanges: files.map((file) => {
      const source = sources.get(file);
      const edits = fix.edits.filter((e) => e.file === file).sort((a, b) => a.start - b.start);
      return {
        artifactLocation: table.location(file),
        replacements: edits.map((edit): Sarif.Replacement => {
          let deletedRegion: Sarif.Region;
          if (source) {
            const a = source.lines.position(edit.start);
            const b = source.lines.position(edit.end);
            deletedRegion = { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
          } else {
            deletedRegion = { charOffset: edit.start, charLength: edit.end - edit.start };
          }
          return { deletedRegion, insertedContent: { text: edit.text } };
        }),
      };
    }),
    ...(suggestion ? { properties: { suggestion: true } } : {}),
  };
}

/** The SARIF log, and what GitHub's limits left out of it (sarif-limits.ts). */
export interface SarifReport {
  log: Sarif.Log;
  leftOut: ResultsLeftOut;
}

export function buildSarifReport(result: CheckResult, ctx: Pick<ReportContext, 'rules' | 'version'>, limits: SarifLimits = SARIF_LIMITS): SarifReport {
  // Messages, related messages and fix descriptions redacted; SARIF carries no snippets of source.
  const all = [...result.findings].sort(compareFindings).map(redactFinding);
  // Fingerprints over every finding, so a result keeps its fingerprint whatever the limit drops.
  const printOf = new Map(fingerprints(all, result.sources).map((p, i) => [all[i], p]));
  const { kept: findings, leftOut } = fitResults(all, limits.resultsPerRun);
  const table = new ArtifactTable();
  for (const file of result.files) table.addAnalysisTarget(file, result.sources.get(file));

  const rules: Sarif.ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const addRule = (meta: RuleMeta): void => {
    if (ruleIndex.has(meta.id)) return;
    ruleIndex.set(meta.id, rules.length);
    rules.push(ruleDescriptor(meta));
  };
  const metas = [...ctx.rules, ...findings.map((f) => fallbackMeta(f.ruleId, f.severity))];
  const used = new Set(findings.map((f) => f.ruleId));
  // Past the rules limit only the rules a result names are described (never more than the results).
  const described = new Set(metas.map((m) => m.id)).size > limits.rulesPerRun ? metas.filter((m) => used.has(m.id)) : metas;
  described.forEach(addRule);

  const results = findings.map((finding): Sarif.Result => {
    const out: Sarif.Result = {
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId)!,
      level: LEVEL_BY_SEVERITY[finding.severity],
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: table.location(finding.location.file),
            region: reportRegion(finding.location),
          },
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: printOf.get(finding)! },
    };
    if (finding.related && finding.related.length > 0) {
      out.relatedLocations = finding.related.slice(0, limits.locationsPerResult).map((r, j) => ({
        id: j + 1,
        physicalLocation: { artifactLocation: table.location(r.file), region: reportRegion(r) },
        message: { text: r.message },
      }));
    }
    // An inserted text that looks like a credential is not published, not even as a fix.
    if (finding.fix && finding.fix.edits.every((e) => redactText(e.text) === e.text)) out.fixes = [sarifFix(finding.fix, finding.suggestion === true, result.sources, table)];
    return out;
  });

  // Skipped paths are not results (nothing was checked), but must not vanish: tool notifications.
  const notifications: Sarif.Notification[] = result.skipped.map((s) => ({
    level: 'note',
    message: { text: `skipped: ${redactText(s.message)}` },
    descriptor: { id: `skipped/${s.reason}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: pathToUriReference(s.path), uriBaseId: SRCROOT } } }],
  }));
  // A cut file says so itself, wherever it is read.
  if (leftOut.total > 0) notifications.push({ level: 'warning', message: { text: resultsLeftOutText(all.length, limits.resultsPerRun, leftOut) }, descriptor: { id: 'results-limit' } });

  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'clawcheck',
            version: ctx.version,
            semanticVersion: ctx.version,
            informationUri: TOOL_INFORMATION_URI,
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri(result.root) } },
        artifacts: table.artifacts,
        // Our columns count UTF-16 code units (JS string offsets); say so rather than rely on the default.
        columnKind: 'utf16CodeUnits',
        results,
        invocations: [
          {
            executionSuccessful: true,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
      },
    ],
  };
  return { log, leftOut };
}

export function buildSarifLog(result: CheckResult, ctx: Pick<ReportContext, 'rules' | 'version'>, limits: SarifLimits = SARIF_LIMITS): Sarif.Log {
  return buildSarifReport(result, ctx, limits).log;
}

/** "10 of 25 010 results left out (10 warnings) …": for the file's notification and the Action's notice. */
export function resultsLeftOutText(total: number, max: number, leftOut: ResultsLeftOut): string {
  const parts = [leftOut.error ? plural(leftOut.error, 'error') : '', leftOut.warning ? plural(leftOut.warning, 'warning') : '', leftOut.info ? plural(leftOut.info, 'note') : ''].filter(Boolean);
  return `${leftOut.total} of ${total} results left out (${parts.join(', ')}): GitHub code scanning accepts at most ${max} results per run, so the most severe were kept.`;
}

export const sarifReporter: Reporter = {
  name: 'sarif',
  format: (result, ctx) => JSON.stringify(buildSarifLog(result, ctx), null, 2) + '\n',
};
