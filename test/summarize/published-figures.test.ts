import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/catalogue/node-load-dataset.js';
import { describeColumns, summarize, toTable, trends } from '../../src/summarize/index.js';

// The shipped annual-figures dataset holds real Frontex and IOM Missing Migrants figures;
// summaries of it must give back the numbers those organisations published.
describe('summaries of the annual-figures dataset', async () => {
  const { 'aggregate-observation': records = [] } = await loadDataset('annual-figures');
  const t = toTable(records, 'aggregate-observation');
  const find = (rows: Record<string, unknown>[], where: Record<string, unknown>) =>
    rows.filter((r) => Object.entries(where).every(([k, v]) => r[k] === v));

  it('gives the Frontex yearly totals of detections (routes summed), labelled detections', () => {
    const s = summarize(t, { by: 'year' });
    const rows = s.objects() as Record<string, unknown>[];
    expect(find(rows, { year: 2015, indicator: 'ibc-detections' }).map((r) => [r.unit, r.value])).toEqual([['detections', 1822102]]);
    expect(find(rows, { year: 2023, indicator: 'ibc-detections' })[0].value).toBe(381319);
    expect(describeColumns(s).find((c) => c.name === 'value')?.unitColumn).toBe('unit');
  });

  it('gives the Central Mediterranean detections of 2023 by route', () => {
    const rows = summarize(t, { by: ['route', 'year'] }).objects() as Record<string, unknown>[];
    expect(find(rows, { route: 'central-mediterranean', year: 2023, indicator: 'ibc-detections' })[0].value).toBe(158026);
  });

  it('gives the IOM dead and missing in the Mediterranean (minimum estimates) by region', () => {
    const s = summarize(t, { by: ['region', 'year'] });
    const rows = s.objects() as Record<string, unknown>[];
    const med = (year: number) => find(rows, { region: 'mediterranean', year, indicator: 'dead-and-missing' });
    expect(med(2019).map((r) => [r.value, r.count_convention])).toEqual([[1885, 'minimum']]);
    expect(med(2021)[0].value).toBe(2048);
  });

  it('follows the yearly change of detections', () => {
    const s = trends(t, { measures: ['value'] }).objects() as Record<string, unknown>[];
    const y2016 = find(s, { year: 2016, indicator: 'ibc-detections' })[0];
    expect(y2016.value).toBe(511047);
    expect(y2016.value_change).toBe(511047 - 1822102);
  });
});
