import { getField } from '../model/fields.js';
import { themes } from '../model/themes.js';
import { breakdownFields } from '../summarize/measures.js';
import { m49Countries, regionCodes, splitRegion } from '../summarize/regions.js';
import { planSummary, type KeyPlan, type MeasurePlan, type SummaryPlan, type SummarySpec } from '../summarize/spec.js';
import { dialects, type Dialect, type SqlDialect } from './dialects.js';
import { partialName, type PartialPlan } from './partial-plan.js';

/** Options of `toSQL`. */
export interface ToSqlOptions {
  /** The table (or a view, or `read_parquet('x.parquet')` in DuckDB) holding the records, one column per field. */
  table: string;
  /** SQL dialect (default `duckdb`). */
  dialect?: SqlDialect;
}

/**
 * A summary spec as one SQL query over a table with one column per schema field (list fields
 * as arrays, dates as ISO strings): the Parquet files `convert --to parquet` writes have that
 * shape. The query gives the same groups and measures as `summarize` (the differential test
 * runs both), ordered by the keys.
 *
 * Two steps of a summary are not SQL: the empty groups of `complete` (add them in your
 * engine, or run `finishSummary` on the result) and small-cell suppression, which needs the
 * whole result table: a spec that would be suppressed is refused unless it says
 * `suppress: false`, so that SQL can never publish the small cells `summarize` hides.
 * Medians are exact in DuckDB and Spark, approximate in Trino and BigQuery.
 *
 * @example toSQL({ type: 'incident', by: ['year'] }, { table: "read_parquet('incidents.parquet')" })
 */
export function toSQL(spec: SummarySpec, options: ToSqlOptions): string {
  const d = dialects[options.dialect ?? 'duckdb'];
  if (!d) throw new Error(`toSQL: unknown dialect "${options.dialect}"; use one of ${Object.keys(dialects).join(', ')}`);
  const plan = planSummary(spec);
  if (!plan.type) throw new Error('toSQL: the spec needs a record type');
  const suppressed = spec.suppress === true || (spec.suppress !== false && plan.measures.some((m) => m.name === 'value') && plan.by.some((k) => breakdownFields.includes(k)));
  if (suppressed) {
    throw new Error(
      'toSQL: this summary breaks person counts down by sex, age or nationality and must be small-cell suppressed, which SQL cannot do safely; ' +
        'give `suppress: false` in the spec and run suppress() (or finishSummary) on the result before sharing it',
    );
  }
  return compile(plan, d, options.table);
}

/**
 * The SQL of a spec (suppression off) over staged partial aggregates (see `partialPlan`):
 * one row per combination of the group fields with its row count `__n`, each key computed
 * from the values as `toSQL` does, each measure finished from the partials (counts and sums
 * added up, bounds of bounds) or weighted by `__n`. Same result as `toSQL` over the rows.
 *
 * @example toPartialSQL(spec, partialPlan(planSummary(spec))!, "read_csv('stage.csv', …)")
 */
export function toPartialSQL(spec: SummarySpec, partial: PartialPlan, table: string, dialect: SqlDialect = 'duckdb'): string {
  const plan = planSummary({ ...spec, suppress: false });
  if (!plan.type) throw new Error('toPartialSQL: the spec needs a record type');
  return compile(plan, dialects[dialect], table, partial);
}

