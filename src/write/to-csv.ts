import { compileType } from '../model/record-type.js';
import { isRecordType, type RecordType } from '../model/record-types.js';
import { escapeFormula } from './escape-formula.js';
import { formatCell, quoteCell as quote } from './format-cell.js';
import { orderedRecord } from './ordered-record.js';
import { publicRecords } from './public-records.js';

/** Options every writer takes. */
export interface WriteOptions {
  /**
   * Write `restricted` and `confidential` records too. Default `false`: they are left
   * out and counted in `withheld` (Protocol Art. 10(2)).
   */
  includeRestricted?: boolean;
}

/** Options of {@link toCSV}. */
export interface CSVWriteOptions extends WriteOptions {
  /**
   * Prefix `'` to text cells starting with `=`, `+`, `-`, `@`, tab or carriage return,
   * so spreadsheets do not run them as formulas (OWASP). Our loaders strip it again.
   * Numbers are never prefixed. Default `true`.
   */
  escapeFormulae?: boolean;
  /** The same as `escapeFormulae`, spelt as the reader's `unescapeFormulas`; wins when both are given. */
  escapeFormulas?: boolean;
  /** Line ending. Default `'\n'`. */
  newline?: '\n' | '\r\n';
  /** Start with a UTF-8 byte order mark, which Excel needs to detect UTF-8. Default `false`. */
  bom?: boolean;
}

/** Text written by a writer, and how many records it left out. */
export interface TextOutput {
  text: string;
  /** Number of `restricted` / `confidential` records left out. */
  withheld: number;
}

/**
 * Write records of one type as CSV: every field of the schema as a column, in schema
 * order; lists joined with `;`; formula-like text neutralised; restricted records
 * left out unless asked for.
 *
 * @example toCSV(records, 'incident').text.split('\n')[0] // 'id,record_type,schema_version,...'
 */
export function toCSV(records: Iterable<object>, type: RecordType, options: CSVWriteOptions = {}): TextOutput {
  if (!isRecordType(type)) throw new TypeError(`Unknown record type "${type}"`);
  const { newline = '\n', bom = false, includeRestricted = false } = options;
  const escapeFormulae = options.escapeFormulas ?? options.escapeFormulae ?? true;
  const { fields } = compileType(type);
  const kept = publicRecords(records, includeRestricted);
  const lines = [fields.map((f) => quote(f.name)).join(',')];
  kept.records.forEach((input, i) => {
    const record = orderedRecord(input, type, i);
    const cells = fields.map((f) => {
      const value = record[f.name];
      if (f.list && Array.isArray(value) && value.some((v) => String(v).includes(';'))) {
        throw new Error(`record ${i + 1}, field "${f.name}": an item contains ";", which separates list items in CSV`);
      }
      const text = formatCell(value);
      // Only text can be a formula; -5 in a number field is a number.
      return quote(escapeFormulae && typeof value === 'string' ? escapeFormula(text) : text);
    });
    lines.push(cells.join(','));
  });
  return { text: (bom ? '\uFEFF' : '') + lines.join(newline) + newline, withheld: kept.withheld };
}
