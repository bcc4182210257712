/**
 * The CSV reading pipeline shared by `fromCSV` (one string) and `streamCSV` (chunks):
 * text → tokenizer → header plan → typed records with row numbers and issues.
 *
 *   createCsvReader(options): { push(text): LoadResult; end(): LoadResult; atRowStart(): boolean }
 *
 * Each call returns the records completed so far as a batch. The record type is
 * `options.type`, else the `record_type` cell of the first record, else none (text).
 */
import { checkFieldSize, checkRowWidth, limitsOf } from './limits.js';
import { makeIssue, type Issue } from '../errors/index.js';
import { isRecordType, type RecordType } from '../model/record-types.js';
import { getField } from '../model/fields.js';
import { coerce } from './coerce.js';
import { planColumns } from './columns.js';
import { columnSpec, fastCoerce, FAIL, type ColumnSpec } from './fast-coerce.js';
import { createCsvTokenizer, rowEnd, type CsvRow, type CsvTokenizer } from './csv-tokenizer.js';
import { MORE } from './csv-scan.js';
import { detectNewline, sniffDelimiter } from './dialect.js';
import { hasLostCharacters, unescapeFormula } from './cell-checks.js';
import { createColumnBuilder, type ColumnBuilder } from './csv-columns.js';
import { readDefaults, type ReadOptions } from './options.js';
import { ReadError } from './read-error.js';
import { emptyResult, type LoadResult } from './result.js';

/** A CSV reader fed text chunk by chunk. */
export interface CsvReader {
  push(text: string): LoadResult;
  end(): LoadResult;
  /**
   * True when the text pushed so far ends exactly after a row, read by the row scanner: no row
   * in progress, no quoted cell open. Where it holds, the rest of the input can be read on its
   * own (a second thread does, see `node-validate-split.ts`).
   */
  atRowStart(): boolean;
}

/** How a reader hands on its records. */
export interface CsvReaderMode {
  /**
   * Column batches of this many rows (`LoadResult.columns`) instead of record objects, when
   * the record type is known and the header is clean (every label a field, none missing);
   * otherwise records, as without it.
   */
  columnBatch?: number;
  /** Hears the reader once it is made (`streamCSV` makes it; the split validator asks it `atRowStart`). */
  onReader?: (reader: CsvReader) => void;
}

/** The index after the first line break in `text` from `at` (CRLF whole), or -1. */
function breakAfter(text: string, at: number): number {
  const lf = text.indexOf('\n', at);
  const cr = text.indexOf('\r', at);
  if (cr < 0 || (lf >= 0 && lf < cr)) return lf < 0 ? -1 : lf + 1;
  if (cr + 1 >= text.length) return -1;
  return text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
}

/** A row still incomplete after this many characters is read by the tokenizer. */
const LONG_ROW = 4 * 1024 * 1024;

/**
 * A fresh CSV reader for one input.
 *
 * @example const r = createCsvReader({ type: 'incident' }); const batch = r.push(text); r.end();
 */
