/**
 * Record batches from a browser File: CSV, JSON arrays and NDJSON streamed (bounded memory while reading).
 */
import { chunksOf, streamCSV, streamJSON, streamNDJSON } from '../../src/read/stream.js';
import type { DataFormat } from '../../src/read/format-of.js';
import type { ReadOptions } from '../../src/read/options.js';
import type { LoadResult } from '../../src/read/result.js';

async function* counted(file: Blob, onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunksOf(file.stream() as ReadableStream<Uint8Array>)) {
    onBytes((chunk as Uint8Array).byteLength);
    yield chunk as Uint8Array;
  }
}

/** The batches of one file in the given format. */
export async function* fileBatches(file: Blob, format: DataFormat, options: ReadOptions, onBytes: (n: number) => void): AsyncGenerator<LoadResult> {
  const chunks = counted(file, onBytes);
  yield* format === 'csv' ? streamCSV(chunks, options) : format === 'json' ? streamJSON(chunks, options) : streamNDJSON(chunks, options);
}
