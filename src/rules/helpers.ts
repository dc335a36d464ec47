import type { Fix, Severity } from '../core/finding.js';
import { shown } from '../core/redact.js';
import type { SourceFile } from '../core/source.js';
import type { Reference } from '../compose/interpolate.js';
import type { ComposeService } from '../compose/project.js';
import type { LocatedString } from '../compose/located-string.js';
import { reportRange } from '../compose/located-string.js';
import type { Range } from '../parse/tree.js';
import type { RuleFinding } from './types.js';

export interface FindingExtras {
  severity?: Severity;
  fix?: Fix;
  suggestion?: boolean;
  /** An alias or merge key that brought the value here: named in the message and as a related location. */
  via?: { file: SourceFile; range: Range };
  related?: RuleFinding['related'];
}

/** An alias or merge-key site written in `file`, as `FindingExtras.via`. */
export function aliasSite(file: SourceFile, via: Range | undefined): FindingExtras['via'] {
  return via ? { file, range: via } : undefined;
}

/**
 * Where a "missing" finding for a service goes: its name in the file that defines it first (the
 * base file), never in a service it `extends:`.
 */
export function serviceAnchor(service: ComposeService): { file: SourceFile; range: Range } {
  const def = service.definitions.find((d) => !d.extendedAt) ?? service.definitions[0];
  return { file: def.file, range: def.keyRange };
}

export function findingAt(ruleId: string, file: SourceFile, range: Range, message: string, extras: FindingExtras = {}): RuleFinding {
  const related = [...(extras.related ?? [])];
  let text = message;
  if (extras.via && extras.via.range[0] !== range[0]) {
    const site = extras.via.file.location(extras.via.range[0], extras.via.range[1]);
    text += ` (used through the alias at line ${site.line})`;
    related.push({ ...site, message: 'alias that uses this value' });
  }
  return {
    ruleId,
    message: text,
    location: file.location(range[0], range[1]),
    range,
    ...(extras.severity ? { severity: extras.severity } : {}),
    ...(related.length ? { related } : {}),
    ...(extras.fix ? { fix: extras.fix } : {}),
    ...(extras.suggestion ? { suggestion: true } : {}),
  };
}

/**
 * Reports characters [start, end) of a computed value where they are written. When they come
 * from a `.env` through `${VAR}`, the compose reference is added as a related location.
 */
export function findingInValue(
  ruleId: string,
  value: LocatedString,
  start: number,
  end: number,
  message: string,
  extras: FindingExtras & { replacement?: string; fixDescription?: string; references?: Reference[] } = {},
): RuleFinding {
  const where = reportRange(value, start, end);
  const related = [...(extras.related ?? []), ...referenceSites(extras.references ?? [], where.file, where.range)];
  const fixable = where.exact && !where.noFix;
  const fix =
    extras.fix ??
    (fixable && extras.replacement !== undefined
      ? {
          description: extras.fixDescription ?? `replace with ${shown(extras.replacement)}`,
          edits: [{ file: where.file.path, start: where.range[0], end: where.range[1], text: extras.replacement }],
        }
      : undefined);
  const text = where.noFix && extras.replacement !== undefined ? message + noFixNote(where.noFix) : message;
  return findingAt(ruleId, where.file, where.range, text, { ...extras, related, fix });
}

/** Appended to a message whose fix is withheld because the value is malformed. */
export function noFixNote(reason: string): string {
  return ` (not fixed automatically: ${reason})`;
}

/** The `${VAR}` sites that brought a value from elsewhere (a `.env`), as related locations. */
export function referenceSites(references: Reference[], file: SourceFile, range: Range): NonNullable<RuleFinding['related']> {
  const out: NonNullable<RuleFinding['related']> = [];
  for (const ref of references) {
    const site = reportRange(ref.site);
    if (site.file === file && site.range[0] <= range[0] && range[1] <= site.range[1]) continue;
    const message = ref.site.value.startsWith('$') ? `\${${ref.name}} is read here` : `${ref.name} is passed through from the environment here`;
    out.push({ ...site.file.location(site.range[0], site.range[1]), message });
  }
  return out;
}

/** Name of the file a value comes from, when it is not the file being judged (`from .env`). */
export function originNote(value: LocatedString, judged: SourceFile): string {
  const where = reportRange(value);
  return where.file === judged ? '' : ` (from ${where.file.path})`;
}

