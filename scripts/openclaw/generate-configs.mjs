// Configs for the differential check (scripts/oracle.mjs), generated from OpenClaw's own schema
// export: for settings picked with a seeded generator, one config with a value of the right kind
// and one with a wrong one, plus unknown keys. Whatever each config's verdict is, clawcheck must
// reach the same one as OpenClaw.
import { prng } from '../lib/oracle-kit.mjs';

/** Every setting reachable through `properties` (no map keys, no lists), with its schema. */
function settings(schema, path = [], out = [], depth = 0) {
  if (!schema || typeof schema !== 'object' || depth > 6) return out;
  const props = schema.properties;
  if (props && typeof props === 'object') {
    for (const [k, v] of Object.entries(props)) {
      if (k === '$schema') continue;
      out.push({ path: [...path, k], schema: v });
      settings(v, [...path, k], out, depth + 1);
    }
  }
  return out;
}

/** Alternatives of a value schema, flattened (anyOf / oneOf of consts, enums, types). */
function alternatives(s) {
  if (!s || typeof s !== 'object') return [];
  if (Array.isArray(s.anyOf) || Array.isArray(s.oneOf)) return [...(s.anyOf ?? s.oneOf)].flatMap(alternatives);
  return [s];
}

function goodValue(s, rand) {
  const alts = alternatives(s);
  const alt = alts[Math.floor(rand() * alts.length)] ?? {};
  if ('const' in alt) return alt.const;
  if (Array.isArray(alt.enum)) return alt.enum[Math.floor(rand() * alt.enum.length)];
  const type = Array.isArray(alt.type) ? alt.type[0] : alt.type;
  switch (type) {
    case 'boolean':
      return rand() < 0.5;
    case 'integer':
    case 'number': {
      const min = alt.minimum ?? (alt.exclusiveMinimum !== undefined ? alt.exclusiveMinimum + 1 : 1);
      const max = alt.maximum ?? min + 1000;
      return type === 'integer' ? Math.floor(min + rand() * (max - min)) : min + rand() * (max - min);
    }
    case 'string':
      return alt.minLength > 5 ? 'x'.repeat(alt.minLength) : 'value';
    case 'array':
      return [];
    case 'object':
      return {};
    default:
      return 'value';
  }
}

function badValue(s, rand) {
  const alts = alternatives(s);
  const types = new Set(alts.map((a) => ('const' in a ? typeof a.const : Array.isArray(a.type) ? a.type[0] : a.type)));
  const candidates = [
    ['string', 'not-a-valid-choice'],
    ['number', 12345],
    ['boolean', true],
    ['object', { unexpected: 1 }],
    ['array', ['x']],
  ].filter(([t]) => !types.has(t) && !(t === 'number' && types.has('integer')));
  if (alts.some((a) => Array.isArray(a.enum) || 'const' in a) && !types.has(undefined)) candidates.push(['string', 'not-a-valid-choice']);
  return candidates.length ? candidates[Math.floor(rand() * candidates.length)][1] : null;
}

function setPath(root, path, value) {
  let o = root;
  for (const k of path.slice(0, -1)) o = o[k] ??= {};
  o[path.at(-1)] = value;
}

/** `count` configs `{ name, text }` from the exported schema (JSON text). */
export function generatedConfigs(schemaText, count = 120, seed = 20260906) {
  const rand = prng(seed);
  const all = settings(JSON.parse(schemaText));
  const out = [];
  for (let i = 0; out.length < count && i < count * 4; i++) {
    const { path, schema } = all[Math.floor(rand() * all.length)];
    const kind = out.length % 3;
    const config = {};
    let value;
    if (kind === 0) value = goodValue(schema, rand);
    else if (kind === 1) value = badValue(schema, rand);
    else {
      setPath(config, path, goodValue(schema, rand));
      setPath(config, [...path.slice(0, -1), 'unknownSetting'], 1);
      out.push({ name: `generated-${String(out.length).padStart(3, '0')}-unknown-beside-${path.join('.')}.json5`, text: `${JSON.stringify(config, null, 2)}\n` });
      continue;
    }
    if (value === null) continue;
    setPath(config, path, value);
    out.push({ name: `generated-${String(out.length).padStart(3, '0')}-${kind === 0 ? 'good' : 'bad'}-${path.join('.')}.json5`, text: `${JSON.stringify(config, null, 2)}\n` });
  }
  return out;
}
