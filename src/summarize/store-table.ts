import { table as aqTable, type ColumnTable } from 'arquero';
import type { ColumnStore } from './column-store.js';

/**
 * A column store's columns as an Arquero table (the store is empty afterwards).
 *
 * @example storeTable(store).groupby('year').count()
 */
export function storeTable(store: ColumnStore): ColumnTable {
  return aqTable(store.columns() as unknown as Record<string, unknown[]>);
}
