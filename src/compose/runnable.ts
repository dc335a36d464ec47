import { shown } from '../core/redact.js';
import { entry } from '../parse/tree.js';
import { serviceAnchor } from '../rules/helpers.js';
import type { RuleFinding } from '../rules/types.js';
import type { ComposeService } from './project.js';

/**
 * A proxy service with neither `image:` nor `build:` once overrides and `extends:` are merged:
 * Compose refuses the project ("has neither an image nor a build context specified").
 */
export function unrunnable(service: ComposeService): RuleFinding[] {
  if (service.unresolvedExtends.length) return [];
  if (service.definitions.some((d) => entry(d.node, 'image') || entry(d.node, 'build'))) return [];
  const at = serviceAnchor(service);
  return [{ ruleId: 'schema', severity: 'error', message: `service "${shown(service.name)}" has neither an image nor a build context; Compose refuses to run the project`, location: at.file.location(at.range[0], at.range[1]), range: at.range }];
}

