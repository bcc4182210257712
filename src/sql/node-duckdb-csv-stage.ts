// Column batches written as CSV text to a temp file, one batch at a time, for DuckDB's
// read_csv to stream back with the schema's types. Measured on 1M rows, this costs a small
// part of what the Appender did (a JS→native call per value, a BigInt per integer), and DuckDB
// never holds the rows: it reads the file in buffers under its memory limit when the summary runs.
import { closeSync, openSync, writeSync } from 'node:fs';

/** Appends column batches to a CSV file that `relation()` reads back in DuckDB with the given types. */
export interface CsvStage {
  /** Append the rows of these columns (in the order of `types`): numbers, strings, booleans, arrays of those, or null. */
  append(columns: readonly (readonly unknown[])[]): void;
  /** Close the file (idempotent). */
  close(): void;
  /** Rows appended so far. */
  readonly rows: number;
}

const WRITE_ROWS = 1024;

/** How one non-null value is written as a CSV cell of the stage. */
export type Encode = (v: unknown) => string;

// Text is always quoted: an unquoted empty cell is NULL (allow_quoted_nulls=false keeps "" an empty string).
const quote = (s: string): string => `"${s.includes('"') ? s.replaceAll('"', '""') : s}"`;

/** The CSV cell writer of a column of this DuckDB type (`createCsvStage`'s, for `csvStageSql` to read back). */
export function encoder(type: string): Encode {
  // Lists travel as JSON arrays in a quoted cell: from_json gives them back typed, any text inside included.
  if (type.endsWith('[]')) {
    // The readers share one array among the rows of a batch that hold the same list: encode it once.
    let last: unknown;
    let text = '';
    return (v) => (v === last ? text : ((last = v), (text = quote(JSON.stringify(v)))));
  }
  switch (type) {
    case 'BIGINT':
    case 'DOUBLE':
      // String(n) is the shortest text that reads back as the same double (DuckDB's parser rounds correctly).
      return (v) => String(v);
    case 'BOOLEAN':
      return (v) => (v ? 'true' : 'false');
    case 'VARCHAR':
      return (v) => quote(typeof v === 'string' ? v : String(v));
    default:
      throw new Error(`the CSV stage takes no column of type ${type}`);
  }
}

/**
 * A CSV file at `file` (created, truncated) for columns of these DuckDB types (`BIGINT`,
 * `DOUBLE`, `BOOLEAN`, `VARCHAR`, and lists of those as `X[]`).
 *
 * @example const s = createCsvStage('/tmp/x.csv', ['BIGINT', 'VARCHAR[]']); s.append([[1], [['a']]]); s.close()
 */
export function createCsvStage(file: string, types: readonly string[]): CsvStage {
  const encoders = types.map(encoder);
  let fd: number | undefined = openSync(file, 'w');
  let rows = 0;
  return {
    get rows() {
      return rows;
    },
    append(columns) {
      if (columns.length !== types.length) throw new Error(`appending ${columns.length} columns to a stage of ${types.length}`);
      if (fd === undefined) throw new Error('the CSV stage is closed');
      const n = columns.length ? columns[0].length : 0;
      // One string per 1024 rows (≈60 kB), written at once: small enough to die young, before
      // a scavenge would copy its many pieces into the old generation.
      for (let start = 0; start < n; start += WRITE_ROWS) {
        const end = Math.min(n, start + WRITE_ROWS);
        let text = '';
        for (let i = start; i < end; i++) {
          for (let c = 0; c < columns.length; c++) {
            const v = columns[c][i];
            if (c) text += ',';
            if (v !== null && v !== undefined) text += encoders[c](v);
          }
          text += '\n';
        }
        writeSync(fd, text);
      }
      rows += n;
    },
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}

const lit = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/**
 * A DuckDB relation reading stage files written with these columns (name → DuckDB type), each
 * column with its type: lists decoded from their JSON text.
 *
 * @example csvStageSql(['/tmp/a.csv'], { dead: 'BIGINT', source_ids: 'VARCHAR[]' })
 */
export function csvStageSql(files: readonly string[], columns: Record<string, string>): string {
  const names = Object.keys(columns);
  const q = (n: string) => `"${n.replace(/"/g, '""')}"`;
  if (!files.length) return `(SELECT ${names.map((n) => `CAST(NULL AS ${columns[n]}) AS ${q(n)}`).join(', ')} WHERE FALSE)`;
  const read = names.map((n) => `${lit(n)}: ${lit(columns[n].endsWith('[]') ? 'VARCHAR' : columns[n])}`);
  const select = names.map((n) => (columns[n].endsWith('[]') ? `from_json(${q(n)}, ${lit(JSON.stringify([columns[n].slice(0, -2)]))}) AS ${q(n)}` : q(n)));
  const options = [
    `columns = {${read.join(', ')}}`,
    'header = false',
    'auto_detect = false',
    "delim = ','",
    `quote = '"'`,
    `escape = '"'`,
    "nullstr = ''",
    'allow_quoted_nulls = false',
    // DuckDB's default read buffer (≈32 MB, two held at once) would take half of a small memory limit.
    'buffer_size = 8388608',
  ];
  return `(SELECT ${select.join(', ')} FROM read_csv([${files.map(lit).join(', ')}], ${options.join(', ')}))`;
}
