// Compares one project as docker-compose prints it with the same project as clawcheck models it
// (scripts/compose/view-entry.ts), for scripts/compose-oracle.mjs.

export const SETTINGS = ['image', 'user', 'read_only'];

/**
 * A value `config` printed, as the string the container or the engine gets: `config` writes every
 * `$` as `$$`; numbers and booleans from YAML (PORT: 8082, read_only: true) become their text, as
 * clawcheck keeps them. null: unset (`- KEY` with nothing to pass through). undefined: absent.
 */
export function composeValue(v) {
  if (v === undefined || v === null) return v;
  if (typeof v === 'string') return v.replace(/\$\$/g, '$');
  return String(v);
}

/**
 * Every compared item of one project: `{ service, key, compose, clawcheck, verdict }` with verdict
 * `agree`, `differ` or `unknown` (clawcheck says null and Compose's value changes with the shell,
 * which `probe` — the same project run with the shell variables set — shows). A service only one
 * side has is one item with key `(service)`.
 */
export function compareProject(compose, view, probe) {
  const items = [];
  const names = [...new Set([...Object.keys(compose), ...Object.keys(view.services)])].sort();
  for (const service of names) {
    const c = compose[service];
    const v = view.services[service];
    if (!c || !v) {
      items.push({ service, key: '(service)', compose: c ? 'listed' : 'absent', clawcheck: v ? 'listed' : 'absent', verdict: 'differ' });
      continue;
    }
    const env = c.environment ?? {};
    const keys = [...new Set([...Object.keys(env), ...Object.keys(v.env)])].sort();
    const entries = [
      ...keys.map((k) => [k, composeValue(env[k]), k in v.env ? v.env[k] : undefined, () => composeValue(probe?.[service]?.environment?.[k])]),
      ...SETTINGS.map((k) => [k, composeValue(c[k]), v[k], () => composeValue(probe?.[service]?.[k])]),
    ];
    for (const [key, theirs, ours, probed] of entries) {
      if (theirs === undefined && ours === undefined) continue;
      let verdict;
      if (ours === null && theirs !== undefined) verdict = probe && probed() !== theirs ? 'unknown' : 'differ';
      else verdict = theirs === ours ? 'agree' : 'differ';
      items.push({ service, key, compose: theirs, clawcheck: ours, verdict });
    }
  }
  return items;
}

/** A value for a disagreement line: quoted, with line breaks shown; `absent` and `null` as words. */
export function show(v) {
  if (v === undefined) return 'absent';
  if (v === null) return 'null';
  return JSON.stringify(v);
}
