// Bundled by scripts/oracle.mjs (ncc, into a temporary folder) to ask clawcheck's own core what
// each agent's primary model resolves to, for comparison with `openclaw models status --json`.
import { openclawConfigs, parseFile } from '../../src/core/engine.js';
import { SourceFile } from '../../src/core/source.js';
import { buildOpenclawModel } from '../../src/openclaw/model.js';
import { recommendedPolicy } from '../../src/policy/load.js';

/** `files`: path → text of one config folder; the config is `openclaw.json`. Agent path → `provider/model`. */
export function resolvedPrimaries(files: Record<string, string>, version: string): Record<string, string | null> {
  const parsed = Object.entries(files).map(([path, text]) => parseFile(new SourceFile(path, text, path === 'openclaw.json' ? 'openclaw' : 'openclaw-include')));
  const config = openclawConfigs(parsed).find((c) => c.document.file.path === 'openclaw.json');
  if (!config) return {};
  const model = buildOpenclawModel(config.document.file, config.document.root, recommendedPolicy().cloudru, version);
  return Object.fromEntries(model.agents.map((a) => [a.path, a.primary?.resolved ? `${a.primary.resolved.provider}/${a.primary.resolved.model}` : null]));
}
