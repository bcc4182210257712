// Every command on damaged files (random bytes, truncations, bit flips of examples/data and the external files):
// exit 0, 1 or 2, one-line errors, no internal error leaking. And the accounting rule as every reporting command
// states it: validate's JSON, convert's and summarize's counts, report's.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fromCSV } from '../../src/read/from-csv.js';
import { accountingProblems } from '../../src/validate/accounting.js';
import { externalDir, hasExternal } from '../adapters/external.js';
import { damagedRecords, examplesDir, fuzzTimeout, mutatedBytes, plainCSV, printTally, runs, tally } from '../helpers/hostile-records.js';

afterAll(printTally);
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'se-fuzz-cli-'));
});

/** Run the CLI in this process; what it wrote and its exit code. */
async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = { stdout: { write: (s: string | Uint8Array) => ((out += String(s)), true) }, stderr: { write: (s: string | Uint8Array) => ((err += String(s)), true) } } as any;
  const code = await main(args, io);
  return { code, out, err };
}

/** What must never show: a stack trace, or an internal error message reaching the user. */
const internal = /\n\s+at .+:\d+:\d+|Maximum call stack|Cannot read propert|is not a function|is not iterable|undefined is not|Invalid string length/;

const seedsOf = (files: string[]) => files.map((f) => new Uint8Array(readFileSync(f)));
const csvFiles = readdirSync(examplesDir).filter((f) => f.endsWith('.csv')).map((f) => join(examplesDir, f));
const externalFile = (d: string) => {
  if (!hasExternal) return [];
  try {
    return readdirSync(join(externalDir, d)).filter((f) => f.endsWith('.csv')).map((f) => join(externalDir, d, f));
  } catch {
    return [];
  }
};
const prefix = (b: Uint8Array) => b.subarray(0, 65_536);

const commands: [string, Uint8Array[], string, (file: string) => string[]][] = [
  ['validate csv', seedsOf(csvFiles), 'incident.csv', (f) => ['validate', f]],
  ['validate json', [new TextEncoder().encode(JSON.stringify(fromCSV(readFileSync(join(examplesDir, 'incident.csv')), { type: 'incident' }).records))], 'incident.json', (f) => ['validate', f, '--format', 'json']],
  ['validate ndjson', [new TextEncoder().encode(fromCSV(readFileSync(join(examplesDir, 'source.csv')), { type: 'source' }).records.map((r) => JSON.stringify(r)).join('\n'))], 'source.ndjson', (f) => ['validate', f]],
  ['convert', seedsOf(csvFiles), 'incident.csv', (f) => ['convert', f, '--type', 'incident', '--to', 'ndjson', '--out', f + '.ndjson']],
  ['summarize', seedsOf(csvFiles), 'incident.csv', (f) => ['summarize', f, '--type', 'incident', '--by', 'route', '--format', 'json']],
  ['import missing-migrants', [...seedsOf(externalFile('mmp-2020-webid')).map(prefix), ...seedsOf(csvFiles.slice(0, 1))], 'mmp.csv', (f) => ['import', 'missing-migrants', f, '--out', f + '.ndjson', '--vintage', '2024']],
  ['import frontex-ibc', [...seedsOf(externalFile('frontex-ibc-monthly')).map(prefix), ...seedsOf(csvFiles.slice(0, 1))], 'ibc.csv', (f) => ['import', 'frontex-ibc', f, '--out', f + '.csv']],
  ['import ctdc', [...seedsOf(externalFile('ctdc-derived-sample')).map(prefix), ...seedsOf(csvFiles.slice(0, 1))], 'ctdc.csv', (f) => ['import', 'ctdc', f, '--out', f + '.ndjson']],
];

describe('commands on damaged files (fuzz)', () => {
  it.each(commands)('%s: exit 0/1/2, no stack trace, no internal error', async (name, seeds, fileName, args) => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(mutatedBytes(seeds), async ({ bytes }) => {
        const file = join(dir, `${n++}-${fileName}`);
        writeFileSync(file, bytes);
        const t0 = performance.now();
        const r = await cli(args(file));
        expect([0, 1, 2]).toContain(r.code);
        expect(r.err + r.out).not.toMatch(internal);
        if (r.code === 2) expect(r.err.trim().split('\n')).toHaveLength(1);
        expect(performance.now() - t0).toBeLessThan(15_000);
        tally(`command ${name}`);
      }),
      { numRuns: runs(30) },
    );
  }, fuzzTimeout());

  it('report on a damaged dataset folder: exit 0/1/2, nothing internal', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedBytes(seedsOf(csvFiles)), fc.constantFrom('incident.csv', 'source.csv', 'aggregate-observation.csv'), async ({ bytes }, name) => {
        const ds = mkdtempSync(join(dir, 'ds-'));
        writeFileSync(join(ds, name), bytes);
        const r = await cli(['report', ds, '--out', join(ds, 'out')]);
        expect([0, 1, 2]).toContain(r.code);
        expect(r.err + r.out).not.toMatch(internal);
        tally('command report');
      }),
      { numRuns: runs(6) },
    );
  }, fuzzTimeout());
});

describe('accounting as every reporting command states it (property)', () => {
  it('validate --format json, convert, summarize and report agree with the rule and with each other', async () => {
    await fc.assert(
      fc.asyncProperty(damagedRecords('incident', 8), async (records) => {
        fc.pre(records.length > 0);
        const ds = mkdtempSync(join(dir, 'acc-'));
        const file = join(ds, 'incident.csv');
        const text = plainCSV(records.map((r) => ({ ...r, sensitivity: r.sensitivity === undefined ? undefined : 'public' })), 'incident');
        writeFileSync(file, text);
        // The sources the incidents cite, so that report's dataset check resolves the same references.
        writeFileSync(join(ds, 'source.csv'), readFileSync(join(examplesDir, 'source.csv')));
        const loaded = fromCSV(text, { type: 'incident' });
        const v = await cli(['validate', file, '--format', 'json', '--max-errors', '100000']);
        // Input that cannot be read at all (a NUL byte reads as binary data) is one line and exit 2, not a report.
        if (v.code === 2) {
          expect(v.err.trim().split('\n')).toHaveLength(1);
          return;
        }
        const report = JSON.parse(v.out);
        expect(accountingProblems(report, loaded.rows.map((r) => r.row))).toEqual([]);
        expect(v.code).toBe(report.valid ? 0 : 1);
        const { rows, invalid } = report.stats;
        const c = await cli(['convert', file, '--type', 'incident', '--to', 'json', '--out', join(ds, 'o.json')]);
        if (invalid) expect(c.err).toContain(`${invalid} of ${rows} record(s) invalid`);
        expect(c.code).toBe(report.valid ? 0 : 1);
        const s = await cli(['summarize', file, '--type', 'incident', '--format', 'json', '--skip-invalid']);
        if (invalid) expect(s.err).toContain(`${invalid} of ${rows} records are invalid`);
        expect(s.code).toBe(report.valid ? 0 : 1);
        const rp = await cli(['report', ds, '--out', join(ds, 'out')]);
        expect(rp.code).toBe(report.valid ? 0 : 1);
        const md = readFileSync(join(ds, 'out', 'report.md'), 'utf8');
        expect(md).toContain(`incident.csv\` | incident | ${rows} | ${report.stats.valid} | ${invalid} |`);
        tally('accounting validate+convert+summarize+report');
      }),
      { numRuns: runs(8) },
    );
  }, fuzzTimeout(300_000));
});