function compile(plan: SummaryPlan, d: Dialect, table: string, partial?: PartialPlan): string {
  const q = d.quote;
  const ctes: string[] = [];
  const where = plan.where.map(([f, values]) => filterSql(q(f), values, d));
  ctes.push(`__base AS (SELECT * FROM ${table}${where.length ? ` WHERE ${where.join(' AND ')}` : ''})`);
  let prev = '__base';
  if (plan.measures.some((m) => m.atLevel)) {
    if (plan.levelFields.length) {
      const flags = plan.levelFields.map((f) => `CASE WHEN ${q(f)} IS NULL THEN 0 ELSE 1 END`);
      const lvl = plan.levelFields.map((f) => `CASE WHEN ${q(f)} IS NULL THEN '0' ELSE '1' END`).join(' || ');
      ctes.push(`__levels AS (SELECT *, ${flags.join(' + ')} AS __nb, ${lvl} AS __lvl FROM __base)`);
      const w = `OVER (PARTITION BY ${plan.cellFields.map(q).join(', ')})`;
      // A total counts; where a cell has no total and one breakdown level only, its parts do.
      ctes.push(`__at AS (SELECT *, (__nb = 0 OR (__nb = 1 AND MIN(__lvl) ${w} = MAX(__lvl) ${w})) AS __at FROM __levels)`);
    } else ctes.push(`__at AS (SELECT *, TRUE AS __at FROM __base)`);
    prev = '__at';
  }
  const cols: string[] = [];
  plan.keys.forEach((k, j) => cols.push(`${keySql(k, plan, d)} AS __k${j}`));
  plan.measures.forEach((m, j) => {
    if (partial) {
      for (const [suffix, e] of partialInputs(m, plan, d, partial)) cols.push(`${e} AS __m${j}${suffix}`);
      return;
    }
    const e = measureInput(m, plan, d);
    if (e) cols.push(`${e} AS __m${j}`);
    if (m.kind === 'share') cols.push(`CASE WHEN ${q(m.fields[0])} IS NOT NULL AND ${q(m.fields[1])} IS NOT NULL THEN ${q(m.fields[1])} END AS __m${j}d`);
  });
  ctes.push(`__keyed AS (SELECT ${cols.length ? cols.join(', ') : '1 AS __one'} FROM ${prev})`);
  let from = '__keyed';
  plan.keys.forEach((k, j) => {
    if (!unrolled(k, plan)) return;
    from = d.unnestFrom ? d.unnestFrom(from, `__k${j}`, `__v${j}`, j) : `${from} ${d.unnest(`__k${j}`, `__v${j}`, j)}`;
  });
  const ref = (j: number) => (unrolled(plan.keys[j], plan) ? `__v${j}` : `__k${j}`);
  const select = [
    ...plan.keys.map((k, j) => `${ref(j)} AS ${q(k.name)}`),
    ...plan.measures.map((m, j) => `${(partial ? partialAggregate : aggregateSql)(m, `__m${j}`, plan, d, ref)} AS ${q(m.name)}`),
  ];
  const group = plan.keys.length ? `\nGROUP BY ${plan.keys.map((_, j) => ref(j)).join(', ')}` : '';
  const order = plan.keys.length ? `\nORDER BY ${plan.keys.map((k, j) => orderSql(k, ref(j), d)).join(', ')}` : '';
  return `WITH\n  ${ctes.join(',\n  ')}\nSELECT ${select.join(',\n  ')}\nFROM ${from}${group}${order}`;
}

function filterSql(col: string, values: readonly unknown[], d: Dialect): string {
  const some = values.filter((v) => v !== null && v !== undefined);
  const parts = some.length ? [`${col} IN (${some.map(d.literal).join(', ')})`] : [];
  if (some.length < values.length) parts.push(`${col} IS NULL`);
  return parts.length > 1 ? `(${parts.join(' OR ')})` : parts[0];
}

// `e IN (…)`, in the dialect's best form.
function isIn(e: string, literals: string[], d: Dialect): string {
  return d.isIn ? d.isIn(e, literals) : `${e} IN (${literals.join(', ')})`;
}

function countryList(fields: readonly string[], plan: SummaryPlan, d: Dialect): string {
  const arrays = fields.map((f) => (getField(plan.type!, f)?.list ? `coalesce(${d.quote(f)}, ${d.array([])})` : d.array([d.quote(f)])));
  return d.distinctItems(arrays.length > 1 ? d.concat(arrays) : arrays[0]);
}

// `CASE` mapping a country code `x` to its M49 region or sub-region.
function regionOfSql(x: string, level: 'region' | 'subregion', d: Dialect): string {
  const by = new Map<string, string[]>();
  for (const [c, r, s] of m49Countries()) {
    const v = level === 'region' ? r : s;
    if (!by.has(v)) by.set(v, []);
    by.get(v)!.push(c);
  }
  return `CASE ${[...by].map(([v, cs]) => `WHEN ${isIn(x, cs.map(d.literal), d)} THEN ${d.literal(v)}`).join(' ')} END`;
}

// `CASE` splitting a record's own region code into the region or sub-region it names.
function ownRegionSql(x: string, level: 'region' | 'subregion', d: Dialect): string {
  const by = new Map<string, string[]>();
  for (const code of regionCodes()) {
    const v = code === 'unknown' ? null : splitRegion(code)[level];
    if (!v) continue;
    if (!by.has(v)) by.set(v, []);
    by.get(v)!.push(code);
  }
  return `CASE ${[...by].map(([v, cs]) => `WHEN ${isIn(x, cs.map(d.literal), d)} THEN ${d.literal(v)}`).join(' ')} END`;
}

