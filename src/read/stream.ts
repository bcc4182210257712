/**
 * Streaming loaders: an async iterable of chunks in, an async iterable of record
 * batches out, in bounded memory (one chunk plus one batch).
 *
 *   streamCSV(chunks: ChunkSource, options?: ReadOptions): AsyncIterable<LoadResult>
 *   streamNDJSON(chunks: ChunkSource, options?: ReadOptions): AsyncIterable<LoadResult>
 *   streamJSON(chunks: ChunkSource, options?: ReadOptions): AsyncIterable<LoadResult>   (a JSON array of records)
 *
 * Chunks may be bytes (decoded with the `decodeBytes` rules, switching to Windows-1252
 * at the first invalid UTF-8 byte) or strings. Each batch has the `LoadResult` shape;
 * row numbers run on across batches. Works with Node streams, `Blob.stream()`, `fetch`
 * bodies and plain arrays of chunks.
 */
import { createDecoder, type StreamDecoder } from './decode.js';
import { createCsvReader, type CsvReaderMode } from './csv-reader.js';
import { createNdjsonReader } from './ndjson-reader.js';
import { createJsonArrayReader } from './json-array-reader.js';
import type { RecordType } from '../model/record-types.js';
import { readDefaults, type ReadOptions, type ReadOptionsFor } from './options.js';
import { emptyResult, appendResult, type Loaded, type LoadResult } from './result.js';

/** Anything that yields text or byte chunks. */
export type ChunkSource =
  | AsyncIterable<Uint8Array | string>
  | Iterable<Uint8Array | string>
  | ReadableStream<Uint8Array | string>;

interface Reader {
  push(text: string): LoadResult;
  end(): LoadResult;
}

/**
 * Iterate any chunk source (web ReadableStreams are not async-iterable in every browser).
 *
 * @example for await (const chunk of chunksOf(blob.stream())) size += chunk.length;
 */
export async function* chunksOf(source: ChunkSource): AsyncGenerator<Uint8Array | string> {
  if (typeof (source as any)[Symbol.asyncIterator] === 'function' || typeof (source as any)[Symbol.iterator] === 'function') {
    yield* source as AsyncIterable<Uint8Array | string>;
    return;
  }
  const reader = (source as ReadableStream<Uint8Array | string>).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

async function* streamWith(make: () => Reader, source: ChunkSource, options: ReadOptions): AsyncGenerator<LoadResult> {
  const reader = make();
  const size = options.batchSize ?? readDefaults.batchSize;
  let decoder: StreamDecoder | undefined;
  let warned = 0;
  let acc: LoadResult | undefined;
  let first = true;

  const addDecoderWarnings = (b: LoadResult) => {
    if (decoder) {
      while (warned < decoder.warnings.length) b.warnings.push(decoder.warnings[warned++]);
      b.encoding = decoder.encoding;
    }
  };

  for await (const chunk of chunksOf(source)) {
    let text: string;
    if (typeof chunk === 'string') {
      text = first && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
    } else {
      decoder ??= createDecoder(options.encoding);
      text = decoder.push(chunk instanceof Uint8Array ? chunk : new Uint8Array(chunk));
    }
    if (first && text === '') continue;
    first = false;
    const b = reader.push(text);
    addDecoderWarnings(b);
    acc = acc ? appendResult(acc, b) : b;
    if (acc.records.length >= size || acc.columns) {
      yield acc;
      acc = undefined;
    }
  }
  const tail = decoder ? decoder.end() : '';
  const last = tail ? appendResult(reader.push(tail), reader.end()) : reader.end();
  addDecoderWarnings(last);
  acc = acc ? appendResult(acc, last) : last;
  yield acc;
}

/**
 * Stream CSV records batch by batch.
 *
 * @example for await (const batch of streamCSV(fs.createReadStream('big.csv'), { type: 'incident' })) count += batch.records.length;
 */
export function streamCSV<T extends RecordType | undefined = undefined>(source: ChunkSource, options?: ReadOptionsFor<T>, mode?: CsvReaderMode): AsyncIterable<Loaded<T>>;
export function streamCSV(source: ChunkSource, options: ReadOptions = {}, mode: CsvReaderMode = {}): AsyncIterable<LoadResult> {
  return streamWith(() => createCsvReader(options, mode), source, options);
}

/**
 * Stream NDJSON records batch by batch.
 *
 * @example for await (const batch of streamNDJSON(blob.stream())) console.log(batch.rows.at(-1)?.row);
 */
export function streamNDJSON<T extends RecordType | undefined = undefined>(source: ChunkSource, options?: ReadOptionsFor<T>): AsyncIterable<Loaded<T>>;
export function streamNDJSON(source: ChunkSource, options: ReadOptions = {}): AsyncIterable<LoadResult> {
  return streamWith(() => createNdjsonReader(options), source, options);
}

/**
 * Stream the records of a JSON array batch by batch (rows are 1-based array indexes; a syntax error ends the
 * stream with the ReadError `fromJSON` throws for the same text).
 *
 * @example for await (const batch of streamJSON(fs.createReadStream('big.json'), { type: 'incident' })) count += batch.records.length;
 */
export function streamJSON<T extends RecordType | undefined = undefined>(source: ChunkSource, options?: ReadOptionsFor<T>): AsyncIterable<Loaded<T>>;
export function streamJSON(source: ChunkSource, options: ReadOptions = {}): AsyncIterable<LoadResult> {
  return streamWith(() => createJsonArrayReader(options), source, options);
}

/**
 * Collect a stream of batches into one LoadResult (for small inputs and tests).
 *
 * @example const all = await collect(streamCSV(chunks, { type: 'incident' }))
 */
export async function collect<R extends object>(batches: AsyncIterable<LoadResult<R>>, format?: LoadResult['format']): Promise<LoadResult<R>>;
export async function collect(batches: AsyncIterable<LoadResult>, format: LoadResult['format'] = 'csv'): Promise<LoadResult> {
  let all: LoadResult | undefined;
  for await (const b of batches) all = all ? appendResult(all, b) : b;
  return all ?? emptyResult(format, null);
}
