import type { Range } from '../parse/tree.js';
import type { RuleFinding } from '../rules/types.js';
import type { ComposeInput, ComposeProject } from './project.js';

const inside = (r: Range, outer: Range) => outer[0] <= r[0] && r[1] <= outer[1];

/**
 * A fix inside an anchored node changes every place that uses the anchor. Keep it only when each
 * user (every alias, and the anchor itself when it sits in a service) is a proxy service;
 * otherwise drop the fix and say why, so fixing the proxy never silently changes another service.
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
  for (const project of projects) {
    for (const s of project.services) {
      for (const def of s.definitions) {
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
    const input = edits.length ? byFile.get(edits[0].file) : undefined;
    if (!input) return f;
    const path = input.file.path;
    const inService = (r: Range) => (services.get(path) ?? []).some((s) => inside(r, s));
    const inProxy = (r: Range) => (proxies.get(path) ?? []).some((s) => inside(r, s));
    for (const doc of input.documents) {
      for (const anchor of doc.anchors ?? []) {
        // Overlap, not containment: removing an entry's line also takes its indentation, which
        // lies before the anchored map's range.
        if (!edits.some((e) => e.start < anchor.range[1] && anchor.range[0] < Math.max(e.end, e.start + 1))) continue;
        const users = anchor.aliases.slice();
        if (inService(anchor.range)) users.push(anchor.range);
        const outsider = users.find((u) => !inProxy(u));
        if (!outsider) continue;
        const line = input.file.location(outsider[0]).line;
        const { fix: _unsafe, ...rest } = f;
        return { ...rest, message: `${f.message} (not fixed automatically: the anchor &${anchor.name} is also used at line ${line}, outside the proxy service)` };
      }
    }
    return f;
  });
}
