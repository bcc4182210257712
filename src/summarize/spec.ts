import { getField, getFields } from '../model/fields.js';
import type { RecordType } from '../model/record-types.js';
import { derivedDimensions } from './dimensions.js';
import { breakdownFields, countFields, countryFields, dateFields } from './measures.js';
import type { SuppressOptions } from './suppress.js';

/** A value a `where` filter keeps: one value, or any of several. */
export type FilterValue = string | number | boolean | null | readonly (string | number | boolean | null)[];

/**
 * What to summarise, as plain data: the same spec compiles to an Arquero pipeline
 * (`summaryPipeline`), runs in memory (`summarize`) and compiles to SQL (`toSQL`).
 */
export interface SummarySpec {
  /** Record type of the rows (absent for a plain table: group by its columns, count records). */
  type?: RecordType;
  /** Group keys: any field, or `theme`, `year`, `month`, `country`, `region`, `subregion`, `route`. */
  by?: readonly string[];
  /** Measures by name (see `measureNames`); default: records, the count sums, countries, sources, first/last date. */
  measures?: readonly string[];
  /** Keep only rows whose field equals the value (or one of the values). Applied before grouping. */
  where?: Readonly<Record<string, FilterValue>>;
  /** Also list groups without records: `true` for every key with a known set of values, or the keys. */
  complete?: boolean | readonly string[];
  /** Small-cell suppression, as in `summarize` (applied to the aggregated rows). */
  suppress?: boolean | SuppressOptions;
}

/** A group key of a compiled spec. */
export interface KeyPlan {
  name: string;
  /** `list`: a row may fall under several values (unrolled); `scalar`: one value per row. */
  shape: 'list' | 'scalar';
  /** How the key is computed from the row. */
  kind: 'field' | 'theme' | 'year' | 'month' | 'country' | 'region' | 'subregion' | 'none';
  /** Input fields the key reads, in order. */
  fields: string[];
}

/** A measure of a compiled spec. */
export interface MeasurePlan {
  name: string;
  /** `count` counts rows (with `fields`: rows where the first field has a value); `rangeOnly` rows with a range but no point. */
  kind: 'count' | 'sum' | 'missing' | 'distinct' | 'min' | 'max' | 'mean' | 'median' | 'share' | 'rangeOnly';
  /** Input fields, in order (for `share`: numerator, denominator). */
  fields: string[];
  /** For `sum` and `missing` of aggregate observations: only rows at the grouping's breakdown level. */
  atLevel?: boolean;
  /** For `distinct` of countries: only the countries inside the group's geographic keys. */
  inGroup?: boolean;
  /** Only rows where this field has a value count (fees: a point needs `amount`). */
  when?: string;
}

/** A spec with its defaults filled in and every name resolved against the schema. */
export interface SummaryPlan {
  type: RecordType | undefined;
  /** The keys the user asked for. */
  by: string[];
  /** All keys: `by` plus indicator, unit and count convention for aggregate observations. */
  keys: KeyPlan[];
  measures: MeasurePlan[];
  where: [string, readonly unknown[]][];
  /** The fields the summary reads: load only these. */
  columns: string[];
  /** Breakdown fields checked for the breakdown level (aggregate observations). */
  levelFields: string[];
  /** Fields naming an observation cell (for the breakdown level). */
  cellFields: string[];
}

/** Measures beyond the defaults, per record type. */
const extraMeasures: Partial<Record<RecordType, string[]>> = {
  'fee-observation': ['fee_usd_min', 'fee_usd_median', 'fee_usd_max', 'fee_usd_observations', 'fee_ranges'],
  'court-case': ['sentence_months_min', 'sentence_months_median', 'sentence_months_max', 'conviction_share'],
};

const cellFieldNames = ['indicator', 'unit', 'count_convention', 'period_start', 'period_end', 'country', 'region', 'route', 'border_type', 'assistance_type'];

/**
 * The measures a spec may ask for, for a record type.
 *
 * @example measureNames('fee-observation').includes('fee_usd_median') // true
 */
