import { sameRepository } from '../compose/image.js';
import type { ComposeService } from '../compose/project.js';
import { shown } from '../core/redact.js';
import { aliasSite, findingInValue } from './helpers.js';
import type { Rule, RuleContext, RuleFinding } from './types.js';

const ID = 'proxy-image-tag';

function check(service: ComposeService, ctx: RuleContext): RuleFinding[] {
  const image = service.image;
  const repo = typeof ctx.options.image === 'string' ? ctx.options.image : 'legard/claude-code-proxy';
  if (!image || !sameRepository(image.ref, repo)) return [];
  const allowed = Array.isArray(ctx.options.allowedTags) ? (ctx.options.allowedTags as string[]).map(String) : ['latest'];
  const allowDigest = ctx.options.allowDigest !== false;
  const { tag, digest, tagStart } = image.ref;
  if (digest && allowDigest) return [];
  // No tag means `latest`, unless a digest stands in for the tag (and digests are not allowed).
  if (tag === undefined ? !digest && allowed.includes('latest') : allowed.includes(tag)) return [];
  const want = allowed[0] ?? 'latest';
  const written = image.value.value;
  const extras = { via: aliasSite(image.file, image.via), references: image.references };
  if (tag === undefined || tagStart === undefined) {
    // Only a digest, and digests are not allowed: point at the whole reference.
    return [findingInValue(ID, image.value, 0, written.length, `${shown(written)} pins a digest, which this policy does not allow; use the tag "${shown(want)}"`, extras)];
  }
  const suggested = `${written.slice(0, tagStart)}${want}${written.slice(tagStart + tag.length)}`;
  return [
    findingInValue(
      ID,
      image.value,
      tagStart,
      tagStart + tag.length,
      `tag "${shown(tag)}" of ${shown(repo)} is not published (only ${allowed.map((t) => `"${shown(t)}"`).join(', ')}${allowDigest ? ' or a digest' : ''}); the container will not start; use ${shown(suggested)}`,
      { replacement: want, fixDescription: `use tag ${shown(want)}`, ...extras },
    ),
  ];
}

export const proxyImageTag: Rule = {
  meta: {
    id: ID,
    description: 'legard/claude-code-proxy must use a published tag (latest) or a digest.',
    defaultSeverity: 'error',
    fixable: true,
    docs: 'docs/rules/proxy-image-tag.md',
  },
  compose: check,
};
