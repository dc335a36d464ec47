/**
 * Which compose files make a project, and which are only fragments that others extend.
 *
 * A folder's `compose.yaml` goes with its `compose.override.yaml`; any other compose file of
 * the folder is judged layered on the base, which it usually extends (`-f compose.yaml -f
 * compose.prod.yaml`). A file that a service of the folder pulls in with `extends: {file: …}`
 * is a fragment: Compose never runs it alone, so it is judged only through the services that
 * extend it — unless its name (`compose.yaml`, …) or the policy (`compose.projects`) marks it as
 * a project, or nothing judged reaches it. Identical findings from several projects are
 * deduplicated later.
 */
import { posix } from 'node:path';
import picomatch from 'picomatch';
import { entry, get } from '../parse/tree.js';
import type { ComposeInput } from './project.js';
import { serviceDefinitions } from './project.js';
import { joinPath } from './service-env.js';

const BASE = /^(docker-)?compose\.ya?ml$/i;
const OVERRIDE = /^(docker-)?compose\.override\.ya?ml$/i;

/** Whether Compose could run this project as grouped: it does not start with an override file alone. */
export function startsWithBase(layers: ComposeInput[]): boolean {
  return layers.length > 0 && !OVERRIDE.test(posix.basename(layers[0].file.path));
}

/** The policy's say on roles: globs relative to the scan root. */
export interface ProjectRoles {
  /** Files always judged as projects of their own. */
  projects: string[];
  /** Files never judged alone, only through the services that extend them. */
  fragments: string[];
}

const NO_ROLES: ProjectRoles = { projects: [], fragments: [] };

export function groupProjects(inputs: ComposeInput[], roles: ProjectRoles = NO_ROLES): ComposeInput[][] {
  const fragments = fragmentPaths(inputs, roles);
  const byDir = new Map<string, ComposeInput[]>();
  for (const input of inputs) {
    if (fragments.has(input.file.path)) continue;
    const dir = posix.dirname(input.file.path);
    const list = byDir.get(dir);
    if (list) list.push(input);
    else byDir.set(dir, [input]);
  }
  const groups: ComposeInput[][] = [];
  for (const files of byDir.values()) {
    const name = (i: ComposeInput) => posix.basename(i.file.path);
    const base = files.filter((f) => BASE.test(name(f))).sort((a, b) => a.file.path.length - b.file.path.length)[0];
    const override = base && files.find((f) => OVERRIDE.test(name(f)) && name(f).startsWith(name(base).split('compose')[0]));
    if (base) groups.push(override ? [base, override] : [base]);
    for (const f of files) {
      if (f === base || f === override) continue;
      groups.push(base ? [base, f] : [f]);
    }
  }
  return groups;
}

/** The same-folder files each file's services extend (`extends: {file}`), by path. */
function extendsFiles(input: ComposeInput): string[] {
  const out = new Set<string>();
  for (const def of serviceDefinitions(input)) {
    const file = get(entry(def.node, 'extends')?.value, 'file');
    if (file?.kind !== 'scalar' || typeof file.value !== 'string') continue;
    const path = joinPath(posix.dirname(input.file.path), file.value);
    // As project.ts follows them: only within the folder.
    if (posix.dirname(path) === posix.dirname(input.file.path) && path !== input.file.path) out.add(path);
  }
  return [...out];
}

/**
 * Fragments: files the policy names as such, and files another judged file extends that
 * nothing marks as a project. A fragment that no project reaches through `extends:` (two files
 * extending each other, say) is judged as a project after all: every file gets judged somehow.
 */
export function fragmentPaths(inputs: ComposeInput[], roles: ProjectRoles = NO_ROLES): Set<string> {
  const isProject = picomatch(roles.projects.length ? roles.projects : ['\0'], { dot: true });
  const isFragment = picomatch(roles.fragments.length ? roles.fragments : ['\0'], { dot: true });
  const targets = new Map(inputs.map((i) => [i.file.path, extendsFiles(i)]));
  const marked = (path: string) => isProject(path) || BASE.test(posix.basename(path)) || OVERRIDE.test(posix.basename(path));
  const extended = new Set([...targets.values()].flat().filter((p) => targets.has(p)));
  const fragments = new Set([...targets.keys()].filter((p) => (isFragment(p) && !isProject(p)) || (extended.has(p) && !marked(p))));
  // What the projects reach through extends: chains, each file once.
  const reached = new Set<string>();
  const queue = [...targets.keys()].filter((p) => !fragments.has(p));
  while (queue.length) {
    for (const t of targets.get(queue.pop()!) ?? []) {
      if (reached.has(t) || !fragments.has(t)) continue;
      reached.add(t);
      queue.push(t);
    }
  }
  for (const p of fragments) if (!reached.has(p) && !isFragment(p)) fragments.delete(p);
  return fragments;
}
