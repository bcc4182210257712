import { describe, expect, it } from 'vitest';
import { partialColumns, partialPlan } from '../../src/sql/partial-plan.js';
import { duckdbTypes } from '../../src/sql/node-duckdb.js';
import { planSummary, type SummarySpec } from '../../src/summarize/spec.js';

const plan = (spec: SummarySpec) => partialPlan(planSummary(spec));

describe('partialPlan', () => {
  it('stages what keys, distinct counts and dates read as values, and the summed counts as partial sums', () => {
    const pp = plan({ type: 'incident', by: ['year', 'region'] })!;
    expect(pp.group).toEqual(['date', 'mmp_region', 'region', 'country', 'source_ids', 'count_convention']);
    expect(Object.keys(pp.partials)).toEqual(['dead', 'missing', 'dead_and_missing', 'survivors', 'females', 'males', 'children']);
    expect(pp.partials.dead).toEqual({ field: 'dead', type: 'BIGINT', sum: true, count: false, min: false, max: false });
    expect(partialColumns(pp, duckdbTypes('incident'))).toMatchObject({ date: 'VARCHAR', source_ids: 'VARCHAR[]', __n: 'BIGINT', __s_dead: 'BIGINT' });
  });

  it('keeps a measured field as a value when a key or a filter reads it too', () => {
    const pp = plan({ type: 'incident', by: ['dead'], where: { missing: 0 }, measures: ['records', 'dead', 'missing', 'survivors'] })!;
    expect(pp.group).toContain('dead');
    expect(pp.group).toContain('missing');
    expect(Object.keys(pp.partials)).toEqual(['survivors']);
  });

  it('stages a mean of integers as a sum and a count, numeric bounds as min and max', () => {
    expect(plan({ type: 'incident', by: ['year'], measures: ['mean_source_quality'] })!.partials.source_quality).toMatchObject({ sum: true, count: true, min: false });
    const court = plan({ type: 'court-case', by: ['year'], measures: ['records', 'sentence_months_min', 'sentence_months_max', 'conviction_share'] })!;
    expect(court.partials).toMatchObject({ sentence_min_months: { min: true, max: false }, sentence_max_months: { min: false, max: true } });
    // A share weighs whole cases: both counts are values.
    expect(court.group).toEqual(expect.arrayContaining(['defendants', 'defendants_convicted']));
  });

  it('gives up where combined rows would not be exact: medians', () => {
    expect(plan({ type: 'fee-observation', by: ['route'], measures: ['records', 'fee_usd_median'] })).toBeUndefined();
    expect(plan({ type: 'court-case', by: ['year'], measures: ['sentence_months_median'] })).toBeUndefined();
    expect(plan({ type: 'fee-observation', by: ['route'], measures: ['records', 'fee_usd_min', 'fee_usd_max', 'fee_usd_observations', 'fee_ranges'] })).toBeDefined();
  });
});
