import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/chart/render-svg.js';
import { toVegaLite } from '../../src/chart/to-vega-lite.js';
import { summarize, toTable } from '../../src/summarize/index.js';
import { gapMap } from '../../src/report/index.js';
import { incidents } from '../summarize/fixtures.js';

let vegaInstalled = true;
try {
  await import('vega');
  await import('vega-lite');
} catch {
  vegaInstalled = false;
}

describe.skipIf(!vegaInstalled)('renderSvg (vega and vega-lite installed)', () => {
  it('renders a bar chart to SVG with its labels and unit', async () => {
    const svg = await renderSvg(toVegaLite(summarize(toTable(incidents, 'incident'), { by: 'route' }), 'bar', { y: 'dead' }));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Central Mediterranean');
    expect(svg).toContain('Dead (persons, minimum estimates)');
  });

  it('renders the gap-map heatmap', async () => {
    const svg = await renderSvg(gapMap({ incident: incidents }).spec);
    expect(svg).toContain('Distinct sources of evidence by theme and region');
    expect(svg).toContain('Mediterranean');
  });
});
