import type { SourceFile } from '../core/source.js';
import type { LocatedNode, Range } from '../parse/tree.js';

/** One `$include` directive as written: which file wrote it, where, and the file it names. */
export interface IncludeSite {
  /** The file the directive is written in. */
  file: SourceFile;
  /** Where the path string (or list of paths) is written. */
  range: Range;
  /** The included path, relative to the scan root (posix). */
  path: string;
}

/**
 * An openclaw config as OpenClaw reads it: the file itself with every `$include` replaced by
 * what it names (deep-merged as OpenClaw merges), so every later step sees one tree. Nodes
 * from included files carry their `source`; findings about them land in that file.
 */
export interface OpenclawDocument {
  /** The config file itself (the one discovery found and judges). */
  file: SourceFile;
  /** The resolved tree; null when the file is empty. */
  root: LocatedNode | null;
  /** Every file the tree was read from: the config first, then included files in order. */
  files: SourceFile[];
  /** The `$include` directives that were followed (or refused). */
  includes: IncludeSite[];
}
