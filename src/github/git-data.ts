/**
 * Git Data API operations (refs, commits, trees, blobs), one concern each. None of them forces a
 * ref except `forceBranchTo` (a compare-and-swap), which only the autofix-PR flow uses, on the
 * branch clawcheck owns.
 * API errors other than the outcomes each function names are thrown as Octokit raises them.
 */
import { createHash } from 'node:crypto';
import type { GitHubClient } from './client.js';
import { statusOf } from './client.js';

export interface FileChange {
  /** Repository-relative, `/`-separated. */
  path: string;
  /** The new text (written as UTF-8 bytes). */
  content: string;
}

export interface CommitInfo {
  sha: string;
  treeSha: string;
  parents: string[];
  message: string;
}

export interface BlobEntry {
  mode: string;
  type: string;
  sha: string;
}

/** The sha git gives a blob with these bytes (`git hash-object`), computed locally. */
export function blobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** Message and details of an Octokit error, for matching GitHub's 422 texts. */
export function errorText(e: unknown): string {
  const err = e as { message?: unknown; response?: { data?: unknown } };
  return `${String(err?.message ?? e)} ${JSON.stringify(err?.response?.data ?? '')}`;
}

/** A repository-relative path as the trees API wants it; throws on absolute or escaping paths. */
export function repoPath(path: string): string {
  const p = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  if (!p || p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.split('/').some((s) => s === '..' || s === '' || s === '.'))
    throw new Error(`Not a repository-relative path: ${path}`);
  return p;
}

/** The commit `branch` points at, or undefined when the branch does not exist. */
export async function getBranchHead(client: GitHubClient, owner: string, repo: string, branch: string): Promise<string | undefined> {
  try {
    const { data } = await client.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
    return data.object.sha;
  } catch (e) {
    if (statusOf(e) === 404) return undefined;
    throw e;
  }
}

export async function getCommit(client: GitHubClient, owner: string, repo: string, sha: string): Promise<CommitInfo> {
  const { data } = await client.rest.git.getCommit({ owner, repo, commit_sha: sha });
  return { sha: data.sha, treeSha: data.tree.sha, parents: data.parents.map((p) => p.sha), message: data.message };
}

/**
 * Every blob (and link/submodule) under a tree, by path. One recursive request; when GitHub
 * truncates it (very large trees) only the folders leading to `wanted` paths are walked.
 */
export async function readTree(client: GitHubClient, owner: string, repo: string, treeSha: string, wanted?: string[]): Promise<Map<string, BlobEntry>> {
  const { data } = await client.rest.git.getTree({ owner, repo, tree_sha: treeSha, recursive: '1' });
  const entries = new Map<string, BlobEntry>();
  if (!data.truncated || !wanted) {
    for (const e of data.tree) if (e.type !== 'tree' && e.path && e.sha) entries.set(e.path, { mode: e.mode ?? '100644', type: e.type ?? 'blob', sha: e.sha });
    if (!data.truncated) return entries;
    throw new Error(`The tree ${treeSha} is too large to read in one request`);
  }
  type Listed = { path?: string; mode?: string; type?: string; sha?: string };
  const folders = new Map<string, Promise<Listed[]>>();
  const list = (sha: string) => {
    if (!folders.has(sha)) folders.set(sha, client.rest.git.getTree({ owner, repo, tree_sha: sha }).then((r) => r.data.tree));
    return folders.get(sha)!;
  };
  for (const path of wanted) {
    let sha: string | undefined = treeSha;
    const parts = path.split('/');
    for (let i = 0; sha && i < parts.length; i++) {
      const hit: Listed | undefined = (await list(sha)).find((e) => e.path === parts[i]);
      if (i === parts.length - 1 && hit?.sha && hit.type !== 'tree') entries.set(path, { mode: hit.mode ?? '100644', type: hit.type ?? 'blob', sha: hit.sha });
      sha = hit?.type === 'tree' ? hit.sha : undefined;
    }
  }
  return entries;
}

/**
 * One commit on top of `parentSha` that changes only `changes`: a blob per file, a tree with
 * the parent's tree as `base_tree` (every other path stays as it is; modes of existing files
 * are kept, new files are 100644), a commit with the parent as its only parent. No author or
 * committer is sent, so GitHub attributes the commit to the token's identity and signs it
 * (shown as verified). Re-running it writes the same blobs and tree again: content-addressed.
 */
