/**
 * openclaw.json read as OpenClaw reads it: its legacy roster migration and the checks its schema
 * makes beyond JSON Schema. Each fixture's verdict is OpenClaw 2026.9.6's own
 * (`openclaw config validate --json`; `npm run oracle` compares them again).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { judgeFiles } from '../support/judge.js';

const dir = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'fixtures', 'openclaw-oracle');

function schemaFindings(name: string): string[] {
  const text = readFileSync(join(dir, name), 'utf8');
  return judgeFiles({ 'openclaw.json': text }, { schema: true })
    .filter((f) => f.ruleId === 'schema')
    .map((f) => `${f.location.line}:${f.location.column} ${f.message}`);
}

const EXPECTED: Record<string, string[]> = {
  'custom-provider-incomplete.json5': [
    "4:7 \"models.providers.cloudru-fm\" is missing \"baseUrl\" and \"models\": OpenClaw does not bundle this provider, so it needs its own baseUrl and models"
  ],
  'empty-roster.json5': [
    "1:45 \"agents.entries\" must contain at least one agent"
  ],
  'every-location.json5': [],
  'legacy-list-bad-key.json5': [
    "5:23 unknown key \"bogus\" in \"agents.list[1]\""
  ],
  'legacy-list-moved.json5': [],
  'legacy-list-not-movable.json5': [
    "3:11 \"agents\" has no agent: OpenClaw needs at least one under agents.entries",
    "4:5 unknown key \"list\" in \"agents\""
  ],
  'list-beside-entries.json5': [
    "4:5 unknown key \"list\" in \"agents\""
  ],
  'no-roster.json5': [],
  'refs-hidden-by-type-error.json5': [
    "5:20 \"gateway.port\" must be an integer, found the string \"not a port\""
  ],
  'resolution.json5': [],
  'roster-explicit.json5': [],
  'roster-two-defaults.json5': [
    "3:14 \"agents.entries\" must have at most one agent with default: true (found 2)"
  ],
  'roster-without-owner.json5': [
    "2:11 \"agents.ownership\" must be \"explicit\" for a roster of several agents (or one agent marked default: true); openclaw doctor can add it"
  ],
  'same-agent-twice.json5': [
    "4:26 the key \"Main\" in \"agents.entries\" names the same agent id \"main\" as \"main\": OpenClaw needs one key per agent"
  ],
  'unknown-agent-refs.json5': [
    "5:39 \"agents.defaults.heartbeat.agentId\" names agent \"ghost\", which is not in agents.entries",
    "9:16 \"bindings[1].agentId\" names agent \"nobody\", which is not in agents.entries",
    "11:42 \"broadcast[\"telegram:-100\"][1]\" names agent \"Helper\", which is not in agents.entries"
  ],
};

describe('openclaw.json as OpenClaw reads it', () => {
  test('every oracle fixture has an expectation', () => {
    expect(readdirSync(dir).filter((n) => n.endsWith('.json5')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
  for (const [name, expected] of Object.entries(EXPECTED)) {
    test(name, () => expect(schemaFindings(name)).toEqual(expected));
  }

  test('include-roster/: a config of three files is judged as one; each finding is in the file that has the text', () => {
    const folder = join(dir, 'include-roster');
    const files = Object.fromEntries(readdirSync(folder).map((n) => [n, readFileSync(join(folder, n), 'utf8')]));
    const found = judgeFiles(files, { schema: true }).filter((f) => f.ruleId === 'schema');
    expect(found.map((f) => `${f.location.file}:${f.location.line}:${f.location.column} ${f.message}`)).toEqual([
      'agents.json5:1:1 "agents.ownership" must be "explicit" for a roster of several agents (or one agent marked default: true); openclaw doctor can add it',
      'agents.json5:2:34 unknown key "bogus" in "agents.entries.helper"',
      'providers.json5:2:3 "models.providers.custom" is missing "baseUrl" and "models": OpenClaw does not bundle this provider, so it needs its own baseUrl and models',
    ]);
  });
});
