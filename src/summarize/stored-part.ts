/**
 * A column store's rows as plain data that crosses threads, and back as row batches.
 *
 *   packStore(store): StoredPart          (the store is empty afterwards)
 *   partBatches(part, size): Iterable<{ source: RowSource; rows: Int32Array; count: number }>
 *
 * The worker of a split summary (see `src/validate/node-validate-split.ts`) keeps the valid
 * rows of its half in a `ColumnStore` — numbers typed, texts and lists as codes — and posts
 * it packed: typed arrays move without a copy, dictionaries are small. This thread hands the
 * rows on batch by batch, as if its own reader had read them, so what a summary does with a
 * row (filters, counts, its store) is the same for either half.
 */
import type { ColumnStore, RowSource } from './column-store.js';
import { CodedColumn, EmptyColumn, NumberColumn, PlainColumn } from './column-store.js';

/** One packed column. */
export type PackedColumn = { numbers: Float64Array } | { codes: Uint8Array | Uint16Array; dictionary: unknown[] } | { plain: unknown[] } | { empty: number };

/** A store's rows, packed. */
export interface StoredPart {
  names: string[];
  length: number;
  columns: PackedColumn[];
}

/**
 * Pack a store (it is emptied).
 *
 * @example const part = packStore(store); worker.postMessage(part, transferOf(part));
 */
export function packStore(store: ColumnStore): StoredPart {
  const names = [...store.names];
  const length = store.length;
  const stored = store.columns();
  const columns = names.map((name): PackedColumn => {
    const c: unknown = stored[name];
    if (c instanceof NumberColumn) return { numbers: c.values };
    if (c instanceof CodedColumn) return { codes: c.codes, dictionary: [...c.dictionary] };
    if (c instanceof PlainColumn) return { plain: [...c.values] };
    if (c instanceof EmptyColumn) return { empty: c.length };
    throw new Error(`packStore: column ${name} is not a stored column`);
  });
  return { names, length, columns };
}

/** The buffers of a part's typed arrays (to transfer rather than copy). */
export function transferOf(part: StoredPart): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const c of part.columns) {
    if ('numbers' in c) out.push(c.numbers.buffer as ArrayBuffer);
    else if ('codes' in c) out.push(c.codes.buffer as ArrayBuffer);
  }
  return out;
}

/**
 * The part's rows as column batches of `size` rows (numbers as a `Float64Array`, NaN for
 * none; other values decoded from their dictionary), each with all its rows kept.
 *
 * @example for (const { source, rows, count } of partBatches(part, 8192)) store.add(source, rows, count);
 */
export function* partBatches(part: StoredPart, size: number): Generator<{ source: RowSource; rows: Int32Array; count: number }> {
  for (let from = 0; from < part.length; from += size) {
    const count = Math.min(size, part.length - from);
    const values = part.columns.map((c) => {
      if ('numbers' in c) return c.numbers.subarray(from, from + count);
      const out = new Array<unknown>(count);
      if ('codes' in c) for (let i = 0; i < count; i++) out[i] = c.dictionary[c.codes[from + i]];
      else if ('plain' in c) for (let i = 0; i < count; i++) out[i] = c.plain[from + i];
      else out.fill(null);
      return out;
    });
    const rows = new Int32Array(count);
    for (let i = 0; i < count; i++) rows[i] = i;
    yield { source: { names: part.names, values }, rows, count };
  }
}
