import { posix } from 'node:path';
import type { SourceFile } from '../core/source.js';
import type { LocatedDocument, MapEntry, MapNode, Range, ScalarNode } from '../parse/tree.js';
import { effectiveEntries, entry, get } from '../parse/tree.js';
import type { ProxyDetection } from '../policy/types.js';
import { dotenvLookup, envFilePaths, shellFirst } from './environment.js';
import type { EnvVar } from './environment.js';
import { parseYaml } from '../parse/yaml.js';
import { parseImage } from './image.js';
import type { ImageRef } from './image.js';
import { interpolate } from './interpolate.js';
import type { Lookup, Meter, Reference } from './interpolate.js';
import { locateScalar } from './located-string.js';
import { joinPath, serviceEnvironment } from './service-env.js';
import type { LocatedString } from './located-string.js';

export interface ComposeInput {
  file: SourceFile;
  documents: LocatedDocument[];
}

export interface ServiceDefinition {
  file: SourceFile;
  name: string;
  keyRange: Range;
  node: MapNode;
  /** Set on a definition another service inherits: the `extends:` entry that brought it in. */
  extendedAt?: { file: SourceFile; range: Range };
}

export interface ComposeService {
  name: string;
  /**
   * In merge order: base file first, then overrides; each preceded by the services it
   * `extends:` (those first, marked with `extendedAt`).
   */
  definitions: ServiceDefinition[];
  /** The container's environment, by Compose's merge rules (see service-env.ts). */
  env: Map<string, EnvVar>;
  image?: {
    ref: ImageRef;
    value: LocatedString;
    file: SourceFile;
    /** `${VAR}` sites the value was built from. */
    references: Reference[];
    /** Where an alias or merge key brought `image:` from an anchor. */
    via?: Range;
  };
  isProxy: boolean;
  /** Interpolation from the project's `.env` (nothing set when there is none). */
  lookup: Lookup;
  /**
   * `env_file:` paths that are not among the files judged (a git-ignored `.env` with secrets is
   * the usual case): any variable may be set there, so "missing" checks cannot be made.
   */
  unreadEnvFiles: string[];
  /** `extends:` targets that could not be read (a file not judged, a name not found, a cycle). */
  unresolvedExtends: string[];
  /**
   * Every file whose content decides this service: the files that define it (overrides and
   * `extends:` targets included), its `env_file:` entries and the project's `.env`, read or not.
   */
  inputs: string[];
}

export interface ComposeProject {
  dir: string;
  files: SourceFile[];
  services: ComposeService[];
}

export type FileResolver = (relPath: string) => SourceFile | undefined;

export function serviceDefinitions(input: ComposeInput): ServiceDefinition[] {
  const out: ServiceDefinition[] = [];
  for (const doc of input.documents) {
    const services = get(doc.root, 'services');
    if (!services || services.kind !== 'map') continue;
    for (const e of effectiveEntries(services)) {
      if (e.value.kind !== 'map') continue;
      out.push({ file: input.file, name: e.key, keyRange: e.keyRange, node: e.value });
    }
  }
  return out;
}

/** A scalar setting of a service, interpolated as Compose would. */
export interface SettingValue {
  def: ServiceDefinition;
  entry: MapEntry;
  node: ScalarNode;
  /** null when it depends on the shell (a variable that neither the `.env` nor a default sets). */
  value: LocatedString | null;
  /** `${VAR}` sites the value was built from. */
  references: Reference[];
  /** Where an alias or merge key brought the entry from an anchor (`<<: *base`, `user: *u`, `proxy: *base`). */
  via?: Range;
}

/** The scalar value of `key` in the last definition that sets it, with the project's `.env` applied. */
export function settingValue(service: ComposeService, key: string): SettingValue | undefined {
  const s = setting(service, key);
  if (!s || s.entry.value.kind !== 'scalar') return undefined;
  const node = s.entry.value;
  const { value, references } = interpolate(locateScalar(s.def.file, node), service.lookup);
  return { ...s, node, value, references, via: s.entry.mergedFrom ?? node.via ?? s.def.node.via };
}

