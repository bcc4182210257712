import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCSV } from '../../src/read/node-load.js';
import { recordTypes, type RecordType } from '../../src/model/record-types.js';
import type { DuckDBSession } from '../../src/sql/node-duckdb.js';
import { engineExtraSpecs as extra, expectSameResults, generatedIncidentSpecs as specs, openDuckDB, specsFor } from './differential.js';
import { importMissingMigrants } from '../../src/adapters/missing-migrants.js';
import { external, hasExternal } from '../adapters/external.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// @ts-expect-error: the bench generator is plain JavaScript
import { writeIncidentCSV } from '../../bench/generate.mjs';

let db: DuckDBSession;
beforeAll(async () => {
  db = await openDuckDB({ memoryLimit: '256MB' });
});
afterAll(() => db?.close());

async function records(file: string, type: RecordType) {
  const r = await loadCSV(file, { type });
  return r.records;
}

describe('the Arquero and DuckDB engines give identical summaries', () => {
  for (const type of recordTypes) {
    it(`on examples/data/${type}.csv`, async () => {
      const rows = await expectSameResults(db, await records(`examples/data/${type}.csv`, type), type, specsFor(type, extra[type]));
      expect(rows).toBeGreaterThan(0);
    });
  }
  for (const [dataset, type] of [
    ['synthetic-demo', 'incident'],
    ['synthetic-demo', 'fee-observation'],
    ['synthetic-demo', 'court-case'],
    ['synthetic-demo', 'aggregate-observation'],
    ['annual-figures', 'aggregate-observation'],
    ['istanbul-2017', 'cooperation-action'],
    ['istanbul-2017', 'capacity-building'],
  ] as const) {
    it(`on datasets/${dataset}/${type}.csv`, async () => {
      await expectSameResults(db, await records(`datasets/${dataset}/${type}.csv`, type), type, specsFor(type, extra[type]));
    });
  }

  it.skipIf(!hasExternal)('on an MMP import (the 2020 Web ID export)', async () => {
    const { records } = importMissingMigrants(external('mmp-2020-webid/MissingMigrants-Global-2020-01-08T14-05-32.csv'));
    expect(records.length).toBeGreaterThan(6000);
    await expectSameResults(db, records as unknown as Record<string, unknown>[], 'incident', specsFor('incident', extra.incident));
  });

  it('on 100,000 generated incidents', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'se-gen-')), 'incidents.csv');
    await writeIncidentCSV(file, 100_000);
    await expectSameResults(db, await records(file, 'incident'), 'incident', specs);
  }, 120_000);
});
