import type { DiscoveredFile } from '../discover/index.js';
import { includeSites, MAX_INCLUDE_DEPTH } from '../openclaw/include.js';
import type { Policy } from '../policy/types.js';
import { parseFile } from './engine.js';
import type { ParsedFile } from './engine.js';
import type { SkippedPath } from './result.js';
import { SourceFile } from './source.js';
import { diskSource } from './file-source.js';
import type { FileSource } from './file-source.js';
import type { Meter } from '../compose/interpolate.js';

/** Files read for openclaw `$include` at most, per check: a crafted chain cannot make it read the tree. */
export const MAX_INCLUDED_FILES = 1000;

/** The files openclaw configs include, read once before judging. */
export interface OpenclawIncludes {
  /** Included files by path (discovered ones too), as read. */
  files: Map<string, SourceFile>;
  /** Direct targets of each config or included file. */
  targets: Map<string, string[]>;
  /** Named by an `$include` but refused by the guarded reader (each has a skipped entry). */
  refused: Set<string>;
}

/**
 * Reads every file the discovered openclaw configs include, through the guarded reader, following
 * nested includes up to OpenClaw's depth. A discovered file that a config includes becomes an
 * `openclaw-include`: it is judged as part of that config, never as a config of its own.
 */
export async function readOpenclawIncludes(
  root: string,
  found: DiscoveredFile[],
  policy: Policy,
  skipped: SkippedPath[],
  source: FileSource = diskSource(root),
): Promise<OpenclawIncludes> {
  const out: OpenclawIncludes = { files: new Map(), targets: new Map(), refused: new Set() };
  const configs = found.filter((f) => f.kind === 'openclaw');
  if (!configs.length) return out;
  const byPath = new Map(found.map((f) => [f.path, f]));
  // Only a text with `$include` in it, or an escape that could spell it, can include anything:
  // the others are parsed once, when their batch is judged.
  let frontier: ParsedFile[] = configs.filter((f) => f.text.includes('$include') || f.text.includes('\\')).map((f) => parseFile(new SourceFile(f.path, f.text, f.kind)));
  for (let depth = 0; depth <= MAX_INCLUDE_DEPTH && frontier.length; depth++) {
    const next: ParsedFile[] = [];
    for (const p of frontier) {
      if (p.error) continue;
      const sites = includeSites(p.file, p.documents[0]?.root ?? null);
      out.targets.set(p.file.path, sites.map((s) => s.path));
      for (const { path, range } of sites) {
        if (out.files.has(path) || out.refused.has(path) || path.startsWith('../') || out.files.size >= MAX_INCLUDED_FILES) continue;
        const discovered = byPath.get(path);
        if (discovered) {
          if (discovered.kind !== 'openclaw') continue;
          out.files.set(path, new SourceFile(path, discovered.text, 'openclaw-include'));
          continue; // a discovered config's own includes are followed from the start
        }
        const r = await source.read(path, policy.maxFileSize);
        if (r.file) {
          const file = new SourceFile(r.file.path, r.file.text, 'openclaw-include');
          out.files.set(path, file);
          next.push(parseFile(file));
        } else if (r.skipped) {
          out.refused.add(path);
          // Reported at the directive that names it, where the change is made; never what the file holds.
          const namedAt = { location: p.file.location(range[0], range[1]), range: [range[0], range[1]] as [number, number] };
          if (!skipped.some((s) => s.path === r.skipped!.path)) skipped.push({ ...r.skipped, message: `${r.skipped.message} (named by $include in ${p.file.path})`, namedAt });
        }
      }
    }
    frontier = next;
  }
  const included = includedConfigs(configs.map((c) => c.path), out.targets);
  for (const config of configs) if (included.has(config.path)) config.kind = 'openclaw-include';
  return out;
}

/**
 * The configs another config includes, directly or not, without being included back by it
 * (configs that include each other are both judged, and both report the cycle). In the graph of
 * includes that is a config below a strongly connected component holding another config: found
 * in one pass over the includes, where asking every pair of configs was quadratic in them.
 */
export function includedConfigs(configs: string[], targets: Map<string, string[]>, meter: Meter = { steps: 0 }): Set<string> {
  const isConfig = new Set(configs);
  const { component, members } = stronglyConnected(targets, meter);
  // Tarjan's algorithm lists a component after every component it reaches: walking the list
  // backwards visits includers before what they include.
  const below = new Array<boolean>(members.length).fill(false);
  for (let c = members.length - 1; c >= 0; c--) {
    const fromConfig = below[c] || members[c].some((p) => isConfig.has(p));
    if (!fromConfig) continue;
    for (const path of members[c])
      for (const target of targets.get(path) ?? []) {
        meter.steps++;
        const t = component.get(target)!;
        if (t !== c) below[t] = true;
      }
  }
  return new Set(configs.filter((p) => component.has(p) && below[component.get(p)!]));
}

/** The strongly connected components of the include graph (Tarjan's, with an explicit stack: a chain may be long). */
function stronglyConnected(targets: Map<string, string[]>, meter: Meter): { component: Map<string, number>; members: string[][] } {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const open: string[] = [];
  const onOpen = new Set<string>();
  const component = new Map<string, number>();
  const members: string[][] = [];
  let order = 0;
  const visit = (path: string) => {
    index.set(path, order);
    low.set(path, order++);
    open.push(path);
    onOpen.add(path);
  };
  const nodes = new Set<string>();
  for (const [path, list] of targets) {
    nodes.add(path);
    for (const t of list) nodes.add(t);
  }
  for (const start of nodes) {
    if (index.has(start)) continue;
    visit(start);
    const work: Array<{ path: string; next: number }> = [{ path: start, next: 0 }];
    while (work.length) {
      const top = work[work.length - 1];
      const edges = targets.get(top.path) ?? [];
      meter.steps++;
      if (top.next < edges.length) {
        const t = edges[top.next++];
        if (!index.has(t)) {
          visit(t);
          work.push({ path: t, next: 0 });
        } else if (onOpen.has(t)) low.set(top.path, Math.min(low.get(top.path)!, index.get(t)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].path;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.path)!));
      }
      if (low.get(top.path) !== index.get(top.path)) continue;
      const group: string[] = [];
      let path: string;
      do {
        path = open.pop()!;
        onOpen.delete(path);
        component.set(path, members.length);
        group.push(path);
      } while (path !== top.path);
      members.push(group);
    }
  }
  return { component, members };
}

/** The included files a batch's configs need, transitively, that the batch does not hold yet. */
export function includedFor(parsed: ParsedFile[], includes: OpenclawIncludes | undefined): ParsedFile[] {
  if (!includes?.files.size) return [];
  const have = new Set(parsed.map((p) => p.file.path));
  const out: ParsedFile[] = [];
  const queue = parsed.filter((p) => p.file.kind === 'openclaw').map((p) => p.file.path);
  while (queue.length) {
    for (const path of includes.targets.get(queue.pop()!) ?? []) {
      const file = includes.files.get(path);
      if (!file || have.has(path)) continue;
      have.add(path);
      out.push(parseFile(file));
      queue.push(path);
    }
  }
  return out;
}
