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
import { createColumnStore, type ColumnStore } from '../summarize/column-store.js';
import { loadColumns, type LoadedColumns } from '../summarize/node-load-columns.js';
import { storeTable } from '../summarize/store-table.js';
import { planSummary, type SummarySpec } from '../summarize/spec.js';
import { keepEvidenceRows, type NotEvidenceCounts } from '../summarize/evidence-filter.js';
import type { SunkPart } from '../summarize/part-sink.js';
import { summarize } from '../summarize/summarize.js';
import { duckdbMissing, openDuckDB, requireDuckDB, summarizeInDuckDB, type DuckDBSession } from '../sql/node-duckdb.js';
import { csvStageSql } from '../sql/node-duckdb-csv-stage.js';
import { openStage, stageLayout, type RowStage } from '../sql/node-duckdb-row-stage.js';

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
  // A split file's worker filters its rows as this thread does and hands them back whole.
  const addCounts = (part: SunkPart) => {
    notEvidence.illustrative += part.notEvidence.illustrative;
    notEvidence.synthetic += part.notEvidence.synthetic;
  };

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
        // A split file's second half, staged by the worker in a file of its own.
        const second = join(dir, `records_${i}_2.csv`);
        let opened = false;
        let secondStaged = false;
        const counted = { ...notEvidence };
        const load = (parallel: boolean | 'auto') =>
          loadColumns(file, {
            type,
            includeRestricted: options.includeRestricted,
            columns: columnsFor,
            parallel,
            sink: type ? { includeIllustrative: Boolean(options.includeIllustrative), stage: missing ? undefined : { file: second, spec: spec() } } : undefined,
            onPart(part) {
              addCounts(part);
              secondStaged = part.staged;
            },
            onRows(source, rows, count) {
              // One stage file per input file (opened afresh): a file whose header makes every record invalid is dropped whole.
              if (!opened && !missing) stage = openStage(staged, spec());
              opened = true;
              const kept = keepEvidenceRows(source, rows, count, notEvidence, options.includeIllustrative);
              if (kept) stage?.add(source, rows, kept);
            },
          });
        // As in memory: a split file whose halves share an id is staged again on one thread.
        let f = await load('auto');
        if (f.again) {
          finish();
          opened = false;
          secondStaged = false;
          Object.assign(notEvidence, counted);
          f = await load(false);
        }
        finish();
        loaded.push(f);
        if (opened && !f.allInvalid) stages.push(staged);
        if (secondStaged && !f.allInvalid) stages.push(second);
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
          // Two threads read the staged files (a split file's halves are two) in half the time of
          // one; the memory limit holds either way (1 GB by year,region: 240 MB peak with two, 244 with one).
          // (Opened only now: opened while the rows were read, its start and threads slowed the
          // reading by more than they saved, 6.2 s against 5.8 s on 1M rows, three runs each.)
          db = await openDuckDB({ memoryLimit: options.memoryLimit ?? defaultDuckDBMemory, threads: 2, tempDirectory: join(dir, 'spill') });
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
        sink: { includeIllustrative: Boolean(options.includeIllustrative) },
        onPart(part, t) {
          addCounts(part);
          if (part.store) storeFor(t).addPart(part.store);
        },
        onRows(source, rows, count, t) {
          const s = storeFor(t);
          const kept = keepEvidenceRows(source, rows, count, notEvidence, options.includeIllustrative);
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
      const table = storeTable(store ?? createColumnStore(planSummary(s).columns));
      store = undefined;
      return summarize(table, { ...s, type: s.type });
    },
  };
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
