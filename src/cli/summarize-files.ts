// `summarize` on files: columns streamed through validation (loadColumns), then aggregated in
// memory by the Arquero pipeline, or in DuckDB for files of any size.
import { createWriteStream, mkdtempSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { UsageError } from './command.js';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { table as aqTable, type ColumnTable } from 'arquero';
import type { RecordType } from '../model/record-types.js';
import { loadColumns, type LoadedColumns } from '../summarize/node-load-columns.js';
import { planSummary, type SummarySpec } from '../summarize/spec.js';
import type { NotEvidenceCounts } from '../summarize/evidence-filter.js';
import { summarize } from '../summarize/summarize.js';
import { openDuckDB, readRecordsSql, summarizeInDuckDB } from '../sql/node-duckdb.js';

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
    const dir = mkdtempSync(join(tmpdir(), 'se-duckdb-'));
    const paths: string[] = [];
    try {
      for (const [i, file] of files.entries()) {
        current = file;
        const path = join(dir, `${i}.ndjson`);
        const out = createWriteStream(path);
        const f = await loadColumns(file, { type, includeRestricted: options.includeRestricted, columns: columnsFor, onColumns: (c) => writeRows(out, evidenceOnly(c)) });
        loaded.push(f);
        out.end();
        await once(out, 'close');
        if (!f.allInvalid) paths.push(path);
      }
    } catch (err) {
      rmSync(dir, { recursive: true, force: true });
      throw err;
    }
    return {
      type: type!,
      files: loaded,
      withheld: loaded.reduce((s, f) => s + f.withheld, 0),
      notEvidence,
      async summary() {
        // One thread: DuckDB's JSON reader keeps buffers per thread, which went past 256MB with two.
        const db = await openDuckDB({ memoryLimit: options.memoryLimit ?? '256MB', threads: 1, tempDirectory: join(dir, 'spill') });
        try {
          const relation = readRecordsSql(paths, type!, planSummary(spec()).columns);
          return await summarizeInDuckDB(db, relation, spec());
        } finally {
          db.close();
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  }

  // Each column as the list of its batches' arrays, joined once when the summary runs: growing
  // one array a row at a time would leave every outgrown copy behind as garbage (twice the data).
  const chunks: Record<string, unknown[][]> = {};
  for (const file of files) {
    current = file;
    const start = Object.fromEntries(Object.entries(chunks).map(([k, v]) => [k, v.length]));
    const f = await loadColumns(file, {
      type,
      includeRestricted: options.includeRestricted,
      columns: columnsFor,
      onColumns(batch) {
        const c = evidenceOnly(batch);
        for (const [name, values] of Object.entries(c)) (chunks[name] ??= []).push(values);
      },
    });
    loaded.push(f);
    if (f.allInvalid) for (const [k, v] of Object.entries(chunks)) v.length = start[k] ?? 0;
  }
  return {
    type: type!,
    files: loaded,
    withheld: loaded.reduce((s, f) => s + f.withheld, 0),
    notEvidence,
    async summary() {
      const s = spec();
      const columns: Record<string, unknown[]> = {};
      for (const name of planSummary(s).columns) {
        columns[name] = ([] as unknown[]).concat(...(chunks[name] ?? []));
        delete chunks[name];
      }
      return summarize(aqTable(columns), { ...s, type: s.type });
    },
  };
}

// One NDJSON line per record, written as the batch arrives (bounded memory).
async function writeRows(out: WriteStream, cols: Record<string, unknown[]>): Promise<void> {
  const names = Object.keys(cols);
  const n = names.length ? cols[names[0]].length : 0;
  let text = '';
  for (let i = 0; i < n; i++) {
    const row: Record<string, unknown> = {};
    for (const name of names) row[name] = cols[name][i];
    text += JSON.stringify(row) + '\n';
  }
  if (!out.write(text)) await once(out, 'drain');
}
