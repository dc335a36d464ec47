// The local part of a release (docs/release.md): on a clean main, bump the version in
// package.json and package-lock.json, move CHANGELOG.md's Unreleased entries under the new
// version, regenerate src/generated (it embeds the version), rebuild dist/, commit, tag vX.Y.Z
// and move the major tag vX. Pushing and publishing stay by hand; the script prints how.
//
//   npm run release -- <X.Y.Z|major|minor|patch> [--dry-run] [--date YYYY-MM-DD]
//
// --dry-run checks everything, prints each step and the new changelog section, and changes nothing.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const VERSION = /^(\d+)\.(\d+)\.(\d+)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The version a bump names: an explicit X.Y.Z (greater than the current one), or major/minor/patch of it. */
export function nextVersion(current, bump) {
  const now = VERSION.exec(current);
  if (!now) throw new Error(`package.json version ${JSON.stringify(current)} is not X.Y.Z`);
  const [major, minor, patch] = now.slice(1).map(Number);
  const next =
    bump === 'major' ? `${major + 1}.0.0`
    : bump === 'minor' ? `${major}.${minor + 1}.0`
    : bump === 'patch' ? `${major}.${minor}.${patch + 1}`
    : bump;
  const parts = VERSION.exec(next ?? '');
  if (!parts) throw new Error(`the new version must be X.Y.Z, major, minor or patch, not ${JSON.stringify(bump)}`);
  const [a, b, c] = parts.slice(1).map(Number);
  if (a < major || (a === major && (b < minor || (b === minor && c <= patch)))) throw new Error(`${next} is not greater than the current version ${current}`);
  return next;
}

/**
 * CHANGELOG.md with the Unreleased entries under `## [version] - date` and an empty Unreleased
 * section above them; the link references at the bottom point Unreleased at the changes since
 * vversion and the version at its tag. Fails when there is nothing under Unreleased or the
 * version is already there.
 */
