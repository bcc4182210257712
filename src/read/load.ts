/**
 * Loaders for a URL or a browser Blob / File (the browser-safe core).
 *
 *   loadCSV(source: string | URL | Blob, options?: ReadOptions): Promise<LoadResult>
 *   loadJSON(source, options?): Promise<LoadResult>
 *   loadNDJSON(source, options?): Promise<LoadResult>
 *
 * A string is a URL here (fetched with `fetch`); the Node entry's versions also accept
 * a file path. Bytes are decoded with the `decodeBytes` rules.
 */
import { fromCSV } from './from-csv.js';
import { fromJSON } from './from-json.js';
import { fromNDJSON } from './from-ndjson.js';
import type { RecordType } from '../model/record-types.js';
import type { ReadOptions, ReadOptionsFor } from './options.js';
import { ReadError } from './read-error.js';
import type { Loaded, LoadResult } from './result.js';

/** What the loaders accept. */
export type LoadSource = string | URL | Blob;

/**
 * The bytes of a URL or Blob.
 *
 * @example const bytes = await readSource(file) // a File from an <input type=file>
 */
export async function readSource(source: LoadSource): Promise<Uint8Array> {
  if (typeof Blob !== 'undefined' && source instanceof Blob) return new Uint8Array(await source.arrayBuffer());
  const url = String(source);
  let response: Response;
  try {
    response = await fetch(url);
  } catch (err) {
    throw new ReadError(`cannot fetch ${url}: ${(err as Error).message}`);
  }
  if (!response.ok) throw new ReadError(`cannot fetch ${url}: HTTP ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Load a CSV file from a URL or a Blob/File.
 *
 * @example const { records, errors } = await loadCSV(fileInput.files[0], { type: 'incident' });
 */
export async function loadCSV<T extends RecordType | undefined = undefined>(source: LoadSource, options?: ReadOptionsFor<T>): Promise<Loaded<T>>;
export async function loadCSV(source: LoadSource, options: ReadOptions = {}): Promise<LoadResult> {
  return fromCSV(await readSource(source), options);
}

/**
 * Load a JSON array of records from a URL or a Blob/File.
 *
 * @example const { records } = await loadJSON('https://example.org/incident.json');
 */
export async function loadJSON<T extends RecordType | undefined = undefined>(source: LoadSource, options?: ReadOptionsFor<T>): Promise<Loaded<T>>;
export async function loadJSON(source: LoadSource, options: ReadOptions = {}): Promise<LoadResult> {
  return fromJSON(await readSource(source), options);
}

/**
 * Load NDJSON records from a URL or a Blob/File.
 *
 * @example const { records } = await loadNDJSON(blob, { type: 'incident' });
 */
export async function loadNDJSON<T extends RecordType | undefined = undefined>(source: LoadSource, options?: ReadOptionsFor<T>): Promise<Loaded<T>>;
export async function loadNDJSON(source: LoadSource, options: ReadOptions = {}): Promise<LoadResult> {
  return fromNDJSON(await readSource(source), options);
}
