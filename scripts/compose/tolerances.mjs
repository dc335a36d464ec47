// Deliberate differences from compose-spec's schema, applied before compiling it. Each one is
// something Docker Compose runs (compose-go, the loader docker compose uses, validates against
// its own newer copy of the schema, which has it): clawcheck must not call it an error. Each
// patch checks that upstream still lacks it, so a schema update that adds it fails loudly and
// the tolerance can go. Documented in docs/rules/schema.md.

/** The schema node at `path` (property names), or an error naming the path. */
function at(schema, path) {
  let node = schema;
  for (const seg of path) {
    node = node?.[seg];
    if (node === undefined) throw new Error(`compose-spec schema: ${path.join('.')} not found; the tolerances need a look`);
  }
  return node;
}

function absent(obj, key, id) {
  if (key in obj) throw new Error(`compose-spec schema now defines ${key}: tolerance "${id}" is no longer needed, remove it`);
}

export const TOLERANCES = [
  {
    id: 'pre_start',
    why: 'service `pre_start` hooks (init containers), which compose-go\'s schema and docker compose accept',
    apply(schema) {
      const service = at(schema, ['definitions', 'service', 'properties']);
      absent(service, 'pre_start', this.id);
      absent(schema.definitions, 'pre_start_hook', this.id);
      schema.definitions.pre_start_hook = {
        type: 'object',
        properties: {
          command: { $ref: '#/definitions/command' },
          image: { type: 'string' },
          user: { type: 'string' },
          privileged: { type: ['boolean', 'string'] },
          working_dir: { type: 'string' },
          environment: { $ref: '#/definitions/list_or_dict' },
          per_replica: { type: ['boolean', 'string'] },
        },
        additionalProperties: false,
        patternProperties: { '^x-': {} },
      };
      service.pre_start = { type: 'array', items: { $ref: '#/definitions/pre_start_hook' } };
    },
  },
  {
    id: 'build.no_cache_filter',
    why: '`build.no_cache_filter` (a stage name or a list of them), which compose-go\'s schema and docker compose accept',
    apply(schema) {
      const build = at(schema, ['definitions', 'service', 'properties', 'build', 'oneOf', '1', 'properties']);
      absent(build, 'no_cache_filter', this.id);
      build.no_cache_filter = { $ref: '#/definitions/string_or_list' };
    },
  },
  {
    id: 'service.models.null',
    why: 'a service `models:` entry with no value (`llm:`), which compose-go\'s schema and docker compose accept',
    apply(schema) {
      const entries = at(schema, ['definitions', 'service', 'properties', 'models', 'oneOf', '1', 'patternProperties']);
      const [name] = Object.keys(entries);
      if (entries[name].oneOf) throw new Error(`compose-spec schema: service models entries are already a oneOf: tolerance "${this.id}" needs a look`);
      entries[name] = { oneOf: [entries[name], { type: 'null' }] };
    },
  },
];

/** Keywords that document a schema without constraining it (dropped: smaller code, same verdicts). */
const DOCUMENTATION = new Set(['title', 'description', 'deprecated', 'examples', '$comment', 'default']);

/** The schema without documentation keywords; a property that happens to be named `description` stays. */
export function withoutDocumentation(node, inProperties = false) {
  if (Array.isArray(node)) return node.map((n) => withoutDocumentation(n));
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (!inProperties && DOCUMENTATION.has(k)) continue;
    out[k] = withoutDocumentation(v, !inProperties && (k === 'properties' || k === 'patternProperties' || k === 'definitions'));
  }
  return out;
}
