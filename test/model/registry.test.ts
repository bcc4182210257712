import { describe, expect, it } from 'vitest';
import { getField, getFields, getSchema, getValidator, idPrefix, isRecordType, labelOf, recordTypes, type RecordType } from 'smuggling-evidence';

const all = [
  'incident',
  'court-case',
  'legal-provision',
  'treaty-action',
  'fee-observation',
  'cooperation-action',
  'capacity-building',
  'aggregate-observation',
  'source',
];

describe('recordTypes / isRecordType', () => {
  it('lists the nine record types in codebook order', () => {
    expect([...recordTypes]).toEqual(all);
    expect(Object.isFrozen(recordTypes)).toBe(true);
  });

  it('isRecordType accepts exactly the nine ids', () => {
    for (const t of all) expect(isRecordType(t), t).toBe(true);
    for (const x of ['case', 'Incident', 'court_case', 'courtCase', '', 'constructor', '__proto__', 'toString', 1, null, undefined]) {
      expect(isRecordType(x), String(x)).toBe(false);
    }
  });

  it('idPrefix gives the prefix every id of the type starts with', () => {
    expect(recordTypes.map(idPrefix)).toEqual(['inc', 'case', 'law', 'treaty', 'fee', 'coop', 'cap', 'agg', 'src']);
    expect(new Set(recordTypes.map(idPrefix)).size).toBe(9);
  });
});

describe('getSchema', () => {
  it.each(all.map((t) => [t]))('returns the %s schema', (type) => {
    const schema = getSchema(type as RecordType);
    expect(schema.$id).toBe(`https://smuggling-evidence.org/schemas/${type}.schema.json`);
    expect(schema['x-record-type']).toBe(type);
    expect(schema.title.length).toBeGreaterThan(0);
  });

  it('throws a message naming the unknown type', () => {
    expect(() => getSchema('case' as RecordType)).toThrow(TypeError);
    expect(() => getSchema('case' as RecordType)).toThrow(/Unknown record type "case"/);
    expect(() => getSchema('constructor' as RecordType)).toThrow(/Unknown record type "constructor"/);
  });
});

describe('getValidator', () => {
  it('returns the same compiled function on every call', () => {
    for (const t of recordTypes) expect(getValidator(t)).toBe(getValidator(t));
    expect(getValidator('incident')).not.toBe(getValidator('source'));
  });

  it('reports every error of a record, not just the first', () => {
    const validate = getValidator('source');
    expect(validate({ id: 'x', themes: [], sensitivity: 'secret', year: '2018' })).toBe(false);
    const paths = new Set(validate.errors!.map((e) => e.instancePath || e.params.missingProperty));
    for (const p of ['/id', '/themes', '/sensitivity', '/year']) expect(paths, p).toContain(p);
    expect(validate.errors!.some((e) => e.keyword === 'required' && e.params.missingProperty === 'title')).toBe(true);
  });

  it('checks partial dates against the calendar', () => {
    const validate = getValidator('source');
    const base = { id: 'src-x', themes: ['evidence-base'], sensitivity: 'public', title: 'T', publisher: 'P', publisher_type: 'un', source_type: 'dataset', year: 2016 };
    for (const d of ['2016', '2016-02', '2016-02-29']) expect(validate({ ...base, published_date: d }), d).toBe(true);
    for (const d of ['2017-02-29', '2017-02-30', '2017-00', '2017-1', '17-07-05', '2017-07-05T00:00']) {
      expect(validate({ ...base, published_date: d }), d).toBe(false);
    }
  });
});

describe('getFields / labelOf', () => {
  it('getFields lists the properties in schema order with required flags', () => {
    const schema = getSchema('incident');
    expect(getFields('incident').map((f) => f.name)).toEqual(Object.keys(schema.properties));
    expect(getFields('incident').filter((f) => f.required).map((f) => f.name).sort()).toEqual([...schema.required].sort());
  });

  it('getFields resolves shared definitions: list, enum, labels, unit', () => {
    const themes = getField('incident', 'themes')!;
    expect(themes).toMatchObject({ kind: 'string', list: true, required: true, minItems: 1 });
    expect(themes.enum).toHaveLength(5);
    expect(getField('incident', 'country')!.enum).toContain('UNK');
    expect(getField('incident', 'date')!.format).toBe('partial-date');
    expect(getField('incident', 'nope')).toBeUndefined();
  });

  it('labelOf gives the human label of a code', () => {
    expect(labelOf('incident', 'route', 'central-mediterranean')).toBe('Central Mediterranean');
    expect(labelOf('incident', 'country', 'TUR')).toBe('Türkiye');
    expect(labelOf('incident', 'themes', 'evidence-base')).toBe('(d) Strengthening the evidence base');
    expect(labelOf('court-case', 'charges', 'som-6-1-a')).toMatch(/6\(1\)\(a\)/);
  });

  it('labelOf accepts integer codes as numbers or strings', () => {
    expect(labelOf('incident', 'source_quality', 4)).toBe('Official or field-verified source');
    expect(labelOf('incident', 'source_quality', '4')).toBe('Official or field-verified source');
  });

  it('labelOf returns the code itself when it has no label', () => {
    expect(labelOf('incident', 'route', 'moon-route')).toBe('moon-route');
    expect(labelOf('incident', 'no_such_field', 'x')).toBe('x');
    expect(labelOf('incident', 'notes', 'free text')).toBe('free text');
  });
});
