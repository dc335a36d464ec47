import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readInputs } from '../../src/action/inputs.js';

const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as { inputs: Record<string, { default?: string }> };

/** The environment a runner builds from action.yml's defaults (the token expression is left out). */
function runnerEnv(overrides: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    if (spec.default !== undefined && !String(spec.default).includes('${{')) env[`INPUT_${name.toUpperCase()}`] = String(spec.default);
  }
  for (const [k, v] of Object.entries(overrides)) env[`INPUT_${k.toUpperCase()}`] = v;
  return env;
}

test('the defaults in action.yml are valid inputs and mean what the README says', () => {
  expect(readInputs(runnerEnv())).toEqual({
    paths: [],
    config: undefined,
    failOn: 'error',
    onlyChanged: undefined,
    annotations: 'auto',
    summary: true,
    sarifFile: undefined,
    suggestions: true,
    token: '',
    fix: 'suggest',
    fixType: 'problem',
    fixBranch: undefined,
    fixLabels: ['clawcheck'],
    fixReviewers: [],
    fixAssignees: [],
    auditIssue: false,
    auditTitle: 'clawcheck audit',
    checkName: 'clawcheck',
    reportFile: undefined,
    probe: 'off',
    probeAllowHosts: [],
    probeTimeoutMs: 30000,
    probeMaxRequests: 50,
    probeProxyUrl: undefined,
  });
});

test('probe inputs', () => {
  expect(readInputs(runnerEnv({ probe: 'completion', 'probe-allow-hosts': 'Gateway.Internal, llm.example\nother.example', 'probe-timeout': '5000', 'probe-max-requests': '0' }))).toMatchObject({
    probe: 'completion',
    probeAllowHosts: ['gateway.internal', 'llm.example', 'other.example'],
    probeTimeoutMs: 5000,
    probeMaxRequests: 0,
  });
  expect(() => readInputs(runnerEnv({ probe: 'live' }))).toThrow('input "probe" must be one of off, models, completion, not "live"');
  expect(() => readInputs(runnerEnv({ 'probe-timeout': '0' }))).toThrow('input "probe-timeout" must be a whole number ≥ 1, not "0"');
});

test('check-name and report-file', () => {
  expect(readInputs(runnerEnv({ 'check-name': '  lint / clawcheck ', 'report-file': 'out/clawcheck.json' }))).toMatchObject({ checkName: 'lint / clawcheck', reportFile: 'out/clawcheck.json' });
  // An empty name would be refused by GitHub: it means the default.
  expect(readInputs(runnerEnv({ 'check-name': '  ' })).checkName).toBe('clawcheck');
});

test('every input in action.yml is read', () => {
  const read = readFileSync(new URL('../../src/action/inputs.ts', import.meta.url), 'utf8');
  for (const name of Object.keys(action.inputs)) expect([name, read.includes(`'${name}'`)]).toEqual([name, true]);
});

test('lists, booleans and paths are parsed; bad values are refused with the input named', () => {
  const i = readInputs(runnerEnv({ paths: 'deploy\n  infra/compose.yaml ', 'fix-labels': 'a, b c', 'only-changed': 'false', summary: 'no' }));
  expect(i.paths).toEqual(['deploy', 'infra/compose.yaml']);
  expect(i.fixLabels).toEqual(['a', 'b', 'c']);
  expect(i.onlyChanged).toBe(false);
  expect(i.summary).toBe(false);
  expect(() => readInputs(runnerEnv({ annotations: 'loud' }))).toThrow('input "annotations" must be one of auto, checks, commands, off, not "loud"');
  expect(() => readInputs(runnerEnv({ summary: 'maybe' }))).toThrow('input "summary" must be true or false, not "maybe"');
});
