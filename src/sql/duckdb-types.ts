// DuckDB's types for our fields, apart from the engine (node-duckdb.ts loads Arquero and the
// summaries): the worker thread that stages a split file's rows needs only this.
import { getFields } from '../model/fields.js';
import type { RecordType } from '../model/record-types.js';

/**
 * DuckDB column types of a record type's fields (lists as arrays), for `read_json(columns=…)`
 * and `CREATE TABLE`. `only` keeps just those fields, in schema order.
 *
 * @example duckdbTypes('incident', ['dead']) // { dead: 'BIGINT' }
 */
export function duckdbTypes(type: RecordType, only?: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of getFields(type)) {
    if (only && !only.includes(f.name)) continue;
    const base = f.kind === 'integer' ? 'BIGINT' : f.kind === 'number' ? 'DOUBLE' : f.kind === 'boolean' ? 'BOOLEAN' : 'VARCHAR';
    out[f.name] = f.list ? `${base}[]` : base;
  }
  return out;
}
