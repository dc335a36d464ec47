import type * as Sarif from 'sarif';
import { docsUrl } from '../../src/rules/types.js';
import { buildSarifLog, pathToUriReference, rootUri, sarifReporter } from '../../src/report/sarif.js';
import { FINGERPRINT_KEY, fingerprints } from '../../src/report/sarif-fingerprint.js';
import { COMPOSE_TEXT, CONTEXT, findingAt, makeResult, RULES, richResult, source } from './fixtures.js';

function fingerprintsOf(log: Sarif.Log): string[] {
  return log.runs[0].results!.map((r) => r.partialFingerprints![FINGERPRINT_KEY]);
}

describe('sarif reporter', () => {
  const log = buildSarifLog(richResult(), CONTEXT);
  const run = log.runs[0];

  it('has the SARIF 2.1.0 envelope, one run and a successful invocation', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: 'note',
            message: { text: 'skipped: larger than 1 MiB' },
            descriptor: { id: 'skipped/too-large' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'huge%20compose.yml', uriBaseId: '%SRCROOT%' } } }],
          },
        ],
      },
    ]);
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/project/' } });
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('describes every rule, plus ids that only findings know', () => {
    const driver = run.tool.driver;
    expect(driver).toMatchObject({ name: 'clawcheck', version: '0.1.0', informationUri: 'https://github.com/clawcheck/clawcheck' });
    expect(driver.rules!.map((r) => r.id)).toEqual([...RULES.map((r) => r.id), 'parse-note']);
    expect(driver.rules![0]).toEqual({
      id: 'proxy-image-tag',
      shortDescription: { text: 'The proxy image must use a published tag.' },
      fullDescription: { text: 'The proxy image must use a published tag.' },
      help: {
        text: `The proxy image must use a published tag.\nDocumentation: ${docsUrl('proxy-image-tag')}`,
        markdown: `The proxy image must use a published tag.\n\n[Documentation](${docsUrl('proxy-image-tag')})`,
      },
      helpUri: docsUrl('proxy-image-tag'),
      defaultConfiguration: { level: 'error' },
      properties: { fixable: true, tags: ['clawcheck'] },
    });
    expect(driver.rules!.map((r) => r.defaultConfiguration!.level)).toEqual(['error', 'error', 'warning', 'note', 'error', 'warning', 'warning']);
  });

  it('maps results: rule index, level, message, encoded relative URI and exclusive-end region', () => {
    const results = run.results!;
    expect(results.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['proxy-image-tag', 0, 'error'],
      ['banned-model', 1, 'error'],
      ['disable-thinking', 2, 'warning'],
      ['proxy-read-only', 4, 'error'],
      ['thinking-default', 3, 'note'],
      ['parse-note', 6, 'warning'],
    ]);
    expect(results[4].locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'my%20config/openclaw.json', uriBaseId: '%SRCROOT%', index: 1 },
          region: { startLine: 3, startColumn: 34, endLine: 3, endColumn: 40 },
        },
      },
    ]);
    expect(results[4].message).toEqual({ text: 'Thinking mode is not supported.' });
    expect(results[3].locations![0].physicalLocation!.region).toEqual({ startLine: 7, startColumn: 5, endLine: 8, endColumn: 1 });
  });

  it('lists checked files as artifacts and points related locations at them', () => {
    expect(run.artifacts!.map((a) => a.location!.uri)).toEqual([
      'deploy/docker-compose.cloudru-proxy.yml',
      'my%20config/openclaw.json',
      '%D0%BE%D0%BA%D1%80%D1%83%D0%B6%D0%B5%D0%BD%D0%B8%D0%B5/.env',
    ]);
    expect(run.artifacts![2]).toMatchObject({ roles: ['analysisTarget'], length: Buffer.byteLength('CLOUDRU_API_KEY=xxx\nBIG_MODEL=zai-org/GLM-4.7\n') });
    expect(run.results![1].relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: '%D0%BE%D0%BA%D1%80%D1%83%D0%B6%D0%B5%D0%BD%D0%B8%D0%B5/.env', uriBaseId: '%SRCROOT%', index: 2 },
          region: { startLine: 2, startColumn: 11, endLine: 2, endColumn: 26 },
        },
        message: { text: 'Also set here.' },
      },
    ]);
  });

  it('turns fixes into replacements with line/column deleted regions', () => {
    expect(run.results![0].fixes).toEqual([
      {
        description: { text: 'use the latest tag' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'deploy/docker-compose.cloudru-proxy.yml', uriBaseId: '%SRCROOT%', index: 0 },
            replacements: [
              { deletedRegion: { startLine: 3, startColumn: 37, endLine: 3, endColumn: 43 }, insertedContent: { text: 'latest' } },
            ],
          },
        ],
      },
    ]);
    expect(run.results![2].fixes![0].properties).toEqual({ suggestion: true });
    expect(run.results![3].fixes![0].artifactChanges[0].replacements![0]).toEqual({
      deletedRegion: { startLine: 7, startColumn: 1, endLine: 8, endColumn: 1 },
      insertedContent: { text: '' },
    });
  });

  it('falls back to character offsets for fixes in files whose text is unknown', () => {
    const file = source('x.yml', 'a: b\n');
    const finding = findingAt(file, 'b', { ruleId: 'r', severity: 'error', message: 'm' });
    finding.fix = { description: 'd', edits: [{ file: 'other.env', start: 3, end: 5, text: 'z' }] };
    const result = buildSarifLog(makeResult([file], [finding]), CONTEXT).runs[0].results![0];
    expect(result.fixes![0].artifactChanges[0]).toEqual({
      artifactLocation: { uri: 'other.env', uriBaseId: '%SRCROOT%', index: 1 },
      replacements: [{ deletedRegion: { charOffset: 3, charLength: 2 }, insertedContent: { text: 'z' } }],
    });
  });

  it('widens a zero-width region to one character', () => {
    const file = source('x.yml', 'a:\n');
    const finding = findingAt(file, ':', { ruleId: 'r', severity: 'error', message: 'm' });
    finding.location = { ...finding.location, column: 3, endColumn: 3 };
    const region = buildSarifLog(makeResult([file], [finding]), CONTEXT).runs[0].results![0].locations![0].physicalLocation!.region;
    expect(region).toEqual({ startLine: 1, startColumn: 3, endLine: 1, endColumn: 4 });
  });

  it('encodes URIs segment by segment and makes the root an absolute directory URI', () => {
    expect(pathToUriReference('a b/ü#1?.yml')).toBe('a%20b/%C3%BC%231%3F.yml');
    expect(rootUri('/srv/my repo')).toBe('file:///srv/my%20repo/');
    expect(rootUri('/')).toBe('file:///');
  });

  it('prints pretty JSON ending with a newline', () => {
    const out = sarifReporter.format(richResult(), CONTEXT);
    expect(out.endsWith('}\n')).toBe(true);
    expect(JSON.parse(out)).toEqual(log);
  });
});

