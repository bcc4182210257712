import { describe, expect, it } from 'vitest';
import { toVegaLite } from '../../src/chart/to-vega-lite.js';
import { summarize, themeOverview, toTable, trends } from '../../src/summarize/index.js';
import { gapMap } from '../../src/report/index.js';
import { incidents, observations } from '../summarize/fixtures.js';
import { validateVegaLite } from './vega-lite-schema.js';

const inc = () => toTable(incidents, 'incident');

function valid(spec: unknown) {
  const ok = validateVegaLite(spec);
  expect(ok, JSON.stringify(validateVegaLite.errors?.slice(0, 3), null, 1)).toBe(true);
}

describe('toVegaLite', () => {
  it('draws bars, lines and heatmaps that validate against the Vega-Lite v6 schema', () => {
    valid(toVegaLite(summarize(inc(), { by: 'theme' }), 'bar'));
    valid(toVegaLite(summarize(inc(), { by: ['year', 'route'] }), 'bar'));
    valid(toVegaLite(trends(inc(), { by: 'route' }), 'line', { y: 'dead' }));
    valid(toVegaLite(trends(inc()), 'line'));
    valid(gapMap({ incident: incidents }).spec);
    valid(toVegaLite(themeOverview({ incident: incidents }), 'bar', { x: 'theme', y: 'records' }));
    valid(toVegaLite(summarize(inc(), { by: ['theme', 'region'] }), 'heatmap'));
  });

  it('carries the data inline, in the summary’s order, with labels for codes', () => {
    const spec = toVegaLite(summarize(inc(), { by: 'theme' }), 'bar') as any;
    expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v6.json');
    expect(spec.data.values.map((v: any) => v.theme)).toEqual(['safety-dignity', 'business-model']);
    expect(spec.data.values[0].theme_label).toBe('(b) Countering smuggling while ensuring the safety and dignity of migrants');
    expect(spec.encoding.y).toMatchObject({
      field: 'theme_label',
      sort: ['(b) Countering smuggling while ensuring the safety and dignity of migrants', '(c) Dismantling the business model: organized criminal networks'],
    });
  });

  it('keeps years in order even when the first series lacks the early ones', () => {
    // Central Mediterranean has no dead in 2020 and the eastern route none in 2019:
    // the year axis must still read 2019, 2020, not the order the values first appear in.
    const spec = toVegaLite(trends(inc(), { by: 'route', measures: ['dead', 'survivors'] }), 'bar', { x: 'year', y: 'survivors', color: 'route' }) as any;
    expect(spec.encoding.x.sort).toEqual([2019, 2020]);
    expect(spec.encoding.color.sort).toEqual(['Central Mediterranean', 'Eastern Mediterranean', '(none)']);
  });

  it('says the unit and count convention on the axis, and the caveats in the subtitle', () => {
    const spec = toVegaLite(summarize(inc(), { by: 'route' }), 'bar', { y: 'dead' }) as any;
    expect(spec.encoding.x.title).toBe('Dead (persons, minimum estimates)');
    expect(spec.title.subtitle.join(' ')).toMatch(/Dead: minimum estimates \(at least this many\)/);
  });

  it('never calls Frontex detections persons', () => {
    const t = toTable(observations.filter((o) => o.unit === 'detections'), 'aggregate-observation');
    const spec = toVegaLite(summarize(t, { by: 'route' }), 'bar', { y: 'value' }) as any;
    expect(spec.encoding.x.title).toBe('Value (detections, not persons, as reported)');
    expect(JSON.stringify(spec)).not.toMatch(/Value \(persons/);
    expect(spec.title.subtitle.join(' ')).toMatch(/Detections are border-crossing events, not persons/);
  });

  it('names the missing column when the chart cannot be drawn', () => {
    expect(() => toVegaLite(summarize(inc(), { by: 'theme' }), 'bar', { y: 'deaths' })).toThrow(
      /toVegaLite\(bar\): no measure column "deaths" \(columns: theme, records/,
    );
    expect(() => toVegaLite(summarize(inc(), { by: 'theme' }), 'heatmap')).toThrow(/no column key column/);
  });
});

describe('toVegaLite charts a reader can trust', () => {
  // Twelve routes over three years, one route with no 2020 row.
  const many = () => {
    const recs: Record<string, unknown>[] = [];
    let n = 0;
    for (let r = 0; r < 12; r++) {
      for (const year of [2019, 2020, 2021]) {
        if (r === 0 && year === 2020) continue;
        recs.push({ id: `inc-${n++}`, record_type: 'incident', themes: ['safety-dignity'], source_ids: ['src-x'], date: `${year}-01-01`, route: `route-${r}`, dead: r + 1 });
      }
    }
    return summarize(toTable(recs, 'incident'), { by: ['year', 'route'], measures: ['records', 'dead'] });
  };

  it('keeps the 7 largest series and sums the rest as "Other", so every series has its own colour', () => {
    const spec = toVegaLite(many(), 'line', { y: 'dead' }) as any;
    valid(spec);
    const routes = new Set(spec.data.values.map((v: any) => v.route_label ?? v.route));
    expect(routes.size).toBe(8);
    expect(routes).toContain('Other (5)');
    expect(spec.encoding.color.scale.scheme).toBe('tableau10');
    const other2019 = spec.data.values.find((v: any) => v.year === 2019 && (v.route_label ?? v.route) === 'Other (5)');
    expect(other2019.dead).toBe(1 + 2 + 3 + 4 + 5);
    expect(spec.title.subtitle.join(' ')).toMatch(/Other: the 5 route values outside the top 7/);
  });

  it('shows a missing year as a gap in the line, not a segment across it', () => {
    const recs = [2015, 2016, 2018].map((year, i) => ({ id: `inc-${i}`, record_type: 'incident', themes: ['safety-dignity'], source_ids: ['src-x'], date: `${year}`, dead: 3 }));
    const spec = toVegaLite(summarize(toTable(recs, 'incident'), { by: ['year'], measures: ['records', 'dead'] }), 'line', { y: 'dead' }) as any;
    valid(spec);
    expect(spec.data.values.find((v: any) => v.year === 2017)).toMatchObject({ year: 2017, dead: null });
    expect(spec.mark.invalid).toBe('break-paths-show-path-domains');
  });

  it('names the region scheme beside a chart by region', () => {
    const spec = toVegaLite(summarize(inc(), { by: 'region' }), 'bar') as any;
    expect(spec.title.subtitle.join(' ')).toMatch(/UN M49/);
  });
});
