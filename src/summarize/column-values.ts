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
