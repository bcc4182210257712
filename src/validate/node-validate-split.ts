/**
 * Validating a big CSV file on two threads, with the report of one.
 *
 *   splitFile(path, options, size): Split | undefined
 *
 * A worker (`src/node-worker.ts`) checks the second half of the file — the header line
 * followed by the rows after the first line break past the middle — while this thread checks
 * the first half as usual. The worker's part is taken as counts only, and only when that is
 * exactly what reading the file in one go would give:
 * - this thread's reader ends the first half exactly after a row (the cut is no line break
 *   inside a quoted cell), with the same delimiter and encoding as the worker's;
 * - the worker found no issue, or this thread's lists of errors (and warnings) are already
 *   full, so the worker's issues would only have been counted;
 * - no id of the second half is an id of the first.
 * Otherwise this thread reads on into the second half itself (or, when an id repeats across
 * the halves, reads the file again): the report is always the one-thread report.
 */
import { open } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import type { CsvReader } from '../read/csv-reader.js';
import { runPart, splittable } from './node-split-worker.js';
export { splitWorker, SPLIT_MAX_BYTES, SPLIT_MIN_BYTES } from './node-split-worker.js';
import { fsMessage } from '../read/node-load.js';
import { ReadError } from '../read/read-error.js';
import type { CountedPart, TableCheck } from './table-check.js';
import type { ValidateFileOptions } from './node-validate-file.js';


/** What the worker reports on its part. */
export interface WorkerPart extends CountedPart {
  type: string | null;
  delimiter?: string;
  encoding?: string;
  /** The hashes of the part's ids, two words each (see `IdSet.pairs`). */
  ids: Uint32Array;
  /** With `WorkerJob.keep`: the part's valid rows a summary keeps, and those it withheld. */
  kept?: KeptPart;
}

/** The rows of a summary's part (see `loadColumns`: a packed column store, `src/summarize/stored-part.ts`). */
export interface KeptPart {
  rows?: unknown;
  withheld: number;
}

/** The job a worker is given. */
export interface WorkerJob {
  path: string;
  /** Bytes of the header line (its line break included). */
  header: number;
  /** Where the second part starts (just after a line feed). */
  start: number;
  options: ValidateFileOptions;
  /**
   * For a summary: keep these columns of the valid (and, unless told, public) rows; `sink`
   * says what the worker does with them (opaque here: see `src/summarize/part-sink.ts`).
   */
  keep?: { columns: string[]; includeRestricted: boolean; sink?: unknown };
}

/** The bytes of `path` in [start, end): exported for the worker. */
export { range as fileRange };

/** A file being validated in two parts. */
export interface Split {
  /**
   * This thread's bytes: the first part, then — when the worker's part cannot be taken as
   * counts — the second. `onBytes` also hears the worker's progress.
   */
  chunks(check: TableCheck, onBytes: (n: number) => void): AsyncGenerator<Uint8Array>;
  /** Hand the CSV reader to the split (it asks whether the first part ends after a row). */
  onReader(reader: CsvReader): void;
  /**
   * After this thread's rows: 'merged' when the worker's counts went into `check`, 'whole'
   * when this thread read the whole file, 'again' when an id of the second part is one of the
   * first (the file must then be read again on one thread: the duplicates need their rows).
   */
  settle(check: TableCheck): 'merged' | 'whole' | 'again';
  /** After 'merged', with `keep`: the worker's rows. */
  kept(): KeptPart | undefined;
}

// Bytes per read of a split file's parts. With 1 MiB reads, each scavenge of the young
// generation took ~10 ms on both threads (1.3-1.7 s a thread over three 1M-row runs); with
// 256 KiB, ~5 ms and fewer of them (0.4 s).
const CHUNK = 1 << 18;
const PROBE = 1 << 16;
const LF = 10;

/** The options a worker can be given (plain data only; a `resolve` function rules a split out). */
function plainOptions(options: ValidateFileOptions, today: string): ValidateFileOptions {
  const { onProgress: _p, resolve: _r, parallel: _s, onSplit: _o, ...rest } = options;
  return { ...rest, today };
}

/** The header line's length and the cut, or undefined when the file should be read on one thread. */
async function cutOf(path: string, size: number): Promise<{ header: number; start: number } | undefined> {
  const fh = await open(path, 'r');
  try {
    const head = Buffer.alloc(PROBE);
    const { bytesRead } = await fh.read(head, 0, PROBE, 0);
    // UTF-16 text has no one-byte line feeds to cut at.
    if (bytesRead >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return undefined;
    const lf = head.subarray(0, bytesRead).indexOf(LF);
    // A header line with a quote might hold a line break: the worker reads only that line.
    if (lf < 0 || head.subarray(0, lf).includes(34)) return undefined;
    const mid = Buffer.alloc(PROBE);
    const from = Math.floor(size / 2);
    const got = (await fh.read(mid, 0, PROBE, from)).bytesRead;
    const at = mid.subarray(0, got).indexOf(LF);
    if (at < 0 || from + at + 1 >= size || from + at + 1 <= lf + 1) return undefined;
    return { header: lf + 1, start: from + at + 1 };
  } finally {
    await fh.close();
  }
}

/** The bytes of `path` in [start, end). */
async function* range(path: string, start: number, end: number, onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  if (end <= start) return;
  const stream = createReadStream(path, { start, end: end - 1, highWaterMark: CHUNK });
  try {
    for await (const chunk of stream) {
      onBytes((chunk as Buffer).length);
      yield chunk as Buffer;
    }
  } catch (err) {
    throw new ReadError(fsMessage(err, path));
  } finally {
    stream.destroy();
  }
}

/**
 * A split of `path` when it is worth one and can be made; undefined to read on one thread.
 *
 * @example const split = await splitFile('big.csv', { type: 'incident' }, size);
 */
export async function splitFile(path: string, options: ValidateFileOptions, size: number, today: string, keep?: WorkerJob['keep']): Promise<Split | undefined> {
  const wanted = options.parallel ?? splittable(size);
  if (!wanted || !options.type || options.resolve || options.columnar === false) return undefined;
  const cut = await cutOf(path, size);
  if (!cut) return undefined;
  let reader: CsvReader | undefined;
  // The worker's progress, held until this thread's first chunk.
  let heard = 0;
  let report: (n: number) => void = (n) => (heard += n);
  const part = runPart({ path, ...cut, options: plainOptions(options, today), keep }, (n) => report(n));
  let taken: WorkerPart | undefined;
  return {
    onReader(r) {
      reader = r;
    },
    async *chunks(check, onBytes) {
      onBytes(heard);
      report = (n) => {
        heard += n;
        onBytes(n);
      };
      yield* range(path, 0, cut.start, onBytes);
      const p = await part;
      report = () => {};
      // Every row of the first part is in the reader now; the worker's issues may be left
      // out only when they would have fallen past full lists.
      const s = check.state();
      if (
        p &&
        reader?.atRowStart() &&
        s.type === p.type &&
        s.delimiter === p.delimiter &&
        s.encoding === p.encoding &&
        (p.errors === 0 || s.errorsFull) &&
        (p.warnings === 0 || s.warningsFull)
      ) {
        taken = p;
        return;
      }
      onBytes(-heard); // read again here
      yield* range(path, cut.start, size, onBytes);
    },
    kept: () => taken?.kept,
    settle(check) {
      if (!taken) return 'whole';
      const ids = taken.ids;
      for (let k = 0; k < ids.length; k += 2) if (check.hasIdPair(ids[k], ids[k + 1])) return 'again';
      check.absorb(taken);
      return 'merged';
    },
  };
}
