/** The one record that flows from rules to every reporter and to the fixer. */
export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_RANK: Record<Severity | 'never', number> = { info: 1, warning: 2, error: 3, never: 99 };

export type FailOn = 'error' | 'warning' | 'never';

/** A finding at or above `failOn` fails the run (`never`: nothing does). The CLI and the Action share this. */
export function failsAt(findings: Finding[], failOn: FailOn): boolean {
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}

/** 1-based line and column; `endColumn` is exclusive (the column after the last character), as in SARIF. */
export interface Location {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Replace `text` for the characters [start, end) of `file`'s original text (JS string offsets). */
export interface TextEdit {
  file: string;
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  /** What the fix does, in a few words ("replace with openai/gpt-oss-120b"). */
  description: string;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  location: Location;
  /** Offsets of the reported text in the file, for suggestions and fingerprints. */
  range: [number, number];
  /** Other places involved (the alias that uses an anchor, the compose file that reads a .env). */
  related?: Array<Location & { message: string }>;
  fix?: Fix;
  /** A fix that changes behaviour beyond the policy's intent: applied only on request. */
  suggestion?: boolean;
  /**
   * Other files, relative to the root, whose content decides this finding (the compose files that
   * define the service, the `.env` and `env_file:` files it reads, read or not): a change to any of
   * them changes the finding, so `only-changed` keeps it although its own file is untouched.
   */
  dependsOn?: string[];
}

/** The files a finding depends on: its own and `dependsOn`. */
export function filesOf(finding: Finding): string[] {
  return finding.dependsOn ? [finding.location.file, ...finding.dependsOn] : [finding.location.file];
}

export function compareFindings(a: Finding, b: Finding): number {
  const la = a.location;
  const lb = b.location;
  return (
    (la.file < lb.file ? -1 : la.file > lb.file ? 1 : 0) ||
    la.line - lb.line ||
    la.column - lb.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/**
 * Sorted, with exact duplicates (one node reached through several aliases or projects) removed;
 * the one kept depends on every file any of them depended on.
 */
export function sortAndDedupe(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort(compareFindings);
  const out: Finding[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (!last || compareFindings(last, f) !== 0) out.push(f);
    else if (f.dependsOn?.length) out[out.length - 1] = { ...last, dependsOn: [...new Set([...(last.dependsOn ?? []), ...f.dependsOn])].sort() };
  }
  return out;
}
