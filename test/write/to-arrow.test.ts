import { describe, expect, it } from 'vitest';
import { tableFromIPC, Type } from '@uwdata/flechette';
import { getFields } from 'smuggling-evidence';
import { toArrow } from '../../src/write/to-arrow.js';
import { compileType } from '../../src/model/record-type.js';
import { recordTypes } from '../../src/model/record-types.js';
import { fullRecord, minimalRecord } from './fixtures.js';

const typeOf = (bytes: Uint8Array, name: string) => tableFromIPC(bytes).schema.fields.find((f) => f.name === name)!.type;

const typeIds = { utf8: Type.Utf8, bool: Type.Bool, int32: Type.Int, float64: Type.Float } as const;

describe('toArrow', () => {
  it('toArrow(records, type) writes each column as the compiled type says (compileType(type).arrowColumns), for every type', () => {
    for (const type of recordTypes) {
      const columns = compileType(type).arrowColumns;
      expect(columns.map((c) => c.name), type).toEqual(getFields(type).map((f) => f.name));
      const schema = tableFromIPC(toArrow([fullRecord(type)], type).bytes).schema.fields;
      for (const c of columns) {
        const t = schema.find((f) => f.name === c.name)!.type as { typeId: number; children?: { type: { typeId: number } }[] };
        expect(c.list ? [t.typeId, t.children![0].type.typeId] : t.typeId, `${type}.${c.name}`).toEqual(c.list ? [Type.List, typeIds[c.kind]] : typeIds[c.kind]);
      }
    }
    expect(compileType('incident').arrowColumns.find((c) => c.name === 'dead')).toEqual({ name: 'dead', kind: 'int32', list: false, widens: true });
    expect(compileType('incident').arrowColumns.find((c) => c.name === 'source_quality')).toMatchObject({ kind: 'int32', widens: false });
  });

  it('toArrow(records, type) has one column per schema field, in schema order', () => {
    const { bytes } = toArrow([minimalRecord('court-case')], 'court-case');
    expect(tableFromIPC(bytes).schema.fields.map((f) => f.name)).toEqual(getFields('court-case').map((f) => f.name));
  });

  it('toArrow(records, type) writes lists as List<Utf8>, text as Utf8, booleans as Bool', () => {
    const { bytes } = toArrow([fullRecord('incident')], 'incident');
    const list = typeOf(bytes, 'origin_countries') as { typeId: number; children: { type: { typeId: number } }[] };
    expect(list.typeId).toBe(Type.List);
    expect(list.children[0].type.typeId).toBe(Type.Utf8);
    expect(typeOf(bytes, 'country').typeId).toBe(Type.Utf8);
    expect(typeOf(bytes, 'origin_presumed').typeId).toBe(Type.Bool);
  });

  it('toArrow(records, type) writes whole numbers as Int32 when they fit, Float64 (exact to 2^53) when not', () => {
    const small = toArrow([{ ...minimalRecord('incident'), dead: 12 }], 'incident').bytes;
    expect(typeOf(small, 'dead')).toMatchObject({ typeId: Type.Int, bitWidth: 32 });
    const big = toArrow([{ ...minimalRecord('incident'), dead: 9007199254740991 }], 'incident').bytes;
    expect(typeOf(big, 'dead').typeId).toBe(Type.Float);
    expect(tableFromIPC(big).toArray()[0].dead).toBe(9007199254740991);
  });

  it('toArrow(records, type) keeps an empty list apart from a missing one', () => {
    const { bytes } = toArrow([{ ...minimalRecord('incident'), harms: [] }, minimalRecord('incident', 1)], 'incident');
    const rows = tableFromIPC(bytes).toArray();
    expect(rows[0].harms).toEqual([]);
    expect(rows[1].harms).toBeNull();
  });

  it('toArrow(records, type) leaves out restricted records and counts them', () => {
    const out = toArrow([minimalRecord('incident'), { ...minimalRecord('incident', 1), sensitivity: 'restricted' }], 'incident');
    expect(out.withheld).toBe(1);
    expect(tableFromIPC(out.bytes).numRows).toBe(1);
  });

  it('toArrow(records, type, {format: "stream"}) writes the IPC stream format', () => {
    const file = toArrow([minimalRecord('incident')], 'incident').bytes;
    const stream = toArrow([minimalRecord('incident')], 'incident', { format: 'stream' }).bytes;
    expect(new TextDecoder().decode(file.slice(0, 6))).toBe('ARROW1');
    expect(new TextDecoder().decode(stream.slice(0, 6))).not.toBe('ARROW1');
    expect(tableFromIPC(stream).numRows).toBe(1);
  });
});
