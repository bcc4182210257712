/**
 * createColumnStore(names): ColumnStore   (browser-safe)
 *
 * The columns of an in-memory summary, kept compact while a file streams in: numbers in a
 * `Float64Array`, texts, codes and lists as small integer codes into one dictionary of
 * distinct values per column, a column no record fills as nothing at all. `storeTable(store)`
 * hands them to Arquero as its own column type (`length`, `at(row)`, iteration), so the
 * summary's pipeline reads them as it reads arrays, without a million-element copy of each.
 * (Arquero is not imported here: the worker thread of a split file fills a store without it.)
 *
 * Why: a JS array holds an 8-byte pointer per cell plus the cell (a date string of 10
 * characters costs ~32 bytes, a source list an array), all of it scanned by every major GC;
 * the same column as codes is 1–4 bytes per row, invisible to the GC.
 */
import type { ColumnValues } from '../read/csv-columns.js';
import type { PackedColumn, StoredPart } from './stored-part.js';
import { CodedColumn, EmptyColumn, NumberColumn, PlainColumn, type StoredColumn } from './stored-columns.js';
export { CodedColumn, EmptyColumn, NumberColumn, PlainColumn, StoredColumn } from './stored-columns.js';

/** Past this many distinct values a column keeps plain values (ids are not worth a dictionary). */
const MAX_CODES = 1 << 16;

/** A record batch's rows or a column batch's columns, as the reader gives them. */
export type RowSource = { records: readonly Record<string, unknown>[] } | { names: readonly string[]; values: readonly (ColumnValues | undefined)[] };

/** The columns of a summary, filled batch by batch. */
export interface ColumnStore {
  readonly names: readonly string[];
  /** Rows kept so far. */
  readonly length: number;
  /** Append rows `rows[0..count)` (indices into the source) of a batch. */
  add(source: RowSource, rows: Int32Array, count: number): void;
  /** Append a packed store's rows whole (a split file's second half, from its worker). */
  addPart(part: StoredPart): void;
  /** Drop the rows past `length` (a file whose every record turned out invalid). */
  truncate(length: number): void;
  /** The columns, for Arquero (`storeTable`), or packed for another thread (the store is empty afterwards). */
  columns(): Record<string, StoredColumn>;
}

// One column being filled: numbers until a non-number comes, codes until too many distinct values.
interface Builder {
  mode: 'empty' | 'number' | 'coded' | 'plain';
  numbers: Float64Array;
  codes: Uint16Array;
  plain: unknown[];
  dictionary: unknown[];
  index: Map<unknown, number>;
  singles: Map<string, number>;
  lists: Map<string, number>;
}

/**
 * A store for the columns `names`.
 *
 * @example const s = createColumnStore(['date', 'dead']); s.add({ records }, rows, n); storeTable(s)
 */