function keySql(k: KeyPlan, plan: SummaryPlan, d: Dialect): string {
  const q = d.quote;
  switch (k.kind) {
    case 'none':
      return `CAST(NULL AS ${d.string})`;
    case 'theme':
      return d.distinctItems(q(k.fields[0]));
    case 'year':
      return `COALESCE(${k.fields.map((f) => (getField(plan.type!, f)?.kind === 'integer' ? q(f) : d.year(q(f)))).join(', ')})`;
    case 'month':
      return `CASE WHEN LENGTH(${q(k.fields[0])}) >= 7 THEN SUBSTR(${q(k.fields[0])}, 1, 7) END`;
    case 'country':
      return k.shape === 'list' ? countryList(k.fields, plan, d) : q(k.fields[0]);
    case 'region':
    case 'subregion': {
      if (!unrolled(k, plan)) {
        // One value per record: the same CASE on scalars, without lists to build and unroll.
        const parts: string[] = [];
        if (k.fields.includes('mmp_region')) parts.push(`WHEN ${q('mmp_region')} IS NOT NULL THEN ${q(k.fields.includes('unsd_subregion') ? 'unsd_subregion' : 'mmp_region')}`);
        if (k.fields.includes('region')) parts.push(`WHEN ${ownRegionSql(q('region'), k.kind, d)} IS NOT NULL THEN ${ownRegionSql(q('region'), k.kind, d)}`);
        const fromCountry = regionOfSql(q(k.fields.filter((f) => !regionSchemes.includes(f))[0]), k.kind, d);
        return parts.length ? `CASE ${parts.join(' ')} ELSE ${fromCountry} END` : fromCountry;
      }
      const fromCountries = d.distinctItems(d.transform(countryList(k.fields.filter((f) => !['region', 'mmp_region', 'unsd_subregion'].includes(f)), plan, d), regionOfSql('x', k.kind, d)));
      // A record with MMP's schemes (mmp_region) keeps them: its region, or its UNSD grouping (none: NULL).
      const value = k.fields.includes('unsd_subregion') ? q('unsd_subregion') : q('mmp_region');
      const preferred = k.fields.includes('mmp_region') ? `WHEN ${q('mmp_region')} IS NOT NULL THEN ${d.array([value])} ` : '';
      if (!k.fields.includes('region')) return preferred ? `CASE ${preferred}ELSE ${fromCountries} END` : fromCountries;
      const own = ownRegionSql(q('region'), k.kind, d);
      return `CASE ${preferred}WHEN ${own} IS NOT NULL THEN ${d.array([own])} ELSE ${fromCountries} END`;
    }
    default:
      return k.shape === 'list' ? d.distinctItems(q(k.fields[0])) : q(k.fields[0]);
  }
}

const regionSchemes = ['region', 'mmp_region', 'unsd_subregion'];

// Whether a key is unrolled (a row may fall under several of its values). A region or
// sub-region read from one country field and the record's own region codes, all scalars, has
// at most one value per row: it is computed as a scalar (empty: NULL, as unrolling an empty
// list gives), which on a million rows costs DuckDB a third of the list form.
function unrolled(k: KeyPlan, plan: SummaryPlan): boolean {
  if (k.shape !== 'list') return false;
  if (k.kind !== 'region' && k.kind !== 'subregion') return true;
  const countries = k.fields.filter((f) => !regionSchemes.includes(f));
  return countries.length !== 1 || k.fields.some((f) => getField(plan.type!, f)?.list);
}

// A distinct count of one scalar field (a record's one country): COUNT(DISTINCT), no lists. A
// group's countries "inside its region" need no filter then: a record's only country is kept
// whether or not it lies inside, as in memory.
function scalarDistinct(m: MeasurePlan, plan: SummaryPlan): boolean {
  return m.fields.length === 1 && !getField(plan.type!, m.fields[0])?.list;
}

function measureInput(m: MeasurePlan, plan: SummaryPlan, d: Dialect): string | undefined {
  const q = d.quote;
  const f = m.fields.map(q);
  if (m.when) f[0] = `CASE WHEN ${q(m.when)} IS NOT NULL THEN ${f[0]} END`;
  switch (m.kind) {
    case 'count':
      return f.length ? f[0] : undefined;
    case 'sum':
      return m.atLevel ? `CASE WHEN __at THEN ${f[0]} END` : f[0];
    case 'missing':
      return `CASE WHEN __at AND ${f[0]} IS NULL THEN 1 ELSE 0 END`;
    case 'rangeOnly':
      return `CASE WHEN ${f[0]} IS NULL AND (${f[1]} IS NOT NULL OR ${f[2]} IS NOT NULL) THEN 1 ELSE 0 END`;
    case 'distinct':
      if (scalarDistinct(m, plan)) return f[0];
      return m.fields.length === 1 && getField(plan.type!, m.fields[0])?.list ? d.distinctItems(f[0]) : countryList(m.fields, plan, d);
    case 'min':
    case 'max':
      return m.name.endsWith('_date') ? `COALESCE(${m.fields.map((x) => (getField(plan.type!, x)?.kind === 'string' ? q(x) : `CAST(${q(x)} AS ${d.string})`)).join(', ')})` : f[0];
    case 'mean':
    case 'median':
      return f[0];
    case 'share':
      return `CASE WHEN ${f[0]} IS NOT NULL AND ${f[1]} IS NOT NULL THEN ${f[0]} END`;
  }
}

