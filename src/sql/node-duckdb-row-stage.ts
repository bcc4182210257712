/**
 * What the DuckDB engine of `summarize` writes for DuckDB to read: the partial aggregates of
 * the valid rows when they are exact for the spec (partial-plan.ts), else the rows themselves,
 * as CSV text in a file. The CLI's thread and, for a split file, the worker thread each stage
 * their own part in a file of their own; DuckDB reads them all.
 *
 *   openStage(file, spec): RowStage         add(source, rows, count), close()
 *   stageLayout(spec): { columns, partial? } the staged columns (name → DuckDB type)
 */
import type { RowSource } from '../summarize/column-store.js';
import { planSummary, type SummarySpec } from '../summarize/spec.js';
import { duckdbTypes } from './duckdb-types.js';
import { createCsvStage } from './node-duckdb-csv-stage.js';
import { createPartialStage } from './node-duckdb-partial-stage.js';
import { partialColumns, partialPlan, type PartialPlan } from './partial-plan.js';

/** Rows staged for DuckDB. */
export interface RowStage {
  /** Add rows `rows[0..count)` (indices into the source) of a batch. */
  add(source: RowSource, rows: Int32Array, count: number): void;
  /** Write what is held and close the file (idempotent). */
  close(): void;
}

/**
 * The staged columns (name → DuckDB type) and, for partial aggregates, their plan.
 *
 * @example Object.keys(stageLayout({ type: 'incident', by: ['year'] }).columns)
 */
export function stageLayout(spec: SummarySpec): { columns: Record<string, string>; partial?: PartialPlan } {
  const plan = planSummary(spec);
  const partial = partialPlan(plan);
  if (partial) return { columns: partialColumns(partial, duckdbTypes(plan.type!)), partial };
  return { columns: duckdbTypes(plan.type!, plan.columns) };
}

/**
 * A stage at `file` (created, truncated) for `spec`.
 *
 * @example const s = openStage('/tmp/part.csv', spec); s.add(batch, rows, n); s.close()
 */
export function openStage(file: string, spec: SummarySpec): RowStage {
  const { columns, partial } = stageLayout(spec);
  if (partial) return createPartialStage(file, partial, duckdbTypes(spec.type!));
  const names = Object.keys(columns);
  const stage = createCsvStage(file, names.map((n) => columns[n]));
  return { add: (source, rows, count) => stage.append(columnsOf(source, rows, count, names)), close: () => stage.close() };
}

// The kept rows of a batch as one array per column (null for no value).
function columnsOf(source: RowSource, rows: Int32Array, count: number, names: readonly string[]): unknown[][] {
  return names.map((name) => {
    const out = new Array(count);
    if ('records' in source) {
      for (let k = 0; k < count; k++) out[k] = source.records[rows[k]][name] ?? null;
      return out;
    }
    const col = source.values[source.names.indexOf(name)];
    for (let k = 0; k < count; k++) {
      const v = col ? col[rows[k]] : null;
      out[k] = typeof v === 'number' && v !== v ? null : (v ?? null);
    }
    return out;
  });
}
