/**
 * Partial fingerprints that let GitHub code scanning match a result across commits. They hash
 * what identifies the problem — rule, file, the reported source text and the message — and
 * never the line number, so inserting unrelated lines above a finding keeps its fingerprint.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../core/finding.js';
import { redactLine, redactText } from '../core/redact.js';
import type { SourceFile } from '../core/source.js';

/** Versioned key name, as SARIF recommends, so the scheme can change without collisions. */
export const FINGERPRINT_KEY = 'clawcheckFingerprint/v1';

/**
 * Trimmed text of the reported line(s), redacted (a hash of a short password can be guessed
 * back); a range that ends at column 1 stops on the line before.
 */
export function reportedText(finding: Finding, source: SourceFile | undefined): string {
  if (!source) return '';
  const { line, endLine, endColumn } = finding.location;
  const lastLine = endLine > line && endColumn === 1 ? endLine - 1 : endLine;
  const lines: string[] = [];
  for (let n = line; n <= Math.max(line, lastLine) && n <= source.lines.lineCount; n++) {
    const from = source.lines.lineStart(n);
    lines.push(redactLine(source.text, from, from + source.lines.lineText(n).length).text.trim());
  }
  return lines.join('\n');
}

function identityHash(finding: Finding, source: SourceFile | undefined): string {
  const parts = [finding.ruleId, finding.location.file, reportedText(finding, source), redactText(finding.message)];
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

/**
 * One fingerprint per finding, in the given order: `<hash>:<n>`, where n counts earlier
 * findings with the same hash (two identical lines with the same problem stay distinct), the
 * same shape as GitHub's own `primaryLocationLineHash`.
 */
export function fingerprints(findings: Finding[], sources: Map<string, SourceFile>): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const hash = identityHash(finding, sources.get(finding.location.file));
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  });
}