describe('sarif partial fingerprints', () => {
  it('survive unrelated lines inserted above', () => {
    const before = fingerprintsOf(buildSarifLog(richResult(), CONTEXT));
    const shifted = '# a comment\nx-common: &common {}\n' + COMPOSE_TEXT;
    const after = fingerprintsOf(buildSarifLog(richResult(shifted), CONTEXT));
    expect(after).toEqual(before);
    expect(new Set(before).size).toBe(before.length);
    for (const fp of before) expect(fp).toMatch(/^[0-9a-f]{32}:1$/);
  });

  it('change when the reported line changes', () => {
    const before = fingerprintsOf(buildSarifLog(richResult(), CONTEXT));
    const edited = COMPOSE_TEXT.replace('image: legard', 'image:  legard');
    const after = fingerprintsOf(buildSarifLog(richResult(edited), CONTEXT));
    expect(after[0]).not.toBe(before[0]);
    expect(after.slice(1)).toEqual(before.slice(1));
  });

  it('count identical problems on identical lines instead of colliding', () => {
    const file = source('c.yml', 'a:\n  m: x\nb:\n  m: x\n');
    const first = findingAt(file, 'x', { ruleId: 'r', severity: 'error', message: 'bad x' });
    const second = findingAt(file, 'x', { ruleId: 'r', severity: 'error', message: 'bad x', occurrence: 2 });
    const prints = fingerprints([first, second], new Map([[file.path, file]]));
    expect(prints[0].split(':')[0]).toBe(prints[1].split(':')[0]);
    expect(prints.map((p) => p.split(':')[1])).toEqual(['1', '2']);
  });
});
