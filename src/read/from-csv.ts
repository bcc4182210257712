/**
 * fromCSV(input: string | Uint8Array | ArrayBuffer, options?: ReadOptions): LoadResult
 *
 * Read a whole CSV text (or its bytes, decoded by `decodeBytes`) into typed records
 * with row numbers and issues. Throws a ReadError only when the input cannot be read as
 * CSV at all (empty, binary, no header).
 */
import { decodeBytes } from './decode.js';
import { createCsvReader } from './csv-reader.js';
import type { RecordType } from '../model/record-types.js';
import type { ReadOptions, ReadOptionsFor } from './options.js';
import { appendResult, type Loaded, type LoadResult } from './result.js';

const SLICE = 1 << 16;

/**
 * Read CSV text or bytes into records typed by the record type's schema.
 *
 * @example fromCSV('id,dead\ninc-1,4\n', { type: 'incident' }).records // [{ id: 'inc-1', dead: 4 }]
 */
export function fromCSV<T extends RecordType | undefined = undefined>(input: string | Uint8Array | ArrayBuffer, options?: ReadOptionsFor<T>): Loaded<T>;
export function fromCSV(input: string | Uint8Array | ArrayBuffer, options: ReadOptions = {}): LoadResult {
  let text: string;
  let encoding: LoadResult['encoding'];
  let warnings: LoadResult['warnings'] = [];
  if (typeof input === 'string') text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  else ({ text, encoding, warnings } = decodeBytes(input, options.encoding));
  const reader = createCsvReader(options);
  // Feed the text in slices, as the streaming loaders do: one giant batch keeps every
  // intermediate row alive at once and measured about twice as slow on large files.
  const result = reader.push(text.slice(0, SLICE));
  for (let at = SLICE; at < text.length; at += SLICE) appendResult(result, reader.push(text.slice(at, at + SLICE)));
  appendResult(result, reader.end());
  result.warnings.unshift(...warnings);
  if (encoding) result.encoding = encoding;
  return result;
}
