/**
 * Recognises git's own folder under every name a file system may give it. A checkout's
 * `.git/config` holds the token the checkout was made with (`AUTHORIZATION: basic …`), so no
 * file in or through a `.git` folder is ever read, whichever spelling a path uses.
 */

/** Code points HFS+ ignores in names (as git's `is_hfs_dotgit` does): `.g\u200cit` is `.git` there. */
const HFS_IGNORABLE = /[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/g;

/**
 * Whether one path segment names a `.git` folder somewhere: any case (macOS and Windows file
 * systems fold it), with the trailing dots and spaces Windows drops, an NTFS stream suffix
 * (`.git::$INDEX_ALLOCATION`), its 8.3 short name (`GIT~1`), or HFS+-ignorable characters.
 */
export function isGitName(segment: string): boolean {
  let name = segment.replace(HFS_IGNORABLE, '').toLowerCase();
  const stream = name.indexOf(':');
  if (stream >= 0) name = name.slice(0, stream);
  name = name.replace(/[. ]+$/, '');
  return name === '.git' || /^git~\d+$/.test(name);
}

/** Whether a relative path has a `.git` segment anywhere (the `.git` file of a worktree included). */
export function insideGit(relPath: string): boolean {
  return relPath.split(/[\\/]/).some(isGitName);
}
