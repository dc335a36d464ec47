/**
 * OpenClaw's own config schema (generated from the pinned releases into ./generated/), loaded
 * on first use: its compiled validator is larger than the rest of clawcheck together, and only
 * a check that meets an openclaw file needs it.
 */
import type { ErrorObject } from 'ajv';
import type { OpenclawFacts } from './as-read.js';
import { LATEST_OPENCLAW_VERSION, OPENCLAW_VERSIONS, loadOpenclawSchemaModule } from './generated/versions.js';
import type { OpenclawVersion } from './generated/versions.js';

/** A validator in the shape src/validate/ reads: errors carry `parentSchema`, as with ajv's `verbose`. */
export interface SchemaValidator {
  (value: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export interface OpenclawSchema {
  version: OpenclawVersion;
  validate: SchemaValidator;
  facts: OpenclawFacts;
}

const loaded = new Map<string, OpenclawSchema>();

export function isKnownOpenclawVersion(version: string): version is OpenclawVersion {
  return (OPENCLAW_VERSIONS as readonly string[]).includes(version);
}

function knownVersion(version: string | undefined): OpenclawVersion {
  return version && isKnownOpenclawVersion(version) ? version : LATEST_OPENCLAW_VERSION;
}

export async function loadOpenclawSchema(version?: string): Promise<OpenclawSchema> {
  const v = knownVersion(version);
  const have = loaded.get(v);
  if (have) return have;
  const mod = await loadOpenclawSchemaModule(v);
  const schema: OpenclawSchema = { version: v, validate: withParentSchemas(mod.validate as SchemaValidator, mod.schema), facts: mod.facts };
  loaded.set(v, schema);
  return schema;
}

/** The schema of `version` when it has been loaded (`loadOpenclawSchema`); judging is synchronous. */
export function loadedOpenclawSchema(version?: string): OpenclawSchema | undefined {
  return loaded.get(knownVersion(version));
}

/**
 * The compiled validator is built without ajv's `verbose` (which would embed the schema in its
 * code a second time); the schema each error comes from is looked up by its `schemaPath`.
 */
function withParentSchemas(validate: SchemaValidator, schema: Record<string, unknown>): SchemaValidator {
  const byId = new Map<string, unknown>([['', schema], ['openclaw', schema]]);
  const collect = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 200) return;
    if (!Array.isArray(node) && typeof (node as { $id?: unknown }).$id === 'string') byId.set((node as { $id: string }).$id, node);
    for (const v of Object.values(node)) collect(v, depth + 1);
  };
  collect(schema, 0);
  const at = (schemaPath: string): Record<string, unknown> | undefined => {
    const hash = schemaPath.indexOf('#');
    let node = byId.get(hash < 0 ? '' : schemaPath.slice(0, hash)) as unknown;
    const segments = schemaPath.slice(hash + 1).split('/').filter(Boolean).slice(0, -1);
    for (const s of segments) {
      const key = s.replace(/~1/g, '/').replace(/~0/g, '~');
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[decodeURIComponent(key)] : undefined;
    }
    return node && typeof node === 'object' ? (node as Record<string, unknown>) : undefined;
  };
  const wrapped: SchemaValidator = (value) => {
    const ok = validate(value);
    wrapped.errors = ok ? null : (validate.errors ?? []).map((e) => ({ ...e, parentSchema: at(e.schemaPath) }));
    return ok;
  };
  return wrapped;
}
