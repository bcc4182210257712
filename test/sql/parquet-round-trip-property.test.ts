// Arbitrary valid records of every type through Parquet (writeParquet) and back through a real
// DuckDB: deep-equal, as the CSV, JSON, NDJSON and Arrow round trips in test/write/.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordTypes } from '../../src/model/record-types.js';
import { openDuckDB, type DuckDBSession } from '../../src/sql/node-duckdb.js';
import { writeParquet } from '../../src/sql/node-write-parquet.js';
import { validateRecords } from '../../src/validate/validate-records.js';
import { arbitraryRecord, dropNulls } from '../helpers/arbitrary-records.js';
import { fuzzTimeout, printTally, runs, tally } from '../helpers/hostile-records.js';

const today = '2026-06-01';
const dir = mkdtempSync(path.join(tmpdir(), 'se-parquet-prop-'));
let db: DuckDBSession;
beforeAll(async () => {
  db = await openDuckDB();
});
afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
  printTally();
});

describe('round trip of arbitrary valid records through Parquet (property)', () => {
  for (const type of recordTypes) {
    it(`${type}: Parquet gives back what was written`, async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(arbitraryRecord(type), { minLength: 1, maxLength: 5 }), async (drafts) => {
          const records = drafts.map((r, k) => ({ ...r, id: `${String(r.id)}-${k}` }));
          fc.pre(validateRecords(records, type, { today }).valid);
          const file = path.join(dir, `${type}-${n++}.parquet`);
          await writeParquet(records, type, file, { includeRestricted: true });
          const back = await db.rows(`SELECT * FROM read_parquet('${file.replace(/'/g, "''")}')`);
          expect(dropNulls(back as Record<string, unknown>[])).toEqual(records);
          tally('round trip parquet');
        }),
        { numRuns: runs(8) },
      );
    }, fuzzTimeout());
  }
});
