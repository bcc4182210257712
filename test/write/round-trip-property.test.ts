// Arbitrary valid records of every type through CSV (with and without BOM, LF and CRLF), JSON, NDJSON and Arrow
// (Parquet: test/sql/parquet-round-trip-property.test.ts),
// and back: deep-equal. Free text takes unicode, quotes, newlines, leading zeros, formula-looking text and the
// longest allowed strings; counts take any allowed whole number. A record validate refuses is not generated.
import { tableFromIPC } from '@uwdata/flechette';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { recordTypes } from '../../src/model/record-types.js';
import { fromCSV } from '../../src/read/from-csv.js';
import { fromJSON } from '../../src/read/from-json.js';
import { fromNDJSON } from '../../src/read/from-ndjson.js';
import { validateRecords } from '../../src/validate/validate-records.js';
import { toArrow } from '../../src/write/to-arrow.js';
import { toCSV } from '../../src/write/to-csv.js';
import { toJSON } from '../../src/write/to-json.js';
import { toNDJSON } from '../../src/write/to-ndjson.js';
import { fuzzTimeout, printTally, runs, tally } from '../helpers/hostile-records.js';
import { arbitraryRecord, dropNulls } from '../helpers/arbitrary-records.js';

afterAll(printTally);
const today = '2026-06-01';

describe('round trip of arbitrary valid records (property)', () => {
  for (const type of recordTypes) {
    it(`${type}: CSV (BOM, CRLF), JSON, NDJSON and Arrow give back what was written`, () => {
      fc.assert(
        fc.property(fc.array(arbitraryRecord(type), { minLength: 1, maxLength: 5 }), fc.boolean(), fc.boolean(), (drafts, bom, crlf) => {
          // Unique ids; a record validate refuses is not a round-trip case.
          const records = drafts.map((r, k) => ({ ...r, id: `${String(r.id)}-${k}` }));
          fc.pre(validateRecords(records, type, { today }).valid);
          const csv = toCSV(records, type, { bom, newline: crlf ? '\r\n' : '\n', includeRestricted: true }).text;
          const back = fromCSV(csv, { type });
          expect(back.errors).toEqual([]);
          expect(back.records).toEqual(records);
          tally(`round trip csv${bom ? '+bom' : ''}${crlf ? '+crlf' : ''}`);
          expect(fromJSON(toJSON(records, type, { includeRestricted: true }).text, { type }).records).toEqual(records);
          tally('round trip json');
          expect(fromNDJSON(toNDJSON(records, type, { includeRestricted: true }).text, { type }).records).toEqual(records);
          tally('round trip ndjson');
          expect(dropNulls(tableFromIPC(toArrow(records, type, { includeRestricted: true }).bytes).toArray() as Record<string, unknown>[])).toEqual(records);
          tally('round trip arrow');
        }),
        { numRuns: runs(15) },
      );
    }, fuzzTimeout());
  }
});
