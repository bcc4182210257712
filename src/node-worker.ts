/**
 * The second thread of a split file (see `src/validate/node-validate-split.ts`): the header
 * line and the second part of the file, checked as one CSV with every issue counted and none
 * listed (lists of size 0), and the part's ids, for the first thread to look up in its own.
 * For a summary (`job.keep`), the part's valid rows go through `loadColumns` into a column
 * store, posted packed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CsvColumns } from './read/csv-columns.js';
import type { LoadResult } from './read/result.js';
import { streamCSV } from './read/stream.js';
import { createColumnStore } from './summarize/column-store.js';
import { loadColumns } from './summarize/node-load-columns.js';
import { packStore, transferOf } from './summarize/stored-part.js';
import { fileRange, type WorkerJob, type WorkerPart } from './validate/node-validate-split.js';
import { createIdSet } from './validate/id-set.js';
import type { ValidationReport } from './validate/report.js';
import { createTableCheck } from './validate/table-check.js';

const COLUMN_BATCH = 2048;
const PROGRESS = 8 * 2 ** 20;

/** The id of record `i` of a batch (its records first, then its column batches). */
function idOf(batch: LoadResult, i: number): unknown {
  if (i < batch.records.length) return (batch.records[i] as { id?: unknown }).id;
  let at = i - batch.records.length;
  for (const cols of batch.columns as CsvColumns[]) {
    if (at < cols.length) {
      const k = cols.names.indexOf('id');
      return k < 0 ? undefined : (cols.values[k] as unknown[])[at];
    }
    at -= cols.length;
  }
  return undefined;
}

/** The part's bytes: the header line, then from the cut on (progress posted now and then). */
async function* chunksOf(job: WorkerJob): AsyncGenerator<Uint8Array> {
  let unreported = 0;
  const onBytes = (n: number) => {
    unreported += n;
    if (unreported >= PROGRESS) {
      parentPort!.postMessage({ bytes: unreported });
      unreported = 0;
    }
  };
  yield* fileRange(job.path, 0, job.header, () => {});
  yield* fileRange(job.path, job.start, Infinity, onBytes);
}

/** Each id of the part once. */
function idCollector(): { ids: string[]; hear(batch: LoadResult, i: number): void } {
  const seen = createIdSet();
  const ids: string[] = [];
  return {
    ids,
    hear(batch, i) {
      const id = idOf(batch, i);
      if (typeof id === 'string' && seen.add(id, 0) === undefined) ids.push(id);
    },
  };
}

function partOf(report: ValidationReport, ids: string[]): WorkerPart {
  const { rows, valid, invalid, errors, warnings } = report.stats;
  return { type: report.type, delimiter: report.delimiter, encoding: report.encoding, rows, valid, invalid, errors, warnings, ids };
}

async function validatePart(job: WorkerJob): Promise<WorkerPart> {
  const check = createTableCheck({ ...job.options, maxErrors: 0 });
  const ids = idCollector();
  for await (const batch of streamCSV(chunksOf(job), job.options, { columnBatch: COLUMN_BATCH })) check.add(batch, (i) => ids.hear(batch, i));
  return partOf(check.finish(), ids.ids);
}

async function keepPart(job: WorkerJob, keep: NonNullable<WorkerJob['keep']>): Promise<WorkerPart> {
  const store = createColumnStore(keep.columns);
  const ids = idCollector();
  let report: ValidationReport | undefined;
  const f = await loadColumns(job.path, {
    type: job.options.type,
    includeRestricted: keep.includeRestricted,
    maxProblems: 0,
    columns: () => keep.columns,
    onRows: (source, rows, count) => store.add(source, rows, count),
    part: { chunks: chunksOf(job), today: job.options.today!, onVerdict: (batch, i) => ids.hear(batch, i), onReport: (r) => (report = r) },
  });
  return { ...partOf(report!, ids.ids), kept: { rows: store.length ? packStore(store) : undefined, withheld: f.withheld } };
}

const job = workerData as WorkerJob;
(job.keep ? keepPart(job, job.keep) : validatePart(job)).then(
  (part) => parentPort!.postMessage({ part }, part.kept?.rows ? transferOf(part.kept.rows) : []),
  (err: unknown) => parentPort!.postMessage({ failed: String((err as Error)?.message ?? err) }),
);
