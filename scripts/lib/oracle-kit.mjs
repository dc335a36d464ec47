// Shared by the differential checks (scripts/oracle.mjs, scripts/compose-oracle.mjs): a seeded
// PRNG, a bounded pool, and clawcheck's own core bundled from its sources for a question.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** mulberry32: small, fast, and the same everywhere — the same seed gives the same inputs. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `f` over `items`, at most `jobs` at a time, results in order. */
export async function pool(items, jobs, f) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await f(items[i]);
      }
    }),
  );
  return results;
}

/** Bundles `entry` (a .ts file of the repository) with ncc into `out` and imports it. */
export async function bundledEntry(repo, entry, out, what) {
  const ncc = join(repo, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  const r = spawnSync(process.execPath, [ncc, 'build', join(repo, entry), '-o', out, '--no-cache', '--quiet', '--target', 'es2022'], { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bundling ${what} failed:\n${r.stderr}`);
  return import(join(out, 'index.js'));
}