export async function commitFiles(
  client: GitHubClient,
  owner: string,
  repo: string,
  input: { parentSha: string; changes: FileChange[]; message: string },
): Promise<{ sha: string; treeSha: string }> {
  const parent = await getCommit(client, owner, repo, input.parentSha);
  const paths = input.changes.map((c) => repoPath(c.path));
  const existing = await readTree(client, owner, repo, parent.treeSha, paths);
  const tree = [];
  for (const [i, change] of input.changes.entries()) {
    const path = paths[i];
    const old = existing.get(path);
    if (old && old.mode !== '100644' && old.mode !== '100755') throw new Error(`${path} is not a regular file in ${input.parentSha} (mode ${old.mode})`);
    const { data } = await client.rest.git.createBlob({ owner, repo, content: Buffer.from(change.content, 'utf8').toString('base64'), encoding: 'base64' });
    tree.push({ path, mode: (old?.mode ?? '100644') as '100644' | '100755', type: 'blob' as const, sha: data.sha });
  }
  const { data: newTree } = await client.rest.git.createTree({ owner, repo, base_tree: parent.treeSha, tree });
  const { data: commit } = await client.rest.git.createCommit({ owner, repo, message: input.message, tree: newTree.sha, parents: [parent.sha] });
  return { sha: commit.sha, treeSha: newTree.sha };
}

/** Moves `branch` to `sha` only as a fast forward (never forced); 'rejected' when the branch moved elsewhere or is gone. */
export async function updateBranch(client: GitHubClient, owner: string, repo: string, branch: string, sha: string): Promise<'updated' | 'rejected'> {
  try {
    await client.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha, force: false });
    return 'updated';
  } catch (e) {
    if (statusOf(e) === 422 && /fast.?forward|reference does not exist/i.test(errorText(e))) return 'rejected';
    throw e;
  }
}

/** Creates `branch` at `sha`; 'exists' when someone (another run) created it first — it is left as it is. */
export async function createBranch(client: GitHubClient, owner: string, repo: string, branch: string, sha: string): Promise<'created' | 'exists'> {
  try {
    await client.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha });
    return 'created';
  } catch (e) {
    if (statusOf(e) === 422 && /already exists/i.test(errorText(e))) return 'exists';
    throw e;
  }
}

export async function deleteBranch(client: GitHubClient, owner: string, repo: string, branch: string): Promise<'deleted' | 'missing'> {
  try {
    await client.rest.git.deleteRef({ owner, repo, ref: `heads/${branch}` });
    return 'deleted';
  } catch (e) {
    if (statusOf(e) === 404 || (statusOf(e) === 422 && /does not exist/i.test(errorText(e)))) return 'missing';
    throw e;
  }
}

const ZERO_OID = '0'.repeat(40);

/** GraphQL's answer when a field (here the updateRefs mutation) is not in the server's schema. */
const UNKNOWN_FIELD = /Field '\w+' doesn't exist on type/;

/**
 * Moves `branch` to `sha` with force, but only if it still points at `expectedHead` (what the
 * caller read and judged): 'moved' otherwise, and nothing is written.
 *
 * Why forcing is safe here, and only here: the caller (the autofix-PR flow) owns this branch.
 * It is rebuilt every run as one fresh commit on the current base head, so its previous commit
 * is clawcheck's own output, reproducible from the base, and the caller has checked that every
 * commit on it is clawcheck's (trailer and author). Never use this for a branch people push to.
 *
 * No push can be lost: the update is GraphQL's `updateRefs`, an atomic compare-and-swap whose
 * `beforeOid` is `expectedHead` (REST has none: `PATCH …/git/refs` with force overwrites whatever
 * is there). Only a server whose schema lacks `updateRefs` (an old GitHub Enterprise Server)
 * gets a re-read of the ref and a forced REST update; a push between those two requests would be
 * lost there, and that is the one remaining window.
 */
export async function forceBranchTo(
  client: GitHubClient,
  owner: string,
  repo: string,
  branch: string,
  sha: string,
  expectedHead: string,
): Promise<'forced' | 'moved'> {
  const ref = `refs/heads/${branch}`;
  const { repository } = await client.graphql<{ repository?: { id?: string; ref?: { target?: { oid?: string } } | null } | null }>(
    'query($owner: String!, $name: String!, $ref: String!) { repository(owner: $owner, name: $name) { id ref(qualifiedName: $ref) { target { oid } } } }',
    { owner, name: repo, ref },
  );
  const current = repository?.ref?.target?.oid ?? ZERO_OID;
  if (current !== expectedHead) return 'moved';
  if (current === sha) return 'forced';
  if (!repository?.id) throw new Error(`GitHub did not give the id of ${owner}/${repo}`);
  try {
    await client.graphql('mutation($input: UpdateRefsInput!) { updateRefs(input: $input) { clientMutationId } }', {
      input: { repositoryId: repository.id, refUpdates: [{ name: ref, beforeOid: expectedHead, afterOid: sha, force: true }] },
    });
    return 'forced';
  } catch (e) {
    if (UNKNOWN_FIELD.test(errorText(e))) {
      if ((await getBranchHead(client, owner, repo, branch)) !== expectedHead) return 'moved';
      await client.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha, force: true });
      return 'forced';
    }
    // The swap was refused or failed: moved if the branch is no longer where it was.
    if ((await getBranchHead(client, owner, repo, branch)) !== expectedHead) return 'moved';
    throw e;
  }
}
