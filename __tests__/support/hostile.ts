/**
 * Shared pieces of the hostile-input tests: a run of the real CLI over a temporary tree with a
 * JSON report, and an ordinary bad proxy compose file placed beside every hostile one, so each
 * test also proves the rest of the run was still checked.
 */
import { expect } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { JsonFinding, JsonReport } from '../../src/report/json.js';
import { cli } from './cli.js';

/** The seed's mistakes, one per rule: every run must still report these. */
export const NEIGHBOUR_PATH = 'neighbour/docker-compose.yml';
export const NEIGHBOUR = `services:
  claude-code-proxy:
    image: legard/claude-code-proxy:v1.0.0
    environment:
      OPENAI_API_KEY: "\${CLOUDRU_API_KEY}"
      OPENAI_BASE_URL: "https://foundation-models.api.cloud.ru/v1"
      BIG_MODEL: "zai-org/GLM-4.7"
      MIDDLE_MODEL: "openai/gpt-oss-120b"
      SMALL_MODEL: "openai/gpt-oss-120b"
      DISABLE_THINKING: "false"
    user: "1000:1000"
    read_only: true
`;

/** `file:line:col ruleId` of the neighbour's findings, as every hostile run must still show them. */
export const NEIGHBOUR_FINDINGS = [
  `${NEIGHBOUR_PATH}:3:37 proxy-image-tag`,
  `${NEIGHBOUR_PATH}:7:19 banned-model`,
  `${NEIGHBOUR_PATH}:10:25 disable-thinking`,
  `${NEIGHBOUR_PATH}:11:5 proxy-user`,
  `${NEIGHBOUR_PATH}:12:5 proxy-read-only`,
];

const roots: string[] = [];

/** A temporary tree with the neighbour in it; `files` may hold text or raw bytes. */
export function hostileTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'clawcheck-hostile-'));
  roots.push(root);
  for (const [path, content] of Object.entries({ [NEIGHBOUR_PATH]: NEIGHBOUR, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** For afterEach: removes every tree made by `hostileTree`. */
export function removeHostileTrees(): void {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}

export interface HostileRun {
  code: number;
  stderr: string;
  report: JsonReport;
  /** Findings of files other than the neighbour. */
  own: JsonFinding[];
}

/** Runs `clawcheck --format json [argv]` in `root` and checks the neighbour is still fully reported. */
export async function runHostile(root: string, argv: string[] = []): Promise<HostileRun> {
  const run = await cli(root, ['--format', 'json', ...argv]);
  expect(run.stderr).not.toMatch(/internal error/);
  expect([0, 1]).toContain(run.code);
  const report = JSON.parse(run.stdout) as JsonReport;
  const neighbour = report.findings.filter((f) => f.file === NEIGHBOUR_PATH).map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`);
  expect(neighbour).toEqual(expect.arrayContaining(NEIGHBOUR_FINDINGS));
  return { code: run.code, stderr: run.stderr, report, own: report.findings.filter((f) => f.file !== NEIGHBOUR_PATH) };
}

/** `file:line:col-endLine:endCol ruleId` */
export function where(f: JsonFinding): string {
  return `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId}`;
}
