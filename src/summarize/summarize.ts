import type { ColumnTable } from 'arquero';
import { getField } from '../model/fields.js';
import type { RecordType } from '../model/record-types.js';
import { themes } from '../model/themes.js';
import { setSummaryInfo, type ColumnMeta } from './describe-columns.js';
import { derivedDimensions, dimensionAccessor, geographyScheme, type DimensionAccessor } from './dimensions.js';
import {
  countMeasure,
  distinctMeasure,
  extremeMeasure,
  groupRows,
  meanMeasure,
  sumMeasure,
  type GroupKey,
  type Measure,
} from './group-rows.js';
import { breakdownFields, countFields, countryFields, dateFields, recordUnit } from './measures.js';
import { m49Regions, regionOf, regionScheme, subregionOf } from './regions.js';
import { suppress, type SuppressOptions } from './suppress.js';
import { recordTypeOf } from './to-table.js';
import { columnValues } from './column-values.js';

/** Options of `summarize`. */
export interface SummarizeOptions {
  /** Record type of the rows; default: the type `toTable` built the table for. */
  type?: RecordType;
  /** Group keys: any field, or `theme`, `year`, `country`, `region`, `subregion`, `route`. */
  by?: string | readonly string[];
  /**
   * Measures to compute, by name. Default: `records`, every count field (summed under its own
   * name), `countries`, `sources`, `first_date`, `last_date`. Also available: `mean_source_quality`.
   */
  measures?: readonly string[];
  /** Also list groups without records: `true` for every key with a known set of values, or the keys. */
  complete?: boolean | readonly string[];
  /**
   * Small-cell suppression of the result. It applies by default to person counts of aggregate
   * observations grouped by sex, age or nationality (threshold 10), never otherwise: incident counts
   * are already public. `false` turns it off, `true` forces it on every person count, an options
   * object tunes it (e.g. `{ threshold: 11 }`).
   */
  suppress?: boolean | SuppressOptions;
}

/**
 * Summarise records by any fields and derived dimensions, into an Arquero table sorted by the keys.
 *
 * Counting rules: a record with two themes (or countries, regions) counts once under each, so
 * the groups of a multi-valued key add up to more than the records; a summary without that key
 * counts each record once. Count sums are null, not 0, when no record in the group reports the count.
 * For `aggregate-observation`, rows are also split by `indicator`, `unit` and `count_convention`
 * (different indicators cannot be added), and `value` sums only the observations at the breakdown level of the grouping
 * (totals when no `breakdown_*` field is grouped on), so a total is never added to its own breakdown.
 * Units and count conventions of every column: `describeColumns(result)`.
 *
 * @example summarize(toTable(incidents, 'incident'), { by: ['theme', 'year'] }).objects()
 */
export function summarize(table: ColumnTable, options: SummarizeOptions = {}): ColumnTable {
  const type = options.type ?? recordTypeOf(table);
  const by = typeof options.by === 'string' ? [options.by] : [...(options.by ?? [])];
  const names = table.columnNames();
  const counts = type ? countFields(type).filter((f) => names.includes(f)) : [];
  const wanted = options.measures ?? defaultMeasures(type, counts, names);
  const isAgg = type === 'aggregate-observation';
  const withValue = isAgg && wanted.includes('value');
  const implicit = ['indicator', 'unit', 'count_convention'].filter((k) => !by.includes(k) && names.includes(k));
  const keysAll = withValue ? [...by, ...implicit] : by;

  const keys: GroupKey[] = keysAll.map((name) => ({ name, values: dimensionAccessor(table, type, name) }));
  const measures = wanted.map((name) => measureFor(name, table, type, by, counts, keysAll));
  const completeKeys = options.complete === true ? keysAll : options.complete || [];
  const complete: Record<string, unknown[]> = {};
  for (const k of completeKeys) {
    const u = universe(k, type, table, keys.find((x) => x.name === k)?.values);
    if (u) complete[k] = u;
  }
  let result = groupRows(table.numRows(), keys, measures, complete);
  setSummaryInfo(result, {
    type,
    by: keysAll,
    columns: [...keysAll.map((k) => keyMeta(k, type)), ...wanted.map((m) => measureMeta(m, table, type, by))],
    notes: [
      ...by.flatMap((k) => ((s) => (s ? [`Geography scheme: ${s}.`] : []))(regionScheme(k) ?? geographyScheme(table, k))),
      ...tableNotes(type, by, table.numRows(), withValue, by.includes('year') && (result.array('year') as unknown[]).includes(null)),
    ],
  });

  const auto = withValue && by.some((k) => breakdownFields.includes(k));
  // An options object only tunes the rule; whether it applies is `auto` unless forced with `true`.
  if (options.suppress === true || (options.suppress !== false && auto)) {
    const extra = typeof options.suppress === 'object' ? options.suppress : {};
    result = suppress(result, {
      fields: withValue ? ['value'] : undefined,
      by: keysAll,
      margins: by,
      eligible: withValue ? (r) => r.unit === 'persons' : undefined,
      ...extra,
    });
  }
  return result;
}

