import { codeclimateReporter } from './codeclimate.js';
import { githubReporter } from './github.js';
import { jsonReporter } from './json.js';
import { junitReporter } from './junit.js';
import { sarifReporter } from './sarif.js';
import { stylishReporter } from './stylish.js';
import type { Reporter } from './types.js';

export type { Reporter, ReportContext } from './types.js';

export const REPORTER_NAMES = ['stylish', 'json', 'sarif', 'github', 'junit', 'codeclimate'] as const;
export type ReporterName = (typeof REPORTER_NAMES)[number];

const REPORTERS: Record<ReporterName, Reporter> = {
  stylish: stylishReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  junit: junitReporter,
  codeclimate: codeclimateReporter,
};

export function isReporterName(name: string): name is ReporterName {
  return (REPORTER_NAMES as readonly string[]).includes(name);
}

export function getReporter(name: ReporterName): Reporter {
  // Names can arrive from untyped sources (CLI flags, action inputs): fail with the valid list.
  if (!isReporterName(name)) throw new Error(`Unknown format "${String(name)}"; expected one of: ${REPORTER_NAMES.join(', ')}`);
  return REPORTERS[name];
}