/** The last definition that sets `key`, as Compose's merge would keep it. */
function setting(service: ComposeService, key: string): { def: ServiceDefinition; entry: MapEntry } | undefined {
  for (let i = service.definitions.length - 1; i >= 0; i--) {
    const def = service.definitions[i];
    const e = entry(def.node, key);
    if (e) return { def, entry: e };
  }
  return undefined;
}

export interface BuildOptions {
  /** Counts extends links followed and definitions merged (for tests bounding the cost). */
  meter?: Meter;
  /** The shell's variables, read before the `.env` (as Compose reads them when it runs); none when judging files alone. */
  environment?: Readonly<Record<string, string | undefined>>;
}

export function buildProject(layers: ComposeInput[], resolve: FileResolver, detection: ProxyDetection, options: BuildOptions = {}): ComposeProject {
  const meter = options.meter ?? { steps: 0 };
  const dir = posix.dirname(layers[0].file.path);
  const dotenv = resolve(joinPath(dir, '.env'));
  const lookup = options.environment ? shellFirst(options.environment, dotenvLookup(dotenv)) : dotenvLookup(dotenv);
  const byName = new Map<string, ServiceDefinition[]>();
  const byFile = new Map<SourceFile, Map<string, ServiceDefinition>>();
  for (const layer of layers) {
    byFile.set(layer.file, definitionsByName(layer));
    for (const def of serviceDefinitions(layer)) {
      const list = byName.get(def.name);
      if (list) list.push(def);
      else byName.set(def.name, [def]);
    }
  }
  const services: ComposeService[] = [];
  for (const [name, own] of byName) {
    const unresolvedExtends: string[] = [];
    const definitions = own.flatMap((def) => [...extended(def, byFile, resolve, unresolvedExtends, meter), def]);
    const service: ComposeService = { name, definitions, env: new Map(), isProxy: false, lookup, unreadEnvFiles: [], unresolvedExtends, inputs: [] };
    // Every file that decides the service, read or not: what `only-changed` asks about.
    const inputs = new Set([joinPath(dir, '.env')]);
    for (const def of definitions) {
      meter.steps++;
      inputs.add(def.file.path);
      if (def.extendedAt) inputs.add(def.extendedAt.file.path);
      for (const rel of envFilePaths(def.node)) inputs.add(joinPath(posix.dirname(def.file.path), rel));
    }
    const environment = serviceEnvironment(definitions, resolve, lookup);
    service.env = environment.env;
    service.unreadEnvFiles = environment.unreadEnvFiles;
    service.image = imageOf(service);
    service.isProxy = isProxyService(service, detection);
    for (const target of unresolvedExtends) inputs.add(target.slice(0, target.lastIndexOf('#')));
    service.inputs = sortedPaths(inputs);
    services.push(service);
  }
  return { dir, files: layers.map((l) => l.file), services };
}

/**
 * The paths in code-unit order, as Array#sort orders strings. A service has a handful (its files,
 * the .env, its env_file entries): those are sorted by insertion, without sort's work arrays.
 */
function sortedPaths(paths: Set<string>): string[] {
  const out = [...paths];
  if (out.length > 16) return out.sort();
  for (let i = 1; i < out.length; i++) {
    const p = out[i];
    let j = i;
    for (; j > 0 && out[j - 1] > p; j--) out[j] = out[j - 1];
    out[j] = p;
  }
  return out;
}

function definitionsByName(input: ComposeInput): Map<string, ServiceDefinition> {
  return new Map(serviceDefinitions(input).map((d) => [d.name, d]));
}

const extendsTargets = new WeakMap<SourceFile, Map<string, ServiceDefinition> | null>();

/** The services of a compose file that is not a layer of the project, parsed once; null if it does not parse. */
function servicesOf(file: SourceFile): Map<string, ServiceDefinition> | null {
  let known = extendsTargets.get(file);
  if (known === undefined) {
    const text = file.text.charCodeAt(0) === 0xfeff ? ' ' + file.text.slice(1) : file.text;
    const r = file.kind === 'compose' ? parseYaml(text) : undefined;
    known = r && !r.error ? definitionsByName({ file, documents: r.documents }) : null;
    extendsTargets.set(file, known);
  }
  return known;
}

