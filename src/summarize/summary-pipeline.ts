import type { ColumnTable } from 'arquero';
import { getField } from '../model/fields.js';
import { registerSummaryOps } from './arquero-ops.js';
import { planSummary, type KeyPlan, type MeasurePlan, type SummaryPlan, type SummarySpec } from './spec.js';

/** One Arquero verb call of a pipeline: `table[verb](...args)`. */
export interface PipelineStep {
  verb: 'filter' | 'derive' | 'select' | 'groupby' | 'ungroup' | 'unroll' | 'rollup';
  args: unknown[];
}

/**
 * A summary as Arquero verbs: plain data (expression strings) a caller can read, extend or
 * run. `grouped(table)` runs everything up to the grouping, so a caller can roll up their own
 * measures beside ours: `p.grouped(t).rollup({ ...p.rollup, worst: 'd => op.max(d.dead)' })`.
 */
export interface SummaryPipeline {
  plan: SummaryPlan;
  /** The verbs before the rollup, in order (filter, derive, unroll, groupby). */
  steps: PipelineStep[];
  /** The rollup: measure name → Arquero aggregate expression. */
  rollup: Record<string, string>;
  /** Run the steps: the table grouped by the keys, one row per record and key combination. */
  grouped(table: ColumnTable): ColumnTable;
  /** Run the steps and the rollup: one row per group (no empty groups, no order, no suppression). */
  apply(table: ColumnTable): ColumnTable;
}

const col = (f: string) => `d[${JSON.stringify(f)}]`;
const args = (fields: readonly string[]) => fields.map(col).join(', ');

/**
 * Compile a summary spec to an Arquero pipeline built from Arquero's own verbs (`filter`,
 * `derive`, `unroll`, `groupby`, `rollup`) and ops (`op.sum`, `op.min`, `op.median`, ...), plus
 * the few registered `op.se_*` functions for what Arquero has no op for (year of a partial
 * date, M49 region of a country, distinct items of list cells).
 *
 * @example summaryPipeline({ type: 'incident', by: ['year'] }).apply(table).objects()
 */
