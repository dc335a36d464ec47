// How OpenClaw turns a written ref into a provider and a model: `${VAR}` filled in from the
// config's env.vars, `@profile` split off, aliases of the models maps (the agent's over the
// defaults', case-insensitive, the last one written wins), `provider/model`, and a bare model id
// given the one provider that lists it (else OpenClaw's default provider, openai).
import type { LocatedString } from '../compose/located-string.js';
import { concatLocated, sliceLocated } from '../compose/located-string.js';
import type { Reference } from '../compose/interpolate.js';
import { withoutAuthProfile } from './ref.js';

/** OpenClaw's provider for a model id written without one, when no configured provider lists it. */
export const DEFAULT_PROVIDER = 'openai';

export type EnvLookup = (name: string, site?: LocatedString) => LocatedString | undefined;

/**
 * OpenClaw's `${VAR}` substitution: only `[A-Z_][A-Z0-9_]*` names; `$${VAR}` is a literal
 * `${VAR}`; an unknown variable stays as written. Linear in the value; values are not
 * substituted again.
 */
export function substituteEnv(input: LocatedString, lookup: EnvLookup): { value: LocatedString; references: Reference[] } {
  const s = input.value;
  const references: Reference[] = [];
  if (!s.includes('${')) return { value: input, references };
  const parts: LocatedString[] = [];
  const re = /\$?\$\{([A-Z_][A-Z0-9_]*)\}/g;
  let last = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const start = m.index;
    if (m[0].startsWith('$$')) {
      parts.push(sliceLocated(input, last, start), sliceLocated(input, start + 1, start + m[0].length));
      last = start + m[0].length;
      continue;
    }
    const site = sliceLocated(input, start, start + m[0].length);
    const v = lookup(m[1], site);
    if (!v) continue;
    references.push({ name: m[1], site });
    parts.push(sliceLocated(input, last, start), v);
    last = start + m[0].length;
  }
  if (last === 0 && !references.length) return { value: input, references };
  parts.push(sliceLocated(input, last, s.length));
  return { value: concatLocated(parts.filter((p) => p.value), input), references };
}

/** An alias of a models map: `alias` names the model its key `ref` names. */
export interface AliasEntry {
  alias: string;
  ref: string;
}

/** What the resolver needs of a config: the aliases and the model ids each provider lists, per scope. */
export interface ResolutionContext {
  /** Aliases visible in a scope: the defaults' first, then the agent's (the last match wins). */
  aliases(scope: string): AliasEntry[];
  /** `provider/model` keys of the scope's own models map (a bare id is looked up there first). */
  scopeKeys(scope: string): string[];
  /** `provider/model` keys of the defaults' models map and every provider catalog entry. */
  sharedKeys(): string[];
}

export interface ResolvedRef {
  /** Provider id, lowercase. */
  provider: string;
  model: string;
  via?: 'alias' | 'bare';
}

function split(ref: string): ResolvedRef | undefined {
  const slash = ref.indexOf('/');
  if (slash <= 0) return undefined;
  const provider = ref.slice(0, slash).trim().toLowerCase();
  const model = ref.slice(slash + 1).trim();
  return provider && model ? { provider, model } : undefined;
}

/** The provider and model OpenClaw resolves `raw` to in `scope`; undefined for an empty ref. */
export function resolveRef(raw: string, scope: string, ctx: ResolutionContext): ResolvedRef | undefined {
  const trimmed = raw.trim();
  const ref = withoutAuthProfile(trimmed);
  if (!ref) return undefined;
  const names = new Set([trimmed.toLowerCase(), ref.toLowerCase()]);
  const alias = ctx.aliases(scope).findLast((a) => names.has(a.alias.trim().toLowerCase()));
  if (alias) {
    const target = split(withoutAuthProfile(alias.ref));
    if (target) return { ...target, via: 'alias' };
  }
  const parsed = split(ref);
  if (parsed) return parsed;
  const provider = uniqueProvider(ref, ctx.scopeKeys(scope)) ?? uniqueProvider(ref, ctx.sharedKeys());
  return { provider: provider ?? DEFAULT_PROVIDER, model: ref, via: 'bare' };
}

/** The one provider whose listed ids hold `model` (exact matches first, then any case). */
function uniqueProvider(model: string, keys: string[]): string | undefined {
  const exact = new Set<string>();
  const folded = new Set<string>();
  for (const key of keys) {
    const r = split(key);
    if (!r) continue;
    if (r.model === model) exact.add(r.provider);
    else if (r.model.toLowerCase() === model.toLowerCase()) folded.add(r.provider);
  }
  const found = exact.size ? exact : folded;
  return found.size === 1 ? [...found][0] : undefined;
}
