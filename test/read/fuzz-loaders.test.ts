// Random bytes, truncations, bit flips and repeated slices of real files (examples/data, the external public
// files when present) through every loader and adapter: a result or a one-line ReadError, never anything else,
// and in time proportional to the input.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from '@uwdata/flechette';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { importCtdc } from '../../src/adapters/ctdc.js';
import { importFrontexIbc } from '../../src/adapters/frontex-ibc.js';
import { importMissingMigrants } from '../../src/adapters/missing-migrants.js';
import { fromCSV } from '../../src/read/from-csv.js';
import { fromJSON } from '../../src/read/from-json.js';
import { fromNDJSON } from '../../src/read/from-ndjson.js';
import { isReadError } from '../../src/read/read-error.js';
import { validateRecords } from '../../src/validate/validate-records.js';
import { toArrow } from '../../src/write/to-arrow.js';
import { toJSON } from '../../src/write/to-json.js';
import { toNDJSON } from '../../src/write/to-ndjson.js';
import { externalDir, hasExternal } from '../adapters/external.js';
import { examplesDir, exampleRecords, fuzzTimeout, mutatedBytes, printTally, runs, tally } from '../helpers/hostile-records.js';

afterAll(printTally);

const csvSeeds = readdirSync(examplesDir).filter((f) => f.endsWith('.csv')).map((f) => new Uint8Array(readFileSync(join(examplesDir, f))));
const incidents = exampleRecords('incident');
const jsonSeeds = [new TextEncoder().encode(toJSON(incidents, 'incident', { includeRestricted: true }).text)];
const ndjsonSeeds = [new TextEncoder().encode(toNDJSON(incidents, 'incident', { includeRestricted: true }).text)];
const arrowSeeds = [toArrow(incidents, 'incident', { includeRestricted: true }).bytes];

/** The first 64 KB of each external file (enough for every layout's header and many rows). */
function externalSeeds(dir: string): Uint8Array[] {
  if (!hasExternal) return [];
  try {
    return readdirSync(join(externalDir, dir)).filter((f) => f.endsWith('.csv')).map((f) => new Uint8Array(readFileSync(join(externalDir, dir, f)).subarray(0, 65_536)));
  } catch {
    return [];
  }
}

/** Run `fn`; it may return or throw a ReadError (or, for adapters, a plain Error with one line); nothing else. */
function harmless(target: string, fn: () => unknown, allowError = false): void {
  const t0 = performance.now();
  try {
    fn();
  } catch (err) {
    const ok = isReadError(err) || (allowError && err instanceof Error && !(err instanceof RangeError) && !(err instanceof TypeError));
    if (!ok) throw new Error(`${target}: ${(err as Error)?.name}: ${(err as Error)?.message}`);
    expect((err as Error).message.split('\n')[0].length).toBeGreaterThan(0);
  }
  expect(performance.now() - t0, `${target} took too long`).toBeLessThan(10_000);
  tally(target);
}

const loaders: [string, Uint8Array[], (b: Uint8Array) => unknown][] = [
  ['fromCSV + validate', csvSeeds, (b) => validateRecords(fromCSV(b, { type: 'incident' }))],
  ['fromCSV (no type)', csvSeeds, (b) => fromCSV(b)],
  ['fromJSON + validate', jsonSeeds, (b) => validateRecords(fromJSON(b, { type: 'incident' }))],
  ['fromNDJSON + validate', ndjsonSeeds, (b) => validateRecords(fromNDJSON(b, { type: 'incident' }))],
];

describe('loaders never crash on damaged input (fuzz)', () => {
  it.each(loaders)('%s', (name, seeds, load) => {
    fc.assert(fc.property(mutatedBytes(seeds), ({ bytes }) => harmless(name, () => load(bytes))), { numRuns: runs(150) });
  }, fuzzTimeout());
  it('Arrow IPC bytes: the reader either reads or throws an Error (the CLI turns it into one line, exit 2)', () => {
    fc.assert(
      fc.property(mutatedBytes(arrowSeeds), ({ bytes }) => {
        const t0 = performance.now();
        try {
          tableFromIPC(bytes).toArray();
        } catch (err) {
          expect(err).toBeInstanceOf(Error);
        }
        expect(performance.now() - t0).toBeLessThan(10_000);
        tally('arrow reader');
      }),
      { numRuns: runs(150) },
    );
  }, fuzzTimeout());
});

const adapters: [string, string[], (b: Uint8Array) => unknown][] = [
  ['importMissingMigrants', ['mmp-2019-mojibake', 'mmp-2020-webid', 'mmp-2022-mainid', 'mmp-2026-export', 'mmp-gdidata-2025'], (b) => importMissingMigrants(b, { vintage: 2024 })],
  ['importFrontexIbc', ['frontex-ibc-monthly'], (b) => importFrontexIbc(b)],
  ['importCtdc', ['ctdc-derived-sample'], (b) => importCtdc(b)],
];

describe('adapters never crash on damaged real files (fuzz)', () => {
  it.each(adapters)('%s', (name, dirs, run) => {
    const seeds = [...dirs.flatMap(externalSeeds), ...csvSeeds.slice(0, 1)];
    if (seeds.length === 1) console.warn(`[skip] ${name}: the external files are absent; fuzzing examples/data only`);
    fc.assert(fc.property(mutatedBytes(seeds), ({ bytes }) => harmless(name, () => run(bytes), true)), { numRuns: runs(60) });
  }, fuzzTimeout());
});
