import type { ColumnTable } from 'arquero';

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
