/**
 * fromCSV(input: string | Uint8Array | ArrayBuffer, options?: ReadOptions): LoadResult
 *
 * Read a whole CSV text (or its bytes, decoded by the `decodeBytes` rules, slice by slice) into typed records
 * with row numbers and issues. Throws a ReadError only when the input cannot be read as
 * CSV at all (empty, binary, no header).
 */
import { decodeSlices } from './decode.js';
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
  const reader = createCsvReader(options);
  let result: LoadResult | undefined;
  let encoding: LoadResult['encoding'];
  let warnings: LoadResult['warnings'] = [];
  const push = (slice: string) => {
    const b = reader.push(slice);
    result = result ? appendResult(result, b) : b;
  };
  // Text goes in slices, as the streaming loaders do: one giant batch keeps every
  // intermediate row alive at once and measured about twice as slow on large files.
  // Bytes are never decoded into one string (a file past ~512 MiB could not be).
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    push(text.slice(0, SLICE));
    for (let at = SLICE; at < text.length; at += SLICE) push(text.slice(at, at + SLICE));
  } else {
    const decoded = decodeSlices(input, options.encoding);
    ({ encoding, warnings } = decoded);
    let any = false;
    for (const slice of decoded.slices(SLICE)) {
      any = true;
      push(slice);
    }
    if (!any) push('');
  }
  result = appendResult(result!, reader.end());
  result.warnings.unshift(...warnings);
  if (encoding) result.encoding = encoding;
  return result;
}
