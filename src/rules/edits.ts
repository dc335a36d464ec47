import type { TextEdit } from '../core/finding.js';
import type { SourceFile } from '../core/source.js';
import type { MapEntry, MapNode, Range, SeqNode } from '../parse/tree.js';

/**
 * An edit that removes one map entry. Block style: its whole line(s), including a comment at the
 * end of the line, leaving neighbouring lines alone. Flow style: the entry and one comma.
 * Undefined when the entry shares its line with other content in block style.
 */
export function removeEntry(file: SourceFile, map: MapNode, e: MapEntry): TextEdit | undefined {
  const text = file.text;
  if (map.flow) return removeFlowElement(file, e.range, map.range);
  const lineStart = text.lastIndexOf('\n', e.range[0] - 1) + 1;
  if (text.slice(lineStart, e.range[0]).trim() !== '') return undefined;
  let lineEnd = text.indexOf('\n', e.range[1]);
  if (lineEnd < 0) lineEnd = text.length;
  const rest = text.slice(e.range[1], lineEnd).replace(/\r$/, '');
  if (rest.trim() !== '' && !rest.trim().startsWith('#')) return undefined;
  if (lineEnd === text.length && lineStart > 0) {
    // The last line has no line break: take the one before it, so the file still ends without one.
    const breakStart = text[lineStart - 2] === '\r' ? lineStart - 2 : lineStart - 1;
    return { file: file.path, start: breakStart, end: text.length, text: '' };
  }
  return { file: file.path, start: lineStart, end: Math.min(text.length, lineEnd + 1), text: '' };
}

/** An edit that removes one item of a flow (JSON5 or YAML flow) list, with one comma. */
export function removeItem(file: SourceFile, seq: SeqNode, index: number): TextEdit | undefined {
  const item = seq.items[index];
  if (!item || !seq.flow) return undefined;
  return removeFlowElement(file, item.range, seq.range);
}

/**
 * Removes a flow map entry or list item and one comma: the comma after it, else the one before.
 * When it stands alone on its line(s) (with at most a comment after the comma), the whole lines
 * go, so no blank line is left behind.
 */
function removeFlowElement(file: SourceFile, range: Range, container: Range): TextEdit {
  const text = file.text;
  let start = range[0];
  let end = range[1];
  const after = /^\s*,[ \t]*/.exec(text.slice(end, container[1]));
  if (after) end += after[0].length;
  else {
    const before = /,\s*$/.exec(text.slice(container[0] + 1, start));
    if (before) start -= before[0].length;
  }
  const lineStart = text.lastIndexOf('\n', range[0] - 1) + 1;
  const rest = /^[ \t]*(\/\/[^\n]*)?\r?\n/.exec(text.slice(end));
  if (after && lineStart > container[0] && text.slice(lineStart, range[0]).trim() === '' && rest) {
    return { file: file.path, start: lineStart, end: end + rest[0].length, text: '' };
  }
  return { file: file.path, start, end, text: '' };
}
