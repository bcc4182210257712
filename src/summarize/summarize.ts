import { collate, escape, table as aqTable, type ColumnTable } from 'arquero';
import { getField } from '../model/fields.js';
import type { RecordType } from '../model/record-types.js';
import { themes } from '../model/themes.js';
import { setSummaryInfo, type ColumnMeta } from './describe-columns.js';
import { compareValues } from './group-rows.js';
import { breakdownFields, countryFields, dateFields, recordUnit } from './measures.js';
import { m49Regions, regionScheme } from './regions.js';
import { geographyScheme } from './dimensions.js';
import { suppress, type SuppressOptions } from './suppress.js';
import { recordTypeOf } from './to-table.js';
import { planSummary, type SummaryPlan, type SummarySpec } from './spec.js';
import { summaryPipeline } from './summary-pipeline.js';
import { textsWhere } from './column-values.js';

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
  /** Keep only records whose field equals the value (or one of the values), before grouping. */
  where?: SummarySpec['where'];
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
 * It runs as an Arquero pipeline (`summaryPipeline`: filter, derive, unroll, groupby, rollup),
 * then adds empty groups (`complete`), orders the rows and applies suppression (`finishSummary`).
 *
 * @example summarize(toTable(incidents, 'incident'), { by: ['theme', 'year'] }).objects()
 */
export function summarize(table: ColumnTable, options: SummarizeOptions = {}): ColumnTable {
  const type = options.type ?? recordTypeOf(table);
  const by = typeof options.by === 'string' ? [options.by] : [...(options.by ?? [])];
  const spec: SummarySpec = { type, by, measures: options.measures, where: options.where, complete: options.complete, suppress: options.suppress };
  const plan = planSummary(spec);
  if (!type) for (const k of plan.keys) dimensionColumn(table, k.fields[0], k.name);
  return finishSummary(summaryPipeline(plan).apply(withColumns(table, plan.columns)), spec, plan, table);
}

// Records that never fill an optional field (no source gives a published_date) leave no column
// for it; the pipeline reads every column the plan names, so add them, empty.
function withColumns(table: ColumnTable, names: readonly string[]): ColumnTable {
  const have = new Set(table.columnNames());
  const missing = names.filter((n) => !have.has(n));
  if (!missing.length) return table;
  const base = table.isFiltered() || table.isOrdered() ? table.reify() : table;
  const n = base.numRows();
  return base.assign(aqTable(Object.fromEntries(missing.map((name) => [name, new Array(n).fill(undefined)]))));
}

function dimensionColumn(table: ColumnTable, field: string, dim: string): void {
  if (!table.columnNames().includes(field)) {
    throw new Error(`cannot group by "${dim}": the table has no "${field}" column (columns: ${table.columnNames().join(', ')})`);
  }
}

/**
 * Turn the rolled-up groups of a summary (from Arquero or from SQL) into the summary table:
 * empty groups added for `complete`, empty measures as null, rows ordered by the keys (themes in
 * the report's order, empty keys last), metadata attached, small-cell suppression applied.
 * `source` is the input table, read for units and count conventions; without it they are left out.
 *
 * @example finishSummary(summaryPipeline(spec).apply(t), spec, planSummary(spec), t)
 */
