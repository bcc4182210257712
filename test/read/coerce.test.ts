import { describe, expect, it } from 'vitest';
import { coerce } from '../../src/read/coerce.js';
import { columnSpec, fastCoerce, FAIL } from '../../src/read/fast-coerce.js';
import { getField, getFields } from '../../src/model/fields.js';
import { recordTypes } from '../../src/model/record-types.js';

const f = (type: Parameters<typeof getField>[0], name: string) => getField(type, name)!;
const value = (text: string, field: Parameters<typeof coerce>[1], o = {}) => {
  const r = coerce(text, field, o);
  return r.ok ? r.value : { error: r.code, expected: r.expected, note: r.note };
};

describe('coerce', () => {
  it('keeps ids and codes as text, leading zeros and all', () => {
    expect(value('007', f('incident', 'source_record_id'))).toBe('007');
    expect(value('inc-007', f('incident', 'id'))).toBe('inc-007');
  });
  it('reads whole numbers, signs and leading zeros', () => {
    expect([value('4', 'integer'), value('-2', 'integer'), value('+3', 'integer'), value('007', 'integer'), value(' 5 ', 'integer'), value('-0', 'integer')]).toEqual([4, -2, 3, 7, 5, 0]);
  });
  it('refuses whole numbers beyond 2^53 instead of rounding them', () => {
    expect(value('9007199254740991', 'integer')).toBe(9007199254740991);
    expect(value('9007199254740992', 'integer')).toMatchObject({ error: 'type-error', note: /too large/ });
    expect(value('-12345678901234567890', 'integer')).toMatchObject({ error: 'type-error' });
    expect(value('0000000000000000000042', 'integer')).toBe(42);
  });
  it('treats a thousands separator as a type error unless groupChar says otherwise', () => {
    expect(value('1,022', 'integer')).toMatchObject({ error: 'type-error', note: /groupChar ','/ });
    expect(value('1,022', 'integer', { groupChar: ',' })).toBe(1022);
    expect(value('1.022.333', 'integer', { groupChar: '.' })).toBe(1022333);
    expect(value('10,22', 'integer', { groupChar: ',' })).toMatchObject({ error: 'type-error' });
    expect(value('1,234.5', 'number', { groupChar: ',' })).toBe(1234.5);
  });
  it('reads numbers with a decimal mark of choice', () => {
    expect([value('35.03', 'number'), value('.5', 'number'), value('1e3', 'number'), value('-14.6', 'number')]).toEqual([35.03, 0.5, 1000, -14.6]);
    expect(value('35,03', 'number')).toMatchObject({ error: 'type-error', note: /decimalChar/ });
    expect(value('35,03', 'number', { decimalChar: ',' })).toBe(35.03);
    expect(value('NaN', 'number')).toMatchObject({ error: 'type-error' });
    expect(value('Infinity', 'number')).toMatchObject({ error: 'type-error' });
  });
  it('reads booleans true/false/yes/no/1/0 in any case, and custom words', () => {
    expect(['true', 'FALSE', 'Yes', 'no', '1', '0'].map((t) => value(t, 'boolean'))).toEqual([true, false, true, false, true, false]);
    expect(value('oui', 'boolean')).toMatchObject({ error: 'type-error' });
    expect(value('oui', 'boolean', { trueValues: ['oui'], falseValues: ['non'] })).toBe(true);
  });
  it('checks partial dates against the real calendar', () => {
    const date = f('incident', 'date');
    expect([value('2017', date), value('2017-07', date), value('2016-02-29', date)]).toEqual(['2017', '2017-07', '2016-02-29']);
    expect(value('2017-02-29', date)).toMatchObject({ error: 'type-error', expected: 'a real calendar date', note: 'February 2017 has 28 days' });
    expect(value('2017-13', date)).toMatchObject({ note: 'there is no month 13' });
    expect(value('14-Oct-19', date)).toMatchObject({ expected: /YYYY-MM-DD/, note: /year first/ });
  });
  it('splits list cells on ";" and converts each item', () => {
    expect(value('safety-dignity; evidence-base', f('incident', 'themes'))).toEqual(['safety-dignity', 'evidence-base']);
    expect(value('a|b', f('incident', 'themes'), { listSeparator: '|' })).toEqual(['a', 'b']);
    expect(value('a;;b', f('incident', 'themes'))).toMatchObject({ error: 'type-error', note: /empty item/ });
  });
  it('reads missing-value tokens as "no value"', () => {
    expect(value('', 'integer')).toBeUndefined();
    expect(value('NA', 'integer', { missingValues: ['', 'NA'] })).toBeUndefined();
    expect(value('NA', 'integer')).toMatchObject({ error: 'type-error' });
  });
});

describe('fastCoerce agrees with coerce on every field of every type', () => {
  const samples = ['4', '-2', '007', '1,022', '9007199254740993', '2017', '2017-02', '2016-02-29', '2017-02-30', 'true', 'false', 'Yes', '35.03', '.5', '1e3', 'a;b', 'a; b', 'x', ' 5', '+3', '-0'];
  for (const type of recordTypes) {
    it(type, () => {
      for (const field of getFields(type)) {
        const spec = columnSpec(field.name, field, true);
        for (const s of samples) {
          const fast = fastCoerce(s, spec, ';');
          if (fast === FAIL) continue;
          const slow = coerce(s, field);
          expect(slow.ok, `${type}.${field.name} '${s}'`).toBe(true);
          if (slow.ok) expect(fast, `${type}.${field.name} '${s}'`).toEqual(slow.value);
        }
      }
    });
  }
});
