import { posix } from 'node:path';
import type { SourceFile } from '../core/source.js';
import type { Range } from '../parse/tree.js';
import { envFileEntries } from './environment.js';
import { serviceDefinitions } from './project.js';
import { joinPath } from './service-env.js';
import type { ComposeInput } from './project.js';

/** Where a compose file names a `.env` file it reads: an `env_file:` entry, or (no range) the folder's `.env`. */
export interface EnvFileReference {
  /** The file read, relative to the scan root (or absolute, as written). */
  path: string;
  file: SourceFile;
  range?: Range;
}

/** Every `.env` file a compose file may read, with where it is named: for a refusal located at the reference. */
export function envFileReferences(input: ComposeInput): EnvFileReference[] {
  const dir = posix.dirname(input.file.path);
  const out: EnvFileReference[] = [{ path: joinPath(dir, '.env'), file: input.file }];
  for (const def of serviceDefinitions(input)) {
    for (const e of envFileEntries(def.node)) out.push({ path: joinPath(dir, e.path), file: input.file, range: e.range });
  }
  return out;
}

/** How a refusal names the reference: `env_file: in compose.yaml:4:15`, or the `.env` beside a compose file. */
export function describeReference(ref: EnvFileReference): string {
  if (!ref.range) return `read as the .env beside ${ref.file.path}`;
  const { line, column } = ref.file.location(ref.range[0]);
  return `named by env_file: in ${ref.file.path}:${line}:${column}`;
}
