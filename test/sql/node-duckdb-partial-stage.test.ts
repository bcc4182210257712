import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { table as aqTable } from 'arquero';
import { duckdbTypes, openDuckDB, summarizeInDuckDB, type DuckDBSession } from '../../src/sql/node-duckdb.js';
import { csvStageSql } from '../../src/sql/node-duckdb-csv-stage.js';
import { createPartialStage } from '../../src/sql/node-duckdb-partial-stage.js';
import { partialColumns, partialPlan } from '../../src/sql/partial-plan.js';
import { planSummary, type SummarySpec } from '../../src/summarize/spec.js';
import { summarize } from '../../src/summarize/summarize.js';

let dir: string;
let db: DuckDBSession;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'se-partial-stage-'));
  db = await openDuckDB({ memoryLimit: '64MB', threads: 1, tempDirectory: join(dir, 'spill') });
});
afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

// Incidents as the CSV reader's column batches give them: numbers in a Float64Array (NaN: no
// value), texts and lists in arrays (null: no value), a column absent from the header as nothing.
const rows = 20_000;
const countries = ['LBY', 'NER', 'MEX', 'AFG', 'TUR', 'MMR', 'GRC', 'SDN'];
const columns: Record<string, unknown[]> = {
  date: Array.from({ length: rows }, (_, i) => (i % 101 === 0 ? null : `${2014 + (i % 9)}-${String(1 + (i % 12)).padStart(2, '0')}-0${1 + (i % 7)}`)),
  country: Array.from({ length: rows }, (_, i) => (i % 23 === 0 ? null : countries[i % countries.length])),
  dead: Array.from({ length: rows }, (_, i) => (i % 4 === 0 ? null : i % 37)),
  missing: Array.from({ length: rows }, (_, i) => i % 5),
  survivors: Array.from({ length: rows }, (_, i) => (i % 6 === 0 ? null : (i * 7919) % 500)),
  source_quality: Array.from({ length: rows }, (_, i) => (i % 9 === 0 ? null : 1 + (i % 5))),
  source_ids: Array.from({ length: rows }, (_, i) => (i % 3 ? [`src-${i % 30}`] : [`src-${i % 30}`, 'src-shared'])),
  themes: Array.from({ length: rows }, (_, i) => (i % 11 === 0 ? [] : i % 2 ? ['safety-dignity'] : ['business-model', 'safety-dignity'])),
  count_convention: Array.from({ length: rows }, (_, i) => (i % 2 ? 'minimum' : 'best-estimate')),
};
const numeric = new Set(['dead', 'missing', 'survivors', 'source_quality']);
function batches(size: number) {
  const names = Object.keys(columns);
  const out = [];
  for (let at = 0; at < rows; at += size) {
    const values = names.map((n) => {
      const part = columns[n].slice(at, at + size);
      return numeric.has(n) ? Float64Array.from(part, (v) => (v === null ? NaN : (v as number))) : part;
    });
    out.push({ names, values, length: values[0].length });
  }
  return out;
}

async function staged(spec: SummarySpec, limits?: { maxSlots?: number; maxValues?: number }) {
  const partial = partialPlan(planSummary(spec))!;
  const types = duckdbTypes('incident');
  const file = join(dir, `stage-${Math.random().toString(36).slice(2)}.csv`);
  const stage = createPartialStage(file, partial, types, limits);
  for (const b of batches(2048)) {
    // Every third row left out, as invalid or restricted rows are.
    const keep = Int32Array.from({ length: b.length }, (_, i) => i).filter((i) => i % 3 !== 1);
    stage.add(b, keep, keep.length);
  }
  stage.close();
  const kept = Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, v.filter((_, i) => i % 2048 % 3 !== 1)]));
  const sql = await summarizeInDuckDB(db, csvStageSql([file], partialColumns(partial, types)), spec, partial);
  return { stage, sql: sql.objects(), mem: summarize(aqTable(kept), spec).objects() };
}

const specs: SummarySpec[] = [
  { type: 'incident', by: ['year', 'region'] },
  { type: 'incident', by: ['theme', 'country'] },
  { type: 'incident', by: ['month'], measures: ['records', 'dead', 'survivors', 'mean_source_quality', 'first_date', 'last_date'] },
  // A measured field that a filter reads too: a value, weighted by the rows it stands for.
  { type: 'incident', by: ['year'], where: { missing: [0, 1, 2] }, measures: ['records', 'missing', 'dead'] },
  { type: 'incident', by: ['year'], where: { country: ['LBY', null] } },
  { type: 'incident' },
];

describe('the partial stage', () => {
  it('combines rows equal in their group fields: fewer rows for DuckDB, the same summary', async () => {
    const { stage, sql, mem } = await staged({ type: 'incident', by: ['year', 'region'] });
    expect(stage.rows).toBe(columns.date.filter((_, i) => i % 2048 % 3 !== 1).length);
    expect(stage.staged).toBeLessThan(stage.rows / 4);
    expect(sql.length).toBeGreaterThan(20);
    expect(sql).toEqual(mem);
  });

  for (const spec of specs) {
    it(`gives what summarize gives, by ${spec.by?.join(',') ?? '(none)'}, in one table and written every few combinations`, async () => {
      const whole = await staged(spec);
      expect(whole.sql).toEqual(whole.mem);
      // Tables of 100 combinations and dictionaries of 50 values: written and started again many times.
      const bounded = await staged(spec, { maxSlots: 100, maxValues: 50 });
      expect(bounded.stage.staged).toBeGreaterThan(whole.stage.staged);
      expect(bounded.sql).toEqual(whole.mem);
    });
  }

  it('refuses rows after close', () => {
    const partial = partialPlan(planSummary({ type: 'incident', by: ['year'] }))!;
    const stage = createPartialStage(join(dir, 'closed.csv'), partial, duckdbTypes('incident'));
    stage.close();
    stage.close();
    expect(() => stage.add({ records: [{}] }, Int32Array.of(0), 1)).toThrow(/closed/);
  });
});
