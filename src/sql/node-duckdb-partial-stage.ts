// The valid rows of a summary, combined before DuckDB reads them (see partial-plan.ts): rows
// equal in every group field become one staged row with their count and the partial
// aggregates (sum, count of values, min, max) of the fields only measured. The combinations
// live in a bounded hash table of small integer codes (one dictionary of distinct values per
// group field, each value's CSV text made once); when it is full, or at the end, its rows are
// written as CSV text for `csvStageSql` to read back, and it starts again: exact whatever
// the number of combinations (DuckDB adds up the partials), and bounded in memory.
import { closeSync, openSync, writeSync } from 'node:fs';
import type { RowSource } from '../summarize/column-store.js';
import { encoder, type Encode } from './node-duckdb-csv-stage.js';
import type { PartialField, PartialPlan } from './partial-plan.js';

/** Combines rows into partial aggregates staged in a CSV file. */
export interface PartialStage {
  /** Add rows `rows[0..count)` (indices into the source) of a batch. */
  add(source: RowSource, rows: Int32Array, count: number): void;
  /** Write what is held and close the file (idempotent). */
  close(): void;
  /** Rows added, and rows staged (combinations written). */
  readonly rows: number;
  readonly staged: number;
}

// Combinations held at most before they are written (≈100 bytes each with incidents' measures:
// 26 MB at most; the 148k combinations of 5.4M generated incidents take 17 MB).
const MAX_SLOTS = 1 << 18;
// Distinct values held per group field at most (past it, the dictionaries start again after a write).
const MAX_VALUES = 1 << 18;
// Staged text written in pieces of about this size.
const WRITE_CHARS = 1 << 16;

// One group field: its values' codes (0 is null) and their CSV texts.
interface Dictionary {
  codes: Map<unknown, number>;
  texts: string[];
  encode: Encode;
}

/** Bounds of a partial stage (defaults suit any file; tests make them small). */
export interface PartialStageLimits {
  /** Combinations held at most before they are written. */
  maxSlots?: number;
  /** Distinct values held per group field at most (checked when combinations are written). */
  maxValues?: number;
}

/**
 * A partial stage at `file` (created, truncated) for a partial plan, the group fields having
 * these DuckDB types (`duckdbTypes`); `csvStageSql(files, partialColumns(partial, types))` reads it.
 *
 * @example const s = createPartialStage('/tmp/p.csv', pp, duckdbTypes('incident')); s.add(batch, rows, n); s.close()
 */
