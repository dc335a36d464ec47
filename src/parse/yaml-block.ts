/**
 * The fast path of parseYaml: most compose files are block maps and sequences of one-line
 * scalars and flow collections, with comments, anchors, aliases and merge keys, in one document
 * or several. Those are read here in one pass over the lines, into the same located documents
 * that the `yaml` Document API and parse/yaml.ts's converter give, offsets included. Anything
 * else (tags, block scalars, multi-line scalars, tabs, duplicate keys, odd indentation, errors)
 * returns undefined and the caller runs the full parser, which alone decides about errors.
 *
 * Where a block collection ends is where yaml's CST parser attaches the comments and blank lines
 * after its last value; the rules followed here (marked R1 to R3) are those of yaml's parser.js
 * (`blockMap`, `blockSequence`, `pop`) and composer (`resolveBlockMap`, `composeEmptyNode`) for
 * this subset. __tests__/parse/yaml-fast.test.ts compares both paths.
 */
import type { LocatedDocument, LocatedNode, MapEntry, MapNode, Range, SeqNode } from './tree.js';
import { mergeInto } from './tree.js';
import { Anchors, Unsupported } from './yaml-anchors.js';
import { bail, isKey, MAX_NODES, readEntry, readValue } from './yaml-line.js';
import type { EntryLine, Line } from './yaml-line.js';
import { hasKey, mapNode, markerEnd, open, seqNode } from './yaml-open.js';
import type { Open } from './yaml-open.js';
import { scalar } from './yaml-scalar.js';

/** Characters this path does not read (tabs, control characters, BOMs, Unicode line breaks): any but these. */
const UNSUPPORTED = /[^\n\r\x20-\x7e\xa0-\u2027\u202a-\ufefe\uff00-\uffff]/;

/** A CR that does not start a CRLF. */
function loneCarriageReturn(text: string): boolean {
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) return true;
  return false;
}

/** Deeper block nesting is left to the full parser (its recursion decides what happens there). */
const MAX_DEPTH = 64;

