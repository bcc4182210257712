import { describe, expect, it } from 'vitest';
import { describeColumns, summarize, summaryInfo, summaryNotes, toTable } from '../../src/summarize/index.js';
import { tableEqual } from '../helpers/table-equal.js';
import { cooperation, courtCases, incidents, observations } from './fixtures.js';

const inc = () => toTable(incidents, 'incident');

describe('summarize incidents', () => {
  it('counts a two-theme record once under each theme, and once in the total', () => {
    const byTheme = summarize(inc(), { by: 'theme' });
    tableEqual(byTheme, [
      // inc-a, inc-b, inc-c
      { theme: 'safety-dignity', records: 3, dead: 6, missing: 2, survivors: 40, countries: 3, sources: 3, first_date: '2019-03-01', last_date: '2020' },
      // inc-a, inc-d
      { theme: 'business-model', records: 2, dead: 5, missing: 2, survivors: null, countries: 2, sources: 2, first_date: '2019-03-01', last_date: '2020-06-15' },
    ]);
    tableEqual(summarize(inc()), [
      { records: 4, dead: 6, missing: 2, survivors: 40, countries: 4, sources: 3, first_date: '2019-03-01', last_date: '2020-06-15' },
    ]);
    expect(summaryNotes(byTheme).join(' ')).toMatch(/counted once under each.*4 records/);
  });

  it('keeps every count field under its own name, null (not 0) when no record reports it', () => {
    const s = summarize(inc(), { by: 'route' });
    for (const f of ['dead', 'missing', 'dead_and_missing', 'survivors', 'females', 'males', 'children']) expect(s.columnNames()).toContain(f);
    tableEqual(s, [
      { route: 'central-mediterranean', records: 2, dead: 6, missing: 2, children: null },
      { route: 'eastern-mediterranean', records: 1, dead: null, missing: null, children: null },
      { route: null, records: 1, dead: 0, missing: null, children: null },
    ]);
  });

  it('derives region from the record’s own region, else from its country (UN M49)', () => {
    // inc-a has region mediterranean (not an M49 area) and country LBY; the others only a country.
    tableEqual(summarize(inc(), { by: 'region', measures: ['records'] }), [
      { region: 'americas', records: 1 },
      { region: 'asia', records: 1 },
      { region: 'europe', records: 1 },
      { region: 'mediterranean', records: 1 },
    ]);
    tableEqual(summarize(inc(), { by: 'subregion', measures: ['records'] }), [
      { subregion: 'central-america', records: 1 },
      { subregion: 'mediterranean', records: 1 },
      { subregion: 'southern-europe', records: 1 },
      { subregion: 'western-asia', records: 1 },
    ]);
    const own = toTable([{ ...incidents[1], region: 'northern-africa' }], 'incident');
    tableEqual(summarize(own, { by: ['region', 'subregion'], measures: ['records'] }), [{ region: 'africa', subregion: 'northern-africa', records: 1 }]);
  });

  it('groups by several keys with a deterministic order: themes (a)–(e), then ascending, empty last', () => {
    const s = summarize(inc(), { by: ['theme', 'year'], measures: ['records', 'dead'] });
    tableEqual(s, [
      { theme: 'safety-dignity', year: 2019, records: 2, dead: 6 },
      { theme: 'safety-dignity', year: 2020, records: 1, dead: null },
      { theme: 'business-model', year: 2019, records: 1, dead: 5 },
      { theme: 'business-model', year: 2020, records: 1, dead: 0 },
    ]);
    const shuffled = toTable([incidents[3], incidents[1], incidents[0], incidents[2]], 'incident');
    expect(summarize(shuffled, { by: ['theme', 'year'], measures: ['records', 'dead'] }).objects()).toEqual(s.objects());
  });

  it('lists empty groups on request', () => {
    tableEqual(summarize(inc(), { by: 'theme', measures: ['records', 'dead'], complete: true }), [
      { theme: 'legal-capacity', records: 0, dead: null },
      { theme: 'safety-dignity', records: 3, dead: 6 },
      { theme: 'business-model', records: 2, dead: 5 },
      { theme: 'evidence-base', records: 0, dead: null },
      { theme: 'cooperation', records: 0, dead: null },
    ]);
  });

  it('summarises an empty table to no groups, or to one zero row without keys', () => {
    const empty = toTable([], 'incident');
    expect(summarize(empty, { by: 'theme' }).numRows()).toBe(0);
    tableEqual(summarize(empty), [{ records: 0, dead: null, countries: 0, first_date: null }]);
  });

  it('says what each number counts: unit and count convention', () => {
    const cols = describeColumns(summarize(inc(), { by: 'theme' }));
    const dead = cols.find((c) => c.name === 'dead')!;
    expect(dead).toMatchObject({ role: 'measure', unit: 'persons', convention: 'minimum' });
    // survivors only come from inc-c, a best estimate; records count incidents.
    expect(cols.find((c) => c.name === 'survivors')).toMatchObject({ unit: 'persons', convention: 'best' });
    expect(cols.find((c) => c.name === 'records')).toMatchObject({ unit: 'incidents' });
    expect(cols.find((c) => c.name === 'theme')).toMatchObject({ role: 'key' });
    expect(summaryNotes(summarize(inc(), { by: 'theme' }))).toContain('dead: persons, minimum estimates (at least this many).');
  });

  it('rejects an unknown grouping field or measure with the choices', () => {
    expect(() => summarize(inc(), { by: 'colour' })).toThrow(/cannot group incident records by "colour".*theme, year/);
    expect(() => summarize(inc(), { measures: ['deaths'] })).toThrow(/unknown measure "deaths"; available: records, dead/);
  });
});

