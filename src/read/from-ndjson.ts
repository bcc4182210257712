/**
 * fromNDJSON(input: string | Uint8Array | ArrayBuffer, options?: ReadOptions): LoadResult
 *
 * Read newline-delimited JSON (`.ndjson`, `.jsonl`): one record per line, row number =
 * line number. A line that is not JSON is reported and reading goes on.
 */
import { decodeSlices } from './decode.js';
import { createNdjsonReader } from './ndjson-reader.js';
import type { RecordType } from '../model/record-types.js';
import type { ReadOptions, ReadOptionsFor } from './options.js';
import { ReadError } from './read-error.js';
import { appendResult, type Loaded, type LoadResult } from './result.js';

/**
 * Read NDJSON text or bytes into records.
 *
 * @example fromNDJSON('{"id":"inc-1"}\n{"id":"inc-2"}\n').rows // [{ row: 1, line: 1 }, { row: 2, line: 2 }]
 */
export function fromNDJSON<T extends RecordType | undefined = undefined>(input: string | Uint8Array | ArrayBuffer, options?: ReadOptionsFor<T>): Loaded<T>;
export function fromNDJSON(input: string | Uint8Array | ArrayBuffer, options: ReadOptions = {}): LoadResult {
  const decoded = typeof input === 'string' ? undefined : decodeSlices(input, options.encoding);
  const reader = createNdjsonReader(options);
  let out: LoadResult | undefined;
  let blank = true;
  // Bytes are decoded slice by slice, never into one string (see decodeSlices).
  for (const text of decoded ? decoded.slices() : [input as string]) {
    if (blank && text.trim() !== '') blank = false;
    const b = reader.push(text);
    out = out ? appendResult(out, b) : b;
  }
  if (blank) throw new ReadError('the file is empty: an NDJSON file holds one JSON record per line');
  out = appendResult(out!, reader.end());
  if (decoded) {
    out.encoding = decoded.encoding;
    out.warnings.unshift(...decoded.warnings);
  }
  return out;
}