export function measureNames(type: RecordType): string[] {
  const names = ['records', ...countFields(type), 'countries', 'sources', 'first_date', 'last_date', 'mean_source_quality'];
  if (type === 'aggregate-observation') names.push('value_missing');
  return [...names, ...(extraMeasures[type] ?? [])];
}

/**
 * The default measures of a record type: records, every count field, then what the type has.
 *
 * @example defaultMeasures('incident')[0] // 'records'
 */
export function defaultMeasures(type: RecordType): string[] {
  const counts = countFields(type);
  const out = ['records', ...counts];
  if (type === 'aggregate-observation') out.push('value_missing');
  out.push('countries', 'sources', 'first_date', 'last_date');
  return out;
}

/**
 * Fill in a spec's defaults and resolve its keys and measures against the record type's schema.
 * Throws one clear line for an unknown key, measure or filter field.
 *
 * @example planSummary({ type: 'incident', by: ['year'] }).columns // ['date', 'dead', ...]
 */
export function planSummary(spec: SummarySpec): SummaryPlan {
  const type = spec.type;
  const by = [...(spec.by ?? [])];
  if (!type) return untypedPlan(spec, by);
  const wanted = spec.measures ?? defaultMeasures(type);
  const isAgg = type === 'aggregate-observation';
  const withValue = isAgg && wanted.includes('value');
  const implicit = withValue ? ['indicator', 'unit', 'count_convention'].filter((k) => !by.includes(k)) : [];
  const keys = [...by, ...implicit].map((k) => keyPlan(type, k));
  const geo = keys.some((k) => k.kind === 'country' || k.kind === 'region' || k.kind === 'subregion');
  const measures = wanted.map((m) => measurePlan(type, m, geo));
  const where = Object.entries(spec.where ?? {}).map(([f, v]): [string, readonly unknown[]] => {
    if (!getField(type, f)) throw new Error(`cannot filter ${type} records on "${f}": it is not a field of ${type}`);
    return [f, Array.isArray(v) ? v : [v]];
  });
  const levelFields = withValue ? breakdownFields.filter((f) => !by.includes(f)) : [];
  const cellFields = levelFields.length ? cellFieldNames.filter((f) => getField(type, f)) : [];
  const columns = new Set<string>();
  for (const k of keys) k.fields.forEach((f) => columns.add(f));
  for (const m of measures) [...m.fields, ...(m.when ? [m.when] : [])].forEach((f) => columns.add(f));
  for (const [f] of where) columns.add(f);
  levelFields.forEach((f) => columns.add(f));
  cellFields.forEach((f) => columns.add(f));
  // Metadata reads the count convention and unit of aggregate observations.
  if (isAgg) ['unit', 'count_convention'].forEach((f) => columns.add(f));
  else if (getField(type, 'count_convention')) columns.add('count_convention');
  return { type, by, keys, measures, where, columns: [...columns], levelFields, cellFields };
}

function keyPlan(type: RecordType, name: string): KeyPlan {
  const has = (f: string) => Boolean(getField(type, f));
  switch (name) {
    case 'theme':
      return { name, shape: 'list', kind: 'theme', fields: ['themes'] };
    case 'year':
      return { name, shape: 'scalar', kind: 'year', fields: [...dateFields(type)] };
    case 'month':
      return { name, shape: 'scalar', kind: 'month', fields: [dateFields(type)[0]] };
    case 'country': {
      const fields = [...countryFields(type)];
      const list = fields.length > 1 || fields.some((f) => getField(type, f)?.list);
      return { name, shape: list ? 'list' : 'scalar', kind: 'country', fields };
    }
    case 'region':
    case 'subregion': {
      // One scheme per key, never mixed: a record that carries MMP's schemes (an MMP import, with
      // `mmp_region`) has MMP's region of incident as its region and its UNSD grouping as its
      // sub-region (none when it has none: no country guess); other records their own region,
      // else the UN M49 area of their countries.
      const preferred = has('mmp_region') ? (name === 'region' ? ['mmp_region'] : ['mmp_region', 'unsd_subregion']) : [];
      return { name, shape: 'list', kind: name, fields: [...preferred, ...(has('region') ? ['region'] : []), ...countryFields(type)] };
    }
    case 'route':
      return has('route') ? { name, shape: 'scalar', kind: 'field', fields: ['route'] } : { name, shape: 'scalar', kind: 'none', fields: [] };
  }
  const f = getField(type, name);
  if (!f) {
    throw new Error(
      `cannot group ${type} records by "${name}": it is neither a field of ${type} nor one of ${[...derivedDimensions, 'month'].join(', ')}`,
    );
  }
  return { name, shape: f.list ? 'list' : 'scalar', kind: 'field', fields: [name] };
}

