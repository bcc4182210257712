// Arbitrary valid records of every type through CSV (with and without BOM, LF and CRLF), JSON, NDJSON and Arrow,
// and back: deep-equal. Free text takes unicode, quotes, newlines, leading zeros, formula-looking text and the
// longest allowed strings; counts take any allowed whole number. A record validate refuses is not generated.
import { tableFromIPC } from '@uwdata/flechette';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { getFields, type FieldInfo } from '../../src/model/fields.js';
import { recordTypes, type RecordType } from '../../src/model/record-types.js';
import { fromCSV } from '../../src/read/from-csv.js';
import { fromJSON } from '../../src/read/from-json.js';
import { fromNDJSON } from '../../src/read/from-ndjson.js';
import { validateRecords } from '../../src/validate/validate-records.js';
import { toArrow } from '../../src/write/to-arrow.js';
import { toCSV } from '../../src/write/to-csv.js';
import { toJSON } from '../../src/write/to-json.js';
import { toNDJSON } from '../../src/write/to-ndjson.js';
import { exampleRecords, fuzzTimeout, printTally, runs, tally } from '../helpers/hostile-records.js';

afterAll(printTally);
const today = '2026-06-01';

const tricky = fc.constantFrom('=SUM(A1)', '+1', '-5 dead', '@cmd', "'=x", '007', '0012', 'a "quoted" word', 'line\nbreak', 'cr\r\nlf', 'semi;colon', 'comma, here', 'tab\tin', 'Gümüşlük ıİ', '🙂👍🏽', '中文', 'ع', '\u00a0nbsp', 'NA', 'null', 'true', '1e3');
const textOf = (f: FieldInfo) => {
  const max = (f as { maxLength?: number }).maxLength ?? 300;
  return fc.oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
    tricky,
    fc.string({ unit: fc.constantFrom('a', 'é', '"', ',', '\n', ' ', '🙂'), minLength: max, maxLength: max }).map((s) => Array.from(s).slice(0, max).join('')),
  );
};

/** Free-text fields (no enum, pattern or format) and counts get arbitrary values; the rest comes from an example. */
function arbitraryRecord(type: RecordType) {
  const base = exampleRecords(type);
  const fields = getFields(type);
  const free = fields.filter((f) => f.kind === 'string' && !f.list && !f.enum && !f.pattern && !(f as { format?: string }).format && f.name !== 'id' && f.name !== 'record_type');
  const counts = fields.filter((f) => f.kind === 'integer' && !f.list && f.name !== 'year');
  return fc
    .record({
      i: fc.nat(base.length - 1),
      text: fc.record(Object.fromEntries(free.map((f) => [f.name, fc.option(textOf(f), { nil: undefined })]))),
      nums: fc.record(Object.fromEntries(counts.map((f) => [f.name, fc.option(fc.integer({ min: f.minimum ?? 0, max: Math.min(f.maximum ?? 2 ** 31, 2 ** 31) }), { nil: undefined })]))),
    })
    .map(({ i, text, nums }) => {
      const r: Record<string, unknown> = { ...base[i] };
      for (const [k, v] of Object.entries({ ...text, ...nums })) if (v !== undefined && k in r) r[k] = v;
      return r;
    });
}

const dropNulls = (rows: Record<string, unknown>[]) => rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null && v !== undefined)));

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
