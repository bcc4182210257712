import { createDecoder, type Encoding, type StreamDecoder } from '../read/decode.js';
import { createTableReader, type RowSink, type TableReader } from './table-reader.js';
import type { AdapterInput, AdapterWarning } from './types.js';

/** How the text of a file was decoded. */
export interface Decoding {
  /** The encoding in use (for the first read: settled once its first bytes are in, before the header). */
  readonly encoding: string;
  /** The encoding warning, when the file is not valid UTF-8. */
  readonly warnings: AdapterWarning[];
}

/**
 * An import as reads of the file, in order: each makes its {@link RowSink} when it starts (`undefined`: a read
 * that only settles the encoding), then `result` gives the outcome. Adapters that need whole-file facts (the
 * vintage of an export, ids that repeat) gather them in a first read that keeps only compact facts, and convert
 * in the second, so a file of any size imports in bounded memory.
 */
export interface TablePlan<R> {
  reads: ((decoding: Decoding) => RowSink | undefined)[];
  result(): R;
}

/** One read of the file, fed chunk by chunk. */
export interface PlanRead {
  /** Feed the next chunk; false means stop: the read starts again from the first byte. */
  push(chunk: Uint8Array | string): boolean;
  end(): void;
}

/** The reads of a plan, one after the other. */
export interface PlanControl<R> {
  /** The next read to make, or undefined when the plan is done. */
  next(): PlanRead | undefined;
  result(): R;
}

/**
 * Drive a plan over any source of chunks (bytes, or text already decoded). The encoding is settled the way
 * `decodeBytes` settles it on the whole file — a BOM, else UTF-8 when every byte is valid UTF-8, else
 * Windows-1252 with a warning — without holding the file: the first read decodes as UTF-8 and, at the first
 * invalid byte, starts again as Windows-1252 (at most once). Later reads use the settled encoding.
 *
 * @example const c = planControl(plan); for (let r; (r = c.next()); ) { for (const b of chunks) if (!r.push(b)) break; r.end(); }
 */
export function planControl<R>(plan: TablePlan<R>): PlanControl<R> {
  let index = 0;
  let encoding: 'auto' | Encoding = 'auto';
  let warnings: AdapterWarning[] = [];
  return {
    next() {
      if (index >= plan.reads.length) return undefined;
      let decoder: StreamDecoder | undefined;
      let abandoned = false;
      const decoding: Decoding = {
        get encoding() {
          return decoder?.encoding ?? 'utf-8';
        },
        warnings,
      };
      const sink = plan.reads[index](decoding);
      const reader: TableReader | undefined = sink && createTableReader(sink);
      // The auto decoder switched to Windows-1252 mid-file: the whole file is Windows-1252, read it again so.
      const switched = () => {
        if (encoding !== 'auto' || !decoder || !decoder.warnings.length) return false;
        encoding = 'windows-1252';
        warnings = decoder.warnings.map((w) => ({ code: w.code, message: w.message }));
        abandoned = true;
        return true;
      };
      return {
        push(chunk) {
          if (abandoned) return false;
          let text: string;
          if (typeof chunk === 'string') text = chunk;
          else {
            decoder ??= createDecoder(encoding);
            text = decoder.push(chunk);
            if (switched()) return false;
          }
          reader?.push(text);
          return true;
        },
        end() {
          if (abandoned) return;
          const tail = decoder ? decoder.end() : '';
          if (switched()) return;
          if (tail) reader?.push(tail);
          reader?.end();
          if (decoder && encoding === 'auto') encoding = decoder.encoding;
          index++;
        },
      };
    },
    result: () => plan.result(),
  };
}

const STEP = 1 << 20;

/**
 * Run a plan over bytes or text held in memory (the library's `import*` functions): the same reads, one slice
 * at a time, so no read holds the file as one string.
 *
 * @example const outcome = runPlan(bytes, plan)
 */
export function runPlan<R>(input: AdapterInput, plan: TablePlan<R>): R {
  const control = planControl(plan);
  const bytes = typeof input === 'string' ? undefined : input instanceof Uint8Array ? input : new Uint8Array(input);
  for (let read; (read = control.next()); ) {
    let going = true;
    if (bytes) for (let at = 0; going && at < bytes.length; at += STEP) going = read.push(bytes.subarray(at, at + STEP));
    else for (let at = 0; going && at < (input as string).length; at += STEP) going = read.push((input as string).slice(at, at + STEP));
    if (going) read.end();
  }
  return control.result();
}
