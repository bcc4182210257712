import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { recordTypes, type RecordType } from '../../src/model/record-types.js';
import { duckdbTypes, openDuckDB, readRecordsSql, summarizeInDuckDB, type DuckDBSession } from '../../src/sql/node-duckdb.js';
import { csvStageSql } from '../../src/sql/node-duckdb-csv-stage.js';
import { createPartialStage, type PartialStageLimits } from '../../src/sql/node-duckdb-partial-stage.js';
import { partialColumns, partialPlan } from '../../src/sql/partial-plan.js';
import { planSummary, type SummarySpec } from '../../src/summarize/spec.js';
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

/** Specs beyond `specsFor` that the SQL parse checks also run: the measures people ask for, a filter. */
export const sqlExtraSpecs: SummarySpec[] = [
  { type: 'fee-observation', by: ['route', 'year'], measures: ['records', 'fee_usd_min', 'fee_usd_median', 'fee_usd_max', 'fee_usd_observations', 'fee_ranges'] },
  { type: 'court-case', by: ['country'], measures: ['records', 'sentence_months_median', 'conviction_share'] },
  { type: 'aggregate-observation', by: ['indicator', 'year'], measures: ['records', 'value', 'value_missing'] },
  { type: 'incident', by: ['year'], where: { route: ['central-mediterranean', null] } },
];

/** Specs beyond `specsFor` that the engines are compared on, by type (the measures people ask for, filters, breakdowns). */
export const engineExtraSpecs: Partial<Record<RecordType, SummarySpec[]>> = {
  'fee-observation': [
    { type: 'fee-observation', measures: ['records', 'fee_usd_min', 'fee_usd_median', 'fee_usd_max', 'fee_usd_observations', 'fee_ranges'] },
    { type: 'fee-observation', by: ['route', 'year'], measures: ['records', 'fee_usd_min', 'fee_usd_median', 'fee_usd_max', 'fee_usd_observations', 'fee_ranges'] },
  ],
  'court-case': [
    { type: 'court-case', by: ['year'], measures: ['records', 'sentence_months_min', 'sentence_months_median', 'sentence_months_max', 'conviction_share'] },
    { type: 'court-case', measures: ['records', 'sentence_months_median', 'conviction_share'] },
    { type: 'court-case', by: ['country'], measures: ['records', 'sentence_months_min', 'sentence_months_median', 'sentence_months_max', 'conviction_share'] },
  ],
  'aggregate-observation': [
    { type: 'aggregate-observation', by: ['indicator', 'year'], measures: ['records', 'value', 'value_missing'] },
    { type: 'aggregate-observation', by: ['breakdown_sex'], measures: ['records', 'value'] },
    { type: 'aggregate-observation', by: ['year', 'breakdown_nationality'], measures: ['value'], suppress: false },
  ],
  incident: [
    { type: 'incident', by: ['year'], where: { route: ['central-mediterranean', 'darien'] }, measures: ['records', 'dead', 'mean_source_quality'] },
  ],
};

/** Specs run on the 100,000 generated incidents. */
export const generatedIncidentSpecs: SummarySpec[] = [
  { type: 'incident', by: ['year', 'region'] },
  { type: 'incident', by: ['theme', 'route'] },
  { type: 'incident', by: ['month'], measures: ['records', 'dead', 'missing', 'mean_source_quality'] },
  { type: 'incident', by: ['country', 'year'], complete: ['year'] },
];

/** Every spec the SQL tests use (the engine comparison and the parse checks), each once. */
export function allSqlSpecs(): SummarySpec[] {
  const all = [...recordTypes.flatMap((t) => specsFor(t, engineExtraSpecs[t])), ...sqlExtraSpecs, ...generatedIncidentSpecs];
  const seen = new Set<string>();
  return all.filter((s) => !seen.has(JSON.stringify(s)) && !!seen.add(JSON.stringify(s)));
}

/**
 * Stage records as `summarize --engine duckdb` does when the spec's rows can be combined (a
 * relation of partial aggregates, see partialPlan); undefined when they cannot.
 */
export function partialRelation(records: readonly Record<string, unknown>[], spec: SummarySpec, limits?: PartialStageLimits) {
  const partial = partialPlan(planSummary(spec));
  if (!partial) return undefined;
  const file = path.join(dir, `p${n++}.csv`);
  const types = duckdbTypes(spec.type!);
  const stage = createPartialStage(file, partial, types, limits);
  // In batches, as the reader hands them on.
  for (let at = 0; at < records.length; at += 500) {
    const part = records.slice(at, at + 500);
    stage.add({ records: part }, Int32Array.from(part.keys()), part.length);
  }
  stage.close();
  return { relation: csvStageSql([file], partialColumns(partial, types)), partial, staged: stage.staged };
}

/** Run each spec in memory (Arquero) and in DuckDB (over the records, and over their partial aggregates) and expect identical rows. */
export async function expectSameResults(db: DuckDBSession, records: Record<string, unknown>[], type: RecordType, specs: SummarySpec[]): Promise<number> {
  const table = toTable(records, type);
  const relation = ndjsonRelation(records, type);
  let rows = 0;
  for (const spec of specs) {
    const mem = summarize(table, { ...spec, by: spec.by ?? [] }).objects();
    const sql = (await summarizeInDuckDB(db, relation, spec)).objects();
    const what = `${type} by ${(spec.by ?? []).join(',') || '(none)'} (${(spec.measures ?? ['default measures']).join(',')})`;
    expect(sql, what).toEqual(mem);
    // Combined rows, held in one table and in tables of 3 combinations (written and started again).
    for (const limits of [undefined, { maxSlots: 3, maxValues: 2 }]) {
      const partial = partialRelation(records, spec, limits);
      if (partial) expect((await summarizeInDuckDB(db, partial.relation, spec, partial.partial)).objects(), `${what} over partials`).toEqual(mem);
    }
    rows += mem.length;
  }
  return rows;
}

export { openDuckDB };
