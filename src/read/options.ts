import type { RecordType } from '../model/record-types.js';
import type { ScalarKind } from '../model/fields.js';

/**
 * The one options vocabulary of every loader (`fromCSV`, `fromJSON`, `fromNDJSON`,
 * `loadCSV`, `streamCSV`, ...) and of validation. Every option is optional; the
 * defaults are in {@link readDefaults}.
 */
export interface ReadOptions {
  /**
   * Record type whose schema drives typing. Default: the value of a `record_type`
   * column (or key) in the first record; when there is none, cells stay text
   * (except columns named in `columnTypes`) and only the structure is checked.
   */
  type?: RecordType;
  /** Text encoding of bytes. Default `'auto'`: UTF-8 (± BOM), UTF-16 by BOM, else Windows-1252 with a warning. */
  encoding?: 'auto' | 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** CSV delimiter. Default `'auto'`: `,`, `;` or tab, sniffed from the header line. */
  delimiter?: 'auto' | ',' | ';' | '\t' | '|';
  /** Cell texts that mean "no value" (the field is left out of the record). Default `['']`. */
  missingValues?: readonly string[];
  /** Thousands separator allowed in number cells, e.g. `','` to read `1,022` as 1022. Default: none (a type error). */
  groupChar?: string;
  /** Decimal mark in number cells. Default `'.'`. */
  decimalChar?: string;
  /** Separator of list items in a CSV cell. Default `';'`. */
  listSeparator?: string;
  /** Texts read as true (case-insensitive). Default `['true', 'yes', '1']`. */
  trueValues?: readonly string[];
  /** Texts read as false (case-insensitive). Default `['false', 'no', '0']`. */
  falseValues?: readonly string[];
  /**
   * Strip the `'` that CSV writers put before text starting with `=`, `+`, `-`, `@`, tab
   * or carriage return so spreadsheets do not run it as a formula (OWASP). Only a cell
   * that starts with `'` followed by one of those loses it. Default `true`.
   */
  unescapeFormulas?: boolean;
  /**
   * Scalar kinds of columns that are not fields of the record type (all columns when
   * there is no type), e.g. `{ 'Number Dead': 'integer' }` to read a foreign export.
   */
  columnTypes?: Readonly<Record<string, ScalarKind>>;
  /** Records per batch yielded by the streaming loaders. Default 1000. */
  batchSize?: number;
  /** Nesting depth, field size, row width and document size limits (see `readLimits`, docs/security.md). */
  limits?: Partial<ReadLimits>;
}

/**
 * The defaults of {@link ReadOptions}, as data.
 *
 * @example readDefaults.listSeparator // ';'
 */
/**
 * ReadOptions whose `type` is the record type `T`, so loaders can return `Loaded<T>`.
 *
 * @example const options: ReadOptionsFor<'incident'> = { type: 'incident', groupChar: ',' }
 */
export type ReadOptionsFor<T extends RecordType | undefined> = Omit<ReadOptions, 'type'> & { type?: T };
export type { ReadLimits } from './limits.js';
import type { ReadLimits } from './limits.js';

export const readDefaults = Object.freeze({
  encoding: 'auto' as const,
  delimiter: 'auto' as const,
  missingValues: Object.freeze(['']) as readonly string[],
  groupChar: undefined as string | undefined,
  decimalChar: '.',
  listSeparator: ';',
  trueValues: Object.freeze(['true', 'yes', '1']) as readonly string[],
  falseValues: Object.freeze(['false', 'no', '0']) as readonly string[],
  unescapeFormulas: true,
  batchSize: 1000,
});
