// The accounting rule, as a property over every format: a record with any error is invalid, rows = valid +
// invalid, and the rows named by errors are exactly the invalid rows (a header error: every row).
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { recordTypes } from '../../src/model/record-types.js';
import { fromCSV } from '../../src/read/from-csv.js';
import { fromJSON } from '../../src/read/from-json.js';
import { fromNDJSON } from '../../src/read/from-ndjson.js';
import { accountingProblems } from '../../src/validate/accounting.js';
import { formatReport } from '../../src/validate/format-report.js';
import { validateDataset } from '../../src/validate/validate-dataset.js';
import { validateRecords } from '../../src/validate/validate-records.js';
import { damagedRecords, jsonText, ndjsonText, plainCSV, fuzzTimeout, printTally, runs, tally } from '../helpers/hostile-records.js';

const today = '2026-06-01';
afterAll(printTally);

describe('accounting rule, every format (property)', () => {
  for (const type of recordTypes) {
    it(`${type}: CSV, JSON, NDJSON and plain arrays keep rows = valid + invalid = rows named by errors`, () => {
      fc.assert(
        fc.property(damagedRecords(type), (records) => {
          const loads = [
            ['array', null],
            ['json', fromJSON(jsonText(records), { type })],
            ['ndjson', records.length ? fromNDJSON(ndjsonText(records), { type }) : null],
            ['csv', fromCSV(plainCSV(records, type), { type })],
          ] as const;
          for (const [format, loaded] of loads) {
            if (format !== 'array' && !loaded) continue;
            const report = loaded ? validateRecords(loaded, undefined, { today, maxErrors: Infinity }) : validateRecords(records, type, { today, maxErrors: Infinity });
            const rows = loaded ? loaded.rows.map((r) => r.row) : records.map((_, i) => i + 1);
            expect(accountingProblems(report, rows), `${format}\n${formatReport(report)}`).toEqual([]);
            tally(`accounting ${format}`);
          }
        }),
        { numRuns: runs(25) },
      );
    }, fuzzTimeout());
  }

  it('dataset reports keep the rule per file and in total', () => {
    fc.assert(
      fc.property(damagedRecords('source', 6), damagedRecords('incident', 8), (sources, incidents) => {
        const report = validateDataset([{ name: 'source.json', type: 'source', data: sources }, { name: 'incident.csv', data: fromCSV(plainCSV(incidents, 'incident'), { type: 'incident' }) }], { today, maxErrors: Infinity });
        const s = report.stats;
        expect(s.rows).toBe(s.valid + s.invalid);
        expect(s.rows).toBe(sources.length + incidents.length);
        for (const f of report.files!) {
          const mine = { ...report, valid: f.valid, stats: f.stats, errors: report.errors.filter((e) => e.file === f.file), partial: false };
          const rows = f.file === 'source.json' ? sources.map((_, i) => i + 1) : incidents.map((_, i) => i + 2);
          expect(accountingProblems(mine, rows), f.file).toEqual([]);
        }
        tally('accounting dataset');
      }),
      { numRuns: runs(30) },
    );
  }, fuzzTimeout());

  it('the text report never says "all valid" next to errors', () => {
    const report = validateRecords([], 'incident');
    expect(formatReport({ ...report, valid: false, stats: { ...report.stats, errors: 8 } })).toContain('no rows; 8 errors');
  });
});
