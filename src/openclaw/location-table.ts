/**
 * The shape of the generated location tables (src/openclaw/generated/locations-<version>.ts):
 * where one OpenClaw version reads model refs and thinking settings. Paths are patterns over
 * the config: `*` is any map key, `[]` any list item. `agents.entries.*` rows also apply to a
 * legacy `agents.list[]` entry when there is no `agents.entries`, as OpenClaw reads it.
 */
export type ModelLocation =
  /** A `provider/model` string, or an alias from a models map. */
  | { path: string; form: 'ref'; source: LocationSource }
  /** A ref, or `{ primary, fallbacks: [...] }`. */
  | { path: string; form: 'selector'; source: LocationSource }
  /** A list of refs; `provider/*` wildcards allow a whole provider. */
  | { path: string; form: 'allowlist'; source: LocationSource }
  /** Each key of the map is a ref (the models map). */
  | { path: string; form: 'map-key'; source: LocationSource }
  /** An object whose `provider` and `model` keys name the provider and the model id. */
  | { path: string; form: 'pair'; provider: string; model: string; source: LocationSource };

/** collector: OpenClaw's configured-model collector reads it; schema: shape or description; decision: location-decisions.json. */
export type LocationSource = 'collector' | 'schema' | 'decision';

export interface ThinkingLocation {
  path: string;
  /**
   * default: a thinkingDefault, for its scope's primary model; model-param: `params.thinking`
   * of a models-map entry, for the model its key names; level: a thinking level for the model
   * at the sibling key `model`, else the scope's primary.
   */
  kind: 'default' | 'model-param' | 'level';
  model?: string;
  /** The value that turns thinking off; absent when the setting has none (then it is removed). */
  off?: string;
}

export interface LocationTable {
  version: string;
  models: ModelLocation[];
  thinking: ThinkingLocation[];
}
