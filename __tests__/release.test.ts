/**
 * scripts/release.mjs: the changelog transformation and version bumps as functions, and the whole
 * script (dry run, refusals, a real run) on a temporary git repository whose gen-assets and
 * bundle steps are stand-ins that write the version where the real ones do.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempTree } from './support/tmp.js';

const script = fileURLToPath(new URL('../scripts/release.mjs', import.meta.url));
interface Release {
  nextVersion(current: string, bump: string): string;
  releaseChangelog(text: string, version: string, date: string, repoUrl: string): string;
  repositoryUrl(pkg: unknown): string;
}
const load = async () => (await import(script)) as Release;
const REPO = 'https://github.com/clawcheck/clawcheck';

const CHANGELOG = [
  '# Changelog',
  '',
  'Intro.',
  '',
  '## [Unreleased]',
  '',
  '### Added',
  '',
  '- A new rule.',
  '',
  '### Fixed',
  '',
  '- A wrong column.',
  '',
  '## [0.1.0] - 2026-11-24',
  '',
  '### Added',
  '',
  '- Everything.',
  '',
  `[Unreleased]: ${REPO}/commits/main`,
  '',
].join('\n');

describe('releaseChangelog', () => {
  test('moves the Unreleased entries under the version and date, keeps an empty Unreleased, updates the links', async () => {
    const { releaseChangelog } = await load();
    expect(releaseChangelog(CHANGELOG, '0.2.0', '2026-12-03', REPO)).toBe(
      [
        '# Changelog',
        '',
        'Intro.',
        '',
        '## [Unreleased]',
        '',
        '## [0.2.0] - 2026-12-03',
        '',
        '### Added',
        '',
        '- A new rule.',
        '',
        '### Fixed',
        '',
        '- A wrong column.',
        '',
        '## [0.1.0] - 2026-11-24',
        '',
        '### Added',
        '',
        '- Everything.',
        '',
        `[Unreleased]: ${REPO}/compare/v0.2.0...HEAD`,
        `[0.2.0]: ${REPO}/releases/tag/v0.2.0`,
        '',
      ].join('\n'),
    );
  });

  test('a second release stacks above the first; the changelog without link references gets them', async () => {
    const { releaseChangelog } = await load();
    const once = releaseChangelog(CHANGELOG.replace(/\n\[Unreleased\]: .*\n/, '\n'), '0.2.0', '2026-12-03', REPO);
    expect(once.endsWith(`\n\n[Unreleased]: ${REPO}/compare/v0.2.0...HEAD\n[0.2.0]: ${REPO}/releases/tag/v0.2.0\n`)).toBe(true);
    const next = once.replace('## [Unreleased]\n', '## [Unreleased]\n\n### Changed\n\n- Faster.\n');
    const twice = releaseChangelog(next, '0.3.0', '2026-12-10', REPO);
    expect(twice).toContain('## [Unreleased]\n\n## [0.3.0] - 2026-12-10\n\n### Changed\n\n- Faster.\n\n## [0.2.0] - 2026-12-03\n');
    expect(twice).toContain(`[Unreleased]: ${REPO}/compare/v0.3.0...HEAD\n[0.3.0]: ${REPO}/releases/tag/v0.3.0\n[0.2.0]: ${REPO}/releases/tag/v0.2.0\n`);
  });

  test('refuses an empty Unreleased section, a version already there, a missing section and a bad date', async () => {
    const { releaseChangelog } = await load();
    const empty = releaseChangelog(CHANGELOG, '0.2.0', '2026-12-03', REPO);
    expect(() => releaseChangelog(empty, '0.3.0', '2026-12-03', REPO)).toThrow('no entries under Unreleased');
    expect(() => releaseChangelog(CHANGELOG, '0.1.0', '2026-12-03', REPO)).toThrow('already has a 0.1.0 section');
    expect(() => releaseChangelog('# Changelog\n', '0.2.0', '2026-12-03', REPO)).toThrow('no "## [Unreleased]" section');
    expect(() => releaseChangelog(CHANGELOG, '0.2.0', '3 Dec 2026', REPO)).toThrow('is not YYYY-MM-DD');
  });
});

test('nextVersion: major, minor, patch or an explicit greater X.Y.Z', async () => {
  const { nextVersion } = await load();
  expect(['major', 'minor', 'patch', '0.1.1', '1.0.0'].map((b) => nextVersion('0.1.0', b))).toEqual(['1.0.0', '0.2.0', '0.1.1', '0.1.1', '1.0.0']);
  expect(() => nextVersion('0.1.0', '0.1.0')).toThrow('not greater');
  expect(() => nextVersion('1.2.0', '1.1.9')).toThrow('not greater');
  expect(() => nextVersion('0.1.0', 'v0.2.0')).toThrow('must be X.Y.Z');
});

test('repositoryUrl: the https address from package.json repository', async () => {
  const { repositoryUrl } = await load();
  expect(repositoryUrl({ repository: { type: 'git', url: 'git+https://github.com/clawcheck/clawcheck.git' } })).toBe(REPO);
  expect(repositoryUrl({ repository: 'github:clawcheck/clawcheck' })).toBe(REPO);
});

describe('npm run release on a git repository', () => {
  const gitEnv = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' };
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' }).trim();
  const release = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd, env: gitEnv, encoding: 'utf8' });

  /** A repository on main with one commit: the release inputs and stand-ins for the two build steps. */
  function repo(): string {
    const dir = tempTree({
      'package.json': `${JSON.stringify({ name: 'clawcheck', version: '0.1.0', repository: { type: 'git', url: `git+${REPO}.git` } }, null, 2)}\n`,
      'package-lock.json': `${JSON.stringify({ name: 'clawcheck', version: '0.1.0', lockfileVersion: 3, packages: { '': { name: 'clawcheck', version: '0.1.0' } } }, null, 2)}\n`,
      'CHANGELOG.md': CHANGELOG,
      // The real scripts embed the version in src/generated/ and rebuild dist/; these do the same in miniature.
      'scripts/gen-assets.mjs':
        "import { readFileSync, writeFileSync } from 'node:fs';\nconst { version } = JSON.parse(readFileSync('package.json', 'utf8'));\nwriteFileSync('src/generated/assets.ts', `export const VERSION = ${JSON.stringify(version)};\\n`);\n",
      'scripts/bundle.mjs': "import { readFileSync, writeFileSync } from 'node:fs';\nwriteFileSync('dist/index.js', readFileSync('src/generated/assets.ts', 'utf8'));\n",
      'src/generated/assets.ts': 'export const VERSION = "0.1.0";\n',
      'dist/index.js': 'export const VERSION = "0.1.0";\n',
    });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'config', 'user.name', 'Release Test');
    git(dir, 'config', 'user.email', 'release@example.invalid');
    git(dir, 'config', 'commit.gpgsign', 'false');
    git(dir, 'config', 'tag.gpgsign', 'false');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'Initial');
    git(dir, 'tag', '-a', 'v0', '-m', 'an older v0');
    return dir;
  }

  const snapshot = (dir: string) => ({
    head: git(dir, 'rev-parse', 'HEAD'),
    tags: git(dir, 'show-ref', '--tags'),
    status: git(dir, 'status', '--porcelain'),
    files: ['package.json', 'package-lock.json', 'CHANGELOG.md', 'src/generated/assets.ts', 'dist/index.js'].map((f) => readFileSync(join(dir, f), 'utf8')),
  });

  test('--dry-run prints every step and the new changelog section, and changes nothing', () => {
    const dir = repo();
    const before = snapshot(dir);
    const r = release(dir, 'minor', '--dry-run', '--date', '2026-12-03');
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('Would release v0.2.0 (0.1.0 -> 0.2.0), dated 2026-12-03:');
    const steps = r.stdout.split('\n').filter((l) => /^ {2}\d\. /.test(l));
    expect(steps).toEqual([
      '  1. package.json, package-lock.json: version 0.1.0 -> 0.2.0',
      '  2. CHANGELOG.md: the Unreleased entries become "## [0.2.0] - 2026-12-03"',
      '  3. node scripts/gen-assets.mjs',
      '  4. node scripts/bundle.mjs',
      '  5. git add -- package.json package-lock.json CHANGELOG.md src/generated dist',
      '  6. git commit -m "Release v0.2.0"',
      '  7. git tag -a v0.2.0 -m "clawcheck v0.2.0"',
      '  8. git tag -f -a v0 -m "clawcheck v0.2.0"   (moves v0 to v0.2.0)',
    ]);
    expect(r.stdout).toContain('CHANGELOG.md would read:\n\n## [0.2.0] - 2026-12-03\n\n### Added\n\n- A new rule.\n\n### Fixed\n\n- A wrong column.\n');
    expect(r.stdout).toContain('Dry run: nothing was changed.');
    expect(r.stdout).toContain('git push --force origin v0');
    expect(snapshot(dir)).toEqual(before);
  });

  test('refuses a dirty tree, another branch, an existing tag and an empty changelog, even in a dry run', () => {
    const dir = repo();
    writeFileSync(join(dir, 'notes.txt'), 'uncommitted\n');
    let r = release(dir, 'patch', '--dry-run');
    expect([r.status, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toMatch(/cannot release v0\.1\.1:\n {2}- the working tree is not clean:\n {4}\?\? notes\.txt/);

    git(dir, 'add', 'notes.txt');
    git(dir, 'commit', '-q', '-m', 'Notes');
    git(dir, 'checkout', '-q', '-b', 'topic');
    git(dir, 'tag', 'v0.1.1');
    r = release(dir, 'patch', '--dry-run');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('on branch topic, not main');
    expect(r.stderr).toContain('tag v0.1.1 exists already');

    git(dir, 'checkout', '-q', 'main');
    writeFileSync(join(dir, 'CHANGELOG.md'), '# Changelog\n\n## [Unreleased]\n\n## [0.1.0] - 2026-11-24\n\n- Everything.\n');
    git(dir, 'commit', '-q', '-am', 'Empty changelog');
    r = release(dir, 'minor', '--dry-run');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('nothing to release');

    expect(release(dir).status).toBe(2); // no version: usage
  });

  test('a release commits the bumped, regenerated and rebuilt files, tags vX.Y.Z and moves vX', () => {
    const dir = repo();
    const initial = git(dir, 'rev-parse', 'HEAD');
    const r = release(dir, 'minor', '--date', '2026-12-03');
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('Releasing v0.2.0');

    const head = git(dir, 'rev-parse', 'HEAD');
    expect(git(dir, 'rev-parse', 'HEAD~1')).toBe(initial);
    expect(git(dir, 'log', '-1', '--format=%s')).toBe('Release v0.2.0');
    expect(git(dir, 'status', '--porcelain')).toBe('');
    expect(git(dir, 'show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual(['CHANGELOG.md', 'dist/index.js', 'package-lock.json', 'package.json', 'src/generated/assets.ts']);

    expect(git(dir, 'cat-file', '-t', 'v0.2.0')).toBe('tag'); // annotated
    expect(git(dir, 'rev-parse', 'v0.2.0^{commit}')).toBe(head);
    expect(git(dir, 'rev-parse', 'v0^{commit}')).toBe(head); // moved from the initial commit
    expect(git(dir, 'cat-file', '-t', 'v0')).toBe('tag');

    const read = (f: string) => readFileSync(join(dir, f), 'utf8');
    expect(JSON.parse(read('package.json')).version).toBe('0.2.0');
    const lock = JSON.parse(read('package-lock.json'));
    expect([lock.version, lock.packages[''].version]).toEqual(['0.2.0', '0.2.0']);
    expect(read('src/generated/assets.ts')).toBe('export const VERSION = "0.2.0";\n');
    expect(read('dist/index.js')).toBe('export const VERSION = "0.2.0";\n');
    expect(read('CHANGELOG.md')).toContain('## [Unreleased]\n\n## [0.2.0] - 2026-12-03\n\n### Added\n\n- A new rule.\n');
  });

  test('the repository\'s own CHANGELOG.md has entries under Unreleased and transforms', async () => {
    const { releaseChangelog } = await load();
    const root = fileURLToPath(new URL('..', import.meta.url));
    const text = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
    const out = releaseChangelog(text, '9.9.9', '2026-12-31', REPO);
    expect(out).toMatch(/^## \[Unreleased\]\n\n## \[9\.9\.9\] - 2026-12-31\n\n### /m);
  });
});
