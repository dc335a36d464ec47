import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { aggregate, csvField } from '../../src/org/report.js';
import type { OrgResult } from '../../src/org/result.js';
import { tempTree } from '../support/tmp.js';
import { orgCli } from './helpers.js';

const finding = (ruleId: string, severity: string, file = 'compose.yaml', message = 'm') => ({ ruleId, severity, file, line: 1, column: 1, endLine: 1, endColumn: 2, message, fixable: false });
const C = (c: string) => c.repeat(40);

function results(): OrgResult[] {
  return [
    { repository: 'acme/api', commit: C('a'), status: 'scanned', files: ['compose.yaml'], skipped: [], findings: [finding('banned-model', 'error'), finding('banned-model', 'error'), finding('model-tiers', 'warning')] },
    { repository: 'acme/web', commit: C('b'), status: 'scanned', files: ['compose.yaml', '.env'], skipped: [], findings: [finding('banned-model', 'error'), finding('disable-thinking', 'error'), finding('model-tiers', 'warning'), finding('model-tiers', 'warning')] },
    { repository: 'acme/docs', commit: C('c'), status: 'scanned', files: ['compose.yaml'], skipped: [], findings: [finding('model-tiers', 'warning'), finding('schema', 'info')] },
    { repository: 'acme/quiet', commit: C('d'), status: 'scanned', files: [], skipped: [], findings: [] },
    { repository: 'acme/gone', commit: null, status: 'failed', reason: 'not-found', message: 'the repository or its default branch "main" no longer exists, or the token cannot read it (HTTP 404)', files: [], findings: [], skipped: [] },
    { repository: 'acme/big', commit: C('e'), status: 'failed', reason: 'too-large', message: 'the tarball is larger than the 512 MiB limit (--max-tarball-bytes)', files: [], findings: [], skipped: [] },
  ] as OrgResult[];
}

function resultsDir(list: OrgResult[] = results()): string {
  const cwd = tempTree({});
  mkdirSync(join(cwd, 'in'));
  for (const r of list) writeFileSync(join(cwd, 'in', `${r.repository.replace('/', '__')}.json`), JSON.stringify(r));
  return cwd;
}

test('the merged totals: per rule, per repository the worst first, failed scans listed', () => {
  const report = aggregate(results());
  expect(report).toEqual({
    repositories: 6,
    scanned: 4,
    failed: 2,
    totals: { errors: 4, warnings: 4, infos: 1, findings: 9 },
    rules: [
      { ruleId: 'model-tiers', errors: 0, warnings: 4, infos: 0, findings: 4, repositories: 3 },
      { ruleId: 'banned-model', errors: 3, warnings: 0, infos: 0, findings: 3, repositories: 2 },
      { ruleId: 'disable-thinking', errors: 1, warnings: 0, infos: 0, findings: 1, repositories: 1 },
      { ruleId: 'schema', errors: 0, warnings: 0, infos: 1, findings: 1, repositories: 1 },
    ],
    byRepository: [
      { repository: 'acme/web', commit: C('b'), files: 2, errors: 2, warnings: 2, infos: 0, findings: 4, rules: { 'banned-model': 1, 'disable-thinking': 1, 'model-tiers': 2 } },
      { repository: 'acme/api', commit: C('a'), files: 1, errors: 2, warnings: 1, infos: 0, findings: 3, rules: { 'banned-model': 2, 'model-tiers': 1 } },
      { repository: 'acme/docs', commit: C('c'), files: 1, errors: 0, warnings: 1, infos: 1, findings: 2, rules: { 'model-tiers': 1, schema: 1 } },
      { repository: 'acme/quiet', commit: C('d'), files: 0, errors: 0, warnings: 0, infos: 0, findings: 0, rules: {} },
    ],
    failedScans: [
      { repository: 'acme/big', commit: C('e'), reason: 'too-large', message: 'the tarball is larger than the 512 MiB limit (--max-tarball-bytes)' },
      { repository: 'acme/gone', commit: null, reason: 'not-found', message: 'the repository or its default branch "main" no longer exists, or the token cannot read it (HTTP 404)' },
    ],
  });
});

