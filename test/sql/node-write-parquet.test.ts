import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFields } from '../../src/model/fields.js';
import { recordTypes } from '../../src/model/record-types.js';
import { loadCSV } from '../../src/read/node-load.js';
import { openDuckDB, summarizeInDuckDB, type DuckDBSession } from '../../src/sql/node-duckdb.js';
import { writeParquet } from '../../src/sql/node-write-parquet.js';
import { summarize } from '../../src/summarize/summarize.js';
import { toTable } from '../../src/summarize/to-table.js';
import { spawnCli } from '../helpers/built-cli.js';

let db: DuckDBSession;
const dir = mkdtempSync(path.join(tmpdir(), 'se-parquet-test-'));
beforeAll(async () => {
  db = await openDuckDB();
});
afterAll(() => db?.close());

const sqlPath = (p: string) => `'${p.replace(/'/g, "''")}'`;

describe('writeParquet', () => {
  for (const type of recordTypes) {
    it(`writes ${type} records that DuckDB reads back field for field, in schema order`, async () => {
      const { records } = await loadCSV(`examples/data/${type}.csv`, { type });
      const file = path.join(dir, `${type}.parquet`);
      const { withheld } = await writeParquet(records, type, file, { includeRestricted: true });
      expect(withheld).toBe(0);
      const back = await db.rows(`SELECT * FROM read_parquet(${sqlPath(file)})`);
      const names = getFields(type).map((f) => f.name);
      expect(Object.keys(back[0])).toEqual(names);
      const want = records.map((r) => Object.fromEntries(names.map((n) => [n, r[n] ?? null])));
      expect(back).toEqual(want);
    });
  }

  it('leaves restricted records out by default, and a summary over the Parquet file equals summarize', async () => {
    const { records } = await loadCSV('datasets/synthetic-demo/incident.csv', { type: 'incident' });
    const file = path.join(dir, 'public-incidents.parquet');
    const { withheld } = await writeParquet(records, 'incident', file);
    const shown = records.filter((r) => r.sensitivity !== 'restricted' && r.sensitivity !== 'confidential');
    expect(withheld).toBe(records.length - shown.length);
    const spec = { type: 'incident' as const, by: ['region', 'year'] };
    const sql = await summarizeInDuckDB(db, `read_parquet(${sqlPath(file)})`, spec);
    expect(sql.objects()).toEqual(summarize(toTable(shown, 'incident'), spec).objects());
  });
});

describe('convert --to parquet', () => {
  it('writes a Parquet file DuckDB reads, and needs --out', async () => {
    const out = path.join(dir, 'cli', 'fees.parquet');
    const r = spawnCli('convert', 'examples/data/fee-observation.csv', '--type', 'fee-observation', '--to', 'parquet', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/converted \d+ fee-observation record\(s\) to parquet/);
    const [{ n }] = await db.rows(`SELECT count(*) AS n FROM read_parquet(${sqlPath(out)})`);
    const { records } = await loadCSV('examples/data/fee-observation.csv', { type: 'fee-observation' });
    expect(n).toBe(records.filter((x) => x.sensitivity !== 'restricted' && x.sensitivity !== 'confidential').length);
    expect(spawnCli('convert', 'examples/data/fee-observation.csv', '--type', 'fee-observation', '--to', 'parquet')).toMatchObject({ status: 2, stderr: expect.stringMatching(/give --out/) });
  });
});
