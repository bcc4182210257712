/**
 * Node-only loaders: the core loaders, plus file paths read with fs streams.
 *
 *   loadCSV(source: string | URL | Blob, options?: ReadOptions): Promise<LoadResult>   (also loadJSON, loadNDJSON)
 *   streamFile(path: string, options?: StreamFileOptions): AsyncIterable<LoadResult>
 *   fileChunks(path: string, onBytes?: (n: number) => void): AsyncIterable<Uint8Array>
 *
 * A string source is a file path unless it starts with a URL scheme (`https:`, ...);
 * `file:` URLs are paths too. A CSV, JSON or NDJSON file is streamed (never held as bytes or as one string; only
 * the records are kept), with the result `fromCSV` / `fromJSON` / `fromNDJSON` give for its bytes.
 */
import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fromCSV } from './from-csv.js';
import { fromJSON } from './from-json.js';
import { fromNDJSON } from './from-ndjson.js';
import { formatOf, type DataFormat } from './format-of.js';
import { readSource, type LoadSource } from './load.js';
import type { RecordType } from '../model/record-types.js';
import type { ReadOptions, ReadOptionsFor } from './options.js';
import { ReadError } from './read-error.js';
import type { Loaded, LoadResult } from './result.js';
import { collect, streamCSV, streamJSON, streamNDJSON } from './stream.js';
import { assertRegularFile } from './node-regular-file.js';
import { createDecoder, type Encoding } from './decode.js';
import type { Issue } from '../errors/index.js';

/** Options of {@link streamFile}. */
export interface StreamFileOptions extends ReadOptions {
  /** Format; default from the file extension. */
  format?: DataFormat;
  /** Called with the number of bytes of each chunk read (for progress). */
  onBytes?: (bytes: number) => void;
  /** CSV: hand records on as column batches of this many rows where the reader can (`LoadResult.columns`). */
  columnBatch?: number;
}

const CHUNK = 1 << 16;

/**
 * The local path a source names, or undefined for a URL or Blob.
 *
 * @example localPath('https://example.org/a.csv') // undefined
 */
export function localPath(source: LoadSource): string | undefined {
  if (source instanceof URL) return source.protocol === 'file:' ? fileURLToPath(source) : undefined;
  if (typeof source !== 'string') return undefined;
  if (source.startsWith('file:')) return fileURLToPath(source);
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(source) ? undefined : source;
}

/**
 * A one-line message for a file-system error.
 *
 * @example fsMessage({ code: 'ENOENT' }, 'a.csv') // 'no such file or folder: a.csv'
 */
export function fsMessage(err: unknown, path: string): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `no such file or folder: ${path}`;
  if (code === 'EISDIR') return `${path} is a folder, not a file`;
  if (code === 'EACCES') return `permission denied: ${path}`;
  return `cannot read ${path}: ${(err as Error).message}`;
}

/**
 * Load a CSV file from a path, URL or Blob.
 *
 * @example const { records, errors } = await loadCSV('data/incident.csv', { type: 'incident' });
 */
export async function loadCSV<T extends RecordType | undefined = undefined>(source: LoadSource, options?: ReadOptionsFor<T>): Promise<Loaded<T>>;
export async function loadCSV(source: LoadSource, options: ReadOptions = {}): Promise<LoadResult> {
  const path = localPath(source);
  return path === undefined ? fromCSV(await readSource(source), options) : loadStreamed(path, 'csv', options);
}

/**
 * Load a JSON array of records from a path, URL or Blob.
 *
 * @example const { records } = await loadJSON('data/incident.json');
 */
export async function loadJSON<T extends RecordType | undefined = undefined>(source: LoadSource, options?: ReadOptionsFor<T>): Promise<Loaded<T>>;
export async function loadJSON(source: LoadSource, options: ReadOptions = {}): Promise<LoadResult> {
  const path = localPath(source);
  return path === undefined ? fromJSON(await readSource(source), options) : loadStreamed(path, 'json', options);
}

/**
 * Load NDJSON records from a path, URL or Blob.
 *
 * @example const { records } = await loadNDJSON('data/incident.ndjson');
 */