function defaultMeasures(type: RecordType | undefined, counts: string[], names: string[]): string[] {
  const out = ['records', ...counts];
  if (!type) return out;
  if (type === 'aggregate-observation' && counts.includes('value')) out.push('value_missing');
  if (countryFields(type).some((f) => names.includes(f))) out.push('countries');
  if (names.includes('source_ids') || type === 'source') out.push('sources');
  if (dateFields(type).some((f) => names.includes(f))) out.push('first_date', 'last_date');
  return out;
}

function dateAccessor(table: ColumnTable, type: RecordType): (i: number) => string | null {
  const cols = dateFields(type).filter((f) => table.columnNames().includes(f)).map((f) => columnValues(table, f) as unknown[]);
  return (i) => {
    for (const c of cols) {
      const v = c[i];
      if (typeof v === 'string') return v;
      if (typeof v === 'number') return String(v);
    }
    return null;
  };
}

// Rows whose value belongs at the grouping's breakdown level (see summarize's doc): a row
// counts when its breakdown fields outside the grouping are empty (a total). Where an
// observation cell (same indicator, period, place and route) has no total but is broken
// down along exactly one dimension (Frontex: by nationality only), those rows partition
// the total and count instead; several dimensions and no total would double count.
const cellFields = ['indicator', 'unit', 'count_convention', 'period_start', 'period_end', 'country', 'region', 'route', 'border_type', 'assistance_type'];

function atBreakdownLevel(table: ColumnTable, by: readonly string[]): (i: number) => boolean {
  const names = table.columnNames();
  const checks = breakdownFields.filter((f) => names.includes(f) && !by.includes(f)).map((f) => columnValues(table, f) as unknown[]);
  if (!checks.length) return () => true;
  const cell = cellFields.filter((f) => names.includes(f)).map((f) => columnValues(table, f) as unknown[]);
  const keyOf = (i: number) => cell.map((c) => String(c[i] ?? '')).join('\u0000');
  const levelOf = (i: number) => checks.map((c) => (c[i] === null || c[i] === undefined ? '0' : '1')).join('');
  const total = '0'.repeat(checks.length);
  const levels = new Map<string, Set<string>>();
  for (let i = 0; i < table.numRows(); i++) {
    const k = keyOf(i);
    let set = levels.get(k);
    if (!set) levels.set(k, (set = new Set()));
    set.add(levelOf(i));
  }
  return (i) => {
    const level = levelOf(i);
    if (level === total) return true;
    const set = levels.get(keyOf(i))!;
    return set.size === 1 && level.split('1').length === 2;
  };
}