export function finishSummary(rolled: ColumnTable, spec: SummarySpec, plan: SummaryPlan, source?: ColumnTable): ColumnTable {
  const type = plan.type;
  const by = plan.by;
  const keysAll = plan.keys.map((k) => k.name);
  const wanted = plan.measures.map((m) => m.name);
  const withValue = type === 'aggregate-observation' && wanted.includes('value');
  let groups = rolled;
  const completeKeys = spec.complete === true ? keysAll : spec.complete || [];
  const universes: Record<string, unknown[]> = {};
  for (const k of completeKeys) {
    const u = universe(k, type, groups);
    if (u) universes[k] = u;
  }
  if (Object.keys(universes).length) groups = withEmptyGroups(groups, keysAll, plan, universes);
  if (!keysAll.length && !groups.numRows()) groups = withEmptyGroups(groups, [], plan, {});
  // Empty keys last (the flag), then our comparator. Arquero's collate ends the comparison when
  // both values are null, so an empty key reaches it as a marker that compares equal.
  const order = keysAll.flatMap((k) => [
    escape((d: Record<string, unknown>) => (d[k] == null ? 1 : 0)),
    collate(escape((d: Record<string, unknown>) => d[k] ?? EMPTY), k === 'theme' ? themeOrder : compareKeys),
  ]);
  let result = (order.length ? groups.orderby(...order) : groups).select([...keysAll, ...wanted]).reify();
  // Arquero's aggregates give undefined for an empty group; a summary says null.
  const fixed: Record<string, unknown[]> = {};
  for (const name of result.columnNames()) fixed[name] = (result.array(name) as unknown[]).map((v) => (v === undefined ? null : v));
  result = aqTable(fixed);
  const n = source?.numRows() ?? 0;
  setSummaryInfo(result, {
    type,
    by: keysAll,
    columns: [...keysAll.map((k) => keyMeta(k, type)), ...wanted.map((m) => measureMeta(m, source, type))],
    notes: [
      // Geographies never mix: every summary by a region key says which scheme it is.
      ...by.flatMap((k) => ((g) => (g ? [`Geography scheme: ${g}.`] : []))(regionScheme(k) ?? (source ? geographyScheme(source, k) : undefined))),
      ...tableNotes(type, by, n, withValue, by.includes('year') && (result.array('year') as unknown[]).includes(null)),
    ],
  });

  const auto = withValue && by.some((k) => breakdownFields.includes(k));
  // An options object only tunes the rule; whether it applies is `auto` unless forced with `true`.
  if (spec.suppress === true || (spec.suppress !== false && auto)) {
    const extra = typeof spec.suppress === 'object' ? spec.suppress : {};
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

const EMPTY = Object.freeze({ empty: true });
const compareKeys = (a: unknown, b: unknown) => (a === EMPTY || b === EMPTY ? 0 : compareValues(a, b));
const themeRank = new Map<unknown, number>(themes.map((t, i) => [t.id, i]));
const themeOrder = (a: unknown, b: unknown) =>
  a === EMPTY || b === EMPTY ? 0 : (themeRank.get(a) ?? 99) - (themeRank.get(b) ?? 99) || compareValues(a, b);

// The value of a measure in a group without records.
function emptyValue(kind: string): unknown {
  return kind === 'count' || kind === 'missing' || kind === 'rangeOnly' || kind === 'distinct' ? 0 : null;
}

// Add the groups `complete` asks for: every value of the completed keys, crossed with the
// combinations of the other keys that occur.
function withEmptyGroups(groups: ColumnTable, keys: string[], plan: SummaryPlan, universes: Record<string, unknown[]>): ColumnTable {
  const rows = groups.objects() as Record<string, unknown>[];
  const id = (r: Record<string, unknown>) => JSON.stringify(keys.map((k) => r[k] ?? null));
  const seen = new Set(rows.map(id));
  const free = keys.filter((k) => !universes[k]);
  const combos = new Map<string, Record<string, unknown>>();
  for (const r of rows) {
    const part = Object.fromEntries(free.map((k) => [k, r[k] ?? null]));
    combos.set(JSON.stringify(part), part);
  }
  if (!free.length) combos.set('{}', {});
  const extra: Record<string, unknown>[] = [];
  const build = (j: number, acc: Record<string, unknown>) => {
    if (j === keys.length) {
      if (!seen.has(id(acc))) {
        seen.add(id(acc));
        extra.push({ ...acc, ...Object.fromEntries(plan.measures.map((m) => [m.name, emptyValue(m.kind)])) });
      }
      return;
    }
    const k = keys[j];
    for (const v of universes[k] ?? [acc[k]]) build(j + 1, { ...acc, [k]: v });
  };
  for (const part of combos.values()) build(0, part);
  if (!extra.length) return groups;
  const names = [...keys, ...plan.measures.map((m) => m.name)];
  const cols: Record<string, unknown[]> = {};
  for (const name of names) cols[name] = [...rows.map((r) => r[name] ?? null), ...extra.map((r) => r[name])];
  return aqTable(cols);
}

function universe(key: string, type: RecordType | undefined, groups: ColumnTable): unknown[] | undefined {
  if (key === 'theme') return themes.map((t) => t.id);
  if (key === 'region') return [...m49Regions];
  if (key === 'year') {
    const years = (groups.array('year') as unknown[]).filter((y): y is number => typeof y === 'number');
    if (!years.length) return undefined;
    const lo = Math.min(...years);
    const hi = Math.max(...years);
    return Array.from({ length: hi - lo + 1 }, (_, j) => lo + j);
  }
  const f = type && !['theme', 'year', 'month', 'country', 'region', 'subregion', 'route'].includes(key) ? getField(type, key) : undefined;
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

function conventionOf(table: ColumnTable | undefined, field: string): string | undefined {
  if (!table) return undefined;
  const names = table.columnNames();
  if (!names.includes('count_convention') || !names.includes(field)) return undefined;
  const seen = textsWhere(table, 'count_convention', field);
  return seen.size ? [...seen].sort().join(', ') : undefined;
}

// The distinct texts of a column (the units of aggregate observations).
function textsOf(table: ColumnTable | undefined, name: string): Set<string> {
  return table?.columnNames().includes(name) ? textsWhere(table, name) : new Set();
}

function measureMeta(name: string, table: ColumnTable | undefined, type: RecordType | undefined): ColumnMeta {
  if (name === 'records') {
    const unit = recordUnit(type);
    return { name, role: 'measure', title: 'Records', unit, description: `Number of ${type ?? 'evidence'} records in the group.` };
  }
  if (name === 'value') {
    const units = textsOf(table, 'unit');
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
    fee_usd_min: ['Lowest fee', 'USD', 'Lowest fee in US dollars (amount_usd) among the observations that report one fee (amount).'],
    fee_usd_median: ['Median fee', 'USD', 'Median of amount_usd over the observations that report one fee (amount); a fee reported only as a min–max range is not a point and is left out.'],
    fee_usd_max: ['Highest fee', 'USD', 'Highest fee in US dollars (amount_usd) among the observations that report one fee (amount).'],
    fee_usd_observations: ['Fees in USD', 'observations', 'Observations that report one fee with its US-dollar value: the lowest, median and highest fee are over these.'],
    fee_ranges: ['Fee ranges only', 'observations', 'Observations that report only a min–max range (no single fee): left out of the lowest, median and highest fee.'],
    sentence_months_min: ['Shortest sentence', 'months', 'Shortest prison term imposed in any case of the group (sentence_min_months).'],
    sentence_months_median: ['Median shortest sentence', 'months', "Median over cases of each case's shortest prison term (sentence_min_months)."],
    sentence_months_max: ['Longest sentence', 'months', 'Longest prison term imposed in any case of the group (sentence_max_months).'],
    conviction_share: ['Conviction share', 'share of defendants', 'Defendants convicted / defendants, over the cases that give both counts.'],
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
