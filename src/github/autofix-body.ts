import type { FixedFile } from '../fix/fix.js';
import { plural } from '../report/plural.js';
import { docsUrl } from '../rules/types.js';
import { codeFence, escapeMarkdown, fitDiffs, markdownLink, utf8Bytes } from './markdown.js';

/** GitHub's pull request body limit is 65 536 characters; stay well below it in bytes. */
const MAX_BODY_BYTES = 60_000;

/** The autofix pull request's body: what was fixed, why, the diff, and how to make CI run on it. */
export function autofixPullRequestBody(files: FixedFile[], base: string): string {
  const rows = files.flatMap((f) =>
    f.fixed.map((finding) => `| ${escapeMarkdown(f.path)} | ${finding.location.line} | ${markdownLink(finding.ruleId, docsUrl(finding.ruleId))} | ${escapeMarkdown(finding.fix?.description ?? finding.message)} |`),
  );
  const shown = rows.slice(0, 300);
  const head = [
    `clawcheck fixed ${plural(rows.length, 'problem')} in ${plural(files.length, 'file')} on \`${escapeMarkdown(base)}\`.`,
    '',
    '| file | line | rule | fix |',
    '|---|---:|---|---|',
    ...shown,
    ...(rows.length > shown.length ? [`| … ${rows.length - shown.length} more | | | |`] : []),
    '',
  ].join('\n');
  const note = [
    '',
    '> [!NOTE]',
    '> Pull requests opened with the default `GITHUB_TOKEN` do not start other workflows, so checks may not run here.',
    '> Give the clawcheck step a GitHub App token or a personal access token (input `token`) to have them run.',
    '',
    '<sub>Updated by clawcheck on every run; the branch is rebuilt from the current base each time.</sub>',
    '',
  ].join('\n');
  const block = (diff: string) => `\n${codeFence(diff, 'diff')}\n`;
  const fitted = fitDiffs(files, MAX_BODY_BYTES - 200 - utf8Bytes(head + note), { size: (d) => utf8Bytes(block(d)), stopAtFirstMiss: true });
  let diffs = fitted.diffs.map(block).join('');
  if (fitted.left) diffs += '\n_The diff is cut here to fit the pull request body; the branch has every change._\n';
  return `${head}\n<details><summary>Diff</summary>\n${diffs}\n</details>\n${note}`;
}
