import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getAjv, getFields, getSchema, getValidator, recordTypes, type RecordType } from 'smuggling-evidence';
import { isThemeId } from '../../src/model/themes.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const schemaDir = path.join(repoRoot, 'schemas');
const schemaFiles = readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json')).sort();
const readJSON = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const scalarKinds = ['string', 'integer', 'number', 'boolean'];

describe('schemas/*.schema.json', () => {
  it('holds one schema per record type plus the shared ones', () => {
    expect(schemaFiles).toEqual(
      [...recordTypes.map((t) => `${t}.schema.json`), 'common.schema.json', 'countries.schema.json'].sort(),
    );
  });

  it('every schema has a $id, unique, ending in its file name', () => {
    const ids = schemaFiles.map((f) => readJSON(path.join(schemaDir, f)).$id as string);
    ids.forEach((id, i) => {
      expect(id, schemaFiles[i]).toMatch(/^https:\/\//);
      expect(id.endsWith(`/${schemaFiles[i]}`), `${schemaFiles[i]}: $id ${id}`).toBe(true);
    });
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every schema declares draft 2020-12', () => {
    for (const f of schemaFiles) {
      expect(readJSON(path.join(schemaDir, f)).$schema, f).toBe('https://json-schema.org/draft/2020-12/schema');
    }
  });

  it('the shared Ajv instance is strict: an unknown keyword does not compile', () => {
    expect(() => getAjv().compile({ type: 'string', maxLenght: 3 })).toThrow(/strict mode/);
  });

  it('the shared schemas compile in strict mode', () => {
    for (const f of ['common.schema.json', 'countries.schema.json']) {
      const id = readJSON(path.join(schemaDir, f)).$id;
      expect(() => getAjv().getSchema(id), f).not.toThrow();
    }
  });
});

describe.each(recordTypes.map((t) => [t]))('schema %s', (type: RecordType) => {
  const schema = getSchema(type);
  const fields = getFields(type);

  it('compiles in Ajv strict mode', () => {
    expect(typeof getValidator(type)).toBe('function');
  });

  it('is the file in schemas/', () => {
    expect(schema).toEqual(readJSON(path.join(schemaDir, `${type}.schema.json`)));
  });

  it('is a closed object: additionalProperties false', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
  });

  it('carries x-record-type, x-id-prefix and x-themes that match its fields', () => {
    expect(schema['x-record-type']).toBe(type);
    const id = fields.find((f) => f.name === 'id');
    expect(id?.required).toBe(true);
    expect(id?.pattern?.startsWith(`^${schema['x-id-prefix']}-`), id?.pattern).toBe(true);
    expect(fields.find((f) => f.name === 'record_type')?.const).toBe(type);
    expect(schema['x-themes'].length).toBeGreaterThan(0);
    for (const t of schema['x-themes']) expect(isThemeId(t), t).toBe(true);
  });

  it('has the shared envelope', () => {
    const names = fields.map((f) => f.name);
    for (const n of ['id', 'record_type', 'schema_version', 'themes', 'source_ids', 'source_quality', 'sensitivity', 'use_restrictions', 'notes']) {
      expect(names, n).toContain(n);
    }
    for (const n of ['id', 'themes', 'sensitivity']) expect(fields.find((f) => f.name === n)?.required, n).toBe(true);
    expect(fields.find((f) => f.name === 'source_ids')?.required).toBe(type !== 'source');
  });

  it('has required fields that all exist as properties', () => {
    for (const r of schema.required) expect(Object.keys(schema.properties), r).toContain(r);
  });

  it('names every field in snake_case', () => {
    for (const f of fields) expect(f.name).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });

  it('gives every property a title and a description (after resolving $ref)', () => {
    for (const f of fields) {
      expect(f.title, `${type}.${f.name} title`).not.toBe(f.name);
      expect(f.title.trim().length, `${type}.${f.name} title`).toBeGreaterThan(0);
      expect(f.description.trim().length, `${type}.${f.name} description`).toBeGreaterThan(10);
    }
  });

  it('is flat: every field is a scalar or a list of scalars', () => {
    for (const f of fields) expect(scalarKinds, `${type}.${f.name} is ${f.kind}`).toContain(f.kind);
    for (const [name, raw] of Object.entries(schema.properties as Record<string, any>)) {
      const prop = resolve(raw, `${type}.schema.json`);
      expect(prop.type, `${type}.${name}`).not.toBe('object');
      expect(prop.properties, `${type}.${name}`).toBeUndefined();
      if (prop.type === 'array') expect(scalarKinds, `${type}.${name} items`).toContain(prop.items.type);
    }
  });

  it('gives list fields uniqueItems and a maxItems bound', () => {
    for (const [name, raw] of Object.entries(schema.properties as Record<string, any>)) {
      const f = fields.find((x) => x.name === name)!;
      if (!f.list) continue;
      expect(f.maxItems, `${type}.${name} maxItems`).toBeGreaterThan(0);
      expect(resolve(raw, `${type}.schema.json`).uniqueItems, `${type}.${name} uniqueItems`).toBe(true);
    }
  });

  it('labels every enum code with x-labels, and labels no code outside the enum', () => {
    for (const f of fields.filter((x) => x.enum)) {
      expect(f.labels, `${type}.${f.name} has no x-labels`).toBeDefined();
      const codes = f.enum!.map(String);
      for (const code of codes) expect(f.labels![code], `${type}.${f.name}: no label for "${code}"`).toBeTruthy();
      for (const code of Object.keys(f.labels!)) expect(codes, `${type}.${f.name}: label for unknown code "${code}"`).toContain(code);
    }
  });

  it('keeps codes apart from labels: codes are stable lower-case identifiers', () => {
    for (const f of fields.filter((x) => x.enum && x.kind === 'string' && x.name !== 'country' && !x.name.endsWith('countries') && !x.name.endsWith('_country') && x.name !== 'breakdown_nationality')) {
      for (const code of f.enum!) expect(String(code), `${type}.${f.name}`).toMatch(/^[a-z0-9][a-z0-9+-]*$/);
    }
  });
});

/** A property with its `$ref` chain merged in (nearer keys win), items resolved too. */
function resolve(node: any, file: string): any {
  if (node.items) node = { ...node, items: resolve(node.items, file) };
  if (!node.$ref) return node;
  const [refFile, pointer = ''] = node.$ref.split('#');
  const target = refFile || file;
  const doc = readJSON(path.join(schemaDir, target));
  const def = pointer.split('/').filter(Boolean).reduce((n: any, key: string) => n[key], doc);
  const { $ref, ...rest } = node;
  return { ...resolve(def, target), ...rest };
}

interface FixtureCase { description: string; data: Record<string, unknown>; valid: boolean }
const suites = recordTypes.map((t) => [t, readJSON(path.join(repoRoot, 'test/fixtures/schemas', `${t}.json`)) as FixtureCase[]] as const);

describe.each(suites)('fixture suite %s', (type, cases) => {
  it('has at least 10 valid and 10 invalid cases', () => {
    expect(cases.filter((c) => c.valid).length).toBeGreaterThanOrEqual(10);
    expect(cases.filter((c) => !c.valid).length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases.map((c) => [c.description, c] as const))('%s', (_, c) => {
    const validate = getValidator(type);
    const ok = validate(c.data);
    const errors = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
    expect(ok, c.valid ? `expected valid, got: ${errors}` : 'expected invalid, but the record was accepted').toBe(c.valid);
  });
});