function aggregateSql(m: MeasurePlan, col: string, plan: SummaryPlan, d: Dialect, ref: (j: number) => string): string {
  switch (m.kind) {
    case 'count':
      return m.fields.length ? `COUNT(${col})` : 'COUNT(*)';
    case 'sum':
    case 'missing':
    case 'rangeOnly':
      return `SUM(${col})`;
    case 'distinct': {
      if (scalarDistinct(m, plan)) return `COUNT(DISTINCT ${col})`;
      let list = col;
      if (m.inGroup) {
        plan.keys.forEach((k, j) => {
          if (k.kind !== 'country' && k.kind !== 'region' && k.kind !== 'subregion') return;
          const of = k.kind === 'country' ? 'x' : regionOfSql('x', k.kind, d);
          const inside = d.filter(list, `${of} = ${ref(j)}`);
          list = `CASE WHEN ${d.size(inside)} > 0 THEN ${inside} ELSE ${list} END`;
        });
      }
      return d.countDistinctItems(list);
    }
    case 'min':
      return `MIN(${col})`;
    case 'max':
      return `MAX(${col})`;
    case 'mean':
      return `AVG(${col})`;
    case 'median':
      return d.median(col);
    case 'share':
      return `CAST(SUM(${col}) AS ${d.double}) / NULLIF(SUM(${col}d), 0)`;
  }
}

// A measure's inputs over partial rows: [column suffix, expression]. A field staged as partials
// reads them; a field staged as a value weighs each row by its count `__n`.
function partialInputs(m: MeasurePlan, plan: SummaryPlan, d: Dialect, partial: PartialPlan): [string, string][] {
  const q = d.quote;
  const n = q(partialName.n);
  const [f] = m.fields;
  const p = f === undefined ? undefined : partial.partials[f];
  const when = (e: string) => (m.when ? `CASE WHEN ${q(m.when)} IS NOT NULL THEN ${e} END` : e);
  switch (m.kind) {
    case 'count':
      if (!m.fields.length) return [['', n]];
      return [['', when(p ? q(partialName.count(f)) : `CASE WHEN ${q(f)} IS NOT NULL THEN ${n} END`)]];
    case 'sum': {
      const e = when(p ? q(partialName.sum(f)) : `${q(f)} * ${n}`);
      return [['', m.atLevel ? `CASE WHEN __at THEN ${e} END` : e]];
    }
    case 'missing': {
      const none = p ? (m.when ? `CASE WHEN ${q(m.when)} IS NOT NULL THEN ${n} - ${q(partialName.count(f))} ELSE ${n} END` : `${n} - ${q(partialName.count(f))}`) : `CASE WHEN ${when(q(f))} IS NULL THEN ${n} ELSE 0 END`;
      return [['', `CASE WHEN __at THEN ${none} ELSE 0 END`]];
    }
    case 'mean':
      if (p) return [['', when(q(partialName.sum(f)))], ['d', when(q(partialName.count(f)))]];
      return [['', `${when(q(f))} * ${n}`], ['d', `CASE WHEN ${when(q(f))} IS NOT NULL THEN ${n} END`]];
    case 'min':
    case 'max':
      return [['', p ? when(q((m.kind === 'min' ? partialName.min : partialName.max)(f))) : measureInput(m, plan, d)!]];
    case 'rangeOnly':
      return [['', `CASE WHEN ${measureInput(m, plan, d)} = 1 THEN ${n} ELSE 0 END`]];
    case 'share': {
      const both = `${when(q(m.fields[0]))} IS NOT NULL AND ${q(m.fields[1])} IS NOT NULL`;
      return [['', `CASE WHEN ${both} THEN ${when(q(m.fields[0]))} * ${n} END`], ['d', `CASE WHEN ${both} THEN ${q(m.fields[1])} * ${n} END`]];
    }
    case 'distinct':
      return [['', measureInput(m, plan, d)!]];
    case 'median':
      throw new Error('toPartialSQL: a median cannot be finished from partial aggregates');
  }
}

function partialAggregate(m: MeasurePlan, col: string, plan: SummaryPlan, d: Dialect, ref: (j: number) => string): string {
  switch (m.kind) {
    case 'count':
      return `COALESCE(SUM(${col}), 0)`;
    case 'sum':
    case 'missing':
    case 'rangeOnly':
      return `SUM(${col})`;
    case 'mean':
      return `CAST(SUM(${col}) AS ${d.double}) / NULLIF(SUM(${col}d), 0)`;
    default:
      return aggregateSql(m, col, plan, d, ref);
  }
}

function orderSql(k: KeyPlan, ref: string, d: Dialect): string {
  if (k.kind === 'theme') return `CASE ${ref} ${themes.map((t, i) => `WHEN ${d.literal(t.id)} THEN ${i}`).join(' ')} ELSE ${themes.length} END, ${d.nullsLast(ref)}`;
  return d.nullsLast(ref);
}