function measureFor(
  name: string,
  table: ColumnTable,
  type: RecordType | undefined,
  by: readonly string[],
  counts: string[],
  keys: readonly string[],
): Measure {
  const names = table.columnNames();
  if (name === 'records') return countMeasure(name);
  if (counts.includes(name)) {
    const where = type === 'aggregate-observation' ? atBreakdownLevel(table, by) : undefined;
    return sumMeasure(name, columnValues(table, name) as unknown[], where);
  }
  if (name === 'value_missing' && type === 'aggregate-observation') {
    const level = atBreakdownLevel(table, by);
    const values = columnValues(table, 'value') as unknown[];
    return countMeasure(name, (i) => level(i) && (values[i] === null || values[i] === undefined));
  }
  if (name === 'countries' && type) return distinctMeasure(name, countriesInGroup(dimensionAccessor(table, type, 'country'), keys));
  if (name === 'sources') {
    const ids = type === 'source' ? (columnValues(table, 'id') as unknown[]) : undefined;
    return distinctMeasure(name, ids ? (i) => [ids[i]] : dimensionAccessor(table, type, 'source_ids'));
  }
  if ((name === 'first_date' || name === 'last_date') && type) {
    return extremeMeasure(name, dateAccessor(table, type), name === 'first_date' ? 'min' : 'max');
  }
  if (name === 'mean_source_quality' && names.includes('source_quality')) {
    const q = columnValues(table, 'source_quality') as unknown[];
    return meanMeasure(name, (i) => (typeof q[i] === 'number' ? (q[i] as number) : null));
  }
  throw new Error(
    `unknown measure "${name}"; available: records, ${[...counts, 'countries', 'sources', 'first_date', 'last_date', 'mean_source_quality'].join(', ')}`,
  );
}

// A record about ITA, LBY and TUN counts 2 countries in the Africa group and 1 in Europe:
// only its countries inside the group's area count there. When none is inside (the record is in
// the group through its own `region`, e.g. mediterranean), all of them count.
function countriesInGroup(countries: DimensionAccessor, keys: readonly string[]) {
  const geo = (['country', 'region', 'subregion'] as const)
    .map((k) => ({ k, at: keys.indexOf(k), of: k === 'country' ? (c: string) => c : k === 'region' ? regionOf : subregionOf }))
    .filter((g) => g.at >= 0);
  return (i: number, key: readonly unknown[]) => {
    let list = countries(i).filter((v): v is string => typeof v === 'string');
    for (const g of geo) {
      const inside = list.filter((c) => g.of(c) === key[g.at]);
      if (inside.length) list = inside;
    }
    return list;
  };
}

function universe(key: string, type: RecordType | undefined, table: ColumnTable, values?: DimensionAccessor): unknown[] | undefined {
  if (key === 'theme') return themes.map((t) => t.id);
  if (key === 'region') return [...m49Regions];
  if (key === 'year' && values) {
    const years = new Set<number>();
    for (let i = 0; i < table.numRows(); i++) for (const y of values(i)) if (typeof y === 'number') years.add(y);
    if (!years.size) return undefined;
    const lo = Math.min(...years);
    const hi = Math.max(...years);
    return Array.from({ length: hi - lo + 1 }, (_, j) => lo + j);
  }
  const f = type && !derivedDimensions.includes(key) ? getField(type, key) : undefined;
  return f?.enum ? [...f.enum] : undefined;
}

const keyTitles: Record<string, string> = {
  theme: 'Theme',
  year: 'Year',
  country: 'Country',
  region: 'Region',
  subregion: 'Sub-region',
  route: 'Route',
  record_type: 'Record type',
};

function keyMeta(name: string, type: RecordType | undefined): ColumnMeta {
  const f = type ? getField(type, name) : undefined;
  const derived: Record<string, string> = {
    theme: 'One of the five themes; a record with several themes is in several rows.',
    year: `Year of the record's date${type ? ` (${dateFields(type).join(', else ')})` : ''}.`,
    country: `Country the record is about${type ? ` (${countryFields(type).join(', ')})` : ''}.`,
    region: "MMP's region of incident for MMP imports (mmp_region); else the record's own region, else the UN M49 region of its country. One scheme per table, never mixed.",
    subregion: "The UNSD grouping for MMP imports (unsd_subregion); else the record's own sub-region, else the UN M49 sub-region of its country. One scheme per table, never mixed.",
    route: 'Migration route.',
  };
  return {
    name,
    role: 'key',
    title: keyTitles[name] ?? f?.title ?? name,
    description: derived[name] ?? f?.description ?? '',
  };
}

