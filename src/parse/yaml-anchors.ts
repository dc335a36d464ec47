/**
 * Anchors, aliases and merge keys for the fast YAML path, as parse/yaml.ts's converter makes
 * them: an alias is its target's located node plus `via` (a null when no anchor has its name),
 * every aliased anchor is an AnchorUse (in the order of first use), and `<<` adds the entries of
 * the maps it names with `mergedFrom`. An alias into a node not yet finished (the converter makes
 * a cycle of it) throws, and the full parser reads the file.
 */
import type { AnchorUse, LocatedNode, Range } from './tree.js';

export class Unsupported extends Error {}

const NAME = /^[A-Za-z0-9_.-]+$/;

/** The anchor or alias name after the `&` or `*` at `p` (it ends at white space or a flow indicator). */
export function nameAt(text: string, p: number, eol: number): string {
  let i = p + 1;
  while (i < eol && !' ,[]{}'.includes(text[i])) i++;
  const name = text.slice(p + 1, i);
  if (!NAME.test(name)) throw new Unsupported();
  return name;
}

export class Anchors {
  /** The latest node anchored with each name, as the converter's one pass resolves aliases. */
  private readonly byName = new Map<string, LocatedNode>();
  /** Anchored collections still being read: an alias into them is the full parser's to judge. */
  private readonly open = new Set<LocatedNode>();
  private readonly uses = new Map<LocatedNode, AnchorUse>();

  define(name: string, node: LocatedNode, finished: boolean): void {
    this.byName.set(name, node);
    if (!finished) this.open.add(node);
  }

  finish(node: LocatedNode): void {
    this.open.delete(node);
  }

  /** The node an alias written at `range` stands for; a null where no anchor has its name. */
  alias(name: string, range: Range): LocatedNode {
    const target = this.byName.get(name);
    if (!target) return { kind: 'scalar', value: null, style: 'plain', range };
    if (this.open.has(target)) throw new Unsupported();
    const use = this.uses.get(target) ?? { name, range: [target.range[0], target.range[1]], aliases: [] };
    use.aliases.push(range);
    this.uses.set(target, use);
    return { ...target, via: range } as LocatedNode;
  }

  /** The document's aliased anchors, for LocatedDocument.anchors. */
  used(): AnchorUse[] {
    return [...this.uses.values()];
  }
}
