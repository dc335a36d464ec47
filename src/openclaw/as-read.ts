/**
 * openclaw.json as OpenClaw's loader hands it to its schema. Before validating, OpenClaw moves a
 * legacy `agents.list` roster into keyed `agents.entries`, drops the retired `default` markers and
 * gives a config without any roster its implicit `main` agent (its legacy roster migration, read
 * from OpenClaw 2026.9.6's code). Its schema then adds checks JSON Schema cannot say: at least one
 * agent, and no two entry keys naming one agent id. Pure: plain values in, plain values out.
 */
import type { Problem } from '../validate/errors.js';

export interface OpenclawReading {
  /** The value OpenClaw validates. */
  value: unknown;
  /** A path in `value` → the path in the written config (an `agents.entries` id → its `agents.list` item). */
  writtenPath(path: string[]): string[];
  /**
   * What OpenClaw's schema refinements reject, at written paths. Like zod's refinements, each
   * counts only when the part of the config it refines (`scope`, a path in `value`) passed the schema.
   */
  problems: Array<Problem & { scope: string[] }>;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
/** OpenClaw's canonical agent id: trimmed, lowercase, `[a-z0-9][a-z0-9_-]{0,63}`. */
const VALID_AGENT_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/i;
const BLOCKED_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

export function normalizeAgentId(id: string): string {
  const trimmed = id.trim();
  const lower = trimmed.toLowerCase();
  if (VALID_AGENT_ID.test(trimmed)) return lower;
  const cleaned = lower.replace(/[^a-z0-9_-]+/g, '-').replace(/^-+/, '').replace(/-+$/, '').slice(0, 64);
  return cleaned || 'main';
}

/** `agents.list` as entries when every item is an object with a canonical, unique id; else undefined. */
function legacyRoster(list: unknown): { entries: Obj; index: Map<string, number> } | undefined {
  if (!Array.isArray(list)) return undefined;
  const entries: Obj = {};
  const index = new Map<string, number>();
  for (const [i, item] of list.entries()) {
    if (!isObj(item)) return undefined;
    const { id, ...config } = item;
    if (typeof id !== 'string' || !id || id.trim() !== id || normalizeAgentId(id) !== id || index.has(id)) return undefined;
    index.set(id, i);
    Object.defineProperty(entries, id, { value: config, enumerable: true, writable: true, configurable: true });
  }
  return { entries, index };
}

/** What OpenClaw's code says beyond its schema export (generated with the schema). */
export interface OpenclawFacts {
  builtInProviderOverlays: readonly string[];
}

export function asOpenclawReadsIt(raw: unknown, facts: OpenclawFacts): OpenclawReading {
  const refine = (r: OpenclawReading) => withRefinements(r, facts);
  const unchanged: OpenclawReading = { value: raw, writtenPath: (p) => p, problems: [] };
  if (!isObj(raw) || (Object.hasOwn(raw, 'agents') && !isObj(raw.agents))) return unchanged;
  let agents: Obj = isObj(raw.agents) ? raw.agents : {};
  let fromList: Map<string, number> | undefined;
  const hasEntries = Object.hasOwn(agents, 'entries') && agents.entries !== undefined;
  if (!hasEntries && Object.hasOwn(agents, 'list') && agents.list !== undefined) {
    const roster = legacyRoster(agents.list);
    // A roster OpenClaw cannot move stays where it is, and its schema then rejects `list`.
    if (!roster) return refine(unchanged);
    const { list: _list, ...rest } = agents;
    agents = { ...rest, entries: roster.entries };
    fromList = roster.index;
  }
  const entries = agents.entries;
  if (entries === undefined || (isObj(entries) && Object.keys(entries).length === 0)) {
    if (agents.ownership !== 'explicit') agents = { ...agents, entries: { main: {} } };
  } else if (isObj(entries)) {
    const ids = Object.keys(entries).filter((id) => isObj(entries[id]));
    if (ids.some((id) => Object.hasOwn(entries[id] as Obj, 'default') && typeof (entries[id] as Obj).default !== 'boolean')) return refine(unchanged);
    // One legacy `default: true` marker becomes explicit ownership and the markers go; with
    // more than one, OpenClaw keeps them and its schema refuses them.
    const marked = ids.filter((id) => (entries[id] as Obj).default === true);
    if (marked.length === 1 && agents.ownership !== 'explicit') {
      const stripped: Obj = {};
      for (const [id, entry] of Object.entries(entries)) {
        const value = isObj(entry) && Object.hasOwn(entry, 'default') ? (({ default: _d, ...e }) => e)(entry) : entry;
        Object.defineProperty(stripped, id, { value, enumerable: true, writable: true, configurable: true });
      }
      agents = { ...agents, ownership: 'explicit', entries: stripped };
    }
  }
  const value = { ...raw, agents };
  const writtenPath = (path: string[]): string[] => {
    if (!fromList || path[0] !== 'agents' || path[1] !== 'entries') return path;
    if (path.length === 2) return ['agents', 'list'];
    const at = fromList.get(path[2]);
    return at === undefined ? ['agents', 'list'] : ['agents', 'list', String(at), ...path.slice(3)];
  };
  return refine({ value, writtenPath, problems: [] });
}

/** OpenClaw's own checks beyond its JSON schema (its zod refinements). */
function withRefinements(reading: OpenclawReading, facts: OpenclawFacts): OpenclawReading {
  const root = reading.value;
  if (!isObj(root)) return reading;
  const at = reading.writtenPath;
  const problems: Array<Problem & { scope: string[] }> = [];
  const scoped = (scope: string[]) => (p: Problem) => ({ ...p, scope });
  const other = (path: string[], text: string) => problems.push({ path: at(path), target: 'value', kind: 'other', text, scope: ['agents'] });
  const agents = isObj(root.agents) ? root.agents : undefined;
  const entries = agents && isObj(agents.entries) ? agents.entries : undefined;
  const ids = entries ? Object.keys(entries) : [];
  if (agents && ids.length === 0 && (agents.entries === undefined || entries)) {
    if (agents.entries === undefined) other(['agents'], 'has no agent: OpenClaw needs at least one under agents.entries');
    else other(['agents', 'entries'], 'must contain at least one agent');
  }
  const firstKey = new Map<string, string>();
  for (const key of ids) {
    if (BLOCKED_KEYS.has(key)) {
      problems.push({ path: at(['agents', 'entries', key]), target: 'key', kind: 'key-name', key, text: 'is not allowed as an agent id', scope: ['agents'] });
      continue;
    }
    const id = normalizeAgentId(key);
    const first = firstKey.get(id);
    if (first === undefined) firstKey.set(id, key);
    else problems.push({ path: at(['agents', 'entries', key]), target: 'key', kind: 'key-name', key, text: `names the same agent id "${id}" as "${first}": OpenClaw needs one key per agent`, scope: ['agents'] });
  }
  if (agents && entries) {
    const marked = ids.filter((id) => isObj(entries[id]) && (entries[id] as Obj).default === true);
    if (marked.length > 1) other(['agents', 'entries'], `must have at most one agent with default: true (found ${marked.length})`);
    if (agents.ownership === 'explicit' && marked.length > 0) other(['agents', 'ownership'], 'is "explicit", which cannot be combined with a legacy default: true marker');
    if (ids.length > 1 && marked.length === 0 && agents.ownership !== 'explicit') {
      other(['agents', 'ownership'], 'must be "explicit" for a roster of several agents (or one agent marked default: true); openclaw doctor can add it');
    }
  }
  problems.push(...unknownAgentRefs(root, ids).map(scoped([])), ...providersWithoutEndpoint(root, facts).map(scoped(['models', 'providers'])));
  return { ...reading, problems: [...reading.problems, ...problems] };
}

const get = (v: unknown, ...path: string[]): unknown => path.reduce<unknown>((o, k) => (isObj(o) && Object.hasOwn(o, k) ? o[k] : undefined), v);

/** Agent ids named in heartbeat, systemAgent, talk, bindings and broadcast that no entry has. */
function unknownAgentRefs(root: Obj, ids: string[]): Problem[] {
  const problems: Problem[] = [];
  const known = new Set(ids.map(normalizeAgentId));
  if (ids.length === 0) known.add('main');
  const unknown = (path: string[], id: string) => problems.push({ path, target: 'value', kind: 'other', text: `names agent "${id}", which is not in agents.entries` });
  for (const path of [['agents', 'defaults', 'heartbeat', 'agentId'], ['agents', 'defaults', 'systemAgent', 'agentId'], ['talk', 'agentId']]) {
    const id = get(root, ...path);
    if (typeof id === 'string' && !known.has(normalizeAgentId(id))) unknown(path, id);
  }
  const bindings = root.bindings;
  if (ids.length > 0 && Array.isArray(bindings)) {
    bindings.forEach((b, i) => {
      const id = isObj(b) ? b.agentId : undefined;
      if (typeof id === 'string' && id !== 'main' && !known.has(normalizeAgentId(id))) unknown(['bindings', String(i), 'agentId'], id);
    });
  }
  // Broadcast lists compare ids exactly, as OpenClaw does.
  const exact = new Set(ids);
  if (isObj(root.broadcast)) {
    for (const [peer, entry] of Object.entries(root.broadcast)) {
      if (peer === 'strategy' || !entry || typeof entry !== 'object' || (ids.length === 0 && !/^[a-z][a-z0-9_-]*:.+$/i.test(peer))) continue;
      const list = Array.isArray(entry) ? entry : (entry as Obj).agents;
      if (!Array.isArray(list)) continue;
      list.forEach((id, i) => {
        if (!exact.has(id as string)) unknown(['broadcast', peer, ...(Array.isArray(entry) ? [] : ['agents']), String(i)], String(id));
      });
    }
  }
  return problems;
}

/** A provider OpenClaw does not bundle must say where it is (baseUrl) and what it serves (models). */
function providersWithoutEndpoint(root: Obj, facts: OpenclawFacts): Problem[] {
  const providers = get(root, 'models', 'providers');
  if (!isObj(providers)) return [];
  const bundled = new Set(facts.builtInProviderOverlays);
  const problems: Problem[] = [];
  for (const [id, provider] of Object.entries(providers)) {
    if (!isObj(provider) || bundled.has(id.trim().toLowerCase())) continue;
    const base = ['models', 'providers', id];
    const missing = [...(provider.baseUrl ? [] : ['baseUrl']), ...(Array.isArray(provider.models) ? [] : ['models'])];
    if (missing.length) problems.push({ path: base, target: 'key', kind: 'required', missing: [missing], text: 'OpenClaw does not bundle this provider, so it needs its own baseUrl and models' });
  }
  return problems;
}
