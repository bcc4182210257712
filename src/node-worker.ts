/**
 * The second thread of a split file (see `src/validate/node-validate-split.ts`): the header
 * line and the second part of the file, checked as one CSV with every issue counted and none
 * listed (lists of size 0), and the part's ids, for the first thread to look up in its own.
 * For a summary (`job.keep`), the part's valid rows go through `loadColumns` into a column
 * store, posted packed, or with `--engine duckdb` into a DuckDB stage file of the worker's own
 * (`src/summarize/part-sink.ts`).
 */
import { parentPort } from 'node:worker_threads';
import { streamCSV } from './read/stream.js';
import { createColumnStore } from './summarize/column-store.js';
import { loadColumns } from './summarize/node-load-columns.js';
import { openStage, type RowStage } from './sql/node-duckdb-row-stage.js';
import { keepEvidenceRows } from './summarize/evidence-filter.js';
import type { PartSink, SunkPart } from './summarize/part-sink.js';
import { packStore, transferOf } from './summarize/stored-part.js';
import { fileRange, type WorkerJob, type WorkerPart } from './validate/node-validate-split.js';
import type { ValidationReport } from './validate/report.js';
import { createTableCheck } from './validate/table-check.js';
import { COLUMN_BATCH } from './read/csv-columns.js';

const PROGRESS = 8 * 2 ** 20;

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

function partOf(report: ValidationReport, ids: Uint32Array): WorkerPart {
  const { rows, valid, invalid, errors, warnings } = report.stats;
  return { type: report.type, delimiter: report.delimiter, encoding: report.encoding, rows, valid, invalid, errors, warnings, ids };
}

async function validatePart(job: WorkerJob): Promise<WorkerPart> {
  const check = createTableCheck({ ...job.options, maxErrors: 0 });
  for await (const batch of streamCSV(chunksOf(job), job.options, { columnBatch: COLUMN_BATCH })) check.add(batch);
  return partOf(check.finish(), check.idPairs());
}

async function keepPart(job: WorkerJob, keep: NonNullable<WorkerJob['keep']>): Promise<WorkerPart> {
  const sink = keep.sink as PartSink | undefined;
  const notEvidence = { illustrative: 0, synthetic: 0 };
  const store = sink?.stage ? undefined : createColumnStore(keep.columns);
  let stage: RowStage | undefined;
  let handed = 0;
  let report: ValidationReport | undefined;
  let ids: Uint32Array = new Uint32Array(0);
  try {
    const f = await loadColumns(job.path, {
      type: job.options.type,
      includeRestricted: keep.includeRestricted,
      maxProblems: 0,
      columns: () => keep.columns,
      onRows: (source, rows, count) => {
        handed += count;
        // Without a sink the rows go back as they are (the caller filters them as its own).
        const n = sink ? keepEvidenceRows(source, rows, count, notEvidence, sink.includeIllustrative) : count;
        if (!n) return;
        if (sink?.stage) (stage ??= openStage(sink.stage.file, sink.stage.spec)).add(source, rows, n);
        else store!.add(source, rows, n);
      },
      part: { chunks: chunksOf(job), today: job.options.today!, onReport: (r, pairs) => ((report = r), (ids = pairs)) },
    });
    const sunk: SunkPart = { handed, notEvidence, store: store?.length ? packStore(store) : undefined, staged: Boolean(stage) };
    return { ...partOf(report!, ids), kept: { rows: sunk, withheld: f.withheld } };
  } finally {
    stage?.close();
  }
}

// One part at a time, as many as the main thread sends (it keeps this thread for the next file).
parentPort!.on('message', (job: WorkerJob) => {
  (job.keep ? keepPart(job, job.keep) : validatePart(job)).then(
    (part) => {
      const store = (part.kept?.rows as SunkPart | undefined)?.store;
      parentPort!.postMessage({ part }, [part.ids.buffer as ArrayBuffer, ...(store ? transferOf(store) : [])]);
    },
    (err: unknown) => parentPort!.postMessage({ failed: String((err as Error)?.message ?? err) }),
  );
});