export function releaseChangelog(text, version, date, repoUrl) {
  if (!DATE.test(date)) throw new Error(`date ${JSON.stringify(date)} is not YYYY-MM-DD`);
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^## \[Unreleased\]\s*$/i.test(l));
  if (start < 0) throw new Error('CHANGELOG.md has no "## [Unreleased]" section');
  if (lines.some((l) => l.startsWith(`## [${version}]`))) throw new Error(`CHANGELOG.md already has a ${version} section`);
  let end = lines.findIndex((l, i) => i > start && (/^## /.test(l) || /^\[[^\]]+\]: /.test(l)));
  if (end < 0) end = lines.length;
  const body = lines.slice(start + 1, end);
  while (body.length && body[0].trim() === '') body.shift();
  while (body.length && body[body.length - 1].trim() === '') body.pop();
  if (!body.some((l) => /^\s*[-*] /.test(l))) throw new Error('CHANGELOG.md has no entries under Unreleased: nothing to release');
  const out = [...lines.slice(0, start + 1), '', `## [${version}] - ${date}`, '', ...body, '', ...lines.slice(end)];
  const tag = `v${version}`;
  const unreleasedLink = out.findIndex((l) => /^\[Unreleased\]: /i.test(l));
  const links = [`[Unreleased]: ${repoUrl}/compare/${tag}...HEAD`, `[${version}]: ${repoUrl}/releases/tag/${tag}`];
  if (unreleasedLink >= 0) out.splice(unreleasedLink, 1, ...links);
  else {
    while (out.length && out[out.length - 1].trim() === '') out.pop();
    out.push('', ...links, '');
  }
  return out.join('\n');
}

/** https://github.com/owner/name from package.json's repository. */
export function repositoryUrl(pkg) {
  const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  if (!url) throw new Error('package.json has no repository');
  return url.replace(/^git\+/, '').replace(/\.git$/, '').replace(/^github:/, 'https://github.com/');
}

function parseArgs(argv) {
  const args = { dryRun: false, date: new Date().toISOString().slice(0, 10), bump: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dry-run') args.dryRun = true;
    else if (a === '--date') args.date = argv[++i];
    else if (a.startsWith('--date=')) args.date = a.slice('--date='.length);
    else if (a === '-h' || a === '--help') args.help = true;
    else if (!a.startsWith('-') && args.bump === undefined) args.bump = a;
    else throw new Error(`unknown argument ${JSON.stringify(a)}`);
  }
  return args;
}

function main(argv) {
  const args = parseArgs(argv);
  if (args.help || !args.bump) {
    console.log('usage: npm run release -- <X.Y.Z|major|minor|patch> [--dry-run] [--date YYYY-MM-DD]');
    return args.help ? 0 : 2;
  }
  const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
  const git = (...a) => execFileSync('git', a, { cwd: root, encoding: 'utf8' }).trim();

  const problems = [];
  const branch = git('rev-parse', '--abbrev-ref', 'HEAD');
  if (branch !== 'main') problems.push(`on branch ${branch}, not main`);
  const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
  if (dirty.length) {
    const shown = dirty.slice(0, 10).map((l) => `    ${l}`);
    if (dirty.length > shown.length) shown.push(`    … and ${dirty.length - shown.length} more`);
    problems.push(`the working tree is not clean:\n${shown.join('\n')}`);
  }

  const pkgPath = join(root, 'package.json');
  const lockPath = join(root, 'package-lock.json');
  const changelogPath = join(root, 'CHANGELOG.md');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  const version = nextVersion(pkg.version, args.bump);
  const tag = `v${version}`;
  const majorTag = `v${version.split('.')[0]}`;
  if (git('tag', '--list', tag)) problems.push(`tag ${tag} exists already`);
  const changelog = releaseChangelog(readFileSync(changelogPath, 'utf8'), version, args.date, repositoryUrl(pkg));
  if (problems.length) throw new Error(`cannot release ${tag}:\n  - ${problems.join('\n  - ')}`);

  const message = `Release ${tag}`;
  const steps = [
    [`package.json, package-lock.json: version ${pkg.version} -> ${version}`, () => {
      writeFileSync(pkgPath, `${JSON.stringify({ ...pkg, version }, null, 2)}\n`);
      const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
      lock.version = version;
      if (lock.packages?.['']) lock.packages[''].version = version;
      writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
    }],
    [`CHANGELOG.md: the Unreleased entries become "## [${version}] - ${args.date}"`, () => writeFileSync(changelogPath, changelog)],
    ['node scripts/gen-assets.mjs', () => execFileSync(process.execPath, ['scripts/gen-assets.mjs'], { cwd: root, stdio: 'inherit' })],
    ['node scripts/bundle.mjs', () => execFileSync(process.execPath, ['scripts/bundle.mjs'], { cwd: root, stdio: 'inherit' })],
    ['git add -- package.json package-lock.json CHANGELOG.md src/generated dist', () => git('add', '--', 'package.json', 'package-lock.json', 'CHANGELOG.md', 'src/generated', 'dist')],
    [`git commit -m "${message}"`, () => git('commit', '-q', '-m', message)],
    [`git tag -a ${tag} -m "clawcheck ${tag}"`, () => git('tag', '-a', tag, '-m', `clawcheck ${tag}`)],
    [`git tag -f -a ${majorTag} -m "clawcheck ${tag}"   (moves ${majorTag} to ${tag})`, () => git('tag', '-f', '-a', majorTag, '-m', `clawcheck ${tag}`)],
  ];

  console.log(`${args.dryRun ? 'Would release' : 'Releasing'} ${tag} (${pkg.version} -> ${version}), dated ${args.date}:`);
  steps.forEach(([say, run], i) => {
    console.log(`  ${i + 1}. ${say}`);
    if (!args.dryRun) run();
  });
  if (args.dryRun) {
    const section = changelog.split('\n');
    const from = section.findIndex((l) => l.startsWith(`## [${version}]`));
    const to = section.findIndex((l, i) => i > from && /^## /.test(l));
    console.log(`\nCHANGELOG.md would read:\n\n${section.slice(from, to < 0 ? undefined : to).join('\n').trimEnd()}\n`);
    console.log('Dry run: nothing was changed.');
  }
  console.log(`\nThen, after CI passes on the release commit:\n  git push origin main ${tag}\n  git push --force origin ${majorTag}\n  npm publish\n  (and a GitHub release for ${tag} from its CHANGELOG.md section)`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error(`release: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}
