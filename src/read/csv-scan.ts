/**
 * The CSV reader's fast path: one row of the file's text scanned straight into a column
 * batch, with no row array, no cell strings for counts, codes and dates, and no record.
 * Integers are read digit by digit, codes found by their characters (`code-match.ts`),
 * dates checked in place and shared from a small cache; other cells are cut out once and
 * converted the usual way (`put`).
 *
 *   createRowScanner(specs, delimiter, maxFieldChars, put)(text, at, final, batch, i): end | MORE | SLOW
 *
 * The scanner only accepts a row it can read exactly as the tokenizer would: one line, one
 * cell per column, not blank, every cell under the size limit, no text after a closing
 * quote. Anything else returns SLOW and the reader tokenizes that row the general way, so
 * both paths give the same values and issues (the differential tests hold them to it).
 */
import { daysInMonth } from '../model/formats.js';
import { codeAt, codeTable, type CodeTable } from './code-match.js';
import type { CsvColumns } from './csv-columns.js';
import { CELL_FAILED } from './row-status.js';
import type { ColumnSpec } from './fast-coerce.js';

/** The text ends inside the row: call again with more text (or `final`). */
export const MORE = -1;
/** The row needs the general tokenizer. */
export const SLOW = -2;

/** The general conversion of one cell's text into column `k`, row `i`; returns the row status it implies. */
export type CellPut = (k: number, i: number, text: string) => number;

/** Scan one row starting at `at`; the index after its line break, or MORE, or SLOW. */
export type RowScanner = (text: string, at: number, final: boolean, batch: CsvColumns, i: number) => number;

const QUOTE = 34;
const LF = 10;

// How a column's cells are read.
const SKIP = 0; // not read: only its extent matters
const TEXT = 1; // cut out, then `put`
const CODE = 2; // one code, found in place
const CODES = 3; // a `;` list of codes, found in place
const INT = 4; // an integer, read digit by digit
const DATE = 5; // a partial date, checked in place

/** Codes a column may be matched against (none that the list splitter would trim or split). */
function codesOf(spec: ColumnSpec): string[] | undefined {
  const f = spec.field;
  if (!f || f.kind !== 'string') return undefined;
  const codes = f.enum ? f.enum.map(String) : f.const !== undefined && !f.list ? [f.const] : undefined;
  return codes?.filter((c) => c.length > 0 && c.charCodeAt(0) > 32 && c.charCodeAt(c.length - 1) > 32 && !c.includes(';'));
}

function howOf(spec: ColumnSpec, table: CodeTable | undefined): number {
  if (spec.mode === 0) return SKIP;
  if (spec.mode === 2 && table) return CODE;
  if (spec.mode !== 3) return TEXT;
  if (spec.list) return table ? CODES : TEXT;
  if (spec.kind === 1) return INT;
  if (spec.kind === 0 && spec.date) return DATE;
  return TEXT;
}

