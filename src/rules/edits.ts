import type { TextEdit } from '../core/finding.js';
import type { SourceFile } from '../core/source.js';
import type { MapEntry, MapNode } from '../parse/tree.js';

/**
 * An edit that removes one map entry. Block style: its whole line(s), including a comment at the
 * end of the line, leaving neighbouring lines alone. Flow style: the entry and one comma.
 * Undefined when the entry shares its line with other content in block style.
 */
export function removeEntry(file: SourceFile, map: MapNode, e: MapEntry): TextEdit | undefined {
  const text = file.text;
  if (map.flow) {
    let start = e.range[0];
    let end = e.range[1];
    const after = /^\s*,[ \t]*/.exec(text.slice(end));
    if (after) end += after[0].length;
    else {
      const before = /,\s*$/.exec(text.slice(map.range[0], start));
      if (before) start -= before[0].length;
    }
    return { file: file.path, start, end, text: '' };
  }
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
