/** A text file being checked, with offset → line/column conversion done once per file. */
/** `openclaw-include`: a file an openclaw config pulls in with `$include`, judged only as part of it. */
export type FileKind = 'compose' | 'openclaw' | 'openclaw-include' | 'dotenv';

/** Openclaw configs and the files they include are JSON5. */
export function isJson5(kind: FileKind): boolean {
  return kind === 'openclaw' || kind === 'openclaw-include';
}

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
    }
  }

  /** 1-based line and column of a string offset. */
  position(offset: number): { line: number; column: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo] + 1 };
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
  }

  /** The text of a 1-based line without its line break. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    const next = line < this.starts.length ? this.starts[line] : this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$/, '');
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

export class SourceFile {
  private index: LineIndex | undefined;

  constructor(
    /** Path relative to the scan root, with `/` separators: what every report shows. */
    readonly path: string,
    readonly text: string,
    readonly kind: FileKind,
  ) {}

  /** Built on first use: most files checked never need a line number. */
  get lines(): LineIndex {
    return (this.index ??= new LineIndex(this.text));
  }

  location(start: number, end: number = start): import('./finding.js').Location {
    const a = this.lines.position(start);
    const b = this.lines.position(Math.max(start, end));
    return { file: this.path, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}
