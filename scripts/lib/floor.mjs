// The practical floor for scripts/bench.mjs: read every file clawcheck checked and parse it
// with the yaml Document API (eemeli/yaml, what every compose file cost before clawcheck's own
// fast path) and momoa JSON5 for openclaw; .env files are only read. Nothing else is done.
// Usable in-process (parseAll) or as a whole process (`--read-only`: reading alone):
//   node scripts/lib/floor.mjs <root> <list.json> [--read-only]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseJson5 } from '@humanwhocodes/momoa';
import { parseAllDocuments } from 'yaml';

// The library reads process.env.LOG_TOKENS for every token; process.env is backed by getenv()
// and the bundles skip that lookup (scripts/bundle.mjs), so the floor does not pay it either.
process.env = { ...process.env };

/** Reads and parses `files` (paths relative to `root`); returns counts so the work cannot be optimised away. */
export function parseAll(root, files, { readOnly = false } = {}) {
  let docs = 0;
  let errors = 0;
  let bytes = 0;
  for (const rel of files) {
    const text = readFileSync(join(root, rel), 'utf8');
    bytes += text.length;
    if (readOnly) continue;
    if (/\.ya?ml$/i.test(rel)) {
      for (const d of parseAllDocuments(text, { merge: true, uniqueKeys: true })) {
        docs++;
        if (d.errors.length) errors++;
      }
    } else if (/\.json5?$/i.test(rel)) {
      try {
        parseJson5(text, { mode: 'json5', ranges: true, allowTrailingCommas: true });
        docs++;
      } catch {
        errors++;
      }
    }
  }
  return { docs, errors, bytes };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [root, list, mode] = process.argv.slice(2);
  const r = parseAll(root, JSON.parse(readFileSync(list, 'utf8')), { readOnly: mode === '--read-only' });
  process.stdout.write(JSON.stringify(r) + '\n');
}
