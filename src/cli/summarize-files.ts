// `summarize` on files: columns streamed through validation (loadColumns), then aggregated in
// memory by the Arquero pipeline, or in DuckDB for files of any size.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { UsageError } from './command.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ColumnTable } from 'arquero';
import type { RecordType } from '../model/record-types.js';
import { createColumnStore, type ColumnStore, type RowSource } from '../summarize/column-store.js';
import { loadColumns, type LoadedColumns } from '../summarize/node-load-columns.js';
import { planSummary, type SummarySpec } from '../summarize/spec.js';
import type { NotEvidenceCounts } from '../summarize/evidence-filter.js';
import { summarize } from '../summarize/summarize.js';
import { duckdbMissing, duckdbTypes, openDuckDB, requireDuckDB, summarizeInDuckDB, type DuckDBSession } from '../sql/node-duckdb.js';
import { createCsvStage, csvStageSql } from '../sql/node-duckdb-csv-stage.js';
import { createPartialStage } from '../sql/node-duckdb-partial-stage.js';
import { partialColumns, partialPlan, type PartialPlan } from '../sql/partial-plan.js';

/** Options of `summarizeFiles`. */
export interface SummarizeFilesOptions {
  type?: RecordType;
  by: string[];
  measures?: string[];
  suppress?: SummarySpec['suppress'];
  includeRestricted?: boolean;
  /** `memory` (Arquero, default) or `duckdb` (out of core). */
  engine?: 'memory' | 'duckdb';
  /** DuckDB's memory limit, e.g. `256MB`. */
  memoryLimit?: string;
  /** Keep records whose evidence_status is illustrative or synthetic (counted either way). */
  includeIllustrative?: boolean;
}

/** The files read and their summary (null when nothing could be summarised). */
export interface SummarizedFiles {
  type: RecordType;
  files: LoadedColumns[];
  withheld: number;
  /** Valid records that are illustrative or synthetic: left out, or kept with `includeIllustrative`. */
  notEvidence: NotEvidenceCounts;
  summary: () => Promise<ColumnTable>;
  /** Release what the summary would have used (DuckDB's temp database) when it is not asked for. */
  close?: () => void;
}