export function createColumnStore(names: readonly string[]): ColumnStore {
  let length = 0;
  let capacity = 0;
  const builders: Builder[] = names.map(fresh);

  const grow = (need: number) => {
    if (need <= capacity) return;
    capacity = Math.max(need, capacity * 2, 4096);
    for (const b of builders) {
      if (b.mode === 'number') b.numbers = resized(b.numbers, capacity);
      else if (b.mode === 'coded') b.codes = resized(b.codes, capacity);
    }
  };

  // The first value decides: numbers, or codes (any other value). Rows before `at` are empty.
  const start = (b: Builder, v: unknown, at: number) => {
    if (typeof v === 'number') {
      b.mode = 'number';
      b.numbers = new Float64Array(capacity).fill(NaN, 0, at);
    } else {
      b.mode = 'coded';
      b.codes = new Uint16Array(capacity);
    }
  };

  // Too many distinct values, or a number column meeting a text (kept exact, never after validation).
  const toPlain = (b: Builder, at: number) => {
    const plain = new Array(at);
    if (b.mode === 'number') for (let i = 0; i < at; i++) plain[i] = b.numbers[i] === b.numbers[i] ? b.numbers[i] : null;
    else for (let i = 0; i < at; i++) plain[i] = b.dictionary[b.codes[i]];
    b.mode = 'plain';
    b.plain = plain;
    b.numbers = new Float64Array(0);
    b.codes = new Uint16Array(0);
    b.index.clear();
    b.singles.clear();
    b.lists.clear();
  };

  // The code of a value (0: null), a new one for a value not seen; past MAX_CODES, the column goes plain.
  const codeOf = (b: Builder, v: unknown): number => {
    if (v === null || v === undefined) return 0;
    if (Array.isArray(v)) {
      // Lists by their items: the many records citing the same sources share one list.
      const single = v.length === 1 && typeof v[0] === 'string';
      const key = single ? (v[0] as string) : JSON.stringify(v);
      const map = single ? b.singles : b.lists;
      let code = map.get(key);
      if (code === undefined) {
        code = b.dictionary.length;
        if (code >= MAX_CODES) return -1;
        map.set(flat(key), code);
        b.dictionary.push(Object.freeze(v.map((x) => (typeof x === 'string' ? flat(x) : x))));
      }
      return code;
    }
    let code = b.index.get(v);
    if (code === undefined) {
      code = b.dictionary.length;
      if (code >= MAX_CODES) return -1;
      const kept = typeof v === 'string' ? flat(v) : v;
      b.index.set(kept, code);
      b.dictionary.push(kept);
    }
    return code;
  };

  const put = (b: Builder, v: unknown, at: number) => {
    if (v === undefined) v = null;
    if (b.mode === 'empty') {
      if (v === null || (typeof v === 'number' && v !== v)) return;
      start(b, v, at);
    }
    if (b.mode === 'number') {
      if (typeof v === 'number' || v === null) {
        b.numbers[at] = v === null ? NaN : v;
        return;
      }
      toPlain(b, at);
    }
    if (b.mode === 'coded') {
      const code = codeOf(b, typeof v === 'number' && v !== v ? null : v);
      if (code >= 0) {
        b.codes[at] = code;
        return;
      }
      toPlain(b, at);
    }
    b.plain[at] = typeof v === 'number' && v !== v ? null : typeof v === 'string' ? flat(v) : Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? flat(x) : x)) : v;
  };

  return {
    names,
    get length() {
      return length;
    },
    add(source, rows, count) {
      grow(length + count);
      names.forEach((name, j) => {
        const b = builders[j];
        if ('records' in source) {
          for (let k = 0; k < count; k++) put(b, source.records[rows[k]][name], length + k);
          return;
        }
        const col = source.values[source.names.indexOf(name)];
        if (!col) {
          if (b.mode !== 'empty') for (let k = 0; k < count; k++) put(b, null, length + k);
          return;
        }
        if (col instanceof Float64Array && (b.mode === 'number' || b.mode === 'empty')) {
          if (b.mode === 'empty') {
            let any = false;
            for (let k = 0; k < count && !any; k++) any = col[rows[k]] === col[rows[k]];
            if (!any) return;
            b.mode = 'number';
            b.numbers = new Float64Array(capacity).fill(NaN, 0, length);
          }
          const out = b.numbers;
          for (let k = 0; k < count; k++) out[length + k] = col[rows[k]];
          return;
        }
        if (b.mode === 'coded' && !(col instanceof Float64Array)) {
          // The common cell, a text or a one-item list seen before, found with one lookup.
          const { codes, index, singles } = b;
          for (let k = 0; k < count; k++) {
            const v = col[rows[k]];
            const code = typeof v === 'string' ? index.get(v) : Array.isArray(v) && v.length === 1 ? singles.get(v[0]) : undefined;
            if (code !== undefined) codes[length + k] = code;
            else put(b, v, length + k);
            if (b.mode !== 'coded') {
              for (k++; k < count; k++) put(b, col[rows[k]], length + k);
              break;
            }
          }
          return;
        }
        for (let k = 0; k < count; k++) put(b, col[rows[k]], length + k);
      });
      length += count;
    },
    addPart(part) {
      const n = part.length;
      grow(length + n);
      names.forEach((name, j) => {
        const b = builders[j];
        const c: PackedColumn = part.columns[part.names.indexOf(name)] ?? { empty: n };
        if ('numbers' in c && (b.mode === 'number' || b.mode === 'empty')) {
          if (b.mode === 'empty') {
            b.mode = 'number';
            b.numbers = new Float64Array(capacity).fill(NaN, 0, length);
          }
          b.numbers.set(c.numbers.subarray(0, n), length);
          return;
        }
        if ('codes' in c && (b.mode === 'coded' || b.mode === 'empty')) {
          // Each of the part's codes mapped once to one of ours: then a lookup per row.
          if (b.mode === 'empty') start(b, '', length);
          const map = new Int32Array(c.dictionary.length);
          for (let d = 1; d < c.dictionary.length && map[d - 1] >= 0; d++) map[d] = codeOf(b, c.dictionary[d]);
          if (map.every((m) => m >= 0)) {
            const codes = b.codes;
            for (let i = 0; i < n; i++) codes[length + i] = map[c.codes[i]];
            return;
          }
        }
        // Anything else (a column gone plain on either side, an empty one, a mix): value by value.
        for (let i = 0; i < n; i++) put(b, valueAt(c, i), length + i);
      });
      length += n;
    },
    truncate(to) {
      if (to >= length) return;
      for (const b of builders) {
        if (b.mode === 'number') b.numbers.fill(NaN, to, length);
        else if (b.mode === 'coded') b.codes.fill(0, to, length);
        else if (b.mode === 'plain') b.plain.length = to;
      }
      length = to;
    },
    columns() {
      const columns: Record<string, StoredColumn> = {};
      names.forEach((name, j) => {
        const b = builders[j];
        columns[name] =
          b.mode === 'number'
            ? new NumberColumn(b.numbers.slice(0, length))
            : b.mode === 'coded'
              ? new CodedColumn(b.dictionary.length <= 256 ? Uint8Array.from(b.codes.subarray(0, length)) : b.codes.slice(0, length), b.dictionary)
              : b.mode === 'plain'
                ? new PlainColumn(b.plain.length === length ? b.plain : b.plain.slice(0, length))
                : new EmptyColumn(length);
        builders[j] = fresh();
      });
      capacity = 0;
      length = 0;
      return columns;
    },
  };
}

// Row i of a packed column (null for no value).
function valueAt(c: PackedColumn, i: number): unknown {
  if ('numbers' in c) return c.numbers[i] === c.numbers[i] ? c.numbers[i] : null;
  if ('codes' in c) return c.dictionary[c.codes[i]];
  if ('plain' in c) return c.plain[i];
  return null;
}

const fresh = (): Builder => ({ mode: 'empty', numbers: new Float64Array(0), codes: new Uint16Array(0), plain: [], dictionary: [null], index: new Map(), singles: new Map(), lists: new Map() });

function resized<T extends Float64Array | Uint16Array>(a: T, capacity: number): T {
  const out = new (a.constructor as new (n: number) => T)(capacity);
  out.set(a);
  if (out instanceof Float64Array) out.fill(NaN, a.length);
  return out;
}

// A kept text must not be a slice of the file's text: V8 keeps a sliced string's whole parent
// (a chunk of the file) alive. Short strings are copied by V8 already.
function flat(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