test('markdown for the job summary: exact, escaped, links only to the server', async () => {
  const cwd = resultsDir();
  const run = await orgCli(cwd, 'http://127.0.0.1:9', undefined, { GITHUB_SERVER_URL: 'https://ghe.example.com' })('report', '--input', 'in');
  expect(run).toEqual({ code: 0, stderr: '', stdout: [
    '## clawcheck organisation audit',
    '',
    '**6 repositories**: 4 scanned, 2 not scanned. **4 errors, 4 warnings, 1 note** in 3 repositories.',
    '',
    '### Findings by rule',
    '',
    '| rule | errors | warnings | notes | repositories |',
    '|---|---:|---:|---:|---:|',
    '| model-tiers | 0 | 4 | 0 | 3 |',
    '| banned-model | 3 | 0 | 0 | 2 |',
    '| disable-thinking | 1 | 0 | 0 | 1 |',
    '| schema | 0 | 0 | 1 | 1 |',
    '',
    '### Repositories with findings, the worst first',
    '',
    '| repository | commit | errors | warnings | notes |',
    '|---|---|---:|---:|---:|',
    `| [acme/web](https://ghe.example.com/acme/web) | [bbbbbbb](https://ghe.example.com/acme/web/tree/${C('b')}) | 2 | 2 | 0 |`,
    `| [acme/api](https://ghe.example.com/acme/api) | [aaaaaaa](https://ghe.example.com/acme/api/tree/${C('a')}) | 2 | 1 | 0 |`,
    `| [acme/docs](https://ghe.example.com/acme/docs) | [ccccccc](https://ghe.example.com/acme/docs/tree/${C('c')}) | 0 | 1 | 1 |`,
    '',
    '### Not scanned',
    '',
    '| repository | reason | why |',
    '|---|---|---|',
    '| acme/big | too-large | the tarball is larger than the 512 MiB limit \\(--max-tarball-bytes\\) |',
    '| acme/gone | not-found | the repository or its default branch &quot;main&quot; no longer exists, or the token cannot read it \\(HTTP 404\\) |',
    '',
  ].join('\n') });
});

test('hostile values: escaped in markdown, formula-proofed in CSV, secrets redacted; files that are not results are left out', async () => {
  const evil = [
    { repository: 'acme/x', commit: C('1'), status: 'scanned', files: ['a'], skipped: [], findings: [finding('=HYPERLINK("http://e.vil")', 'error'), finding('<img src=x> @team #1 |', 'warning')] },
    { repository: 'acme/y', commit: null, status: 'failed', reason: 'policy', message: '+cmd|x\n@SUM(1) sk-ant-api03-' + 'A'.repeat(40), files: [], skipped: [], findings: [] },
  ] as OrgResult[];
  const cwd = resultsDir(evil);
  writeFileSync(join(cwd, 'in', 'acme__z.json'), '{"repository": "acme/other"}');
  writeFileSync(join(cwd, 'in', '.acme__q.json.clawcheck-0badf00d.tmp'), '{"repos');
  writeFileSync(join(cwd, 'in', 'notes.txt'), 'x');
  const report = orgCli(cwd, 'http://127.0.0.1:9');
  const md = await report('report', '--input', 'in');
  expect(md.stderr).toBe('clawcheck: left out acme__z.json: not a result clawcheck wrote\n');
  expect(md.stdout).toContain('| =HYPERLINK\\(&quot;http:&#8203;//e.vil&quot;\\) | 1 | 0 | 0 | 1 |');
  expect(md.stdout).toContain('| &lt;img src=x&gt; @&#8203;team \\#&#8203;1 \\| | 0 | 1 | 0 | 1 |');
  expect(md.stdout).toContain('| acme/y | policy | +cmd\\|x<br>@&#8203;SUM\\(1\\) sk-\\[redacted\\] |');
  const csv = await report('report', '--input', 'in', '--format', 'csv', '--output', 'org.csv');
  expect(csv.code).toBe(0);
  expect(readFileSync(join(cwd, 'org.csv'), 'utf8')).toBe(
    [
      `repository,status,commit,errors,warnings,notes,findings,<img src=x> @team #1 |,"'=HYPERLINK(""http://e.vil"")",reason,message`,
      `acme/x,scanned,${C('1')},1,1,0,2,1,1,,`,
      `acme/y,failed,,,,,,,,policy,"'+cmd|x\n@SUM(1) sk-[redacted]"`,
      '',
    ].join('\r\n'),
  );
  expect(['=1', '+1', '-1', '@1', '\t1', '\r1', 'a,b', 'a"b', 'plain', 7].map(csvField)).toEqual(["'=1", "'+1", "'-1", "'@1", "'\t1", `"'\r1"`, '"a,b"', '"a""b"', 'plain', '7']);
});

test('json and a merged SARIF with each repository and commit', async () => {
  const cwd = resultsDir();
  const sarif = (uri: string) => JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'clawcheck' } }, results: [{ ruleId: 'banned-model', locations: [{ physicalLocation: { artifactLocation: { uri } } }] }] }] });
  writeFileSync(join(cwd, 'in', 'acme__api.sarif'), sarif('compose.yaml'));
  writeFileSync(join(cwd, 'in', 'acme__web.sarif'), sarif('deploy/compose.yaml'));
  const report = orgCli(cwd, 'https://api.github.com');
  const json = await report('report', '--input', 'in', '--format', 'json');
  expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(aggregate(results()))));
  const merged = JSON.parse((await report('report', '--input', 'in', '--format', 'sarif')).stdout);
  expect(merged.version).toBe('2.1.0');
  expect(merged.runs.map((r: { versionControlProvenance: unknown; automationDetails: { id: string } }) => [r.versionControlProvenance, r.automationDetails.id])).toEqual([
    [[{ repositoryUri: 'https://github.com/acme/web', revisionId: C('b') }], 'clawcheck/org/acme/web/'],
    [[{ repositoryUri: 'https://github.com/acme/api', revisionId: C('a') }], 'clawcheck/org/acme/api/'],
  ]);
});
