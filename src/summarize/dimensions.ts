import type { ColumnTable } from 'arquero';
import type { RecordType } from '../model/record-types.js';
import { getField } from '../model/fields.js';
import { countryFields, dateFields } from './measures.js';
import { isM49, regionOf, splitRegion, subregionOf } from './regions.js';
import { columnValues } from './column-values.js';

/**
 * Dimensions a summary can group by besides the record's own fields.
 * - `theme`: each of the record's themes (a record with two themes is in two groups);
 * - `year`: the year of the record's date (see `dateFields`);
 * - `country`: each country the record is about (see `countryFields`);
 * - `region` / `subregion`: when the table has `unsd_region` / `unsd_subregion`, UN M49 only
 *   (that field, else an M49 `region`, else the M49 area of the countries; MMP's own regions are
 *   the `mmp_region` field); otherwise the record's own `region` where it has one, else the
 *   UN M49 region / sub-region of its countries;
 * - `route`: the record's route, or none for types without one.
 *
 * @example derivedDimensions.includes('region') // true
 */
export const derivedDimensions: readonly string[] = Object.freeze(['theme', 'year', 'country', 'region', 'subregion', 'route']);

/** Values of one dimension for row `i` of the table: never empty (`[null]` when the record has none). */
export type DimensionAccessor = (i: number) => unknown[];

const NONE = [null];

/**
 * A function giving, for each row of `table`, the values of a dimension (a derived one or a field).
 * List values come back as several values (one group each), repeated values once.
 *
 * @example dimensionAccessor(t, 'incident', 'region')(0) // ['africa']
 */
export function dimensionAccessor(table: ColumnTable, type: RecordType | undefined, name: string): DimensionAccessor {
  const col = (field: string) => column(table, field, name);
  if (type) {
    switch (name) {
      case 'theme':
        return listOf(col('themes'));
      case 'year':
        return yearOf(dateFields(type).filter((f) => has(table, f)).map(col), dateFields(type), table);
      case 'country':
        return countriesOf(table, type);
      case 'region':
      case 'subregion':
        return regionsOf(table, type, name);
      case 'route':
        return getField(type, 'route') ? listOf(col('route')) : () => NONE;
    }
    if (!getField(type, name) && !has(table, name)) {
      throw new Error(
        `cannot group ${type} records by "${name}": it is neither a field of ${type} nor one of ${derivedDimensions.join(', ')}`,
      );
    }
  } else if (name === 'theme' && !has(table, 'theme')) {
    return listOf(col('themes'));
  }
  return listOf(col(name));
}

function has(table: ColumnTable, name: string): boolean {
  return table.columnNames().includes(name);
}

function column(table: ColumnTable, field: string, dim: string): unknown[] {
  if (!has(table, field)) {
    throw new Error(`cannot group by "${dim}": the table has no "${field}" column (columns: ${table.columnNames().join(', ')})`);
  }
  return columnValues(table, field) as unknown[];
}

function listOf(values: unknown[]): DimensionAccessor {
  return (i) => {
    const v = values[i];
    if (Array.isArray(v)) return v.length ? unique(v) : NONE;
    return v === undefined || v === null ? NONE : [v];
  };
}

function unique(values: unknown[]): unknown[] {
  return values.length < 2 ? values : [...new Set(values)];
}

function yearOf(columns: unknown[][], fields: readonly string[], table: ColumnTable): DimensionAccessor {
  if (!columns.length) throw new Error(`cannot group by "year": the table has none of the date columns ${fields.join(', ')} (columns: ${table.columnNames().join(', ')})`);
  return (i) => {
    for (const c of columns) {
      const y = yearValue(c[i]);
      if (y !== null) return [y];
    }
    return NONE;
  };
}

/**
 * The year of a partial date (`2019-05` → 2019) or of a year number.
 *
 * @example yearValue('2019-05-02') // 2019
 */
export function yearValue(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && /^\d{4}/.test(v)) return Number(v.slice(0, 4));
  return null;
}

/** Countries of row `i`, from every country field of the type that the table has. */
function countryLists(table: ColumnTable, type: RecordType): (i: number) => string[] {
  const columns = countryFields(type).filter((f) => has(table, f)).map((f) => columnValues(table, f) as unknown[]);
  return (i) => {
    const out: string[] = [];
    for (const c of columns) {
      const v = c[i];
      if (Array.isArray(v)) for (const x of v) out.push(x as string);
      else if (typeof v === 'string') out.push(v);
    }
    return out.length < 2 ? out : [...new Set(out)];
  };
}

function countriesOf(table: ColumnTable, type: RecordType): DimensionAccessor {
  if (!countryFields(type).some((f) => has(table, f))) {
    throw new Error(`cannot group by "country": the table has none of the columns ${countryFields(type).join(', ')}`);
  }
  const list = countryLists(table, type);
  return (i) => {
    const c = list(i);
    return c.length ? c : NONE;
  };
}

// Records that carry the UNSD grouping (MMP imports since 0.2) are grouped in one scheme only,
// UN M49: their `unsd_*` field (`uncategorized` for seas bordering several sub-regions), else
// their `region` when it is an M49 area, else the M49 area of their countries; MMP's own regions
// (`mediterranean`, `north-america`) are never mixed in (group by `mmp_region` for those).
// Tables without the UNSD fields keep the record's own region first, as before.
function regionsOf(table: ColumnTable, type: RecordType, level: 'region' | 'subregion'): DimensionAccessor {
  const own = getField(type, 'region') && has(table, 'region') ? (columnValues(table, 'region') as unknown[]) : undefined;
  const unsdField = level === 'region' ? 'unsd_region' : 'unsd_subregion';
  const column = getField(type, unsdField) && has(table, unsdField) ? (columnValues(table, unsdField) as unknown[]) : undefined;
  // A column of the schema that no record fills does not count.
  const unsd = column?.some((v) => typeof v === 'string') ? column : undefined;
  const list = countryLists(table, type);
  const fromCountry = level === 'region' ? regionOf : subregionOf;
  return (i) => {
    const given = unsd?.[i];
    if (typeof given === 'string' && given) return [given];
    const code = own?.[i];
    // `unknown` says nothing the countries could not say better.
    if (typeof code === 'string' && code !== 'unknown' && (!unsd || isM49(code))) {
      const v = splitRegion(code)[level];
      if (v) return [v];
    }
    const out = new Set<string>();
    for (const c of list(i)) {
      const r = fromCountry(c);
      if (r) out.add(r);
    }
    return out.size ? [...out] : NONE;
  };
}
