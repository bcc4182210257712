import { describe, expect, it } from 'vitest';
import { getFields, recordTypes } from 'smuggling-evidence';
import { toTableSchema } from '../../src/write/to-table-schema.js';
import { errorsOf, validateTableSchema } from './frictionless-profiles.js';

describe.each(recordTypes)('toTableSchema(%j)', (type) => {
  const schema = toTableSchema(type);

  it('is a valid Table Schema v2 descriptor', () => {
    const ok = validateTableSchema(schema);
    expect(ok, errorsOf(validateTableSchema)).toBe(true);
  });

  it('declares the v2 profile, id as primary key and "" as the missing value', () => {
    expect(schema.$schema).toBe('https://datapackage.org/profiles/2.0/tableschema.json');
    expect(schema.primaryKey).toEqual(['id']);
    expect(schema.missingValues).toEqual(['']);
  });

  it('has one field per schema field, in order, required where the schema requires it', () => {
    const fields = getFields(type);
    expect(schema.fields.map((f) => f.name)).toEqual(fields.map((f) => f.name));
    expect(schema.fields.filter((f) => f.constraints?.required).map((f) => f.name)).toEqual(
      fields.filter((f) => f.required).map((f) => f.name),
    );
  });

  it('writes list fields as type "list" with ";" as delimiter', () => {
    for (const f of schema.fields.filter((x) => getFields(type).find((g) => g.name === x.name)!.list)) {
      expect(f).toMatchObject({ type: 'list', delimiter: ';' });
    }
  });

  it('links source_ids to the source resource', () => {
    const fk = schema.foreignKeys?.find((k) => k.fields[0] === 'source_ids');
    expect(fk?.reference.fields).toEqual(['id']);
    expect(fk?.reference.resource).toBe(type === 'source' ? undefined : 'source');
  });
});

describe('toTableSchema: details', () => {
  it('toTableSchema("incident") keeps codes as string enums and gives their labels as categories', () => {
    const route = toTableSchema('incident').fields.find((f) => f.name === 'route')!;
    expect(route.type).toBe('string');
    expect(route.constraints?.enum).toContain('central-mediterranean');
    expect(route.categories).toContainEqual({ value: 'central-mediterranean', label: 'Central Mediterranean' });
  });

  it('toTableSchema("incident") writes the 1-5 quality scale as ordered integer categories', () => {
    const q = toTableSchema('incident').fields.find((f) => f.name === 'source_quality')!;
    expect(q).toMatchObject({ type: 'integer', categoriesOrdered: true, constraints: { minimum: 1, maximum: 5 } });
    expect(q.categories?.map((c) => c.value)).toEqual([1, 2, 3, 4, 5]);
  });

  it('toTableSchema("court-case") turns every id reference into a foreign key', () => {
    const fks = Object.fromEntries(toTableSchema('court-case').foreignKeys!.map((k) => [k.fields[0], k.reference.resource]));
    expect(fks).toEqual({ source_ids: 'source', national_provisions: 'legal-provision', fee_ids: 'fee-observation', cooperation_ids: 'cooperation-action' });
  });

  it('toTableSchema(type, {resourceName}) uses the dataset\'s resource names in foreign keys', () => {
    const schema = toTableSchema('incident', { resourceName: (t) => `${t}s` });
    expect(schema.foreignKeys?.[0].reference.resource).toBe('sources');
  });

  it('toTableSchema("incident") gives URLs format "uri" and partial dates their pattern', () => {
    const fields = toTableSchema('incident').fields;
    expect(fields.find((f) => f.name === 'source_url')?.format).toBe('uri');
    expect(fields.find((f) => f.name === 'date')).toMatchObject({ type: 'string', constraints: { pattern: '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$' } });
  });

  it('the fixture profile rejects a broken descriptor (the check can fail)', () => {
    const broken = { ...toTableSchema('incident'), fields: [{ name: 'x', type: 'list', itemType: 'object' }] };
    expect(validateTableSchema(broken)).toBe(false);
    expect(validateTableSchema({ fields: [] })).toBe(false);
  });
});