function conventionOf(table: ColumnTable, field: string): string | undefined {
  const names = table.columnNames();
  if (!names.includes('count_convention')) return undefined;
  const conv = columnValues(table, 'count_convention') as unknown[];
  const vals = names.includes(field) ? (columnValues(table, field) as unknown[]) : [];
  const seen = new Set<string>();
  conv.forEach((c, i) => {
    if (typeof c === 'string' && vals[i] !== null && vals[i] !== undefined) seen.add(c);
  });
  return seen.size ? [...seen].sort().join(', ') : undefined;
}

function measureMeta(name: string, table: ColumnTable, type: RecordType | undefined, by: readonly string[]): ColumnMeta {
  if (name === 'records') {
    const unit = recordUnit(type);
    return { name, role: 'measure', title: 'Records', unit, description: `Number of ${type ?? 'evidence'} records in the group.` };
  }
  if (name === 'value') {
    const units = new Set((columnValues(table, 'unit') as unknown[]).filter((u) => typeof u === 'string') as string[]);
    const notes: string[] = [];
    if (units.has('detections')) notes.push('Detections count border crossings, not persons: one person may be detected several times.');
    notes.push('Only observations at the breakdown level of the grouping are summed (totals; or, where a figure is given only broken down along one dimension, its parts).');
    return {
      name,
      role: 'measure',
      title: 'Value',
      description: 'Sum of the observed values.',
      ...(units.size === 1 ? { unit: [...units][0] } : { unitColumn: 'unit' }),
      ...(conventionOf(table, 'value')?.includes(', ') ? { conventionColumn: 'count_convention' } : conventionOf(table, 'value') ? { convention: conventionOf(table, 'value') } : {}),
      notes,
    };
  }
  if (name === 'value_missing') {
    return { name, role: 'measure', title: 'Values withheld', unit: 'observations', description: 'Observations in the group with no value (suppressed by the source or not given): the value sum leaves them out, so it is a lower bound when this is not 0.' };
  }
  const f = type ? getField(type, name) : undefined;
  if (f?.unit) {
    const convention = conventionOf(table, name);
    return {
      name,
      role: 'measure',
      title: f.title,
      unit: f.unit,
      description: `Sum of ${f.title.toLowerCase()} over the group's records.`,
      ...(convention ? { convention } : {}),
    };
  }
  const simple: Record<string, [string, string, string]> = {
    countries: ['Countries', 'countries', 'Distinct countries the records are about.'],
    sources: ['Sources', 'sources', 'Distinct sources the records cite.'],
    first_date: ['First date', 'date', "Earliest record date (ISO, at the record's precision)."],
    last_date: ['Last date', 'date', "Latest record date (ISO, at the record's precision)."],
    mean_source_quality: ['Mean source quality', 'score 1-5', 'Mean of source_quality over records that give it (1 = single unverified report, 5 = corroborated official record).'],
  };
  const [title, unit, description] = simple[name] ?? [name, '', ''];
  return { name, role: 'measure', title, unit: unit || undefined, description };
}

function tableNotes(type: RecordType | undefined, by: readonly string[], n: number, withValue: boolean, undated: boolean): string[] {
  const notes: string[] = [];
  const manyCountries = !type || countryFields(type).length > 1 || countryFields(type).some((f) => getField(type, f)?.list);
  const multi = by.filter(
    (k) => k === 'theme' || (manyCountries && ['country', 'region', 'subregion'].includes(k)) || (type && getField(type, k)?.list),
  );
  if (multi.length) {
    notes.push(
      `A record with several values of ${multi.join(' or ')} is counted once under each, so the rows add up to more than the ${n} records; a summary without ${multi.length > 1 ? 'these keys' : 'this key'} counts each record once.`,
    );
  }
  if (withValue) {
    notes.push('Aggregate observations are split by indicator, unit and count convention, because different indicators, units and estimates cannot be added.');
  }
  if (type === 'incident') notes.push('Incident counts are shown as published, without small-cell suppression: they are already public.');
  if (undated) notes.push('Records without a date are in the row with an empty year.');
  return notes;
}