export function summaryPipeline(spec: SummarySpec | SummaryPlan): SummaryPipeline {
  registerSummaryOps();
  const plan = 'keys' in spec ? spec : planSummary(spec);
  const steps: PipelineStep[] = [];
  for (const [f, values] of plan.where) steps.push({ verb: 'filter', args: [`d => op.includes(${JSON.stringify(values)}, ${col(f)})`] });
  if (plan.measures.some((m) => m.atLevel)) steps.push(...levelSteps(plan));

  const derive: Record<string, string> = {};
  for (const k of plan.keys) derive[k.name] = keyExpr(k, plan);
  const rollup: Record<string, string> = {};
  const after: Record<string, string> = {};
  plan.measures.forEach((m, j) => measureExprs(m, `__m${j}`, plan, derive, after, rollup));
  steps.push({ verb: 'derive', args: [derive] });
  // Unroll copies every column it keeps: keep only what the rollup reads (measured: 7× faster on incidents).
  const used = [...Object.values(rollup), ...Object.values(after)].join(' ');
  const keep = new Set([...plan.keys.map((k) => k.name), ...[...used.matchAll(/d\["([^"]+)"\]|d\.(\w+)/g)].map((m) => m[1] ?? m[2])]);
  const lists = plan.keys.filter((k) => unrolled(k, plan));
  if (lists.length) steps.push({ verb: 'select', args: [[...keep]] });
  for (const k of lists) steps.push({ verb: 'unroll', args: [k.name] });
  if (Object.keys(after).length) steps.push({ verb: 'derive', args: [after] });
  if (plan.keys.length) steps.push({ verb: 'groupby', args: [plan.keys.map((k) => k.name)] });

  const grouped = (table: ColumnTable) => steps.reduce((t, s) => (t as any)[s.verb](...s.args) as ColumnTable, table);
  return { plan, steps, rollup, grouped, apply: (table) => grouped(table).rollup(rollup) };
}

// The breakdown level of aggregate observations (see summarize): each row's level flags, the
// levels present in its observation cell, then whether the row counts.
function levelSteps(plan: SummaryPlan): PipelineStep[] {
  if (!plan.levelFields.length) return [{ verb: 'derive', args: [{ __at: 'd => true' }] }];
  return [
    { verb: 'derive', args: [{ __lvl: `d => op.se_level(${args(plan.levelFields)})`, __cell: `d => op.se_cell(${args(plan.cellFields)})` }] },
    { verb: 'groupby', args: ['__cell'] },
    { verb: 'derive', args: [{ __lvls: 'd => op.array_agg_distinct(d.__lvl)' }] },
    { verb: 'ungroup', args: [] },
    { verb: 'derive', args: [{ __at: 'd => op.se_at_level(d.__lvl, d.__lvls)' }] },
  ];
}

// A region key of a record type with one country field that holds one country: each row has one
// region (or none), so the key is a value, not a list to unroll (an unroll copies every column
// it keeps: on 1M incidents by year and region it was most of the summary's time and memory).
function singleRegion(k: KeyPlan, plan: SummaryPlan): boolean {
  if (k.kind !== 'region' && k.kind !== 'subregion') return false;
  const countries = k.fields.filter((f) => !schemeFields.has(f));
  return countries.length === 1 && plan.type !== undefined && getField(plan.type, countries[0])?.list !== true;
}

/** Whether the pipeline unrolls key `k`: a list key, unless each row has at most one value of it. */
function unrolled(k: KeyPlan, plan: SummaryPlan): boolean {
  return k.shape === 'list' && !singleRegion(k, plan);
}

function keyExpr(k: KeyPlan, plan: SummaryPlan): string {
  switch (k.kind) {
    case 'none':
      return 'd => null';
    case 'theme':
      return `d => op.se_values(${col(k.fields[0])})`;
    case 'year':
      return `d => op.se_year(${args(k.fields)})`;
    case 'month':
      return `d => op.se_month(${col(k.fields[0])})`;
    case 'country':
      return k.shape === 'list' ? `d => op.se_country_keys(${args(k.fields)})` : `d => ${col(k.fields[0])}`;
    case 'region':
    case 'subregion': {
      const scheme = k.fields.includes('mmp_region') ? col('mmp_region') : 'null';
      const value = k.fields.includes('unsd_subregion') ? col('unsd_subregion') : scheme;
      const own = k.fields.includes('region') ? col('region') : 'null';
      const countries = k.fields.filter((f) => !schemeFields.has(f));
      if (singleRegion(k, plan)) return `d => op.se_region(${JSON.stringify(k.kind)}, ${[scheme, value, own, col(countries[0])].join(', ')})`;
      return `d => op.se_regions(${JSON.stringify(k.kind)}, ${[scheme, value, own, ...countries.map(col)].join(', ')})`;
    }
    default:
      return k.shape === 'list' ? `d => op.se_values(${col(k.fields[0])})` : `d => ${col(k.fields[0])}`;
  }
}

const orNull = (e: string) => `(${e}) ?? null`;
// Fields of a region key that are not countries.
const schemeFields = new Set(['region', 'mmp_region', 'unsd_subregion']);

function measureExprs(
  m: MeasurePlan,
  tmp: string,
  plan: SummaryPlan,
  derive: Record<string, string>,
  after: Record<string, string>,
  rollup: Record<string, string>,
): void {
  const f = m.fields.map(col);
  if (m.when) {
    // The measure reads its field only where `when` has a value: as a derived column.
    derive[`${tmp}w`] = `d => ${col(m.when)} != null ? ${f[0]} : null`;
    f[0] = `d.${tmp}w`;
  }
  switch (m.kind) {
    case 'count':
      rollup[m.name] = f.length ? `d => op.valid(${f[0]})` : 'd => op.count()';
      return;
    case 'sum':
      if (m.atLevel) derive[tmp] = `d => d.__at ? ${f[0]} : null`;
      rollup[m.name] = `d => ${orNull(`op.sum(${m.atLevel ? `d.${tmp}` : f[0]})`)}`;
      return;
    case 'missing':
      derive[tmp] = `d => d.__at && ${f[0]} == null ? 1 : 0`;
      rollup[m.name] = `d => op.sum(d.${tmp})`;
      return;
    case 'rangeOnly':
      derive[tmp] = `d => ${f[0]} == null && (${f[1]} != null || ${f[2]} != null) ? 1 : 0`;
      rollup[m.name] = `d => op.sum(d.${tmp})`;
      return;
    case 'distinct':
      if (m.fields.length === 1) {
        rollup[m.name] = `d => op.se_distinct_items(${f[0]})`;
        return;
      }
      derive[tmp] = `d => op.se_countries(${f.join(', ')})`;
      if (m.inGroup) {
        const geo = plan.keys.filter((k) => k.kind === 'country' || k.kind === 'region' || k.kind === 'subregion');
        after[tmp] = `d => op.se_countries_in(d.${tmp}, ${JSON.stringify(geo.map((k) => k.kind).join(','))}, ${geo.map((k) => col(k.name)).join(', ')})`;
      }
      rollup[m.name] = `d => op.se_distinct_items(d.${tmp})`;
      return;
    case 'min':
    case 'max':
      // Dates come from the first date field that has one; other fields are numbers.
      if (m.name.endsWith('_date') && m.fields.length === 1 && plan.type && getField(plan.type, m.fields[0])?.kind === 'string') {
        // One date field holding ISO text: its own min and max (no derived copy of the column).
        rollup[m.name] = `d => ${orNull(`op.${m.kind}(${f[0]})`)}`;
      } else if (m.name.endsWith('_date')) {
        derive[tmp] = `d => op.se_date(${f.join(', ')})`;
        rollup[m.name] = `d => ${orNull(`op.${m.kind}(d.${tmp})`)}`;
      } else rollup[m.name] = `d => ${orNull(`op.${m.kind}(${f[0]})`)}`;
      return;
    case 'mean':
      rollup[m.name] = `d => op.valid(${f[0]}) ? op.sum(${f[0]}) / op.valid(${f[0]}) : null`;
      return;
    case 'median':
      rollup[m.name] = `d => ${orNull(`op.median(${f[0]})`)}`;
      return;
    case 'share': {
      // Only cases that give both counts: a share over different sets of cases would mislead.
      derive[tmp] = `d => ${f[0]} != null && ${f[1]} != null ? ${f[0]} : null`;
      derive[`${tmp}d`] = `d => ${f[0]} != null && ${f[1]} != null ? ${f[1]} : null`;
      rollup[m.name] = `d => op.sum(d.${tmp}d) ? op.sum(d.${tmp}) / op.sum(d.${tmp}d) : null`;
      return;
    }
  }
}