function measurePlan(type: RecordType, name: string, geo: boolean): MeasurePlan {
  const counts = countFields(type);
  const agg = type === 'aggregate-observation';
  if (name === 'records') return { name, kind: 'count', fields: [] };
  if (counts.includes(name)) return { name, kind: 'sum', fields: [name], atLevel: agg };
  if (name === 'value_missing' && agg) return { name, kind: 'missing', fields: ['value'], atLevel: true };
  if (name === 'countries') return { name, kind: 'distinct', fields: [...countryFields(type)], inGroup: geo };
  if (name === 'sources') return { name, kind: 'distinct', fields: [type === 'source' ? 'id' : 'source_ids'] };
  if (name === 'first_date') return { name, kind: 'min', fields: [...dateFields(type)] };
  if (name === 'last_date') return { name, kind: 'max', fields: [...dateFields(type)] };
  if (name === 'mean_source_quality' && getField(type, 'source_quality')) return { name, kind: 'mean', fields: ['source_quality'] };
  if (type === 'fee-observation') {
    // amount_usd is a point only when the source gives one fee (`amount`: a single value or its
    // median); for a record with only a min–max range it is the range's midpoint, which is not
    // an observed fee: such records count in fee_ranges and stay out of min, median and max.
    const point = { fields: ['amount_usd'], when: 'amount' };
    if (name === 'fee_usd_min') return { name, kind: 'min', ...point };
    if (name === 'fee_usd_max') return { name, kind: 'max', ...point };
    if (name === 'fee_usd_median') return { name, kind: 'median', ...point };
    if (name === 'fee_usd_observations') return { name, kind: 'count', ...point };
    if (name === 'fee_ranges') return { name, kind: 'rangeOnly', fields: ['amount', 'amount_min', 'amount_max'] };
  }
  if (type === 'court-case') {
    if (name === 'sentence_months_min') return { name, kind: 'min', fields: ['sentence_min_months'] };
    if (name === 'sentence_months_max') return { name, kind: 'max', fields: ['sentence_max_months'] };
    // A case's shortest term is the sentence every convicted defendant got at least.
    if (name === 'sentence_months_median') return { name, kind: 'median', fields: ['sentence_min_months'] };
    if (name === 'conviction_share') return { name, kind: 'share', fields: ['defendants_convicted', 'defendants'] };
  }
  throw new Error(`unknown measure "${name}"; available: ${measureNames(type).join(', ')}`);
}

// A table without a record type: its columns are the keys (a list cell counts under each value).
function untypedPlan(spec: SummarySpec, by: string[]): SummaryPlan {
  const measures = (spec.measures ?? ['records']).map((name): MeasurePlan => {
    if (name !== 'records') throw new Error(`unknown measure "${name}"; available without a record type: records`);
    return { name, kind: 'count', fields: [] };
  });
  const keys = by.map((name): KeyPlan => ({ name, shape: 'list', kind: name === 'theme' ? 'theme' : 'field', fields: [name === 'theme' ? 'themes' : name] }));
  const where = Object.entries(spec.where ?? {}).map(([f, v]): [string, readonly unknown[]] => [f, Array.isArray(v) ? v : [v]]);
  return { type: undefined, by, keys, measures, where, columns: [...new Set([...keys.flatMap((k) => k.fields), ...where.map(([f]) => f)])], levelFields: [], cellFields: [] };
}

/** Every field of a type, for tables built by `toTable`. */
export function allColumns(type: RecordType): string[] {
  return getFields(type).map((f) => f.name);
}
