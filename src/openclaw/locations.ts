import type { LocatedNode, MapEntry, MapNode } from '../parse/tree.js';
import { effectiveEntries, entry } from '../parse/tree.js';
import { LATEST_OPENCLAW_VERSION, OPENCLAW_LOCATIONS } from './generated/versions.js';
import type { OpenclawVersion } from './generated/versions.js';
import type { LocationTable } from './location-table.js';

/** One place in a config that a location pattern names. */
export interface Site {
  node: LocatedNode;
  /** The concrete path, for messages: `agents.entries.main.model`, `hooks.mappings[0].model`. */
  path: string;
  /** The agent scope it belongs to (`agents.defaults`, `agents.entries.<id>`, `agents.list[i]`), or `root`. */
  scope: string;
  /** The map entry holding it, when it is a map's value, with that map and its path. */
  entry?: MapEntry;
  parent?: MapNode;
  parentPath?: string;
}

/** The table of an OpenClaw version (`latest`, or one the policy loader accepted). */
export function locationTable(version: string): LocationTable {
  return OPENCLAW_LOCATIONS[version as OpenclawVersion] ?? OPENCLAW_LOCATIONS[LATEST_OPENCLAW_VERSION];
}

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/** `a.b`, or `a["b c"]` for a key that is not a plain name. */
export function childPath(path: string, key: string): string {
  const step = PLAIN_KEY.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  return path ? `${path}${step}` : step.replace(/^\./, '');
}

function segments(pattern: string): string[] {
  return pattern.replace(/\[\]/g, '.[]').split('.');
}

/** The scope a concrete path belongs to. */
function scopeOf(path: string): string {
  if (path === 'agents.defaults' || path.startsWith('agents.defaults.') || path.startsWith('agents.defaults[')) return 'agents.defaults';
  const m = /^agents(?:\.entries(?:\.[A-Za-z_$][\w$-]*|\["(?:[^"\\]|\\.)*"\])|\.list\[\d+\])/.exec(path);
  return m ? m[0] : 'root';
}

/**
 * Every site in `root` that `pattern` names. `agents.entries.*` stands for the legacy
 * `agents.list[]` entries when the config has a list and no `agents.entries` (as OpenClaw reads it).
 */
export function sitesOf(root: LocatedNode | null, pattern: string): Site[] {
  if (!root) return [];
  let segs = segments(pattern);
  if (segs[0] === 'agents' && segs[1] === 'entries' && segs[2] === '*') {
    const agents = entry(root, 'agents')?.value;
    if (agents?.kind === 'map' && !entry(agents, 'entries') && entry(agents, 'list')) segs = ['agents', 'list', '[]', ...segs.slice(3)];
  }
  const out: Site[] = [];
  const walk = (node: LocatedNode, i: number, path: string, via?: { entry: MapEntry; parent: MapNode; parentPath: string }): void => {
    if (i === segs.length) {
      out.push({ node, path, scope: scopeOf(path), ...via });
      return;
    }
    const seg = segs[i];
    if (seg === '[]') {
      if (node.kind === 'seq') node.items.forEach((item, n) => walk(item, i + 1, `${path}[${n}]`));
      return;
    }
    if (node.kind !== 'map') return;
    if (seg === '*') {
      for (const e of effectiveEntries(node)) walk(e.value, i + 1, childPath(path, e.key), { entry: e, parent: node, parentPath: path });
      return;
    }
    const e = entry(node, seg);
    if (e) walk(e.value, i + 1, childPath(path, seg), { entry: e, parent: node, parentPath: path });
  };
  walk(root, 0, '');
  return out;
}
