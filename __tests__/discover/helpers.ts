import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Temporary folder trees for discovery tests; each test builds and removes its own. */
const made: string[] = [];

/** Creates `files` (path → content) under a fresh temporary folder and returns its path. */
export async function makeTree(files: Record<string, string | Buffer>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'clawcheck-discover-'));
  made.push(root);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

/** A second temporary folder, e.g. the outside target of a symlink. */
export async function makeOutsideDir(): Promise<string> {
  return makeTree({ 'secret.yml': 'services: {}\n', 'docker-compose.yml': 'services: {}\n' });
}

export async function removeTrees(): Promise<void> {
  await Promise.all(made.splice(0).map((root) => rm(root, { recursive: true, force: true })));
}

export const COMPOSE = 'services:\n  claude-code-proxy:\n    image: legard/claude-code-proxy:latest\n';

export const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