/** Digits of text[from, to) as a number; -1 when a character is not a digit. */
function digits(t: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** An integer cell as `fastCoerce` reads it; NaN when it is not one (then `put` explains). */
function intAt(t: string, s: number, e: number): number {
  const n = e - s;
  if (n > 16) return NaN;
  const c0 = t.charCodeAt(s);
  const sign = c0 === 45 || c0 === 43 ? 1 : 0;
  if (n === sign || n - sign > 15) return NaN;
  const v = digits(t, s + sign, e);
  if (v < 0) return NaN;
  return c0 === 45 && v !== 0 ? -v : v;
}

/** A well-formed partial date's key (yyyymmdd, 0 for parts left out); -1 otherwise. */
function dateKey(t: string, s: number, e: number): number {
  const n = e - s;
  if (n !== 4 && n !== 7 && n !== 10) return -1;
  const y = digits(t, s, s + 4);
  if (y < 0) return -1;
  if (n === 4) return y * 10000;
  if (t.charCodeAt(s + 4) !== 45) return -1;
  const m = digits(t, s + 5, s + 7);
  if (m < 1 || m > 12) return -1;
  if (n === 7) return y * 10000 + m * 100;
  if (t.charCodeAt(s + 7) !== 45) return -1;
  const d = digits(t, s + 8, s + 10);
  return d >= 1 && d <= daysInMonth(y, m) ? y * 10000 + m * 100 + d : -1;
}


/** Dates of these years are kept in an array by day (a Map for the others). */
const DATE_YEARS = [1800, 2200];
const DAYS_A_YEAR = 13 * 32;

/** Where a date key's string is kept: the dates seen so far, shared by every row that spells one. */
function dateCache(): { get(key: number): string | undefined; set(key: number, d: string): void } {
  const days: (string | undefined)[] = new Array((DATE_YEARS[1] - DATE_YEARS[0]) * DAYS_A_YEAR).fill(undefined);
  const other = new Map<number, string>();
  const slot = (key: number) => {
    const y = (key / 10000) | 0;
    const md = key - y * 10000;
    return y >= DATE_YEARS[0] && y < DATE_YEARS[1] ? (y - DATE_YEARS[0]) * DAYS_A_YEAR + ((md / 100) | 0) * 32 + (md % 100) : -1;
  };
  return {
    get(key) {
      const at = slot(key);
      return at >= 0 ? days[at] : other.get(key);
    },
    set(key, d) {
      const at = slot(key);
      if (at >= 0) days[at] = d;
      else if (other.size < 100_000) other.set(key, d);
    },
  };
}

const NONE = Number.MAX_SAFE_INTEGER;

/** Where `c` is next in `t` from `at` on (NONE: nowhere). */
function after(t: string, c: string, at: number): number {
  const j = t.indexOf(c, at);
  return j < 0 ? NONE : j;
}

/**
 * The fast path for one header's columns.
 *
 * A row's line break is found first, then each cell's end: both with `indexOf`, which runs
 * natively over the text (a loop over its characters costs three times as much).
 *
 * @example const scan = createRowScanner(specs, ',', 1e6, put); const end = scan(text, 0, false, batch, 0);
 */
export function createRowScanner(specs: readonly ColumnSpec[], delimiter: string, maxFieldChars: number, put: CellPut): RowScanner {
  const width = specs.length;
  const DELIM = delimiter.charCodeAt(0);
  const tables = specs.map((s) => {
    const codes = s.mode === 2 || (s.mode === 3 && s.list) ? codesOf(s) : undefined;
    return codes?.length ? codeTable(codes) : undefined;
  });
  const how = specs.map((s, k) => howOf(s, tables[k]));
  const dates = dateCache();
  const doubledQuotes = /""/g;
  // The next LF, CR and delimiter at or after the row being read, in the text `seen` (NONE: none).
  let seen: string | undefined;
  let lfAt = -1;
  let crAt = -1;
  let delimAt = -1;
  let from = 0;

  /** Undo what an abandoned row left in the batch (its failed-cell marks); returns `why`. */
  function abandon(b: CsvColumns, i: number, touched: boolean, why = SLOW): number {
    if (touched) for (const f of b.failed) if (f) f[i] = 0;
    return why;
  }

  return function scanRow(t, at, final, b, i) {
    const n = t.length;
    if (t !== seen || at < from) {
      seen = t;
      lfAt = crAt = delimAt = -1;
    }
    from = at;
    if (lfAt < at) lfAt = after(t, '\n', at);
    if (crAt < at) crAt = after(t, '\r', at);
    // The row's cells end at `end`, its line break (LF, CR LF or CR), or at the end of the text.
    let end: number;
    let next: number;
    if (lfAt < crAt) {
      end = lfAt;
      next = lfAt + 1;
    } else if (crAt < NONE) {
      end = crAt;
      if (crAt + 1 < n) next = t.charCodeAt(crAt + 1) === LF ? crAt + 2 : crAt + 1;
      else if (final) next = n;
      else return MORE;
    } else if (final) end = next = n;
    else return MORE;
    let p = at;
    let status = 0;
    let touched = false; // a `put` may have marked a failed cell
    let blank = true;
    for (let k = 0; k < width; k++) {
      const last = k === width - 1;
      const h = how[k];
      let s = p;
      let e: number;
      let quoted: string | undefined;
      if (p < end && t.charCodeAt(p) === QUOTE) {
        // A quoted cell on one line: up to the quote not doubled, which a delimiter or the row's end follows.
        let q = p + 1;
        let doubled = false;
        for (;;) {
          q = t.indexOf('"', q);
          if (q < 0 || q >= end) return abandon(b, i, touched);
          if (t.charCodeAt(q + 1) !== QUOTE) break;
          doubled = true;
          q += 2;
        }
        s = p + 1;
        e = q;
        quoted = t.slice(s, e);
        if (doubled) quoted = quoted.replace(doubledQuotes, '"');
        p = q + 1;
        if (last ? p !== end : t.charCodeAt(p) !== DELIM) return abandon(b, i, touched);
      } else {
        if (delimAt < p) delimAt = after(t, delimiter, p);
        if (last) {
          // One cell too many is a row the tokenizer reads.
          if (delimAt < end) return abandon(b, i, touched);
          e = end;
        } else {
          if (delimAt > end) return abandon(b, i, touched);
          e = delimAt;
        }
        p = e;
      }
      const size = quoted !== undefined ? quoted.length : e - s;
      if (size > maxFieldChars) return abandon(b, i, touched);
      if (size > 0) blank = false;
      if (h !== SKIP) {
        const col = b.values[k]!;
        if (quoted !== undefined) {
          const st = put(k, i, quoted);
          if (st > status) status = st;
          if (st === CELL_FAILED) touched = true;
        } else if (e === s) {
          // The default missing value, the empty cell (the scanner runs only with that default).
          if (col instanceof Float64Array) col[i] = NaN;
          else col[i] = null;
        } else {
          let done = false;
          if (h === INT) {
            const v = intAt(t, s, e);
            if (v === v) {
              (col as Float64Array)[i] = v;
              done = true;
            }
          } else if (h === CODE) {
            const found = codeAt(tables[k]!, t, s, e);
            if (found !== undefined) {
              (col as unknown[])[i] = found;
              done = true;
            }
          } else if (h === DATE) {
            const key = dateKey(t, s, e);
            if (key >= 0) {
              let d = dates.get(key);
              if (d === undefined) dates.set(key, (d = t.slice(s, e)));
              (col as unknown[])[i] = d;
              done = true;
            }
          } else if (h === CODES) {
            const items = codesAt(tables[k]!, t, s, e);
            if (items !== undefined) {
              (col as unknown[])[i] = items;
              done = true;
            }
          }
          if (!done) {
            const st = put(k, i, t.slice(s, e));
            if (st > status) status = st;
            if (st === CELL_FAILED) touched = true;
          }
        }
      }
      if (!last) p++;
    }
    if (blank) return abandon(b, i, touched);
    b.status[i] = status;
    return next;
  };
}

/** The `;` list of codes in text[from, to); undefined when an item is not one. */
function codesAt(table: CodeTable, t: string, from: number, to: number): string[] | undefined {
  const items: string[] = [];
  let s = from;
  for (;;) {
    let e = t.indexOf(';', s);
    if (e < 0 || e > to) e = to;
    const code = codeAt(table, t, s, e);
    if (code === undefined) return undefined;
    items.push(code);
    if (e === to) return items;
    s = e + 1;
  }
}
