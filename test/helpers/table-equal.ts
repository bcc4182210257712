import type { ColumnTable } from 'arquero';
import { expect } from 'vitest';

/**
 * Assert that a table holds exactly these rows, in this order. Only the columns named in the
 * first expected row are compared, unless `columns` lists them; a missing or extra row fails
 * with the whole table printed, so a wrong summary is easy to read in the test output.
 *
 * @example tableEqual(summary, [{ theme: 'safety-dignity', records: 2 }])
 */
export function tableEqual(table: ColumnTable, expected: Record<string, unknown>[], columns?: string[]): void {
  const cols = columns ?? Object.keys(expected[0] ?? {});
  for (const c of cols) expect(table.columnNames(), `column "${c}"`).toContain(c);
  const actual = (table.objects() as Record<string, unknown>[]).map((row) => Object.fromEntries(cols.map((c) => [c, row[c]])));
  const want = expected.map((row) => Object.fromEntries(cols.map((c) => [c, row[c] === undefined ? null : row[c]])));
  expect(actual).toEqual(want);
}
