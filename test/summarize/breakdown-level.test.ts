import { describe, expect, it } from 'vitest';
import { summarize, toTable } from 'smuggling-evidence';

const obs = (id: string, value: number, extra: Record<string, unknown> = {}) => ({
  id: `agg-${id}`,
  themes: ['evidence-base'],
  source_ids: ['src-a'],
  sensitivity: 'public',
  indicator: 'ibc-detections',
  unit: 'detections',
  period_start: '2023',
  period_precision: 'year',
  count_convention: 'reported',
  route: 'central-mediterranean',
  value,
  ...extra,
});

const valueByYear = (records: object[]) =>
  (summarize(toTable(records, 'aggregate-observation'), { by: ['year'] }).objects()[0] as { value: number | null }).value;

describe('summarize: which aggregate observations are added', () => {
  it('a figure given only by nationality (as Frontex publishes it) sums its parts', () => {
    const records = [obs('1', 100, { breakdown_nationality: 'SYR' }), obs('2', 50, { breakdown_nationality: 'AFG' })];
    expect(valueByYear(records)).toBe(150);
  });

  it('a total is never added to its own breakdown', () => {
    const records = [obs('t', 150), obs('1', 100, { breakdown_nationality: 'SYR' }), obs('2', 50, { breakdown_nationality: 'AFG' })];
    expect(valueByYear(records)).toBe(150);
  });

  it('breakdowns along two dimensions without a total are not added (they would double count)', () => {
    const records = [
      obs('f', 60, { breakdown_sex: 'female', unit: 'persons', indicator: 'migrants-assisted' }),
      obs('m', 40, { breakdown_sex: 'male', unit: 'persons', indicator: 'migrants-assisted' }),
      obs('c', 30, { breakdown_age: 'child', unit: 'persons', indicator: 'migrants-assisted' }),
      obs('a', 70, { breakdown_age: 'adult', unit: 'persons', indicator: 'migrants-assisted' }),
    ];
    expect(valueByYear(records)).toBeNull();
  });
});
