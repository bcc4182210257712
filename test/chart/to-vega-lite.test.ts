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
