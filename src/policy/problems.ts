import { escapeControl } from '../report/terminal-text.js';

/** One thing wrong with a policy file, at its place (no line: the file as a whole). */
export interface PolicyProblem {
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** `file:line:column: message`, control characters escaped: it goes to a terminal or a workflow command. */
function problemLine(p: PolicyProblem): string {
  return escapeControl(p.file ? `${p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}: ${p.message}` : p.message);
}

/**
 * A policy that cannot be used: exit code 2, with the exact place of every problem, one per
 * line. The message quotes keys, values and paths from the policy, so its control characters
 * are escaped as stylish escapes them (line by line, the line breaks between problems kept).
 */
export class PolicyError extends Error {
  readonly problems: PolicyProblem[];
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;

  constructor(message: string, file?: string, line?: number, column?: number);
  constructor(problems: PolicyProblem[]);
  constructor(first: string | PolicyProblem[], file?: string, line?: number, column?: number) {
    const problems = typeof first === 'string' ? [{ message: first, file, line, column }] : first;
    super(problems.map(problemLine).join('\n'));
    this.problems = problems;
    ({ file: this.file, line: this.line, column: this.column } = problems[0] ?? {});
  }
}

/**
 * The problems of a policy and the files it extends, gathered so that one run reports them all.
 * They are listed file by file in the order the files were read (the policy first, then what it
 * extends), each file's by position; the order they were found breaks ties.
 */
export class PolicyProblems {
  private readonly list: PolicyProblem[] = [];
  private readonly files: string[] = [];

  /** Called when a file starts being read, so its problems list in reading order. */
  reading(file: string): void {
    if (!this.files.includes(file)) this.files.push(file);
  }

  add(message: string, file: string, line?: number, column?: number): void {
    this.reading(file);
    this.list.push({ message, file, line, column });
  }

  get count(): number {
    return this.list.length;
  }

  /** Throws one PolicyError listing every problem, when there is any. */
  throwIfAny(): void {
    if (this.list.length === 0) return;
    const rank = (p: PolicyProblem): number => this.files.indexOf(p.file ?? '');
    const sorted = this.list
      .map((p, i) => ({ p, i }))
      .sort((a, b) => rank(a.p) - rank(b.p) || (a.p.line ?? 0) - (b.p.line ?? 0) || (a.p.column ?? 0) - (b.p.column ?? 0) || a.i - b.i)
      .map(({ p }) => p);
    // The same problem reached twice (one node through two aliases) is listed once.
    const seen = new Set<string>();
    throw new PolicyError(sorted.filter((p) => !seen.has(problemLine(p)) && seen.add(problemLine(p))));
  }
}