export async function loadNDJSON<T extends RecordType | undefined = undefined>(source: LoadSource, options?: ReadOptionsFor<T>): Promise<Loaded<T>>;
export async function loadNDJSON(source: LoadSource, options: ReadOptions = {}): Promise<LoadResult> {
  const path = localPath(source);
  return path === undefined ? fromNDJSON(await readSource(source), options) : loadStreamed(path, 'ndjson', options);
}

/**
 * The encoding `decodeBytes` would settle on for a file, read chunk by chunk: declared, a BOM, UTF-8 when every
 * byte is valid UTF-8, else Windows-1252 with its warning (the first read stops at the first invalid byte).
 *
 * @example await fileEncoding('export.csv') // { encoding: 'windows-1252', warnings: [encoding-error] }
 */
export async function fileEncoding(path: string, encoding: ReadOptions['encoding'] = 'auto'): Promise<{ encoding: Encoding; warnings: Issue[] }> {
  if (encoding !== 'auto') return { encoding, warnings: [] };
  const decoder = createDecoder('auto');
  for await (const chunk of fileChunks(path)) {
    decoder.push(chunk);
    if (decoder.warnings.length) return { encoding: 'windows-1252', warnings: [...decoder.warnings] };
  }
  decoder.end();
  return decoder.warnings.length ? { encoding: 'windows-1252', warnings: [...decoder.warnings] } : { encoding: decoder.encoding, warnings: [] };
}

// A file streamed twice: once to settle its encoding on every byte (as fromCSV / fromNDJSON settle it on the
// bytes they are given), once to read it in that encoding. Only the records are kept.
async function loadStreamed(path: string, format: 'csv' | 'json' | 'ndjson', options: ReadOptions): Promise<LoadResult> {
  assertRegularFile(path);
  const settled = await fileEncoding(path, options.encoding);
  const read = { ...options, encoding: settled.encoding };
  const stream = format === 'csv' ? streamCSV : format === 'json' ? streamJSON : streamNDJSON;
  const out = await collect(stream(fileChunks(path), read), format);
  if (format === 'ndjson' && !out.rows.length && !out.errors.length && (await blankFile(path, settled.encoding))) {
    throw new ReadError('the file is empty: an NDJSON file holds one JSON record per line');
  }
  out.encoding = settled.encoding;
  out.warnings.unshift(...settled.warnings);
  return out;
}

/** True when the file's text is only white space (read again only when it gave no row at all). */
async function blankFile(path: string, encoding: Encoding): Promise<boolean> {
  const decoder = createDecoder(encoding);
  for await (const chunk of fileChunks(path)) if (decoder.push(chunk).trim() !== '') return false;
  return decoder.end().trim() === '';
}

/**
 * The bytes of a file, 1 MB at a time.
 *
 * @example for await (const chunk of fileChunks('big.csv')) total += chunk.length;
 */
export async function* fileChunks(path: string, onBytes?: (bytes: number) => void): AsyncGenerator<Uint8Array> {
  const stream = createReadStream(path, { highWaterMark: CHUNK });
  try {
    for await (const chunk of stream) {
      onBytes?.((chunk as Buffer).length);
      yield chunk as Buffer;
    }
  } catch (err) {
    throw new ReadError(fsMessage(err, path));
  } finally {
    stream.destroy();
  }
}

/**
 * Stream the records of a CSV, JSON-array or NDJSON file batch by batch, in bounded memory.
 *
 * @example for await (const batch of streamFile('big.csv', { type: 'incident' })) rows += batch.records.length;
 */
export async function* streamFile(path: string, options: StreamFileOptions = {}): AsyncGenerator<LoadResult> {
  const format = options.format ?? formatOf(path);
  if (!format) throw new ReadError(`cannot tell the format of ${path}: name it .csv, .json, .ndjson or .jsonl`);
  assertRegularFile(path);
  const chunks = fileChunks(path, options.onBytes);
  yield* format === 'csv' ? streamCSV(chunks, options, { columnBatch: options.columnBatch }) : format === 'json' ? streamJSON(chunks, options) : streamNDJSON(chunks, options);
}
