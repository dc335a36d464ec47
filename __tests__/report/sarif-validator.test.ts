/**
 * Runs Microsoft's SARIF validator (`sarif-multitool validate --rule-kind "Gh;Sarif"`, the
 * GitHub ingestion rules plus the SARIF spec rules) on our output and requires zero errors.
 * The validator silently skips a file it cannot deserialize (e.g. an unknown enum value), so
 * the output is also checked against the JSON schema it ships, and a canary proves it analyses.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { sarifReporter } from '../../src/report/sarif.js';
import { CONTEXT, richResult } from './fixtures.js';

const require = createRequire(import.meta.url);
const SKIP_ENV = 'CLAWCHECK_SKIP_SARIF_VALIDATOR';
// Self-contained .NET binary: without libicu it needs invariant globalization; harmless with it.
const VALIDATOR_ENV = { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' };

interface ValidatorFinding {
  ruleId: string;
  level: string;
  detail: string;
}

/** The platform binary of @microsoft/sarif-multitool, or why it cannot run here. */
function locateValidator(): { binary: string } | { problem: string } {
  let binary: string;
  try {
    binary = require('@microsoft/sarif-multitool') as string;
  } catch (error) {
    return { problem: `@microsoft/sarif-multitool has no binary for ${process.platform}: ${String(error)}` };
  }
  if (!existsSync(binary)) return { problem: `validator binary missing at ${binary}` };
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    // The package's postinstall only does `chmod u+x`; npm may have skipped install scripts.
    chmodSync(binary, 0o755);
  }
  const probe = spawnSync(binary, ['--version'], { encoding: 'utf8', env: VALIDATOR_ENV, timeout: 60_000 });
  if (probe.status !== 0) {
    return { problem: `validator at ${binary} does not run (status ${probe.status}): ${probe.error ?? ''} ${probe.stderr}` };
  }
  return { binary };
}

function runValidator(binary: string, sarifText: string): ValidatorFinding[] {
  const dir = mkdtempSync(join(tmpdir(), 'clawcheck-sarif-'));
  try {
    const input = join(dir, 'clawcheck.sarif');
    const output = join(dir, 'validation.sarif');
    writeFileSync(input, sarifText);
    const run = spawnSync(binary, ['validate', '--rule-kind', 'Gh;Sarif', '--output', output, input], {
      encoding: 'utf8',
      env: VALIDATOR_ENV,
      timeout: 120_000,
    });
    if (run.status !== 0 || !existsSync(output)) {
      throw new Error(`sarif-multitool failed (status ${run.status}):\n${run.stdout}\n${run.stderr}`);
    }
    const log = JSON.parse(readFileSync(output, 'utf8'));
    const invocation = log.runs[0].invocations?.[0] ?? {};
    if (invocation.executionSuccessful === false) throw new Error(`validator did not complete:\n${run.stdout}`);
    // The log has message ids and arguments only; stdout has the readable text of each finding.
    const stdoutLines: string[] = run.stdout.split('\n');
    return (log.runs[0].results ?? []).map((r: { ruleId: string; level?: string }) => ({
      ruleId: r.ruleId,
      level: r.level ?? 'warning',
      detail: stdoutLines.find((line) => line.includes(` ${r.ruleId}: `)) ?? r.ruleId,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const validator = locateValidator();
const skipRequested = process.env[SKIP_ENV] === '1';
const validatorIt = 'problem' in validator && skipRequested ? it.skip : it;
if ('problem' in validator) {
  console.warn(`SARIF validator cannot run on this machine: ${validator.problem}`);
}

function requireBinary(): string {
  if ('problem' in validator) {
    throw new Error(`SARIF validator cannot run on this machine: ${validator.problem}. Set ${SKIP_ENV}=1 to skip these tests.`);
  }
  return validator.binary;
}

describe('SARIF output against Microsoft SARIF validator (GitHub + SARIF rules)', () => {
  const sarifText = sarifReporter.format(richResult(), CONTEXT);

  validatorIt('reports zero errors and zero warnings for a rich result', () => {
    const findings = runValidator(requireBinary(), sarifText);
    expect(findings.filter((f) => f.level === 'error').map((f) => f.detail)).toEqual([]);
    // Warnings are advisory for GitHub, but we keep the output clean of them too.
    expect(findings.map((f) => f.detail)).toEqual([]);
  });

  validatorIt('catches a broken file (canary: the validator really analyses input)', () => {
    const broken = sarifText.replace('"startLine": 3,', '"startLine": 0,');
    const findings = runValidator(requireBinary(), broken);
    expect(findings.some((f) => f.level === 'error' && f.ruleId === 'JSON1008')).toBe(true);
  });

  validatorIt('matches the SARIF 2.1.0 JSON schema shipped with the validator', () => {
    const schemaPath = join(dirname(requireBinary()), 'sarif-2.1.0.json');
    // Formats (uri, date-time) are not checked: ajv-formats is not a dependency.
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    const valid = validate(JSON.parse(sarifText));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // And the schema check itself catches what the validator silently skips (unknown enum values).
    expect(validate(JSON.parse(sarifText.replace('"level": "note"', '"level": "bogus"')))).toBe(false);
  });
});
