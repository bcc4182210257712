import { table as aqTable, type ColumnTable } from 'arquero';
import type { RecordType } from '../model/record-types.js';
import { setSummaryInfo, summaryInfo, type ColumnMeta } from './describe-columns.js';
import { countFields } from './measures.js';
import { summarize } from './summarize.js';
import { recordTypeOf } from './to-table.js';
import { compareValues } from './group-rows.js';

/** Options of `trends`. */
export interface TrendsOptions {
  /** Record type of the rows; default: the type `toTable` built the table for. */
  type?: RecordType;
  /** Keys to follow separately over time, e.g. `['route']`. Default: none (one series). */
  by?: string | readonly string[];
  /** Measures to follow. Default: `records` and every count field. */
  measures?: readonly string[];
}

/**
 * Year-by-year series with the change on the previous year: one row per year (per group of `by`),
 * every year from the first to the last present (a year without records has `records` 0 and
 * empty sums), with `<measure>_change` (difference with the year before, null when either is empty)
 * and `records_change_pct`. Records without a date are left out and counted in the notes.
 *
 * @example trends(toTable(incidents, 'incident'), { by: 'route' }).objects()
 */
export function trends(table: ColumnTable, options: TrendsOptions = {}): ColumnTable {
  const type = options.type ?? recordTypeOf(table);
  const by = typeof options.by === 'string' ? [options.by] : [...(options.by ?? [])];
  if (by.includes('year')) throw new Error('trends: "year" is the time axis; leave it out of `by`');
  const names = table.columnNames();
  const measures = options.measures ?? ['records', ...(type ? countFields(type).filter((f) => names.includes(f)) : [])];
  const base = summarize(table, { type, by: [...by, 'year'], measures, complete: ['year'] });
  const info = summaryInfo(base)!;
  const keys = info.by.filter((k) => k !== 'year');
  // Keep the summary's own order of key values (themes (a)–(e), then ascending, empty last).
  const order = new Map<string, Map<unknown, number>>();
  for (const k of keys) {
    const m = new Map<unknown, number>();
    for (const v of base.array(k) as unknown[]) if (!m.has(v)) m.set(v, m.size);
    order.set(k, m);
  }
  // Each series (one combination of the other keys) must be contiguous and in year order.
  const sortKeys = [...keys, 'year'];
  const rows = (base.objects() as Record<string, unknown>[]).sort((a, b) => {
    for (const k of sortKeys) {
      const c = k === 'year' ? compareValues(a[k], b[k]) : order.get(k)!.get(a[k])! - order.get(k)!.get(b[k])!;
      if (c) return c;
    }
    return 0;
  });
  const undated = rows.filter((r) => r.year === null).reduce((s, r) => s + (r.records as number), 0);
  const dated = rows.filter((r) => r.year !== null);

  const changes: Record<string, unknown[]> = {};
  for (const m of measures) changes[`${m}_change`] = [];
  changes.records_change_pct = [];
  dated.forEach((r, i) => {
    const prev = i > 0 && keys.every((k) => dated[i - 1][k] === r[k]) && (dated[i - 1].year as number) === (r.year as number) - 1 ? dated[i - 1] : undefined;
    for (const m of measures) {
      const a = prev?.[m];
      const b = r[m];
      changes[`${m}_change`].push(typeof a === 'number' && typeof b === 'number' ? b - a : null);
    }
    const a = prev?.records as number | undefined;
    changes.records_change_pct.push(a ? Math.round(((r.records as number) - a) / a * 1000) / 10 : null);
  });
  const columns: Record<string, unknown[]> = {};
  for (const name of base.columnNames()) columns[name] = dated.map((r) => r[name]);
  if (!measures.includes('records')) delete changes.records_change_pct;
  Object.assign(columns, changes);
  const out = aqTable(columns);
  const changeMeta: ColumnMeta[] = Object.keys(changes).map((name) => {
    const of = info.columns.find((c) => c.name === name.replace(/_change(_pct)?$/, ''));
    return name === 'records_change_pct'
      ? { name, role: 'measure', title: 'Change in records (%)', unit: 'percent', derivedFrom: 'records', description: 'Change in records on the previous year, in percent (empty when the previous year had none).' }
      : { ...of!, name, derivedFrom: of!.name, title: `Change in ${of!.title.toLowerCase()}`, description: `Difference with the previous year of ${of!.name}.` };
  });
  const notes = [...info.notes.filter((n) => !n.startsWith('Records without a date'))];
  if (undated) notes.push(`${undated} record(s) without a date are not in the series.`);
  return setSummaryInfo(out, { ...info, columns: [...info.columns, ...changeMeta], notes });
}
