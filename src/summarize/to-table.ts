import { table as aqTable, type ColumnTable } from 'arquero';
import type { FieldInfo } from '../model/fields.js';
import { compileType } from '../model/record-type.js';
import { isRecordType, type RecordType } from '../model/record-types.js';
import type { RecordOf } from '../model/types.generated.js';

const types = new WeakMap<object, RecordType>();

/**
 * Records of one type as an Arquero table, one column per schema field in schema order.
 *
 * Columns are typed from the schema, never guessed: integer and number fields hold numbers,
 * booleans hold booleans, everything else (codes, ids, partial dates such as `2019-05`) stays a
 * string, so `00123` keeps its zeros and dates stay the strings the schema validated.
 * A missing value is `null`. **List fields stay arrays** (`['safety-dignity', 'evidence-base']`):
 * Arquero's `unroll`, `op.includes` and `op.join` work on them; CSV output joins them with `;`.
 *
 * Records must already be typed (from the loaders or your own code). A value of the wrong type
 * throws, naming the record, field, value and what was expected, rather than being coerced.
 *
 * @example toTable([{ id: 'inc-1', themes: ['safety-dignity'], dead: 3 }], 'incident').array('dead') // [3]
 */
export function toTable<T extends RecordType>(records: readonly RecordOf<T>[] | readonly object[], type: T): ColumnTable {
  if (!isRecordType(type)) throw new TypeError(`toTable: unknown record type "${type}"`);
  // The compiled record type's fields: the column kinds every reader and writer uses.
  const fields = compileType(type).fields;
  const n = records.length;
  const m = fields.length;
  // Column arrays indexed by position, preset to null; each record's own keys are then
  // visited once. Looking up every schema field on every record (most are absent in
  // sparse records) measured about twice as slow.
  const arrays: unknown[][] = fields.map(() => new Array(n).fill(null));
  const position = new Map(fields.map((f, j) => [f.name, j]));
  for (let i = 0; i < n; i++) {
    const r = records[i] as Record<string, unknown>;
    if (r === null || typeof r !== 'object') {
      throw new TypeError(`toTable(${type}): record ${i + 1} is ${r === null ? 'null' : typeof r}, expected an object`);
    }
    for (const key in r) {
      const j = position.get(key);
      const v = r[key];
      if (j !== undefined && v !== undefined && v !== null) arrays[j][i] = cell(v, fields[j], r, i, type);
    }
  }
  const columns: Record<string, unknown[]> = {};
  for (let j = 0; j < m; j++) columns[fields[j].name] = arrays[j];
  const t = aqTable(columns);
  types.set(t, type);
  return t;
}

/**
 * The record type a table was built for by `toTable`, else the single value of its
 * `record_type` column, else undefined.
 *
 * @example recordTypeOf(toTable(rows, 'incident')) // 'incident'
 */
export function recordTypeOf(table: ColumnTable): RecordType | undefined {
  const known = types.get(table);
  if (known) return known;
  if (!table.columnNames().includes('record_type')) return undefined;
  const values = new Set(table.array('record_type') as unknown[]);
  values.delete(null);
  values.delete(undefined);
  const [only] = values;
  return values.size === 1 && isRecordType(only) ? only : undefined;
}

function cell(value: unknown, f: FieldInfo, r: Record<string, unknown>, i: number, type: RecordType): unknown {
  if (value === undefined || value === null) return null;
  if (f.list) {
    if (!Array.isArray(value)) fail(value, `a list (array) of ${f.kind} values`, f, r, i, type);
    for (const item of value) if (!isKind(item, f.kind)) fail(value, `a list of ${f.kind} values`, f, r, i, type);
    return value.slice();
  }
  if (!isKind(value, f.kind)) fail(value, f.kind === 'integer' ? 'a whole number' : `a ${f.kind}`, f, r, i, type);
  return value;
}

function isKind(v: unknown, kind: FieldInfo['kind']): boolean {
  switch (kind) {
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return typeof v === 'boolean';
    default:
      return typeof v === 'string';
  }
}

function fail(value: unknown, expected: string, f: FieldInfo, r: Record<string, unknown>, i: number, type: RecordType): never {
  const id = typeof r.id === 'string' ? ` (id ${r.id})` : '';
  throw new TypeError(
    `toTable(${type}): record ${i + 1}${id}, field "${f.name}": got ${JSON.stringify(value)} (${Array.isArray(value) ? 'array' : typeof value}), expected ${expected}. ` +
      'Load records with the library loaders (they type each field from the schema) before building a table.',
  );
}