/** Read and validate the files, keeping the columns the summary needs. */
export async function summarizeFiles(files: readonly string[], options: SummarizeFilesOptions): Promise<SummarizedFiles> {
  let type = options.type;
  let current = '';
  const columnsFor = (t: RecordType) => {
    if (type && t !== type) throw new Error(`${current} holds ${t} records, not ${type}; summarise one type at a time`);
    type = t;
    const wanted = planSummary({ type: t, by: options.by, measures: options.measures }).columns;
    return wanted.includes('evidence_status') ? wanted : [...wanted, 'evidence_status'];
  };
  const notEvidence: NotEvidenceCounts = { illustrative: 0, synthetic: 0 };
  for (const file of files) {
    try {
      statSync(file);
    } catch (err) {
      throw new UsageError(`cannot read "${file}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }
  const loaded: LoadedColumns[] = [];
  const spec = () => ({ type: type!, by: options.by, measures: options.measures, suppress: options.suppress });

  if (options.engine === 'duckdb') {
    // The valid rows are combined and written, batch by batch, as CSV text to files in a temp
    // folder: rows equal in every field the keys and the non-decomposable measures read become
    // one row with their count and partial sums, counts and bounds (partial-plan.ts), or each
    // row as it is when a measure needs them all (a median). DuckDB (opened only when the
    // summary runs) streams them back with read_csv under its memory limit, computes the keys
    // and finishes the measures. Nothing of the rows stays in our heap or in DuckDB's buffers,
    // so any file size summarises in bounded memory.
    const dir = mkdtempSync(join(tmpdir(), 'se-duckdb-'));
    // @duckdb/node-api missing: said when the summary is asked for (after the files' problems), without staging the rows.
    const missing = await duckdbAbsent();
    const stages: string[] = [];
    let stage: RowStage | undefined;
    const finish = () => {
      stage?.close();
      stage = undefined;
    };
    // The temp folder goes whatever happened (an error in the query included).
    const release = () => {
      finish();
      rmSync(dir, { recursive: true, force: true });
    };
    try {
      for (const [i, file] of files.entries()) {
        current = file;
        const staged = join(dir, `records_${i}.csv`);
        let opened = false;
        const counted = { ...notEvidence };
        const load = (parallel: boolean | 'auto') =>
          loadColumns(file, {
            type,
            includeRestricted: options.includeRestricted,
            columns: columnsFor,
            parallel,
            onRows(source, rows, count) {
              // One stage file per input file (opened afresh): a file whose header makes every record invalid is dropped whole.
              if (!opened && !missing) stage = openStage(staged, spec());
              opened = true;
              const kept = keepEvidence(source, rows, count, notEvidence, options.includeIllustrative);
              if (kept) stage?.add(source, rows, kept);
            },
          });
        // As in memory: a split file whose halves share an id is staged again on one thread.
        let f = await load('auto');
        if (f.again) {
          finish();
          opened = false;
          Object.assign(notEvidence, counted);
          f = await load(false);
        }
        finish();
        loaded.push(f);
        if (opened && !f.allInvalid) stages.push(staged);
      }
    } catch (err) {
      release();
      throw err;
    }
    return {
      type: type!,
      files: loaded,
      withheld: loaded.reduce((s, f) => s + f.withheld, 0),
      notEvidence,
      close: release,
      async summary() {
        let db: DuckDBSession | undefined;
        try {
          if (missing) throw new Error(duckdbMissing);
          const s = spec();
          const { columns, partial } = stageLayout(s);
          collectGarbage();
          db = await openDuckDB({ memoryLimit: options.memoryLimit ?? defaultDuckDBMemory, threads: 1, tempDirectory: join(dir, 'spill') });
          return await summarizeInDuckDB(db, csvStageSql(stages, columns), s, partial);
        } finally {
          try {
            db?.close();
          } finally {
            release();
          }
        }
      },
    };
  }

  // The columns go straight from the reader's batches into a compact store (numbers typed,
  // texts and lists as codes into one dictionary per column): no record objects, no array per
  // column and batch, and nothing that keeps the file's text alive.
  let store: ColumnStore | undefined;
  const storeFor = (t: RecordType) => (store ??= createColumnStore(planSummary({ type: t, by: options.by, measures: options.measures }).columns));
  for (const file of files) {
    current = file;
    const start = store?.length ?? 0;
    const counted = { ...notEvidence };
    const load = (parallel: boolean | 'auto') =>
      loadColumns(file, {
        type,
        includeRestricted: options.includeRestricted,
        columns: columnsFor,
        parallel,
        onRows(source, rows, count, t) {
          const s = storeFor(t);
          const kept = keepEvidence(source, rows, count, notEvidence, options.includeIllustrative);
          if (kept) s.add(source, rows, kept);
        },
      });
    // A big CSV file's second half is read on a second thread; when an id of it repeats one of
    // the first, the file is read again on one thread (the duplicates need their rows).
    let f = await load('auto');
    if (f.again) {
      store?.truncate(start);
      Object.assign(notEvidence, counted);
      f = await load(false);
    }
    loaded.push(f);
    if (f.allInvalid) store?.truncate(start);
  }
  return {
    type: type!,
    files: loaded,
    withheld: loaded.reduce((s, f) => s + f.withheld, 0),
    notEvidence,
    async summary() {
      const s = spec();
      const table = (store ?? createColumnStore(planSummary(s).columns)).table();
      store = undefined;
      return summarize(table, { ...s, type: s.type });
    },
  };
}

// Illustrative and synthetic records are not evidence: counted, and dropped unless asked for.
// Keeps the evidence rows first in `rows`; returns how many.
function keepEvidence(source: RowSource, rows: Int32Array, count: number, notEvidence: NotEvidenceCounts, includeIllustrative?: boolean): number {
  const column = 'records' in source ? undefined : (source.values[source.names.indexOf('evidence_status')] as unknown[] | undefined);
  let kept = 0;
  for (let k = 0; k < count; k++) {
    const v = 'records' in source ? source.records[rows[k]].evidence_status : column?.[rows[k]];
    const flagged = v === 'illustrative' || v === 'synthetic';
    if (flagged) notEvidence[v]++;
    if (!flagged || includeIllustrative) rows[kept++] = rows[k];
  }
  return kept;
}

/** What the DuckDB engine stages for a spec: partial aggregates when exact, else the rows. */
interface RowStage {
  add(source: RowSource, rows: Int32Array, count: number): void;
  close(): void;
}

// The staged columns (name → DuckDB type) and, for partial aggregates, their plan.
function stageLayout(spec: SummarySpec): { columns: Record<string, string>; partial?: PartialPlan } {
  const plan = planSummary(spec);
  const partial = partialPlan(plan);
  if (partial) return { columns: partialColumns(partial, duckdbTypes(plan.type!)), partial };
  return { columns: duckdbTypes(plan.type!, plan.columns) };
}

function openStage(file: string, spec: SummarySpec): RowStage {
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

// DuckDB's memory limit when none is given: what it needs to stream the staged rows and hold
// the groups, with our process's own heap (the validator, one column batch) beside it.
export const defaultDuckDBMemory = '128MB';

// A full collection before DuckDB starts: validation leaves tens of MB of garbage in our heap,
// and nothing in the query allocates on it to trigger the collection that would return it, so
// it would sit beside DuckDB's buffers at the peak. (gc is exposed for this call only.)
function collectGarbage(): void {
  try {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
  } catch {
    // Not offered by this runtime: the peak is only higher.
  }
}

// Whether @duckdb/node-api cannot be loaded.
async function duckdbAbsent(): Promise<boolean> {
  try {
    await requireDuckDB();
    return false;
  } catch {
    return true;
  }
}
