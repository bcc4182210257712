import { vegaTextWidth } from './text-width.js';
import type { VegaLiteSpec } from './to-vega-lite.js';

/**
 * Render a Vega-Lite spec to an SVG string, with the optional packages `vega` and `vega-lite`
 * (`npm install vega vega-lite@~6.4`; vega-lite 6.5 needs Node 22). Works in Node without a
 * canvas: text is then measured with sans-serif font metrics (text-width.ts) instead of Vega's rough guess, so
 * axis titles sit next to their labels and titles are cut only where they would really overflow.
 *
 * @example await renderSvg(toVegaLite(summary, 'bar'))
 */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  const [vega, vl] = await Promise.all([optional('vega'), optional('vega-lite')]);
  // Only where Vega has no canvas to measure with (it then guesses); a canvas measures better than a table.
  if (vega.textMetrics && vega.textMetrics.width === vega.textMetrics.estimateWidth) vega.textMetrics.width = vegaTextWidth;
  const compiled = vl.compile(spec as any).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

// The package name goes through a variable so bundlers leave the import alone: the packages
// stay optional, loaded only when a chart is drawn.
async function optional(name: 'vega' | 'vega-lite'): Promise<any> {
  try {
    const mod = await import(/* @vite-ignore */ name);
    return mod.default && !mod.compile && !mod.View ? mod.default : mod;
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || /Cannot find (module|package)/.test(String(err))) {
      throw new Error(
        `SVG charts need the optional packages "vega" and "vega-lite", and "${name}" is not installed. ` +
          'Install them with: npm install vega vega-lite@~6.4',
      );
    }
    throw err;
  }
}