export function createPartialStage(file: string, partial: PartialPlan, types: Readonly<Record<string, string>>, limits: PartialStageLimits = {}): PartialStage {
  const maxSlots = Math.max(1, limits.maxSlots ?? MAX_SLOTS);
  const maxValues = Math.max(1, limits.maxValues ?? MAX_VALUES);
  const group = partial.group;
  const fields = Object.values(partial.partials);
  const width = group.length;
  const dicts: Dictionary[] = group.map((f) => ({ codes: new Map(), texts: [''], encode: encoder(types[f]) }));
  // Per combination, one row of `stride` numbers in the staged columns' order: its count, then
  // each field's sum, count of values, min, max as the plan asks (NaN: no value yet).
  const offsets: number[] = [];
  const fresh: number[] = [0];
  for (const f of fields) {
    offsets.push(fresh.length);
    if (f.sum) fresh.push(NaN);
    if (f.count) fresh.push(0);
    if (f.min) fresh.push(NaN);
    if (f.max) fresh.push(NaN);
  }
  const stride = fresh.length;
  const initial = Float64Array.from(fresh);
  let fd: number | undefined = openSync(file, 'w');
  let rows = 0;
  let staged = 0;
  let size = 0;
  let capacity = 0;
  let table = new Int32Array(0);
  let keys = new Int32Array(0);
  let acc = new Float64Array(0);
  // Per batch: each kept row's code per group field, then its slot.
  let codes: Int32Array[] = group.map(() => new Int32Array(0));
  let slots = new Int32Array(0);

  const grow = (need: number) => {
    if (need <= capacity) return;
    // By a quarter at a time: the table stays close to the combinations it holds.
    const next = Math.min(maxSlots, Math.max(need, 1024, Math.ceil((capacity * 1.25) / 1024) * 1024));
    if (next <= capacity) return;
    const k = new Int32Array(next * width);
    k.set(keys.subarray(0, size * width));
    keys = k;
    const a = new Float64Array(next * stride);
    a.set(acc.subarray(0, size * stride));
    acc = a;
    capacity = next;
    // Open addressing at most half full (a power of two): slot + 1 per entry, 0 empty.
    let entries = 2;
    while (entries < next * 2) entries *= 2;
    table = new Int32Array(entries);
    for (let s = 0; s < size; s++) table[probe(s * width, keys)] = s + 1;
  };

  // The table entry for the key at `at` in `from` (its slot's entry, or the empty one where it goes).
  const probe = (at: number, from: Int32Array): number => {
    let h = 0x811c9dc5;
    for (let j = 0; j < width; j++) h = Math.imul(h ^ from[at + j], 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    const mask = table.length - 1;
    for (let e = h & mask; ; e = (e + 1) & mask) {
      const s = table[e] - 1;
      if (s < 0) return e;
      let same = true;
      for (let j = 0; j < width && same; j++) same = keys[s * width + j] === from[at + j];
      if (same) return e;
    }
  };

  const codeOf = (d: Dictionary, v: unknown): number => {
    if (v === null || v === undefined || (typeof v === 'number' && v !== v)) return 0;
    // Lists by their items (a one-text list by its text); texts by themselves.
    const key = Array.isArray(v) ? (v.length === 1 && typeof v[0] === 'string' && v[0].charCodeAt(0) !== 1 ? v[0] : '\u0001' + JSON.stringify(v)) : v;
    let code = d.codes.get(key);
    if (code === undefined) {
      code = d.texts.length;
      // A kept text must not be a slice of the file's text (it would keep the whole chunk alive).
      d.codes.set(typeof key === 'string' ? flat(key) : key, code);
      d.texts.push(d.encode(v));
    }
    return code;
  };

  const write = () => {
    if (fd === undefined) return;
    let text = '';
    for (let s = 0; s < size; s++) {
      for (let j = 0; j < width; j++) text += dicts[j].texts[keys[s * width + j]] + ',';
      text += acc[s * stride];
      for (let o = 1; o < stride; o++) {
        const v = acc[s * stride + o];
        text += v === v ? ',' + v : ',';
      }
      text += '\n';
      if (text.length > WRITE_CHARS) {
        writeSync(fd, text);
        text = '';
      }
    }
    if (text) writeSync(fd, text);
    staged += size;
    // Start again: the table empty, the dictionaries too once they hold many values.
    table.fill(0);
    size = 0;
    for (const d of dicts) {
      if (d.texts.length <= maxValues) continue;
      d.codes.clear();
      d.texts.length = 1;
    }
  };

  return {
    get rows() {
      return rows;
    },
    get staged() {
      return staged;
    },
    add(source, picked, count) {
      if (fd === undefined) throw new Error('the partial stage is closed');
      // At most maxSlots rows at a time, so that a full table can be written between them.
      for (let from = 0; from < count; from += maxSlots) {
        const n = Math.min(count - from, maxSlots);
        addRows(source, from ? picked.subarray(from) : picked, n);
      }
      rows += count;
    },
    close() {
      if (fd === undefined) return;
      write();
      closeSync(fd);
      fd = undefined;
    },
  };

  function addRows(source: RowSource, picked: Int32Array, count: number): void {
    if (size + count > maxSlots) write();
    grow(size + count);
    if (slots.length < count) {
      slots = new Int32Array(Math.max(count, 2048));
      codes = group.map(() => new Int32Array(slots.length));
    }
    // Codes, one group field at a time (a field's cells often repeat: the last one is reused).
    for (let j = 0; j < width; j++) {
      const out = codes[j];
      const d = dicts[j];
      const col = valuesOf(source, group[j]);
      if (!col) out.fill(0, 0, count);
      else if (typeof col === 'function') for (let k = 0; k < count; k++) out[k] = codeOf(d, col(picked[k]));
      else {
        let last: unknown = undefined;
        let lastCode = 0;
        for (let k = 0; k < count; k++) {
          const v = col[picked[k]];
          if (v !== last || k === 0) {
            last = v;
            lastCode = codeOf(d, v);
          }
          out[k] = lastCode;
        }
      }
    }
    // Each row's combination: found, or a new slot.
    const key = new Int32Array(width);
    for (let k = 0; k < count; k++) {
      for (let j = 0; j < width; j++) key[j] = codes[j][k];
      const e = probe(0, key);
      let s = table[e] - 1;
      if (s < 0) {
        s = size++;
        keys.set(key, s * width);
        acc.set(initial, s * stride);
        table[e] = s + 1;
      }
      slots[k] = s * stride;
      acc[s * stride]++;
    }
    // The partials, one measured field at a time.
    for (let p = 0; p < fields.length; p++) accumulate(fields[p], valuesOf(source, fields[p].field), picked, count, slots, acc, offsets[p]);
  }
}

// A field's values in a batch: a column (typed numbers or an array), a reader per row for records, or nothing.
function valuesOf(source: RowSource, name: string): ArrayLike<unknown> | ((i: number) => unknown) | undefined {
  if ('records' in source) return (i) => source.records[i][name];
  const at = source.names.indexOf(name);
  return at < 0 ? undefined : source.values[at];
}

// Adds a field's values to the partials of each row's combination (at `slots[k] + offset`).
function accumulate(f: PartialField, col: ReturnType<typeof valuesOf>, picked: Int32Array, count: number, slots: Int32Array, acc: Float64Array, offset: number): void {
  if (!col) return;
  const sum = offset;
  const valued = sum + Number(f.sum);
  const min = valued + Number(f.count);
  const max = min + Number(f.min);
  const { sum: sums, count: counts, min: mins, max: maxes } = f;
  const step = (s: number, v: number) => {
    // Sums of integers (the only ones staged), exact in a double below 2^53.
    if (sums) acc[s + sum] = acc[s + sum] === acc[s + sum] ? acc[s + sum] + v : v;
    if (counts) acc[s + valued]++;
    if (mins && !(acc[s + min] <= v)) acc[s + min] = v;
    if (maxes && !(acc[s + max] >= v)) acc[s + max] = v;
  };
  // A typed column (the counts of a CSV batch) read directly, not through a reader per row.
  if (col instanceof Float64Array) {
    for (let k = 0; k < count; k++) {
      const v = col[picked[k]];
      if (v === v) step(slots[k], v);
    }
    return;
  }
  const read = typeof col === 'function' ? col : (i: number) => col[i];
  for (let k = 0; k < count; k++) {
    const v = read(picked[k]);
    if (typeof v === 'number' && v === v) step(slots[k], v);
  }
}

// Short strings are copied by V8 already; a longer one is flattened into a copy of its own.
function flat(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
