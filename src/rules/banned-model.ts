import type { ComposeService } from '../compose/project.js';
import { isCloudruUrl, refIsCloudru } from '../openclaw/model.js';
import { authProfileStart } from '../openclaw/ref.js';
import type { OpenclawModel } from '../openclaw/model.js';
import { locateScalar } from '../compose/located-string.js';
import type { LocatedString } from '../compose/located-string.js';
import { aliasSite, findingInValue, noFixNote, originNote, serviceAnchor } from './helpers.js';
import { modelMatcher } from './model-match.js';
import type { ModelMatcher } from './model-match.js';
import type { Rule, RuleContext, RuleFinding } from './types.js';
import type { Severity } from '../core/finding.js';
import { fileOf } from '../parse/tree.js';
import { catalogEntryFix, modelsMapKeyFix } from './openclaw-fixes.js';
import type { KeyFix } from './openclaw-fixes.js';
import { lastKey, shown } from '../core/redact.js';

const ID = 'banned-model';

interface Options {
  patterns: string[];
  replacement: string;
  everywhere: boolean;
  nameSeverity: Severity | 'off';
}

function options(ctx: RuleContext): Options {
  const o = ctx.options;
  return {
    patterns: Array.isArray(o.patterns) ? (o.patterns as string[]) : [],
    replacement: typeof o.replacement === 'string' ? o.replacement : 'openai/gpt-oss-120b',
    everywhere: o.everywhere === true,
    nameSeverity: (o.nameSeverity as Severity | 'off') ?? 'warning',
  };
}

/**
 * One finding for a banned id at the end of `value`, replacing only the banned part. `name` is
 * the variable or key holding it: a policy pattern may match a key's value (OPENAI_API_KEY).
 */
/** Extras of findingInValue, and `withheld`: why there is no fix (said in the message). */
type Extras = NonNullable<Parameters<typeof findingInValue>[5]> & { withheld?: string };

function idFinding(
  value: LocatedString,
  matcher: ModelMatcher,
  opts: Options,
  what: string,
  name: string,
  extrasFor: Extras | ((suggested: string, description: string) => Extras) = {},
  idEnd = value.value.length,
): RuleFinding[] {
  // `idEnd`: where the model id ends (an openclaw ref's `@profile` suffix is not part of it).
  const m = matcher.matchId(value.value.slice(0, idEnd));
  if (!m) return [];
  const suggested = value.value.slice(0, m.start) + opts.replacement + value.value.slice(m.end);
  const description = `replace ${shown(m.text, name)} with ${shown(opts.replacement)}`;
  const { withheld, ...extras } = typeof extrasFor === 'function' ? extrasFor(suggested, description) : extrasFor;
  return [
    findingInValue(
      ID,
      value,
      m.start,
      m.end,
      `${what} uses "${shown(value.value.trim(), name)}", which is unstable on Cloud.ru FM (HTTP 404, timeouts, empty answers in thinking mode); use "${shown(suggested.trim(), name)}"${withheld ? noFixNote(withheld) : ''}`,
      withheld ? extras : { replacement: opts.replacement, fixDescription: description, ...extras },
    ),
  ];
}

/** The proxy talks to Cloud.ru FM unless OPENAI_BASE_URL names a different, known host. */
function proxyUsesCloudru(service: ComposeService, ctx: RuleContext): boolean {
  const url = service.env.get('OPENAI_BASE_URL')?.value?.value;
  if (!url || url.includes('$')) return true;
  return isCloudruUrl(url, ctx.policy.cloudru);
}

function checkCompose(service: ComposeService, ctx: RuleContext): RuleFinding[] {
  const opts = options(ctx);
  if (!opts.everywhere && !proxyUsesCloudru(service, ctx)) return [];
  const matcher = modelMatcher(opts.patterns);
  const out: RuleFinding[] = [];
  for (const name of ctx.policy.proxy.variables) {
    const v = service.env.get(name);
    if (!v?.value) continue;
    const what = `${name}${originNote(v.value, serviceAnchor(service).file)}`;
    out.push(...idFinding(v.value, matcher, opts, what, name, { via: aliasSite(v.file, v.via), references: v.references }));
  }
  return out;
}

function checkOpenclaw(model: OpenclawModel, ctx: RuleContext): RuleFinding[] {
  const opts = options(ctx);
  const matcher = modelMatcher(opts.patterns);
  const out: RuleFinding[] = [];
  for (const ref of model.refs) {
    if (!opts.everywhere && !refIsCloudru(model, ref)) continue;
    const keyed = ref.mapEntry;
    const extras = keyed
      ? (suggested: string, description: string) => keyFixExtras(modelsMapKeyFix(model.file, keyed.map, keyed.entry, suggested, description))
      : { references: ref.references ?? [] };
    out.push(...idFinding(ref.value, matcher, opts, ref.path, lastKey(ref.path), extras, authProfileStart(ref.value.value)));
  }
  for (const provider of model.providers.values()) {
    if (!opts.everywhere && !provider.isCloudru) continue;
    for (const m of provider.models) {
      if (m.id) {
        // The ids of the catalog once every banned one is replaced: OpenClaw keeps the first of a repeated id.
        const fixedIds = provider.models.map((x) => (typeof x.id?.value === 'string' ? fixedId(x.id.value, matcher, opts) : undefined));
        const extras = (_: string, description: string) => keyFixExtras(catalogEntryFix(model.file, m.catalog, m.index, fixedIds, description));
        out.push(...idFinding(locateScalar(fileOf(m.id, model.file), m.id), matcher, opts, `${m.path}.id`, 'id', extras));
      }
      if (m.name && opts.nameSeverity !== 'off') {
        const name = locateScalar(model.file, m.name);
        const hit = matcher.matchText(name.value);
        if (hit) {
          out.push(
            findingInValue(ID, name, hit.start, hit.end, `${m.path}.name mentions "${shown(hit.text)}", which is unstable on Cloud.ru FM; the model behind it should be "${shown(opts.replacement)}"`, {
              severity: opts.nameSeverity,
              replacement: opts.replacement,
            }),
          );
        }
      }
    }
  }
  return out;
}

function fixedId(id: string, matcher: ModelMatcher, opts: Options): string {
  const m = matcher.matchId(id);
  return m ? id.slice(0, m.start) + opts.replacement + id.slice(m.end) : id;
}

/** A rename is the plain replacement; otherwise the merge/remove edits, or no fix and why. */
function keyFixExtras(fix: KeyFix): Extras {
  if (fix.kind === 'rename') return {};
  if (fix.kind === 'edits') return { fix: fix.fix };
  return { withheld: fix.why };
}

export const bannedModel: Rule = {
  meta: {
    id: ID,
    description: 'GLM-4.7 family models used through Cloud.ru FM (unstable: 404s, timeouts, empty answers); use openai/gpt-oss-120b.',
    defaultSeverity: 'error',
    fixable: true,
    docs: 'docs/rules/banned-model.md',
  },
  compose: checkCompose,
  openclaw: checkOpenclaw,
};
