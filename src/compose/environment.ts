import type { SourceFile } from '../core/source.js';
import { parseDotenv } from '../parse/dotenv.js';
import type { DotenvFile } from '../parse/dotenv.js';
import type { MapNode, Range, ScalarNode } from '../parse/tree.js';
import { effectiveEntries, entry, get, isScalar } from '../parse/tree.js';
import { interpolate } from './interpolate.js';
import type { Lookup, Reference } from './interpolate.js';
import { locateScalar, locatedText, markNoFix, reportRange, sliceLocated, unlocated } from './located-string.js';
import type { LocatedString } from './located-string.js';

/** One environment variable of a service as Compose would see it, with where it is written. */
export interface EnvVar {
  name: string;
  /** After interpolation; null when it depends on the shell (unset variable, `- KEY` alone, `KEY:` empty). */
  value: LocatedString | null;
  /** The YAML scalar of the map form, to tell `true` (a YAML boolean) from `"true"`. */
  scalar?: ScalarNode;
  file: SourceFile;
  /** The name where it is written: located character by character when spelled verbatim there. */
  key: LocatedString;
  references: Reference[];
  /** Where an alias or merge key brought this entry from another place. */
  via?: Range;
  /** `KEY: !reset`: the entry removes what earlier definitions set. */
  reset?: boolean;
}

const dotenvCache = new WeakMap<SourceFile, DotenvFile>();

export function dotenvOf(file: SourceFile): DotenvFile {
  let parsed = dotenvCache.get(file);
  if (!parsed) {
    parsed = parseDotenv(file.text);
    dotenvCache.set(file, parsed);
  }
  return parsed;
}

const valuesCache = new WeakMap<SourceFile, Map<string, LocatedString | null>>();

/**
 * The values of an environment file as Compose reads them, in order: unquoted and double-quoted
 * values are interpolated from the names defined above them (`BIG_MODEL=${ORG}/GLM-4.7`),
 * single-quoted ones are literal. null: the value depends on something unknown (an unset name).
 * Quoted values with escapes do not map char-for-char; they stay located as a whole. Computed
 * once per file: every project and service that reads it shares the result.
 */
function dotenvValues(file: SourceFile): Map<string, LocatedString | null> {
  const cached = valuesCache.get(file);
  if (cached) return cached;
  const values = new Map<string, LocatedString | null>();
  for (const e of dotenvOf(file).entries) {
    const written = file.text.slice(e.innerRange[0], e.innerRange[1]);
    let value: LocatedString | null =
      written === e.value
        ? locatedText(file, e.value, e.innerRange[0], e.valueRange)
        : unlocated(file, e.value, e.valueRange);
    if (e.unterminated) value = markNoFix(value, `the ${e.style === 'single' ? 'single' : 'double'} quote that opens the value is not closed on its line, which Compose rejects`);
    if (e.style !== 'single' && e.value.includes('$')) value = interpolate(value, (name) => values.get(name) ?? undefined).value;
    values.set(e.key, value);
  }
  valuesCache.set(file, values);
  return values;
}

/** `.env` lookups for interpolation: the last definition of a name wins. */
export function dotenvLookup(file: SourceFile | undefined): Lookup {
  if (!file) return () => undefined;
  const values = dotenvValues(file);
  return (name) => values.get(name) ?? undefined;
}

/**
 * Compose's order when it runs: the shell's variables over the project's `.env`. A value from
 * the shell is not in any file: it is reported, as a whole, at the `${VAR}` that reads it.
 */
export function shellFirst(shell: Readonly<Record<string, string | undefined>>, fallback: Lookup): Lookup {
  return (name, site) => {
    const value = Object.hasOwn(shell, name) ? shell[name] : undefined;
    if (value === undefined || !site) return fallback(name, site);
    const at = reportRange(site);
    return markNoFix(unlocated(at.file, value, at.range), `${name} comes from the environment`);
  };
}

/** Entries of one `env_file`, as container variables. */
export function envFileVars(file: SourceFile): EnvVar[] {
  const values = dotenvValues(file);
  return dotenvOf(file).entries.map((e) => ({
    name: e.key,
    // The last definition of a name is the one the container gets.
    value: values.get(e.key) ?? null,
    file,
    key: locatedText(file, e.key, e.keyRange[0], e.keyRange),
    references: [],
  }));
}

