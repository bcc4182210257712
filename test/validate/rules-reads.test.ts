// Each rule's `reads` (the fields it may look at) is what the column path fills into the
// record it shows the rules; a field missing from the list would be seen as blank there, and
// the differential test only notices where a test file happens to hold it. So: on generated
// records that reach every branch (negative counts, future and imprecise dates, foreign
// themes, deprecated codes, text that looks like personal data), every field a rule touches
// is in its list, and the rule finds the same on the record cut down to its list. A rule that
// says a batch is quiet (`quietOn`, so the column path skips it) finds nothing on its rows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getFields, type FieldInfo } from '../../src/model/fields.js';
import { recordTypes } from '../../src/model/record-types.js';
import { rules } from '../../src/validate/rules/index.js';
import type { MessageParams } from '../../src/errors/index.js';

const runs = Number(process.env.FC_RUNS ?? 200);
const ctx = { today: '2026-05-01' };
const texts = ['call +90 532 123 45 67', 'ali@example.org', 'born on 1990-01-02', 'passport X1234567', 'plain words', 'x'];
const dates = ['2031', '2026-07', '2026-05-30', '2016-02', '2017-07-05', '2010', 'not a date'];

/** Values a field may hold, the odd ones included (of other kinds too). */
function valuesOf(f: FieldInfo): fc.Arbitrary<unknown> {
  const scalar = fc.oneof(
    f.enum?.length ? fc.constantFrom(...f.enum) : fc.constant('other'),
    fc.integer({ min: -20, max: 20 }),
    fc.constantFrom(...texts, ...dates, 'split-incident', '9.0.0', '0.1.0'),
  );
  return fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.constant(undefined));
}

/** As a reader decodes them: number fields hold small numbers (a negative one often) or nothing. */
function decodedOf(f: FieldInfo): fc.Arbitrary<unknown> {
  if ((f.kind === 'integer' || f.kind === 'number') && !f.list) return fc.option(fc.integer({ min: -1, max: 3 }), { nil: undefined, freq: 3 });
  // Blank more often than not, so that batches blank in all of a rule's columns come up.
  return fc.option(valuesOf(f), { nil: undefined, freq: 1 });
}

/** Wraps a record to log every key read from it. */
function watched(record: Record<string, unknown>, seen: Set<string>): Record<string, unknown> {
  return new Proxy(record, {
    get(target, key, receiver) {
      if (typeof key === 'string') seen.add(key);
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      if (typeof key === 'string') seen.add(key);
      return Reflect.has(target, key);
    },
  });
}

describe('rule field lists', () => {
  for (const type of recordTypes) {
    const fields = getFields(type);
    const record = fc.record(Object.fromEntries(fields.map((f) => [f.name, valuesOf(f)])), { requiredKeys: [] });
    const decoded = fc.record(Object.fromEntries(fields.map((f) => [f.name, decodedOf(f)])), { requiredKeys: [] });
    for (const rule of rules) {
      const check = rule.prepare(type, ctx);
      if (!check) continue;
      it(`${rule.code} on ${type} says every field it reads`, () => {
        expect(check.reads, 'a field list').toBeDefined();
        fc.assert(
          fc.property(record, (r) => {
            const seen = new Set<string>();
            const full: MessageParams[] = [];
            check(watched(r, seen), full);
            for (const key of seen) expect(check.reads, `${rule.code} reads ${key}`).toContain(key);
            const cut: Record<string, unknown> = {};
            for (const name of check.reads!) cut[name] = r[name];
            const part: MessageParams[] = [];
            check(cut, part);
            expect(part).toEqual(full);
          }),
          { numRuns: runs },
        );
      });
      if (!check.quietOn) continue;
      it(`${rule.code} on ${type} is quiet only on batches where it finds nothing`, () => {
        let quiet = 0;
        fc.assert(
          fc.property(fc.array(fc.oneof(decoded, record), { minLength: 1, maxLength: 4 }), (batch) => {
            if (!check.quietOn!((field) => columnOf(batch, field), batch.length)) return;
            quiet++;
            for (const r of batch) {
              const found: MessageParams[] = [];
              check(r, found);
              expect(found, JSON.stringify(r)).toEqual([]);
            }
          }),
          { numRuns: runs },
        );
        expect(quiet, 'some batches are quiet').toBeGreaterThan(0);
      });
    }
  }
});

/** A field's values as the reader hands them on: numbers in a Float64Array (NaN: none), else null for none. */
function columnOf(batch: Record<string, unknown>[], field: string) {
  const values = batch.map((r) => r[field]);
  if (values.every((v) => v === undefined)) return Math.random() < 0.5 ? undefined : Float64Array.from(values, () => NaN);
  if (values.every((v) => v === undefined || typeof v === 'number')) return Float64Array.from(values, (v) => (v === undefined ? NaN : (v as number)));
  return values.map((v) => (v === undefined ? null : v));
}
