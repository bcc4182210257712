// The per-property checks of the column path (`compileProperties`: keywords fused into one
// closure, the type and the partial date taken as the reader decoded them, codes the reader
// matched not looked up again) against Ajv, the reference: on values of each field's own
// kind, a check passes exactly when Ajv has no error at that field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileType } from '../../src/model/record-type.js';
import { getFields, type FieldInfo } from '../../src/model/fields.js';
import { recordTypes } from '../../src/model/record-types.js';

const runs = Number(process.env.FC_RUNS ?? 300);

const partialDate = fc.oneof(
  fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0')),
  fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 7)),
  fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

/** A value the reader could hand on for one item of `f` (decoded to its kind). */
function itemOf(f: FieldInfo): fc.Arbitrary<unknown> {
  if (f.format === 'partial-date') return partialDate;
  const codes = f.enum?.length ? [fc.constantFrom(...f.enum)] : [];
  switch (f.kind) {
    case 'integer':
      return fc.oneof(...codes, fc.integer({ min: -10, max: 10 }), fc.integer(), fc.constantFrom(f.minimum ?? 0, f.maximum ?? 0, (f.maximum ?? 0) + 1, (f.minimum ?? 0) - 1, 2 ** 53 - 1));
    case 'number':
      return fc.oneof(...codes, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(-181, -180, 0, 90, 90.5, 180, 181));
    case 'boolean':
      return fc.boolean();
    default:
      return fc.oneof(
        ...codes,
        ...(f.pattern ? [fc.stringMatching(new RegExp(f.pattern, 'u'))] : []),
        fc.string({ maxLength: 12 }),
        fc.string({ unit: 'grapheme', minLength: (f.maxLength ?? 8) - 2, maxLength: (f.maxLength ?? 8) + 2 }),
        fc.constantFrom('', 'https://example.org/a', 'http:/x', 'UNK', 'x'.repeat((f.maxLength ?? 1) + 1)),
      );
  }
}

const valueOf = (f: FieldInfo) => (f.list ? fc.array(itemOf(f), { maxLength: (f.maxItems ?? 4) + 1 }) : itemOf(f));

describe('compileProperties ≡ Ajv on decoded values', () => {
  for (const type of recordTypes) {
    const compiled = compileType(type);
    const props = compiled.properties!;
    const validate = compiled.validator;
    const ajvValid = (name: string, v: unknown) =>
      validate({ [name]: v }) || !validate.errors!.some((e) => e.instancePath === `/${name}` || e.instancePath.startsWith(`/${name}/`));
    it(type, () => {
      for (const f of getFields(type)) {
        const own = props.properties.get(f.name)!;
        const coded = props.coded.get(f.name)!;
        fc.assert(
          fc.property(valueOf(f), (v) => {
            const valid = ajvValid(f.name, v);
            expect(own(v), `${type}.${f.name} = ${JSON.stringify(v)}`).toBe(valid);
            // A value of the field's own codes (each item, for a list) may skip the enum.
            const isCode = (x: unknown) => f.enum === undefined || f.enum.includes(x as never);
            if (f.const === undefined && (Array.isArray(v) ? v.every(isCode) : isCode(v))) expect(coded(v), `${type}.${f.name} coded`).toBe(valid);
          }),
          { numRuns: runs },
        );
      }
    });
  }

  it('a range-only check says its range', () => {
    const quality = compileType('incident').properties!.properties.get('source_quality') as { range?: readonly number[] };
    expect(quality.range).toEqual([1, 5]);
  });
});
