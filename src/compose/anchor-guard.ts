import type { TextEdit } from '../core/finding.js';
import type { AnchorUse, Range } from '../parse/tree.js';
import type { RuleFinding } from '../rules/types.js';
import type { ComposeInput, ComposeProject } from './project.js';

const inside = (r: Range, outer: Range) => outer[0] <= r[0] && r[1] <= outer[1];
// Overlap, not containment: removing an entry's line also takes its indentation, which lies
// before the map's range.
const touches = (e: TextEdit, r: Range) => e.start < r[1] && r[0] < Math.max(e.end, e.start + 1);

/** A service definition that `extends:` brings into other services: every service that gets it. */
interface Inherited {
  range: Range;
  users: Array<{ name: string; isProxy: boolean }>;
}

/**
 * A fix inside an anchored node changes every place that uses the anchor. Keep it only when each
 * user (every alias, and the anchor itself when it sits in a service) is a proxy service;
 * otherwise drop the fix and say why, so fixing the proxy never silently changes another service.
 * The same holds for a service definition that `extends:` brings into other services.
 */
export function guardAnchorFixes(findings: RuleFinding[], inputs: ComposeInput[], projects: ComposeProject[]): RuleFinding[] {
  const byFile = new Map(inputs.map((i) => [i.file.path, i]));
  const services = new Map<string, Range[]>();
  const proxies = new Map<string, Range[]>();
  const add = (map: Map<string, Range[]>, path: string, r: Range) => {
    const list = map.get(path);
    if (list) list.push(r);
    else map.set(path, [r]);
  };
  const inherited = inheritedDefinitions(projects);
  for (const project of projects) {
    for (const s of project.services) {
      for (const def of s.definitions) {
        if (def.extendedAt) continue;
        // A service written as an alias (`proxy: *base`) occupies the alias site; the anchored
        // value belongs to wherever it is written (an `x-` key, or another service).
        const occupied = def.node.via ?? def.node.range;
        add(services, def.file.path, occupied);
        if (s.isProxy) add(proxies, def.file.path, occupied);
      }
    }
  }
  return findings.map((f) => {
    const edits = f.fix?.edits ?? [];
    const drop = (why: string): RuleFinding => {
      const { fix: _unsafe, ...rest } = f;
      return { ...rest, message: `${f.message} (not fixed automatically: ${why})` };
    };
    for (const e of edits) {
      const outsider = (inherited.get(e.file) ?? []).filter((d) => touches(e, d.range)).flatMap((d) => d.users.filter((u) => !u.isProxy))[0];
      if (outsider) return drop(`the change is inherited through extends: by service "${outsider.name}" too`);
    }
    const input = edits.length ? byFile.get(edits[0].file) : undefined;
    if (!input) return f;
    const path = input.file.path;
    const inService = (r: Range) => (services.get(path) ?? []).some((s) => inside(r, s));
    const inProxy = (r: Range) => (proxies.get(path) ?? []).some((s) => inside(r, s));
    for (const doc of input.documents) {
      const anchors = doc.anchors ?? [];
      const memo = new Map<AnchorUse, Range | null>();
      /**
       * Where an anchor is used outside the proxy, or null. An alias written inside another
       * anchored node (`<<: [*a, *b]` in `x-env: &env`) is used wherever that node is: it counts
       * as the proxy's when the innermost anchor around it is only the proxy's.
       */
      const outsideUse = (anchor: AnchorUse): Range | null => {
        const known = memo.get(anchor);
        if (known !== undefined) return known;
        memo.set(anchor, anchor.range); // a cycle is no proof of safety
        const users = anchor.aliases.slice();
        if (inService(anchor.range)) users.push(anchor.range);
        let found: Range | null = null;
        for (const u of users) {
          if (inProxy(u)) continue;
          const around = innermost(anchors.filter((a) => a !== anchor && inside(u, a.range)));
          const further = around ? outsideUse(around) : u;
          if (further) {
            found = further;
            break;
          }
        }
        memo.set(anchor, found);
        return found;
      };
      for (const anchor of anchors) {
        if (!edits.some((e) => touches(e, anchor.range))) continue;
        const outsider = outsideUse(anchor);
        if (!outsider) continue;
        const line = input.file.location(outsider[0]).line;
        return drop(`the anchor &${anchor.name} is also used at line ${line}, outside the proxy service`);
      }
    }
    return f;
  });
}

/** The anchor with the smallest range (the innermost of nested ones). */
function innermost(anchors: AnchorUse[]): AnchorUse | undefined {
  return anchors.reduce<AnchorUse | undefined>((best, a) => (!best || a.range[1] - a.range[0] < best.range[1] - best.range[0] ? a : best), undefined);
}

/**
 * Definitions that some service inherits through `extends:`, by file, with every service that
 * gets them: the services extending them and the service itself (when it is one of the project).
 */
function inheritedDefinitions(projects: ComposeProject[]): Map<string, Inherited[]> {
  const key = (path: string, r: Range) => `${path}:${r[0]}:${r[1]}`;
  const extended = new Set<string>();
  for (const project of projects) {
    for (const s of project.services) for (const def of s.definitions) if (def.extendedAt) extended.add(key(def.file.path, def.node.range));
  }
  const byKey = new Map<string, Inherited>();
  const out = new Map<string, Inherited[]>();
  if (!extended.size) return out;
  for (const project of projects) {
    for (const s of project.services) {
      for (const def of s.definitions) {
        const k = key(def.file.path, def.node.range);
        if (!extended.has(k)) continue;
        let d = byKey.get(k);
        if (!d) {
          d = { range: def.node.range, users: [] };
          byKey.set(k, d);
          const list = out.get(def.file.path);
          if (list) list.push(d);
          else out.set(def.file.path, [d]);
        }
        d.users.push({ name: s.name, isProxy: s.isProxy });
      }
    }
  }
  return out;
}