/**
 * Deeper `extends:` chains are not followed past this many links (the rest counts as unresolved):
 * each service carries its whole chain, so a chain of n services costs n² without a bound.
 */
export const MAX_EXTENDS_DEPTH = 32;

/**
 * The definitions `def` inherits through `extends:` (a service of the same file by name, or
 * `{service, file}`), theirs first, each marked with the `extends:` entry that brought it. A
 * file is used only when it is a judged file of the same folder; what cannot be used (a missing
 * file or name, a cycle, a link past MAX_EXTENDS_DEPTH) goes to `unresolved`. A loop, not a
 * recursion: no stack depth grows with the chain.
 */
function extended(
  def: ServiceDefinition,
  byFile: Map<SourceFile, Map<string, ServiceDefinition>>,
  resolve: FileResolver,
  unresolved: string[],
  meter: Meter,
): ServiceDefinition[] {
  const chain: ServiceDefinition[] = []; // nearest first
  const seen = new Set([`${def.file.path}#${def.name}`]);
  for (let current = def; ; ) {
    meter.steps++;
    const link = extendsLink(current, byFile, resolve);
    if (!link) break;
    if (!link.target || seen.has(link.key) || chain.length >= MAX_EXTENDS_DEPTH) {
      unresolved.push(link.key);
      break;
    }
    seen.add(link.key);
    chain.push({ ...link.target, extendedAt: link.target.extendedAt ?? { file: current.file, range: link.range } });
    current = link.target;
  }
  return chain.reverse();
}

/** What one `extends:` entry names: the target definition (undefined when it cannot be used) and its `path#name` key. */
function extendsLink(
  def: ServiceDefinition,
  byFile: Map<SourceFile, Map<string, ServiceDefinition>>,
  resolve: FileResolver,
): { key: string; target?: ServiceDefinition; range: Range } | undefined {
  const e = entry(def.node, 'extends');
  if (!e) return undefined;
  const v = e.value;
  const nameNode = v.kind === 'map' ? get(v, 'service') : v;
  const fileNode = v.kind === 'map' ? get(v, 'file') : undefined;
  if (nameNode?.kind !== 'scalar' || typeof nameNode.value !== 'string') return undefined;
  const targetName = nameNode.value;
  let file = def.file;
  if (fileNode?.kind === 'scalar' && typeof fileNode.value === 'string') {
    const path = joinPath(posix.dirname(def.file.path), fileNode.value);
    // Only a file of the same folder: files are judged a few folders at a time, and whether a
    // file elsewhere was at hand must not change the findings.
    const found = posix.dirname(path) === posix.dirname(def.file.path) ? resolve(path) : undefined;
    if (!found) return { key: `${path}#${targetName}`, range: e.range };
    file = found;
  }
  return { key: `${file.path}#${targetName}`, target: (byFile.get(file) ?? servicesOf(file))?.get(targetName), range: e.range };
}

/** Whether every variable the service may get is known: no unread env_file, no unresolved `extends:`. */
export function environmentKnown(service: ComposeService): boolean {
  return service.unreadEnvFiles.length === 0 && service.unresolvedExtends.length === 0;
}

function imageOf(service: ComposeService): ComposeService['image'] {
  const s = settingValue(service, 'image');
  if (!s?.value || typeof s.node.value !== 'string') return undefined;
  return { ref: parseImage(s.value.value), value: s.value, file: s.def.file, references: s.references, via: s.via };
}

/**
 * The proxy is known by its image (or its name in the policy). Setting a tier variable does not
 * make a service the proxy — LiteLLM and other gateways read `BIG_MODEL` too — except where no
 * image tells: a service built from source, or one whose image depends on an unset variable.
 */
export function isProxyService(service: ComposeService, detection: ProxyDetection): boolean {
  if (detection.services.includes(service.name)) return true;
  const image = service.image?.ref.name.toLowerCase();
  if (image && detection.images.some((i) => i.toLowerCase() === image)) return true;
  const imageTells = image !== undefined && !hasSetting(service, 'build');
  return !imageTells && detection.variables.some((v) => service.env.has(v));
}

function hasSetting(service: ComposeService, key: string): boolean {
  return service.definitions.some((d) => entry(d.node, key) !== undefined);
}