describe('summarize other record types', () => {
  it('puts records without a date in the empty-year row and fills missing years', () => {
    const t = toTable(courtCases, 'court-case');
    tableEqual(summarize(t, { by: 'year', complete: ['year'] }), [
      { year: 2018, records: 1, defendants: 3, defendants_convicted: 2, smuggled_migrants: null, first_date: '2018-05' },
      { year: 2019, records: 0, defendants: null, defendants_convicted: null, smuggled_migrants: null, first_date: null },
      { year: 2020, records: 1, defendants: 4, defendants_convicted: 4, smuggled_migrants: 60, first_date: '2020' },
      { year: null, records: 1, defendants: 1, defendants_convicted: null, smuggled_migrants: null, first_date: null },
    ]);
    expect(describeColumns(summarize(t)).find((c) => c.name === 'records')?.unit).toBe('cases');
  });

  it('counts a record about several countries once in each of their regions', () => {
    const t = toTable(cooperation, 'cooperation-action');
    tableEqual(summarize(t, { by: 'region' }), [
      { region: 'africa', records: 1, arrests: 12, countries: 2 },
      { region: 'europe', records: 1, arrests: 12, countries: 1 },
    ]);
    // …and each country it names, requesting country included once.
    expect(summarize(t, { by: 'country', measures: ['records'] }).array('country')).toEqual(['ITA', 'LBY', 'TUN']);
  });

  it('never adds different indicators, nor a total to its own breakdown', () => {
    const t = toTable(observations, 'aggregate-observation');
    const s = summarize(t, { by: 'year' });
    expect(summaryInfo(s)?.by).toEqual(['year', 'indicator', 'unit', 'count_convention']);
    tableEqual(s, [
      { year: 2023, indicator: 'ibc-detections', unit: 'detections', records: 1, value: 158026, value_missing: 0 },
      // agg-1 is the total of agg-2 (female) and agg-3 (male): only the total is summed.
      { year: 2023, indicator: 'migrants-assisted', unit: 'persons', records: 3, value: 120, value_missing: 0 },
      // agg-5 was suppressed by its source: the sum is empty and the withheld value is counted.
      { year: 2024, indicator: 'migrants-assisted', unit: 'persons', records: 1, value: null, value_missing: 1 },
    ]);
    const value = describeColumns(s).find((c) => c.name === 'value')!;
    expect(value.unit).toBeUndefined();
    expect(value.unitColumn).toBe('unit');
    expect(value.notes?.join(' ')).toMatch(/not persons/);
  });

  it('labels detections as detections, never persons', () => {
    const t = toTable(observations.filter((o) => o.unit === 'detections'), 'aggregate-observation');
    const value = describeColumns(summarize(t, { by: 'route' })).find((c) => c.name === 'value')!;
    expect(value.unit).toBe('detections');
    expect(summaryNotes(summarize(t, { by: 'route' })).join(' ')).toMatch(/detections \(border-crossing events, not persons\)/);
  });

  it('suppresses person counts broken down by sex by default, with a secondary cell', () => {
    const t = toTable(observations, 'aggregate-observation');
    const s = summarize(t, { by: 'breakdown_sex', measures: ['records', 'value'] });
    tableEqual(s, [
      { breakdown_sex: 'female', indicator: 'migrants-assisted', value: null, value_suppressed: true, value_suppression_rule: 'lt10' },
      // Visible, the male count would give the female one away: 120 − 113 = 7.
      { breakdown_sex: 'male', indicator: 'migrants-assisted', value: null, value_suppressed: true, value_suppression_rule: 'secondary' },
      { breakdown_sex: null, indicator: 'ibc-detections', value: 158026, value_suppressed: false, value_suppression_rule: null },
      { breakdown_sex: null, indicator: 'migrants-assisted', value: 120, value_suppressed: false, value_suppression_rule: null },
    ]);
    expect(summaryNotes(s).join(' ')).toMatch(/values from 1 to 9 are hidden/);
    const off = summarize(t, { by: 'breakdown_sex', measures: ['value'], suppress: false });
    expect(off.array('value')).toEqual([7, 113, 158026, 120]);
  });

  it('never suppresses incident-level counts, which are already public', () => {
    const s = summarize(toTable(incidents, 'incident'), { by: 'country', measures: ['dead'] });
    expect(s.array('country')).toEqual(['ITA', 'LBY', 'MEX', 'TUR']);
    expect(s.array('dead')).toEqual([1, 5, 0, null]);
    expect(s.columnNames()).not.toContain('dead_suppressed');
  });
});
