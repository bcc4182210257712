// Each rule's `reads` (the fields it may look at) is what the column path fills into the
// record it shows the rules; a field missing from the list would be seen as blank there, and
// the differential test only notices where a test file happens to hold it. So: on generated
// records that reach every branch (negative counts, future and imprecise dates, foreign
// themes, deprecated codes, text that looks like personal data), every field a rule touches
// is in its list, and the rule finds the same on the record cut down to its list.
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
    }
  }
});
