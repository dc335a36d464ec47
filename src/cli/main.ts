#!/usr/bin/env node
import { runCli } from './run.js';

/** Standard input as UTF-8 text, for --stdin; undefined once it grows past `limit` bytes (nothing more is held). */
async function readStdin(limit: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

runCli({ argv: process.argv.slice(2), cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, readStdin }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`clawcheck: internal error: ${String(e)}\n`);
    process.exitCode = 3;
  },
);