export function createCsvReader(options: ReadOptions = {}, mode: CsvReaderMode = {}): CsvReader {
  const o = { ...readDefaults, ...options };
  const limits = limitsOf(options);
  const missing = new Set(o.missingValues);
  let tokenizer: CsvTokenizer | undefined;
  let delimiter = o.delimiter === 'auto' ? undefined : o.delimiter;
  let newline: string | undefined;
  let sniffBuffer = '';
  let labels: string[] | undefined;
  let columns: ColumnSpec[] | undefined;
  // The fast paths assume the default number and list options.
  const fast = !o.groupChar && (o.decimalChar ?? '.') === '.' && o.listSeparator === ';' && o.trueValues === readDefaults.trueValues && o.falseValues === readDefaults.falseValues;
  let type: RecordType | null = options.type ?? null;
  let pending: CsvRow[] = []; // rows read before the record type is settled
  let rowNo = 1;
  let headerIssues: Issue[] = [];
  let builder: ColumnBuilder | undefined;
  // Once the builder can scan, rows go from the text straight into it (see scanText).
  let scanning = false;
  let carry = ''; // the text of a row not yet complete
  let scanLine = 1;
  let scanSkipLF = false;

  const batch = (): LoadResult => {
    const b = emptyResult('csv', type);
    if (labels) b.header = labels;
    if (delimiter) b.delimiter = delimiter;
    if (newline) b.newline = newline;
    return b;
  };

  function settle(firstRecord: CsvRow | undefined): void {
    if (!type && firstRecord && labels) {
      const at = labels.indexOf('record_type');
      const value = at >= 0 ? firstRecord.cells[at]?.trim() : undefined;
      if (isRecordType(value)) type = value;
    }
    if (options.type && labels && !labels.some((l) => getField(options.type!, l))) {
      // Labels shown short and on one line: an unclosed quote can make one label of the whole file.
      const shown = labels.slice(0, 5).map((l) => (l.length > 40 ? l.slice(0, 39) + '…' : l).replace(/[\r\n]+/g, '\\n'));
      throw new ReadError(`none of the columns (${shown.join(', ')}${labels.length > 5 ? ', …' : ''}) is a field of ${options.type}: is the header row missing, or is this another record type?`);
    }
    const plan = planColumns(labels!, type, o);
    columns = plan.columns.map((c) => columnSpec(c.label, c.field, c.role === 'field' || c.role === 'extra'));
    headerIssues = plan.issues;
    if (mode.columnBatch && type && !headerIssues.length) {
      const coerceOptions = o;
      builder = createColumnBuilder(
        columns,
        {
          missing,
          unescapeFormulas: o.unescapeFormulas,
          maxFieldChars: limits.maxFieldChars,
          maxColumns: limits.maxColumns,
          fast,
          coerceOptions,
          readRecord(r, row) {
            const out = batch();
            readRow(r, out, row);
            return out;
          },
          delimiter,
          tokenizeRow,
        },
        mode.columnBatch,
      );
    }
  }

  function readRow(r: CsvRow, out: LoadResult, row: number): void {
    const cells = r.cells;
    if (cells.length > limits.maxColumns) checkRowWidth(cells.length, limits, `row ${row}`);
    const record: Record<string, unknown> = {};
    let blank = true;
    for (let k = 0; k < cells.length; k++) if (cells[k] !== '') { blank = false; break; }
    out.records.push(record);
    if (blank) {
      out.rows.push({ row, line: r.line, skip: true });
      out.errors.push(makeIssue('blank-row', { row }));
      return;
    }
    out.rows.push({ row, line: r.line });
    if (r.problem) {
      const note =
        r.problem === 'unterminated'
          ? `a quoted cell opened on line ${r.problemLine} is never closed, so the rest of the file was read into it`
          : `text follows the closing quote of a cell (line ${r.problemLine}); quotes inside a quoted cell must be doubled ("")`;
      out.errors.push(makeIssue('parse-error', { row, note }));
    }
    const cols = columns!;
    if (cells.length < cols.length) {
      const missingCols = cols.slice(cells.length);
      out.errors.push(
        makeIssue('missing-cell', {
          row,
          field: missingCols[0].label,
          value: cells.length,
          expected: String(cols.length),
          note: missingCols.length > 1 ? `and ${missingCols.length - 1} more` : undefined,
        }),
      );
    } else if (cells.length > cols.length) {
      const extra = cells.slice(cols.length);
      if (extra.some((c) => c !== '')) out.errors.push(makeIssue('extra-cell', { row, value: extra.join(delimiter), expected: String(cols.length) }));
    }
    const n = Math.min(cells.length, cols.length);
    for (let k = 0; k < n; k++) {
      const col = cols[k];
      const mode = col.mode;
      if (cells[k].length > limits.maxFieldChars) checkFieldSize(cells[k].length, limits, `row ${row}, column ${k + 1}`);
      if (mode === 0) continue;
      let text = cells[k];
      if (text.charCodeAt(0) === 39 && o.unescapeFormulas) text = unescapeFormula(text);
      if (missing.has(text)) continue;
      if (mode === 1) {
        record[col.label] = text;
        if (hasLostCharacters(text)) out.warnings.push(makeIssue('lost-characters', { row, field: col.label, value: text }));
        continue;
      }
      if (mode === 2) {
        record[col.label] = text;
        continue;
      }
      const v = fast ? fastCoerce(text, col, ';') : FAIL;
      if (v !== FAIL) {
        record[col.label] = v;
        continue;
      }
      const c = coerce(text, col.field!, o);
      if (c.ok) {
        if (c.value !== undefined) record[col.label] = c.value;
      } else {
        record[col.label] = text;
        out.errors.push(makeIssue(c.code, { row, field: col.label, value: text, expected: c.expected, note: c.note }));
      }
    }
  }

  /** One row's text, tokenized the general way. */
  function tokenizeRow(text: string, line: number): CsvRow {
    const t = createCsvTokenizer(delimiter, line);
    const rows = t.push(text);
    rows.push(...t.end());
    return rows[0];
  }

  /** Hand the tokenizer's place to the scanner, at the end of the last row it completed. */
  function startScanning(text: string): boolean {
    const r = tokenizer!.resume();
    if (r.at < 0) return false;
    scanning = true;
    carry = text.slice(r.at);
    scanLine = r.line;
    scanSkipLF = r.skipLF;
    return true;
  }

  /**
   * The fast path: rows scanned from the text into the builder's batches. A row the scanner
   * does not take is cut out whole and tokenized; a row longer than a bound goes back to
   * the tokenizer (re-scanning it chunk after chunk would cost quadratic time).
   */
  function scanText(text: string, out: LoadResult, final: boolean): void {
    let t = text;
    let p = 0;
    if (scanSkipLF && t.length > 0) {
      scanSkipLF = false;
      if (t.charCodeAt(0) === 10) p = 1;
    }
    if (carry.length) {
      // The row the last chunk cut is joined with this text up to its first line break only:
      // the chunk itself stays the flat string the decoder made (a joined string is read
      // through an indirection on every character).
      const cut = final ? -1 : breakAfter(t, p);
      const head = carry + (cut < 0 ? t.slice(p) : t.slice(p, cut));
      carry = '';
      const q = scanFrom(head, 0, out, final);
      if (cut >= 0 && q === head.length) p = cut;
      else {
        t = head.slice(q) + (cut < 0 ? '' : t.slice(cut));
        p = 0;
      }
    }
    keep(t, scanFrom(t, p, out, final), out);
  }

  /** Rows of `t` from `p` into the builder; where the first row not complete in `t` starts. */
  function scanFrom(t: string, p: number, out: LoadResult, final: boolean): number {
    const n = t.length;
    const b = builder!;
    const cap = mode.columnBatch!;
    while (p < n) {
      const end = b.scan!(t, p, final, rowNo + 1, scanLine);
      if (end >= 0) {
        rowNo++;
        scanLine++;
        p = end;
      } else if (end === MORE) break;
      else {
        const row = rowEnd(t, p, final, delimiter!);
        if (!row) break;
        b.add(tokenizeRow(t.slice(p, row.end), scanLine), ++rowNo);
        scanLine += 1 + row.breaks;
        p = row.end;
      }
      if (b.size === cap) (out.columns ??= []).push(b.take());
    }
    return p;
  }

  /** Keep `t` from `p` for the next text; a row too long for that goes to the tokenizer. */
  function keep(t: string, p: number, out: LoadResult): void {
    if (p >= t.length) return;
    const rest = t.slice(p);
    if (rest.length <= LONG_ROW) {
      carry = rest;
      return;
    }
    scanning = false;
    tokenizer = createCsvTokenizer(delimiter, scanLine);
    take(tokenizer.push(rest), out, false);
  }

  function take(rows: CsvRow[], out: LoadResult, final: boolean): void {
    let i = 0;
    if (!labels) {
      if (!rows.length) return;
      const head = rows[0];
      if (head.cells.every((c) => c.trim() === '')) {
        throw new ReadError('row 1 is blank: a CSV file needs its header (the field names) on the first line');
      }
      labels = head.cells;
      checkRowWidth(labels.length, limits, 'row 1 (the header)');
      i = 1;
    }
    if (!columns) {
      // A loop, not push(...rows): spreading a million rows overflows the call stack.
      for (let j = i; j < rows.length; j++) pending.push(rows[j]);
      i = rows.length;
      const first = pending.find((r) => r.cells.some((c) => c !== ''));
      if (!first && !final) return;
      settle(first);
      out.type = type;
      out.header = labels;
      out.errors.push(...headerIssues);
      rows = pending;
      pending = [];
      i = 0;
    }
    if (builder) {
      const b = builder;
      const cap = mode.columnBatch!;
      for (; i < rows.length; i++) {
        b.add(rows[i], ++rowNo);
        if (b.size === cap) (out.columns ??= []).push(b.take());
      }
      return;
    }
    for (; i < rows.length; i++) readRow(rows[i], out, ++rowNo);
  }

  const reader: CsvReader = {
    atRowStart: () => scanning && carry === '' && !scanSkipLF && sniffBuffer === '',
    push(text) {
      const out = batch();
      if (!tokenizer) {
        // Sniff the delimiter from the first line; wait until a whole line (or 64 KB) is in.
        sniffBuffer += text;
        if (!/[\r\n]/.test(sniffBuffer) && sniffBuffer.length < 65536) return out;
        text = sniffBuffer;
        sniffBuffer = '';
        delimiter ??= sniffDelimiter(text.slice(0, 65536));
        newline = detectNewline(text.slice(0, 65536));
        tokenizer = createCsvTokenizer(delimiter);
        out.delimiter = delimiter;
        out.newline = newline;
      }
      if (scanning) {
        scanText(text, out, false);
        return out;
      }
      if (mode.columnBatch && !columns) {
        // Row by row until the header is planned, so that the scanner can take every row after.
        while (!columns) {
          take(tokenizer.push(text, 1), out, false);
          if (!startScanning(text)) return out; // the tokenizer holds the row in progress
          scanning = false;
          text = carry;
          carry = '';
          if (!columns && !text) return out;
        }
        if (builder?.scan) {
          scanning = true;
          scanText(text, out, false);
          return out;
        }
      }
      take(tokenizer.push(text), out, false);
      if (builder?.scan && startScanning(text)) scanText('', out, false);
      return out;
    },
    end() {
      const out = batch();
      if (!tokenizer) {
        if (sniffBuffer.trim() === '') throw new ReadError('the file is empty: a CSV file needs a header row');
        delimiter ??= sniffDelimiter(sniffBuffer);
        newline = detectNewline(sniffBuffer);
        tokenizer = createCsvTokenizer(delimiter);
        take(tokenizer.push(sniffBuffer), out, false);
        sniffBuffer = '';
        out.delimiter = delimiter;
        out.newline = newline;
      }
      if (scanning) {
        scanning = false;
        scanText('', out, true);
      } else take(tokenizer.end(), out, true);
      if (!labels) throw new ReadError('the file is empty: a CSV file needs a header row');
      if (!columns) take([], out, true);
      if (builder?.size) (out.columns ??= []).push(builder.take());
      return out;
    },
  };
  mode.onReader?.(reader);
  return reader;
}