/** The documents of `text`, or undefined when the full parser must read it. */
export function parseBlockYaml(text: string): LocatedDocument[] | undefined {
  if (UNSUPPORTED.test(text) || loneCarriageReturn(text)) return undefined;
  try {
    return new BlockParser(text).parse();
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

class BlockParser {
  private readonly stack: Open[] = [];
  private root: MapNode | SeqNode | undefined;
  private readonly docs: LocatedDocument[] = [];
  /** A `---` began the document being read. */
  private marked = false;
  /**
   * Comments after the top's last value that it did not keep (R2): the largest column among
   * them, -1 when there are none. They belong to whichever collection yaml pops them into.
   */
  private pendingColumn = -1;
  /** The top's last value may still keep more-indented comment lines (R1). */
  private absorbing = false;
  /** The line being read; `next` is where the next one starts. */
  private readonly line: Line;
  private next = 0;

  constructor(private readonly text: string) {
    this.line = { text, eol: 0, anchors: new Anchors(), count: { nodes: 0 } };
  }

  parse(): LocatedDocument[] {
    const { text, line } = this;
    const length = text.length;
    for (let start = 0; start < length; start = this.next) {
      const nl = text.indexOf('\n', start);
      const lineEnd = nl < 0 ? length : nl;
      this.next = nl < 0 ? length : nl + 1;
      const eol = (line.eol = lineEnd > start && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd);
      let c = start;
      while (c < eol && text.charCodeAt(c) === 32) c++;
      if (c === eol) {
        // Blank: never kept on its own (R1 keeps it only before a kept comment).
        if (this.stack.length) this.top().awaiting?.lines.push({ eol, comment: false, column: 0 });
        continue;
      }
      if (text.charCodeAt(c) === 35) this.comment(c - start);
      else this.content(c, c - start);
    }
    this.endDocument(length, false);
    return this.docs;
  }

  /** Closes every open collection at `end` (a `---` or the text's end), as a line at column 0 would. */
  private endDocument(end: number, marker: boolean): void {
    if (!this.root) bail(); // an empty document: its null root is the full parser's to give
    while (this.stack.length) {
      const top = this.top();
      if (top.awaiting) {
        const a = top.awaiting;
        this.closeAwaiting(top, end);
        if (marker && top.indent === 0) top.lastEnd = markerEnd(a, end);
      }
      this.pop(end);
    }
    this.docs.push({ root: this.root!, index: this.docs.length, anchors: this.line.anchors.used() });
    this.line.anchors = new Anchors(); // anchors do not reach into the next document
    this.root = undefined;
    this.pendingColumn = -1;
    this.absorbing = false;
  }

  /** `---` at `c`: a comment may follow it on its line, nothing else. */
  private documentStart(c: number): void {
    const { text, eol } = this.line;
    let p = c + 3;
    while (p < eol && text.charCodeAt(p) === 32) p++;
    if (p < eol && (p === c + 3 || text[p] !== '#')) bail();
    if (this.root) this.endDocument(c, true);
    else if (this.marked || this.docs.length) bail();
    this.marked = true;
  }

  private top(): Open {
    return this.stack[this.stack.length - 1];
  }

  /** A comment line at `column`. */
  private comment(column: number): void {
    const top = this.stack.length ? this.top() : undefined;
    if (!top) return; // before the root: the document's own comments
    if (top.awaiting) {
      top.awaiting.comment = true; // part of the key's separator, whatever its column
      top.awaiting.lines.push({ eol: this.line.eol, comment: true, column });
      return;
    }
    // R1: a comment indented past the top's column, with only blank lines or such comments since
    // the last value, joins that value's end.
    if (this.absorbing && column > top.indent) {
      top.lastEnd = this.next;
      return;
    }
    this.absorbing = false;
    if (column > this.pendingColumn) this.pendingColumn = column;
  }

  /** A content line whose first character is at offset `c`, column `k`. */
  private content(c: number, k: number): void {
    const { text } = this;
    const { eol } = this.line;
    if (k === 0 && (text.startsWith('---', c) || text.startsWith('...', c)) && (c + 3 === eol || text.charCodeAt(c + 3) === 32)) {
      if (text[c] === '.') bail(); // a document end marker
      this.documentStart(c);
      return;
    }
    const seqLine = text.charCodeAt(c) === 45 && (c + 1 === eol || text.charCodeAt(c + 1) === 32);
    if (!this.root) {
      if (k !== 0) bail();
      this.root = seqLine ? seqNode(c) : mapNode(c);
      this.stack.push(open(this.root, 0, c));
      this.item(this.top(), seqLine, c);
    } else {
      for (;;) {
        const top = this.top();
        if (top.awaiting) {
          if (k > top.indent || (k === top.indent && seqLine)) {
            this.child(top, seqLine, c, k);
            break;
          }
          this.closeAwaiting(top, c);
          if (k === top.indent) {
            this.item(top, false, c);
            break;
          }
          this.pop(c);
          continue;
        }
        if (k === top.indent && (top.node.kind === 'seq') === seqLine) {
          this.item(top, seqLine, c);
          break;
        }
        // More indented than a finished value (a continuation, or an error), or a dash among keys.
        if (k > top.indent || (k === top.indent && top.node.kind === 'map')) bail();
        this.pop(c);
        if (!this.stack.length) bail();
      }
    }
    this.pendingColumn = -1;
    this.absorbing = !this.top().awaiting;
  }

  /** The awaiting key of `top` gets yaml's empty value (a null); `end`: where the next item starts. */
  private closeAwaiting(top: Open, end: number): void {
    const a = top.awaiting!;
    if (a.anchor) bail(); // an anchored null
    top.awaiting = undefined;
    const value = scalar(null, 'plain', [a.pos, a.pos]);
    this.addEntry(top, a.key, a.keyRange, value);
    // R3: an empty value's end is its position, unless a comment follows: then all of its
    // separator, up to the next item (only the last value's end matters, for its map's range).
    top.lastEnd = a.comment ? end : a.pos;
    this.pendingColumn = -1;
  }

  /** Closes the top collection; `end` is where the line that closes it starts its content (or the text's end). */
  private pop(end: number): void {
    const closed = this.stack.pop()!;
    closed.node.range[1] = closed.lastEnd;
    if (closed.anchored) this.line.anchors.finish(closed.node);
    let closedEnd = closed.lastEnd;
    // R2: comments after the last value move up to the parent unless one of them is at or past
    // this collection's column (never at column 0); then they stay, and its end runs over them.
    if (this.pendingColumn >= 0 && closed.indent !== 0 && this.pendingColumn >= closed.indent) {
      closedEnd = end;
      this.pendingColumn = -1;
    }
    const parent = this.stack[this.stack.length - 1];
    if (!parent) return;
    parent.lastEnd = closedEnd;
    if (parent.openEntry) {
      const e = parent.openEntry;
      e.range[1] = Math.max(e.keyRange[1], closed.node.range[1]);
      parent.openEntry = undefined;
    }
  }

  /** The awaiting key's value is a block collection starting on this line. */
  private child(top: Open, seqLine: boolean, c: number, k: number): void {
    if (this.stack.length >= MAX_DEPTH) bail();
    const a = top.awaiting!;
    top.awaiting = undefined;
    const node = seqLine ? seqNode(c) : mapNode(c);
    top.openEntry = this.addEntry(top, a.key, a.keyRange, node);
    this.stack.push(open(node, k, c));
    if (a.anchor) {
      this.line.anchors.define(a.anchor, node, false);
      this.top().anchored = true;
    }
    this.item(this.top(), seqLine, c);
  }

  private addEntry(top: Open, key: string, keyRange: Range, value: LocatedNode): MapEntry {
    const entry: MapEntry = { key, keyRange, value, range: [keyRange[0], Math.max(keyRange[1], value.range[1])] };
    (top.node as MapNode).entries.push(entry);
    return entry;
  }

  /** A new item of `top` on this line: `- value`, `- key: ...` (a map in the sequence) or `key: ...`. */
  private item(top: Open, seqLine: boolean, c: number): void {
    const { line } = this;
    if (++line.count.nodes > MAX_NODES) bail();
    if (!seqLine) {
      this.entry(top, readEntry(line, c));
      return;
    }
    const { text, eol } = line;
    let p = c + 1;
    while (p < eol && text.charCodeAt(p) === 32) p++;
    if (p === eol || text[p] === '#' || (text[p] === '-' && (p + 1 === eol || text[p + 1] === ' '))) bail();
    const seq = top.node as SeqNode;
    if (isKey(line, p)) {
      if (this.stack.length >= MAX_DEPTH) bail();
      const map = mapNode(p);
      seq.items.push(map);
      // Its column: the dash's, plus the dash and the spaces after it.
      this.stack.push(open(map, top.indent + (p - c), p));
      this.entry(this.top(), readEntry(line, p));
      return;
    }
    seq.items.push(readValue(line, p).node);
    top.lastEnd = this.next;
  }

  private entry(top: Open, e: EntryLine): void {
    if (e.kind === 'merge') {
      mergeInto(top.node as MapNode, e.sources);
      top.lastEnd = this.next;
      return;
    }
    if (hasKey(top, e.key)) bail(); // the full path reports duplicates (or keeps 1 and "1" apart)
    if (e.kind === 'open') {
      const { key, keyRange, pos, comment, anchor } = e;
      top.awaiting = { key, keyRange, pos, comment, lineComment: comment, lines: [], ...(anchor ? { anchor } : {}) };
      return;
    }
    this.addEntry(top, e.key, e.keyRange, e.value);
    top.lastEnd = this.next;
  }
}