/** The `environment:` of one service definition, map or list form, interpolated. */
export function environmentVars(service: MapNode, file: SourceFile, lookup: Lookup): EnvVar[] {
  const envEntry = entry(service, 'environment');
  const env = envEntry?.value;
  if (!env) return [];
  // An alias anywhere above the entry (`environment: *env`, `<<: *base` bringing the whole
  // `environment:` along, `proxy: *base`) is the site to name.
  const outerVia = env.via ?? envEntry.mergedFrom ?? service.via;
  const out: EnvVar[] = [];
  if (env.kind === 'map') {
    for (const e of effectiveEntries(env)) {
      const node = e.value;
      if (!isScalar(node)) continue;
      const key = mapKey(file, e.key, e.keyRange);
      const written = node.value === null ? null : locateScalar(file, node);
      const r = written ? interpolate(written, lookup) : passedThrough(key, lookup);
      out.push({
        name: e.key,
        value: r.value,
        scalar: node,
        file,
        key,
        references: r.references,
        via: e.mergedFrom ?? node.via ?? outerVia,
        ...(node.tag === '!reset' ? { reset: true } : {}),
      });
    }
  } else if (env.kind === 'seq') {
    for (const item of env.items) {
      if (!isScalar(item) || typeof item.value !== 'string') continue;
      const text = item.value;
      const eq = text.indexOf('=');
      const name = (eq < 0 ? text : text.slice(0, eq)).trim();
      if (!name) continue;
      // The name's characters, after any leading spaces, inside the quotes; located only as far
      // as the item is spelled verbatim (`"API_KEY=sk\u0041"` yes, `"API\u005fKEY=x"` no).
      const nameAt = text.search(/\S/);
      const key = sliceLocated(locateScalar(file, item), nameAt, nameAt + name.length);
      const written = eq < 0 ? null : locateScalar(file, item, eq + 1);
      const r = written ? interpolate(written, lookup) : passedThrough(key, lookup);
      out.push({
        name,
        value: r.value,
        file,
        key,
        references: r.references,
        via: item.via ?? outerVia,
      });
    }
  }
  return out;
}

/**
 * `- KEY` or `KEY:` with no value: Compose passes the variable through from its environment,
 * which includes the project's `.env`. Known only when the `.env` sets it.
 */
function passedThrough(key: LocatedString, lookup: Lookup): { value: LocatedString | null; references: Reference[] } {
  const value = lookup(key.value, key);
  if (!value) return { value: null, references: [] };
  return { value, references: [{ name: key.value, site: key }] };
}

/** A map key as written: plain, or quoted with nothing escaped; otherwise known only as a whole. */
function mapKey(file: SourceFile, name: string, keyRange: Range): LocatedString {
  const written = file.text.slice(keyRange[0], keyRange[1]);
  if (written === name) return locatedText(file, name, keyRange[0], keyRange);
  const quoted = (written[0] === '"' || written[0] === "'") && written.length === name.length + 2 && written.slice(1, -1) === name;
  return quoted ? locatedText(file, name, keyRange[0] + 1, keyRange) : unlocated(file, name, keyRange);
}

/** Paths named by `env_file:` (string, list of strings, or list of `{path, required}`). */
export function envFilePaths(service: MapNode): string[] {
  return envFileEntries(service).map((e) => e.path);
}

/** The `env_file:` paths of a service with the range of each path as written. */
export function envFileEntries(service: MapNode): Array<{ path: string; range: Range }> {
  const v = get(service, 'env_file');
  if (!v) return [];
  const out: Array<{ path: string; range: Range }> = [];
  for (const item of v.kind === 'seq' ? v.items : [v]) {
    // `required: false` changes nothing here: a file not among those judged is unread either way.
    const p = item.kind === 'map' ? get(item, 'path') : item;
    if (p?.kind === 'scalar' && typeof p.value === 'string') out.push({ path: p.value, range: p.range });
  }
  return out;
}
