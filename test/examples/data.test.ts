// examples/data/<type>.csv are the contributors' templates and the smallest real dataset:
// each must validate against its type, and together they must validate as a dataset
// (every reference resolves to a row of the file it points to).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getFields, getSchema, getValidator, idPrefix, recordTypes, themes, type RecordType } from 'smuggling-evidence';
import { fromCSV } from '../../src/read/from-csv.js';
import { validateRecords } from '../../src/validate/validate-records.js';
import { validateDataset } from '../../src/validate/validate-dataset.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.join(repoRoot, 'examples/data');
const fileOf = (type: RecordType) => path.join(dataDir, `${type}.csv`);

type Row = Record<string, unknown>;

// Read with the library's own loader, as users will: bytes in, typed records out.
function load(type: RecordType): { headers: string[]; rows: Row[]; problems: string[] } {
  const result = fromCSV(readFileSync(fileOf(type)), { type });
  const problems = [...result.errors, ...result.warnings].map((e) => JSON.stringify(e));
  return { headers: result.header ?? [], rows: result.records, problems };
}

const loaded = new Map(recordTypes.filter((t) => existsSync(fileOf(t))).map((t) => [t, load(t)] as const));
const idsOf = (type: RecordType) => new Set(loaded.get(type)?.rows.map((r) => r.id as string));

describe.each(recordTypes.map((t) => [t]))('examples/data/%s.csv', (type) => {
  it('reads without errors or warnings, as UTF-8 with "," and the type it names', () => {
    const result = fromCSV(readFileSync(fileOf(type)));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.type).toBe(type);
    expect(result.encoding).toBe('utf-8');
    expect(result.delimiter).toBe(',');
    expect(loaded.get(type)!.problems).toEqual([]);
  });

  it('exists and holds 4 to 10 rows', () => {
    expect(existsSync(fileOf(type)), fileOf(type)).toBe(true);
    const n = loaded.get(type)!.rows.length;
    expect(n).toBeGreaterThanOrEqual(4);
    expect(n).toBeLessThanOrEqual(10);
  });

  it('has schema fields as headers, in schema order, with every required field', () => {
    const { headers } = loaded.get(type)!;
    const order = getFields(type).map((f) => f.name);
    for (const h of headers) expect(order, `unknown column "${h}"`).toContain(h);
    const positions = headers.map((h) => order.indexOf(h));
    expect(positions, 'columns out of schema order').toEqual([...positions].sort((a, b) => a - b));
    for (const f of getFields(type).filter((x) => x.required)) expect(headers, f.name).toContain(f.name);
    expect(headers.length, 'keep most of the fields as a template').toBeGreaterThanOrEqual(order.length - 3);
  });

  it('validates row by row against its schema', () => {
    const validate = getValidator(type);
    const problems: string[] = [];
    loaded.get(type)!.rows.forEach((row, i) => {
      const where = `${type}.csv row ${i + 2} (${row.id})`;
      if (!validate(row)) {
        for (const e of validate.errors!) problems.push(`${where}: ${e.instancePath || '/'} ${e.message}`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('passes validateRecords (schema and cross-field rules) with no error and no warning', () => {
    const report = validateRecords(fromCSV(readFileSync(fileOf(type)), { type }));
    const issues = [...report.errors, ...report.warnings].map((e) => JSON.stringify(e));
    expect(issues).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.stats.valid).toBe(loaded.get(type)!.rows.length);
  });

  it('has unique ids with the type prefix and says its record_type', () => {
    const rows = loaded.get(type)!.rows;
    const ids = rows.map((r) => r.id as string);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rows) {
      expect(r.id as string).toMatch(new RegExp(`^${idPrefix(type)}-`));
      expect(r.record_type).toBe(type);
    }
  });

  it("tags rows only with themes the type serves (x-themes), so validation gives no theme warning", () => {
    const served = getSchema(type)['x-themes'] as string[];
    for (const r of loaded.get(type)!.rows) {
      for (const t of r.themes as string[]) expect(served, `${r.id}: ${t}`).toContain(t);
    }
  });

  it('marks invented rows as illustrative in notes', () => {
    for (const r of loaded.get(type)!.rows) {
      const cites = [...((r.source_ids as string[]) ?? []), r.id];
      if (cites.includes('src-example-illustrative')) expect(r.notes as string, r.id as string).toMatch(/illustrative/i);
    }
  });
});

describe('examples/data as a dataset', () => {
  it('passes validateDataset (foreign keys included) with no error and no warning', () => {
    const report = validateDataset(recordTypes.map((t) => ({ name: `${t}.csv`, data: fromCSV(readFileSync(fileOf(t))) })));
    const issues = [...report.errors, ...report.warnings].map((e) => JSON.stringify(e));
    expect(issues).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.type).toBe('dataset');
    expect(report.stats.files).toBe(recordTypes.length);
    expect(report.stats.rows).toBe(recordTypes.reduce((n, t) => n + loaded.get(t)!.rows.length, 0));
  });


  const references: [RecordType, string, RecordType][] = [
    ...recordTypes.map((t) => [t, 'source_ids', 'source'] as [RecordType, string, RecordType]),
    ['court-case', 'national_provisions', 'legal-provision'],
    ['court-case', 'fee_ids', 'fee-observation'],
    ['court-case', 'cooperation_ids', 'cooperation-action'],
    ['cooperation-action', 'case_ids', 'court-case'],
    ...(['fee-observation', 'aggregate-observation', 'treaty-action', 'source'] as RecordType[]).map((t) => [t, 'cited_via', 'source'] as [RecordType, string, RecordType]),
    ['aggregate-observation', 'legal_provision_ids', 'legal-provision'],
  ];

  it.each(references)('%s.%s points to rows of %s.csv', (from, field, to) => {
    const targets = idsOf(to);
    const dangling: string[] = [];
    for (const r of loaded.get(from)!.rows) {
      for (const id of (r[field] as string[] | undefined) ?? []) if (!targets.has(id)) dangling.push(`${r.id} → ${id}`);
    }
    expect(dangling).toEqual([]);
  });

  it('every reference field of the schemas is covered above', () => {
    const refFields = recordTypes.flatMap((t) =>
      getFields(t)
        .filter((f) => f.list && f.pattern?.startsWith('^') && /^\^[a-z]+-/.test(f.pattern))
        .map((f) => `${t}.${f.name}`),
    );
    expect(refFields.sort()).toEqual(references.map(([t, f]) => `${t}.${f}`).sort());
  });

  it('every source is cited by some record', () => {
    const cited = new Set(recordTypes.flatMap((t) => loaded.get(t)!.rows.flatMap((r) => (r.source_ids as string[]) ?? [])));
    for (const id of idsOf('source')) expect(cited, id).toContain(id);
  });

  it('uses every theme somewhere', () => {
    const used = new Set(recordTypes.flatMap((t) => loaded.get(t)!.rows.flatMap((r) => r.themes as string[])));
    for (const t of themes) expect(used, t.id).toContain(t.id);
  });

  it('holds no obvious personal data: no e-mail addresses or phone numbers', () => {
    for (const type of recordTypes) {
      const text = readFileSync(fileOf(type), 'utf8');
      expect(text, `${type}.csv`).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
      expect(text, `${type}.csv`).not.toMatch(/\+\d{6,}|\(\d{3}\)\s?\d{3}-\d{4}/);
    }
  });
});
