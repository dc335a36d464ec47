// Bundled by scripts/compose-oracle.mjs (ncc, into a temporary folder) to ask clawcheck's own core
// what a Compose project resolves to, for comparison with `docker-compose config`.
import { buildProject, settingValue } from '../../src/compose/project.js';
import type { ComposeInput } from '../../src/compose/project.js';
import { parseFile } from '../../src/core/engine.js';
import { SourceFile } from '../../src/core/source.js';
import { kindOf } from '../../src/discover/targets.js';
import { recommendedPolicy } from '../../src/policy/load.js';
import { validateCompose } from '../../src/validate/schema.js';

/** One setting: absent (undefined), unknown (null: it depends on the shell), or its value. */
export type Setting = string | null | undefined;

export interface ServiceView {
  env: Record<string, string | null>;
  image: Setting;
  user: Setting;
  read_only: Setting;
}

export interface ProjectView {
  services: Record<string, ServiceView>;
  /** `parse-error` and `schema` findings in the project's compose files, `file:line:col message`. */
  problems: string[];
}

const SETTINGS = ['image', 'user', 'read_only'] as const;

/**
 * `files`: path → text of one project folder (compose files, `.env`, env files); `layers`: the
 * compose files in `-f` order. The services of the project as clawcheck models them.
 */
export function composeView(files: Record<string, string>, layers: string[]): ProjectView {
  // A compose file by its name (discovery's rule); anything else a compose file reads is a dotenv file.
  const sources = new Map(Object.entries(files).map(([path, text]) => [path, new SourceFile(path, text, kindOf(path) === 'compose' ? 'compose' : 'dotenv')]));
  const problems: string[] = [];
  for (const file of sources.values()) {
    if (file.kind !== 'compose') continue;
    const parsed = parseFile(file);
    const found = parsed.error ? [parsed.error] : parsed.documents.flatMap((d) => validateCompose(d.root, file));
    for (const f of found) problems.push(`${f.location.file}:${f.location.line}:${f.location.column} ${f.ruleId}: ${f.message}`);
  }
  const inputs: ComposeInput[] = [];
  for (const path of layers) {
    const file = sources.get(path);
    if (!file) throw new Error(`layer ${path} is not among the files`);
    const parsed = parseFile(file);
    if (parsed.error) return { services: {}, problems };
    inputs.push({ file, documents: parsed.documents });
  }
  const project = buildProject(inputs, (path) => sources.get(path), recommendedPolicy().proxy);
  const services: Record<string, ServiceView> = {};
  for (const service of project.services) {
    const view: ServiceView = { env: {}, image: undefined, user: undefined, read_only: undefined };
    for (const [name, v] of service.env) view.env[name] = v.value?.value ?? null;
    for (const key of SETTINGS) {
      const s = settingValue(service, key);
      view[key] = s === undefined ? undefined : (s.value?.value ?? null);
    }
    services[service.name] = view;
  }
  return { services, problems };
}
