// The compiled check against Ajv, the reference: on a mutation corpus (every field of every
// type broken in each way a contributor's file breaks it) and on property-generated records,
// both must name the same failing fields, and reports must be the same whether issues are
// built (Ajv path) or only counted past the cap (compiled path).
//
//   FC_RUNS=10000 npx vitest run test/model/compile-check.test.ts    # the long run, locally
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileType } from '../../src/model/record-type.js';
import { getFields, type FieldInfo } from '../../src/model/fields.js';
import { recordTypes, type RecordType } from '../../src/model/record-types.js';
import { ajvFindings } from '../../src/validate/ajv-issues.js';
import { validateRecords } from '../../src/validate/validate-records.js';

const runs = Number(process.env.FC_RUNS ?? 300);

type Rec = Record<string, unknown>;

/** What Ajv says fails, as field names (null: a failed anyOf / oneOf). */
function ajvFields(type: RecordType, record: Rec): (string | null)[] {
  const t = compileType(type);
  if (t.validator(record)) return [];
  return ajvFindings(t.validator.errors ?? [], record, type, 2).findings.map((f) => f.field);
}

function compiledFields(type: RecordType, record: Rec): (string | null)[] {
  return compileType(type).check!(record);
}

const sorted = (a: (string | null)[]) => [...a].map(String).sort();

function validExamples(type: RecordType): Rec[] {
  const cases = JSON.parse(readFileSync(new URL(`../fixtures/schemas/${type}.json`, import.meta.url), 'utf8')) as { data: Rec; valid: boolean }[];
  return cases.filter((c) => c.valid).map((c) => c.data);
}

/** Each way a value of `field` goes wrong in a real file. */
function mutations(field: FieldInfo): unknown[] {
  const out: unknown[] = [null, {}, 'zz-unknown-code', '', ' ', 12.5, -1, 1e309, true, ['x'], [], '2021-02-30', '2021-13', '21-1-1', 'x'.repeat(2000)];
  if (field.kind === 'integer' || field.kind === 'number') {
    out.push('12', 0, 3);
    if (field.minimum !== undefined) out.push(field.minimum - 1, field.minimum);
    if (field.maximum !== undefined) out.push(field.maximum + 1, field.maximum);
  }
  if (field.enum) out.push(String(field.enum[0]).toUpperCase(), field.enum[0], [field.enum[0], field.enum[0]]);
  if (field.list && field.enum) out.push([field.enum[0]], [field.enum[0], 'zz'], [1]);
  if (field.maxLength !== undefined) out.push('é'.repeat(field.maxLength), '😀'.repeat(field.maxLength), 'a'.repeat(field.maxLength + 1));
  if (field.minLength !== undefined) out.push('a'.repeat(Math.max(0, field.minLength - 1)));
  if (field.format === 'partial-date') out.push('2020', '2020-02', '2020-02-29', '2019-02-29', '2020-00', '2020-1-01');
  if (field.format === 'uri') out.push('https://example.org/a', 'not a uri', 'ftp://x', 'http://');
  if (field.pattern) out.push('INC-1', 'inc-', 'inc-ok_1.2-3');
  return out;
}

describe('compileCheck matches Ajv', () => {
  it.each(recordTypes)('%s: compiles (no keyword left to Ajv alone)', (type) => {
    expect(compileType(type).check).toBeTypeOf('function');
  });

  it.each(recordTypes)('%s: the same failing fields on every mutation of every field', (type) => {
    const base = validExamples(type);
    expect(base.length).toBeGreaterThan(0);
    let compared = 0;
    for (const record of base) {
      expect(compiledFields(type, record), 'valid example').toEqual([]);
      for (const field of getFields(type)) {
        for (const value of mutations(field)) {
          const mutated = { ...record, [field.name]: value };
          expect(sorted(compiledFields(type, mutated)), `${field.name} = ${JSON.stringify(value)?.slice(0, 40)}`).toEqual(sorted(ajvFields(type, mutated)));
          compared++;
        }
        const removed = { ...record };
        delete removed[field.name];
        expect(sorted(compiledFields(type, removed)), `without ${field.name}`).toEqual(sorted(ajvFields(type, removed)));
        const extra = { ...record, zz_unknown_key: 1 };
        expect(sorted(compiledFields(type, extra)), 'unknown key').toEqual(sorted(ajvFields(type, extra)));
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});

/** A value for `field`: mostly plausible (so records are often valid), sometimes anything. */
function fieldValue(field: FieldInfo): fc.Arbitrary<unknown> {
  const scalar = (): fc.Arbitrary<unknown> => {
    if (field.enum) return fc.oneof(fc.constantFrom(...field.enum), fc.string({ maxLength: 6 }));
    if (field.const !== undefined) return fc.constant(field.const);
    if (field.format === 'partial-date') {
      return fc.oneof(
        fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
        fc.integer({ min: 1900, max: 2100 }).map(String),
      );
    }
    if (field.kind === 'integer') return fc.oneof(fc.integer({ min: (field.minimum ?? -5) - 2, max: (field.maximum ?? 1e6) + 2 }), fc.double());
    if (field.kind === 'number') return fc.oneof(fc.double({ min: (field.minimum ?? -1e3) - 1, max: (field.maximum ?? 1e3) + 1, noNaN: true }), fc.double());
    if (field.kind === 'boolean') return fc.oneof(fc.boolean(), fc.constantFrom('true', 0));
    if (field.pattern) return fc.oneof(fc.stringMatching(new RegExp(field.pattern)), fc.string({ maxLength: 8 }));
    return fc.string({ maxLength: (field.maxLength ?? 20) + 2, unit: 'grapheme' });
  };
  const value = field.list ? fc.array(scalar(), { maxLength: 4 }) : scalar();
  return fc.oneof({ weight: 8, arbitrary: value }, { weight: 1, arbitrary: fc.anything() });
}

function recordOf(type: RecordType): fc.Arbitrary<Rec> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of getFields(type)) shape[f.name] = fieldValue(f);
  return fc.record(shape, { requiredKeys: getFields(type).filter((f) => f.required).map((f) => f.name) });
}

describe('compileCheck ≡ Ajv on generated records', () => {
  it.each(recordTypes)('%s', (type) => {
    fc.assert(
      fc.property(recordOf(type), (record) => {
        expect(sorted(compiledFields(type, record))).toEqual(sorted(ajvFields(type, record)));
      }),
      { numRuns: runs, seed: 20261201 },
    );
  });
});

describe('reports past the error cap', () => {
  it.each(recordTypes)('%s: counting without building gives the counts that building gives', (type) => {
    const base = validExamples(type);
    const records: Rec[] = [];
    for (const field of getFields(type)) for (const value of mutations(field)) records.push({ ...base[0], [field.name]: value });
    const full = validateRecords(records, type, { maxErrors: Infinity });
    const capped = validateRecords(records, type, { maxErrors: 3 });
    expect(capped.stats).toEqual(full.stats);
    expect(capped.errors).toEqual(full.errors.slice(0, 3));
    expect(capped.partial).toBe(true);
  });
});
