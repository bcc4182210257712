import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { RecordType } from '../../src/model/record-types.js';
import { openDuckDB, readRecordsSql, summarizeInDuckDB, type DuckDBSession } from '../../src/sql/node-duckdb.js';
import type { SummarySpec } from '../../src/summarize/spec.js';
import { summarize } from '../../src/summarize/summarize.js';
import { toTable } from '../../src/summarize/to-table.js';

const dir = mkdtempSync(path.join(tmpdir(), 'se-diff-'));
let n = 0;

/** Write records as NDJSON for DuckDB; returns the relation that reads them with the schema's types. */
export function ndjsonRelation(records: readonly Record<string, unknown>[], type: RecordType): string {
  const file = path.join(dir, `r${n++}.ndjson`);
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return readRecordsSql(file, type);
}

/** The specs every record type is checked with: each key alone, pairs, all measures. */
export function specsFor(type: RecordType, extra: SummarySpec[] = []): SummarySpec[] {
  const keys = ['theme', 'year', 'month', 'country', 'region', 'subregion', 'route'];
  const specs: SummarySpec[] = [{ type }, ...keys.map((k) => ({ type, by: [k] }))];
  specs.push({ type, by: ['region', 'year'] }, { type, by: ['theme', 'country'] }, { type, by: ['subregion', 'theme'], complete: true });
  return [...specs, ...extra];
}

/** Run each spec in memory (Arquero) and in DuckDB and expect identical rows. */
export async function expectSameResults(db: DuckDBSession, records: Record<string, unknown>[], type: RecordType, specs: SummarySpec[]): Promise<number> {
  const table = toTable(records, type);
  const relation = ndjsonRelation(records, type);
  let rows = 0;
  for (const spec of specs) {
    const mem = summarize(table, { ...spec, by: spec.by ?? [] }).objects();
    const sql = (await summarizeInDuckDB(db, relation, spec)).objects();
    expect(sql, `${type} by ${(spec.by ?? []).join(',') || '(none)'}`).toEqual(mem);
    rows += mem.length;
  }
  return rows;
}

export { openDuckDB };
