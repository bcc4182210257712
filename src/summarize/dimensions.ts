import type { ColumnTable } from 'arquero';
import type { RecordType } from '../model/record-types.js';
import { getField } from '../model/fields.js';
import { countryFields, dateFields } from './measures.js';
import { regionOf, splitRegion, subregionOf } from './regions.js';
import { columnValues, scanValues } from './column-values.js';
import { EmptyColumn } from './column-store.js';

/**
 * Dimensions a summary can group by besides the record's own fields.
 * - `theme`: each of the record's themes (a record with two themes is in two groups);
 * - `year`: the year of the record's date (see `dateFields`);
 * - `country`: each country the record is about (see `countryFields`);
 * - `region` / `subregion`: one scheme each (see `geographyScheme`): for MMP imports MMP's
 *   region of incident and the UNSD grouping; otherwise the record's own `region` where it has
 *   one, else the UN M49 region / sub-region of its countries;
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

/**
 * The geography scheme `region` / `subregion` stand for in this table, in words for the notes.
 * Records that carry MMP's schemes (imports since 0.2: `mmp_region`, `unsd_subregion`) are grouped
 * by one scheme per key and never mixed: `region` is MMP's region of incident as MMP publishes it
 * (Mediterranean a region of its own), `subregion` the UNSD grouping (UN M49 sub-regions; seas
 * bordering several are `uncategorized`). Other tables: the record's own region, else the UN M49
 * area of its countries.
 *
 * @example geographyScheme(mmpTable, 'region') // "MMP region of incident (field mmp_region) …"
 */
export function geographyScheme(table: ColumnTable, key: string): string | undefined {
  if (key !== 'region' && key !== 'subregion') return undefined;
  if (carried(table, key === 'region' ? 'mmp_region' : 'unsd_subregion')) {
    return key === 'region'
      ? "region = MMP region of incident (field mmp_region), as MMP publishes it; for UN M49 regions group by unsd_region"
      : 'subregion = UNSD geographical grouping (field unsd_subregion, UN M49 sub-regions; uncategorized = a sea bordering several sub-regions)';
  }
  return `${key} = the record's own region where it has one, else the UN M49 ${key === 'region' ? 'region' : 'sub-region'} of its country`;
}

// A column of the schema that no record fills does not count.
/**
 * The scheme the `region` of a table's records follows: `mmp` (MMP's region of incident, for
 * imports that carry `mmp_region`) or `m49` (the record's own region, else the UN M49 region).
 *
 * @example regionScheme(mmpTable, 'incident') // 'mmp'
 */
export function regionScheme(table: ColumnTable, type: RecordType): 'mmp' | 'm49' {
  return getField(type, 'mmp_region') && carried(table, 'mmp_region') ? 'mmp' : 'm49';
}

function carried(table: ColumnTable, field: string): unknown[] | undefined {
  if (!has(table, field)) return undefined;
  // Looked for through a getter first: the column is copied only when some record fills it.
  let some = false;
  if (!(table.column(field) instanceof EmptyColumn)) scanValues(table, [field], ([v]) => (some = typeof v === 'string'));
  return some ? (columnValues(table, field) as unknown[]) : undefined;
}

function regionsOf(table: ColumnTable, type: RecordType, level: 'region' | 'subregion'): DimensionAccessor {
  const scheme = getField(type, level === 'region' ? 'mmp_region' : 'unsd_subregion') ? carried(table, level === 'region' ? 'mmp_region' : 'unsd_subregion') : undefined;
  if (scheme) return listOf(scheme);
  const own = getField(type, 'region') && has(table, 'region') ? (columnValues(table, 'region') as unknown[]) : undefined;
  const list = countryLists(table, type);
  const fromCountry = level === 'region' ? regionOf : subregionOf;
  return (i) => {
    const code = own?.[i];
    // `unknown` says nothing the countries could not say better.
    if (typeof code === 'string' && code !== 'unknown') {
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
