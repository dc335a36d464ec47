/**
 * Loads OpenClaw's schema before any test judges an openclaw file: judging is synchronous, and
 * the CLI and the Action load it the same way (src/core/check.ts) before they judge.
 */
import { loadOpenclawSchema } from '../../src/openclaw/schema.js';

await loadOpenclawSchema();
