/**
 * A service's container environment as Compose computes it from all the definitions that make
 * the service (extended services first, then the base file, then each override):
 *
 * - `env_file:` lists are concatenated in that order (duplicates kept); within the result a later
 *   file wins over an earlier one;
 * - `environment:` maps are merged key by key, a later definition winning;
 * - `environment:` wins over every `env_file:`, whichever definition either comes from;
 * - `!reset` on `environment:` / `env_file:` (or on one variable) drops what came before;
 *   `!override` replaces it instead of merging.
 *
 * The rules live here, once; `project.ts` asks for the result.
 */
import posixPath from 'node:path/posix';
import type { SourceFile } from '../core/source.js';
import { entry } from '../parse/tree.js';
import type { LocatedNode, MapNode } from '../parse/tree.js';
import { envFilePaths, envFileVars, environmentVars } from './environment.js';
import type { EnvVar } from './environment.js';
import type { Lookup } from './interpolate.js';

export interface EnvDefinition {
  file: SourceFile;
  node: MapNode;
}

export interface ServiceEnvironment {
  env: Map<string, EnvVar>;
  /** `env_file:` paths in force that are not among the files judged. */
  unreadEnvFiles: string[];
}

export type ReadFile = (path: string) => SourceFile | undefined;

/** The Compose merge tag on a node, if any (`!reset`, `!override`). */
function mergeTag(node: LocatedNode | undefined): 'reset' | 'override' | undefined {
  const tag = node?.tag;
  return tag === '!reset' ? 'reset' : tag === '!override' ? 'override' : undefined;
}

export function serviceEnvironment(definitions: EnvDefinition[], read: ReadFile, lookup: Lookup): ServiceEnvironment {
  let envFiles: Array<{ path: string; file?: SourceFile }> = [];
  let environment = new Map<string, EnvVar>();
  for (const def of definitions) {
    const fileEntry = entry(def.node, 'env_file');
    const fileTag = mergeTag(fileEntry?.value);
    if (fileTag) envFiles = [];
    if (fileEntry && fileTag !== 'reset') {
      for (const rel of envFilePaths(def.node)) {
        const path = joinPath(posixPath.dirname(def.file.path), rel);
        envFiles.push({ path, file: read(path) });
      }
    }
    const envEntry = entry(def.node, 'environment');
    const envTag = mergeTag(envEntry?.value);
    if (envTag) environment = new Map();
    if (envEntry && envTag !== 'reset') {
      for (const v of environmentVars(def.node, def.file, lookup)) {
        if (v.reset) environment.delete(v.name);
        else environment.set(v.name, v);
      }
    }
  }
  const env = new Map<string, EnvVar>();
  for (const { file } of envFiles) if (file) for (const v of envFileVars(file)) env.set(v.name, v);
  for (const [name, v] of environment) {
    // Delete first: the map then lists names in the order Compose's output would give them.
    env.delete(name);
    env.set(name, v);
  }
  return {
    env,
    unreadEnvFiles: [...new Set(envFiles.filter((f) => !f.file).map((f) => f.path))],
  };
}

/** What `normalize` would change in a relative path: an empty, `.` or `..` segment, a backslash, a leading or trailing slash. */
const UNPLAIN = /\\|\/\/|^\/|\/$|(?:^|\/)\.\.?(?:\/|$)/;

/** A relative path that `normalize` leaves as it is. */
function isPlainPath(p: string): boolean {
  return p !== '' && !UNPLAIN.test(p);
}

export function joinPath(dir: string, rel: string): string {
  // Most calls join a folder of the tree and a plain name (`.env`, `prod.env`): nothing to normalize.
  if (isPlainPath(rel)) {
    if (dir === '.' || dir === '') return rel;
    if (isPlainPath(dir)) return `${dir}/${rel}`;
  }
  const joined = posixPath.normalize(posixPath.join(dir === '.' ? '' : dir, rel.replace(/\\/g, '/')));
  return joined.replace(/^\.\//, '');
}
