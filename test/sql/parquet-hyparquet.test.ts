// Parquet written by `convert --to parquet`, read back by an independent reader: hyparquet
// (pure JavaScript, no DuckDB, no Arrow), with hyparquet-compressors for zstd. Every value of
// every record comes back, and every column has the type docs/summaries.md promises.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { describe, expect, it } from 'vitest';
import { getFields, type FieldInfo } from '../../src/model/fields.js';
import { recordTypes, type RecordType } from '../../src/model/record-types.js';
import { loadCSV } from '../../src/read/node-load.js';
import { spawnCli } from '../helpers/built-cli.js';
// @ts-expect-error: the bench generator is plain JavaScript
import { writeIncidentCSV } from '../../bench/generate.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'se-hyparquet-'));
const isPublic = (r: Record<string, unknown>) => r.sensitivity !== 'restricted' && r.sensitivity !== 'confidential';

/** The Parquet type a field must have: INT64, DOUBLE, BOOLEAN or UTF8 text; lists as a LIST of those. */
function parquetType(f: FieldInfo): string {
  const scalar = { integer: 'INT64', number: 'DOUBLE', boolean: 'BOOLEAN', string: 'BYTE_ARRAY/UTF8' }[f.kind];
  return f.list ? `LIST<${scalar}>` : scalar;
}

interface SchemaNode {
  element: { name: string; type?: string; converted_type?: string };
  children: SchemaNode[];
}
function typeOf(node: SchemaNode): string {
  const e = node.element;
  if (e.converted_type === 'LIST') return `LIST<${typeOf(node.children[0].children[0])}>`;
  return e.type === 'BYTE_ARRAY' ? `BYTE_ARRAY/${e.converted_type}` : String(e.type);
}

/** A value as hyparquet gives it, in the records' terms: INT64 as a (safe) number, a null list as null. */
function plain(v: unknown, f: FieldInfo): unknown {
  if (v === undefined || v === null) return null;
  if (f.kind === 'integer') {
    const ints = (f.list ? (v as unknown[]) : [v]).map((x) => {
      expect(typeof x, `${f.name}: INT64 comes back as a bigint`).toBe('bigint');
      expect(Number.isSafeInteger(Number(x))).toBe(true);
      return Number(x);
    });
    return f.list ? ints : ints[0];
  }
  return v;
}

/** Convert `csv` to Parquet with the CLI, read it with hyparquet and compare with the records the CSV holds. */
async function roundTrip(csv: string, type: RecordType, name: string): Promise<number> {
  const out = path.join(dir, `${name}.parquet`);
  const r = spawnCli('convert', csv, '--type', type, '--to', 'parquet', '--out', out);
  expect(r.status, r.stderr).toBe(0);
  const file = await asyncBufferFromFile(out);
  const schema = parquetSchema(await parquetMetadataAsync(file)) as unknown as SchemaNode;
  const fields = getFields(type);
  expect(schema.children.map((c) => c.element.name), 'one column per field, in schema order').toEqual(fields.map((f) => f.name));
  expect(schema.children.map(typeOf)).toEqual(fields.map(parquetType));

  const back = (await parquetReadObjects({ file, compressors })) as Record<string, unknown>[];
  const want = (await loadCSV(csv, { type })).records.filter(isPublic);
  expect(back).toHaveLength(want.length);
  const byField = (rows: Record<string, unknown>[], read: (r: Record<string, unknown>, f: FieldInfo) => unknown) => rows.map((row) => Object.fromEntries(fields.map((f) => [f.name, read(row, f)])));
  expect(byField(back, (row, f) => plain(row[f.name], f))).toEqual(byField(want, (row, f) => row[f.name] ?? null));
  // Dates are the ISO strings the schema validated (partial dates stay partial), never timestamps.
  for (const f of fields.filter((x) => x.format === 'partial-date')) {
    for (const row of back) if (row[f.name] !== null) expect(row[f.name]).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  }
  return back.length;
}

describe('Parquet from convert --to parquet, read by hyparquet', () => {
  for (const type of recordTypes) {
    it(`datasets/synthetic-demo/${type}.csv: every value and column type`, async () => {
      expect(await roundTrip(`datasets/synthetic-demo/${type}.csv`, type, `synthetic-${type}`)).toBeGreaterThan(0);
    });
  }
  for (const type of ['aggregate-observation', 'fee-observation', 'source', 'treaty-action'] as const) {
    it(`datasets/published-facts/${type}.csv (real titles, notes and URLs): every value and column type`, async () => {
      expect(await roundTrip(`datasets/published-facts/${type}.csv`, type, `published-${type}`)).toBeGreaterThan(0);
    });
  }
  it('20,000 generated incidents, in their order', async () => {
    const csv = path.join(dir, 'generated.csv');
    await writeIncidentCSV(csv, 20_000);
    expect(await roundTrip(csv, 'incident', 'generated')).toBe(20_000);
  }, 120_000);
});
