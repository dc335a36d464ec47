// Probe outcomes as findings, at the line that configures what was asked (through `.env`,
// `${VAR:-default}`, anchors and `$include`, as the static rules locate them).
import { reportRange } from '../compose/located-string.js';
import { shown } from '../core/redact.js';
import { findingAt, referenceSites } from '../rules/helpers.js';
import type { RuleFinding } from '../rules/types.js';
import { editDistance } from '../validate/errors.js';
import type { Anchor } from './plan.js';
import type { Site } from './types.js';

/** A finding for each site (every line that names the model), or at the anchor when there is none. */
export function findingsAt(ruleId: string, sites: Site[], anchor: Anchor, message: (site?: Site) => string, fromEnvironment: (name: string) => boolean): RuleFinding[] {
  if (!sites.length) return [findingAt(ruleId, anchor.file, anchor.range, message())];
  const seen = new Set<string>();
  const out: RuleFinding[] = [];
  for (const site of sites) {
    const where = reportRange(site.value);
    const key = `${where.file.path}:${where.range[0]}:${where.range[1]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const shell = site.references.filter((r) => fromEnvironment(r.name)).map((r) => r.name);
    const note = shell.length ? ` (${[...new Set(shell)].map((n) => `\${${n}}`).join(', ')} from the environment)` : '';
    const related = referenceSites(site.references, where.file, where.range);
    if (site.via && site.via.range[0] !== where.range[0]) related.push({ ...site.via.file.location(site.via.range[0], site.via.range[1]), message: 'alias that uses this value' });
    out.push(findingAt(ruleId, where.file, where.range, message(site) + note, { related }));
  }
  return out;
}

/** How many of the served ids are offered as "did you mean". */
export const SUGGESTED_IDS = 3;
/** Ids compared for suggestions (a hostile list could hold millions of long ones). */
const COMPARED_IDS = 2_000;
const COMPARED_ID_CHARS = 200;

/**
 * The listed ids nearest to `id` (case-insensitive edit distance), nearest first: the nearest
 * one always, others while they differ in at most about half their characters.
 */
export function nearestIds(id: string, ids: string[]): string[] {
  const target = id.toLowerCase().slice(0, COMPARED_ID_CHARS);
  const ranked = ids
    .slice(0, COMPARED_IDS)
    .filter((c) => c.length <= COMPARED_ID_CHARS)
    .map((c) => ({ c, d: editDistance(target, c.toLowerCase()) }))
    .sort((a, b) => a.d - b.d || (a.c < b.c ? -1 : a.c > b.c ? 1 : 0));
  return ranked.filter((x, i) => i === 0 || x.d <= Math.max(target.length, x.c.length) / 2).slice(0, SUGGESTED_IDS).map((x) => x.c);
}

export function didYouMean(ids: string[]): string {
  if (!ids.length) return '';
  const quoted = ids.map((i) => `"${shown(i)}"`);
  return `; did you mean ${quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`}?`;
}

/** `BIG_MODEL "zai-org/GLM-4.7"`: the setting and the model it names. */
export function named(site: Site | undefined, model: string): string {
  return site ? `${site.label} "${shown(model)}"` : `"${shown(model)}"`;
}
