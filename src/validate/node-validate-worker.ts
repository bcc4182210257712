/**
 * The second thread of a split validation (see `node-validate-split.ts`): the header line and
 * the second part of the file, checked as one CSV with every issue counted and none listed
 * (lists of size 0), and the part's ids, for the first thread to look up in its own.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CsvColumns } from '../read/csv-columns.js';
import type { LoadResult } from '../read/result.js';
import { streamCSV } from '../read/stream.js';
import { fileRange, type WorkerJob, type WorkerPart } from './node-validate-split.js';
import { createIdSet } from './id-set.js';
import { createTableCheck } from './table-check.js';

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

async function run(job: WorkerJob): Promise<WorkerPart> {
  let unreported = 0;
  const onBytes = (n: number) => {
    unreported += n;
    if (unreported >= PROGRESS) {
      parentPort!.postMessage({ bytes: unreported });
      unreported = 0;
    }
  };
  async function* chunks() {
    yield* fileRange(job.path, 0, job.header, () => {});
    yield* fileRange(job.path, job.start, Infinity, onBytes);
  }
  const check = createTableCheck({ ...job.options, maxErrors: 0 });
  const seen = createIdSet();
  const ids: string[] = [];
  for await (const batch of streamCSV(chunks(), job.options, { columnBatch: COLUMN_BATCH })) {
    check.add(batch, (i) => {
      const id = idOf(batch, i);
      if (typeof id === 'string' && seen.add(id, 0) === undefined) ids.push(id);
    });
  }
  const report = check.finish();
  const { rows, valid, invalid, errors, warnings } = report.stats;
  return { type: report.type, delimiter: report.delimiter, encoding: report.encoding, rows, valid, invalid, errors, warnings, ids };
}

run(workerData as WorkerJob).then(
  (part) => parentPort!.postMessage({ part }),
  (err: unknown) => parentPort!.postMessage({ failed: String((err as Error)?.message ?? err) }),
);
