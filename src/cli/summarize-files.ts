// `summarize` on files: columns streamed through validation (loadColumns), then aggregated in
// memory by the Arquero pipeline, or in DuckDB for files of any size.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { UsageError } from './command.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ColumnTable } from 'arquero';
import type { RecordType } from '../model/record-types.js';
import { createColumnStore, type ColumnStore } from '../summarize/column-store.js';
import { loadColumns, type LoadedColumns } from '../summarize/node-load-columns.js';
import { planSummary, type SummarySpec } from '../summarize/spec.js';
import type { NotEvidenceCounts } from '../summarize/evidence-filter.js';
import { summarize } from '../summarize/summarize.js';
import { duckdbMissing, duckdbTypes, openDuckDB, summarizeInDuckDB, type DuckDBSession } from '../sql/node-duckdb.js';
import type { TableAppender } from '../sql/node-duckdb-appender.js';

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
    statusAdded = !wanted.includes('evidence_status');
    return statusAdded ? [...wanted, 'evidence_status'] : wanted;
  };
  let statusAdded = false;
  const notEvidence: NotEvidenceCounts = { illustrative: 0, synthetic: 0 };
  // Illustrative and synthetic records are not evidence: counted, and dropped unless asked for.
  const evidenceOnly = (c: Record<string, unknown[]>): Record<string, unknown[]> => {
    const status = c.evidence_status ?? [];
    const keep: number[] = [];
    for (let i = 0; i < status.length; i++) {
      const s = status[i];
      const flagged = s === 'illustrative' || s === 'synthetic';
      if (flagged) notEvidence[s]++;
      if (!flagged || options.includeIllustrative) keep.push(i);
    }
    const out: Record<string, unknown[]> = {};
    for (const [k, v] of Object.entries(c)) {
      if (statusAdded && k === 'evidence_status') continue;
      out[k] = keep.length === status.length ? v : keep.map((i) => v[i]);
    }
    return out;
  };
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
    // The valid rows go through DuckDB's appender into a table of a database file in a temp
    // folder: with a memory limit, DuckDB keeps what does not fit on disk, so any file size
    // summarises in bounded memory.
    const dir = mkdtempSync(join(tmpdir(), 'se-duckdb-'));
    const db = await openRecordsDB(dir, options.memoryLimit);
    const tables: string[] = [];
    let names: string[] = [];
    let appender: TableAppender | undefined;
    const finish = () => {
      appender?.close();
      appender = undefined;
    };
    // The temp database goes whatever happened (an out-of-memory error in the query included).
    const release = () => {
      try {
        finish();
        if (typeof db !== 'string') db.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    // One table per file: a file whose header makes every record invalid is dropped whole.
    const open = async (table: string) => {
      const types = duckdbTypes(type!, planSummary(spec()).columns);
      names = Object.keys(types);
      if (typeof db === 'string') return;
      await db.run(`CREATE TABLE ${table} (${names.map((n) => `"${n}" ${types[n]}`).join(', ')})`);
      appender = await db.appender(table);
    };
    try {
      for (const [i, file] of files.entries()) {
        current = file;
        const table = `records_${i}`;
        let opened = false;
        const f = await loadColumns(file, {
          type,
          includeRestricted: options.includeRestricted,
          columns: columnsFor,
          async onColumns(batch) {
            if (!opened) await open(table);
            opened = true;
            const c = evidenceOnly(batch);
            const n = c[Object.keys(c)[0]]?.length ?? 0;
            appender?.append(names.map((name) => c[name] ?? new Array(n).fill(null)));
          },
        });
        finish();
        loaded.push(f);
        if (opened && !f.allInvalid) tables.push(table);
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
        try {
          // @duckdb/node-api missing: said when the summary is asked for, as before the rows were read.
          if (typeof db === 'string') throw new Error(db);
          const s = spec();
          const types = duckdbTypes(s.type, planSummary(s).columns);
          const relation = tables.length
            ? `(${tables.map((t) => `SELECT * FROM ${t}`).join(' UNION ALL ')})`
            : `(SELECT ${Object.entries(types).map(([k, t]) => `CAST(NULL AS ${t}) AS "${k}"`).join(', ')} WHERE FALSE)`;
          return await summarizeInDuckDB(db, relation, s);
        } finally {
          release();
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
    const f = await loadColumns(file, {
      type,
      includeRestricted: options.includeRestricted,
      columns: columnsFor,
      onRows(source, rows, count, t) {
        const s = storeFor(t);
        // Illustrative and synthetic records are not evidence: counted, and dropped unless asked for.
        const status = 'records' in source ? (i: number) => source.records[i].evidence_status : ((c) => (i: number) => c?.[i])(source.values[source.names.indexOf('evidence_status')] as unknown[] | undefined);
        let kept = 0;
        for (let k = 0; k < count; k++) {
          const v = status(rows[k]);
          const flagged = v === 'illustrative' || v === 'synthetic';
          if (flagged) notEvidence[v]++;
          if (!flagged || options.includeIllustrative) rows[kept++] = rows[k];
        }
        if (kept) s.add(source, rows, kept);
      },
    });
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

// DuckDB's memory limit when none is given: its buffers plus our process's own heap (the
// validator, one column batch) stay within 256 MB of peak RSS on a file of any size.
export const defaultDuckDBMemory = '128MB';

// A DuckDB database file in `dir`, or the message saying @duckdb/node-api is missing.
async function openRecordsDB(dir: string, memoryLimit = defaultDuckDBMemory): Promise<DuckDBSession | string> {
  try {
    return await openDuckDB({ path: join(dir, 'records.duckdb'), memoryLimit, threads: 1, tempDirectory: join(dir, 'spill') });
  } catch (err) {
    if ((err as Error).message === duckdbMissing) return duckdbMissing;
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
