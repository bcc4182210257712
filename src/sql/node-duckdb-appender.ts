// Column batches into a DuckDB table through its Appender: values go straight into DuckDB's
// vectors, 2048 rows a chunk (DuckDB's vector size), with no text format in between.
import type { DuckDBAppender, DuckDBConnection, DuckDBDataChunk, DuckDBVector } from '@duckdb/node-api';

type Api = typeof import('@duckdb/node-api');

/** Appends column batches (JS arrays of equal length, in the table's column order) to one table. */
export interface TableAppender {
  /** Append the rows of these columns (numbers, strings, booleans, arrays of those, or null). */
  append(columns: readonly (readonly unknown[])[]): void;
  /** Flush what is buffered into the table and release the appender. */
  close(): void;
}

// How one JS value becomes what a vector of the column's type takes.
type Convert = (v: unknown) => unknown;

/**
 * An appender on `table` (already created). Values are converted by the column's DuckDB type:
 * BIGINT from numbers, DOUBLE, BOOLEAN, VARCHAR, and lists of those from arrays.
 *
 * @example const a = await createTableAppender(api, conn, 'records'); a.append([[1, 2], ['x', null]]); a.close()
 */
export async function createTableAppender(api: Api, conn: DuckDBConnection, table: string): Promise<TableAppender> {
  const appender: DuckDBAppender = await conn.createAppender(table);
  const types = Array.from({ length: appender.columnCount }, (_, i) => appender.columnType(i));
  const converts = types.map((t) => converter(api, t.typeId, t));
  const size = api.DuckDBVector.standardSize();
  let chunk: DuckDBDataChunk | undefined;
  return {
    append(columns) {
      if (columns.length !== types.length) throw new Error(`appending ${columns.length} columns to a table of ${types.length}`);
      const n = columns.length ? columns[0].length : 0;
      for (let start = 0; start < n; start += size) {
        const rows = Math.min(size, n - start);
        // One chunk reused: reset clears its vectors (and their strings) between appends.
        if (!chunk) chunk = api.DuckDBDataChunk.create(types, rows);
        else {
          chunk.reset();
          chunk.rowCount = rows;
        }
        for (let c = 0; c < columns.length; c++) {
          const vector: DuckDBVector = chunk.getColumnVector(c);
          const values = columns[c];
          const convert = converts[c];
          for (let i = 0; i < rows; i++) {
            const v = values[start + i];
            vector.setItem(i, v === null || v === undefined ? null : (convert(v) as never));
          }
          vector.flush();
        }
        appender.appendDataChunk(chunk);
      }
    },
    close() {
      appender.closeSync();
    },
  };
}

function converter(api: Api, typeId: number, type: unknown): Convert {
  const T = api.DuckDBTypeId;
  switch (typeId) {
    case T.BIGINT:
      return (v) => BigInt(v as number);
    case T.DOUBLE:
      return (v) => Number(v);
    case T.BOOLEAN:
      return (v) => Boolean(v);
    case T.VARCHAR:
      return (v) => (typeof v === 'string' ? v : String(v));
    case T.LIST: {
      const item = (type as { valueType: { typeId: number } }).valueType;
      const inner = converter(api, item.typeId, item);
      return (v) => api.listValue((v as unknown[]).map((x) => (x === null || x === undefined ? null : (inner(x) as never))));
    }
    default:
      throw new Error(`the DuckDB appender takes no column of type ${String(type)}`);
  }
}
