// Our schemas in someone else's Ajv: the JSON files from schemas/, read from disk as an
// outside tool would, compiled by a fresh strict Ajv2020 with ajv-formats and
// registerSchemas, validate the example data and reject what our own validator rejects.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { fromCSV, recordTypes, registerSchemas, schemaKeywords } from 'smuggling-evidence';

const root = fileURLToPath(new URL('../..', import.meta.url));
const schemaFiles = readdirSync(join(root, 'schemas')).filter((f) => f.endsWith('.schema.json'));
const read = (f: string) => JSON.parse(readFileSync(join(root, 'schemas', f), 'utf8'));
const fresh = () => registerSchemas(addFormats(new Ajv2020({ strict: true, allErrors: true })));

describe('registerSchemas with a plain strict Ajv2020', () => {
  it('is needed: a strict Ajv alone refuses our annotation keywords', () => {
    const ajv = addFormats(new Ajv2020({ strict: true }));
    expect(() => ajv.compile(read('incident.schema.json'))).toThrow(/unknown keyword.*"x-/);
  });

  it('registers every x- keyword the schemas use', () => {
    const used = new Set(schemaFiles.flatMap((f) => readFileSync(join(root, 'schemas', f), 'utf8').match(/"x-[a-z0-9-]+"(?=\s*:)/g) ?? []).map((k) => k.slice(1, -1)));
    expect([...used].filter((k) => !schemaKeywords.includes(k))).toEqual([]);
  });

  it.each(recordTypes.map((t) => [t]))('compiles %s.schema.json and validates its examples/data CSV', (type) => {
    const validate = fresh().compile(read(`${type}.schema.json`));
    const { records, errors } = fromCSV(readFileSync(join(root, 'examples/data', `${type}.csv`)), { type });
    expect(errors).toEqual([]);
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) expect([r.id, validate(r), validate.errors ?? null]).toEqual([r.id, true, null]);
  });

  it('compiles every schema file, shared ones included, and can be called twice', () => {
    const ajv = fresh();
    registerSchemas(ajv);
    for (const f of schemaFiles) {
      const schema = read(f);
      expect(() => ajv.getSchema(schema.$id) ?? ajv.compile(schema), f).not.toThrow();
    }
  });

  it('checks partial dates against the calendar, and standard formats through ajv-formats', () => {
    const validate = fresh().compile(read('incident.schema.json'));
    const base = { id: 'inc-1', themes: ['safety-dignity'], source_ids: ['src-a'], sensitivity: 'public', date_precision: 'day', country: 'TUR', count_convention: 'minimum' };
    expect(validate({ ...base, date: '2016-02-29' })).toBe(true);
    expect(validate({ ...base, date: '2017-02-30' })).toBe(false);
    expect(validate.errors).toContainEqual(expect.objectContaining({ instancePath: '/date', keyword: 'format', params: { format: 'partial-date' } }));
    expect(validate({ ...base, date: '2017', date_precision: 'year', source_url: 'not a url' })).toBe(false);
  });
});
