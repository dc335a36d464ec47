#!/usr/bin/env node
import { runCli } from './run.js';

runCli({ argv: process.argv.slice(2), cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`clawcheck: internal error: ${String(e)}\n`);
    process.exitCode = 3;
  },
);
