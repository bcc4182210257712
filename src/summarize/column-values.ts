import type { ColumnTable } from 'arquero';
import { CodedColumn, EmptyColumn, NumberColumn } from './column-store.js';

/**
 * The values of a column as an array-like, without copying when the table has no
 * filter or order (as `toTable` builds them). `table.array(name)` copies row by row
 * through a callback, which was the largest single cost of `summarize` on large tables.
 * Callers must not mutate the result.
 *
 * @example columnValues(toTable(records, 'incident'), 'dead')[0]
 */
export function columnValues(table: ColumnTable, name: string): readonly unknown[] {
  if (!table.isFiltered() && !table.isOrdered()) {
    const column = table.column(name) as unknown;
    if (Array.isArray(column)) return column;
  }
  return table.array(name) as unknown[];
}

/**
 * Visit the values of columns `names` row by row, without copying them (a column may be
 * one of Arquero's column types, e.g. the compact columns of an in-memory summary); stops
 * when `visit` returns true. Every name must be a column of the table.
 *
 * @example scanValues(t, ['unit'], ([u]) => void units.add(u))
 */
export function scanValues(table: ColumnTable, names: readonly string[], visit: (values: unknown[]) => boolean | void): void {
  const ordered = table.isFiltered() || table.isOrdered();
  const indices = ordered ? table.indices() : undefined;
  const columns = names.map((n) => table.column(n)!);
  // Unfiltered: every row of the columns themselves (their length, which a table built for
  // metadata alone may give apart from numRows).
  const n = indices ? indices.length : Math.max(0, ...columns.map((c) => c.length));
  const values = new Array(names.length);
  for (let i = 0; i < n; i++) {
    const row = indices ? indices[i] : i;
    for (let j = 0; j < columns.length; j++) values[j] = columns[j].at(row);
    if (visit(values)) return;
  }
}

/**
 * The distinct texts of column `name` over the rows where column `where` has a value (all rows
 * without `where`): the count conventions behind a measure, the units of a table. Columns of
 * an in-memory summary are read as codes and typed numbers, without a call per row.
 *
 * @example textsWhere(t, 'count_convention', 'dead') // Set { 'minimum' }
 */
export function textsWhere(table: ColumnTable, name: string, where?: string): Set<string> {
  const out = new Set<string>();
  const column = table.column(name);
  const filter = where === undefined ? undefined : table.column(where);
  if (column instanceof EmptyColumn || filter instanceof EmptyColumn) return out;
  if (!table.isFiltered() && !table.isOrdered() && column instanceof CodedColumn && (filter === undefined || filter instanceof NumberColumn || filter instanceof CodedColumn)) {
    // Each code once: seen codes are skipped, so the loop is a typed-array read per row.
    const { codes, dictionary } = column;
    const done = new Uint8Array(dictionary.length);
    const numbers = filter instanceof NumberColumn ? filter.values : undefined;
    const others = filter instanceof CodedColumn ? filter.codes : undefined;
    for (let i = 0; i < codes.length; i++) {
      const c = codes[i];
      if (done[c] || (numbers && numbers[i] !== numbers[i]) || (others && others[i] === 0)) continue;
      done[c] = 1;
      const v = dictionary[c];
      if (typeof v === 'string') out.add(v);
    }
    return out;
  }
  scanValues(table, where === undefined ? [name] : [name, where], ([c, v]) => {
    if (typeof c === 'string' && (where === undefined || (v !== null && v !== undefined))) out.add(c);
  });
  return out;
}
