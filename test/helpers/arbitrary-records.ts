// Arbitrary valid-looking records of a record type, for round-trip properties: free text takes
// unicode, quotes, newlines, leading zeros, formula-looking text and the longest allowed strings;
// counts take any allowed whole number; everything else comes from the type's example records.
import fc from 'fast-check';
import { getFields, type FieldInfo } from '../../src/model/fields.js';
import type { RecordType } from '../../src/model/record-types.js';
import { exampleRecords } from './hostile-records.js';

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
export function arbitraryRecord(type: RecordType) {
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

export const dropNulls = (rows: Record<string, unknown>[]) => rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null && v !== undefined)));

