/**
 * Property-based fuzzing of parse → judge → fix over mutated compose and openclaw.json files
 * (generators and the property: __tests__/support/fuzz-cases.ts). The suite runs a fixed-seed
 * sample; `npm run fuzz` runs 10 000 cases (FUZZ_RUNS, FUZZ_SEED to change or replay).
 */
import { expect, it } from '@jest/globals';
import fc from 'fast-check';
import { checkCase, fuzzCase } from '../support/fuzz-cases.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20260214);

it(`parse → judge → fix holds its properties on ${RUNS} generated documents (seed ${SEED})`, () => {
  let cases = 0;
  fc.assert(
    fc.property(fuzzCase, (c) => {
      cases++;
      checkCase(c);
    }),
    { seed: SEED, numRuns: RUNS, endOnFailure: false },
  );
  if (process.env.FUZZ_RUNS) process.stdout.write(`fuzz: ${cases} cases (seed ${SEED})\n`);
  expect(cases).toBeGreaterThanOrEqual(RUNS);
}, Math.max(30_000, RUNS * 200));
