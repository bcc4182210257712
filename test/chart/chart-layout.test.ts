// The gap map as a reader sees it: renderSvg's SVG drawn by a real browser (Debian's chromium), boxes measured
// there. The area axis's title must sit just below its labels, and legend titles and labels must be whole and
// inside the canvas. Vega's own guess at text widths (no canvas in Node) put the title ~45 px below the labels
// and cut "Quality-weighted sources (score-weighted sources)" and long country names with "…".
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/chart/render-svg.js';
import { textWidth } from '../../src/chart/text-width.js';
import { loadDataset } from '../../src/node.js';
import { gapMap } from '../../src/report/index.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let vegaInstalled = true;
try {
  await import('vega');
  await import('vega-lite');
} catch {
  vegaInstalled = false;
}
const canDraw = vegaInstalled && existsSync(CHROMIUM);
if (!canDraw) console.log(`chart-layout: skipped (needs vega, vega-lite and a chromium at ${CHROMIUM})`);

interface Box { x: number; y: number; width: number; height: number; text: string }
interface Layout { width: number; height: number; axisTitle: Box; axisLabels: Box[]; legendTitle: Box[]; legendLabels: Box[] }

let browser: { close(): Promise<void>; newPage(): Promise<any> };

async function layoutOf(svg: string): Promise<Layout> {
  const page = await browser.newPage();
  try {
    await page.setContent(`<html><body style="margin:0">${svg}</body></html>`);
    return await page.evaluate(() => {
      const root = document.querySelector('svg')!;
      const base = root.getBoundingClientRect();
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        const lines = [...el.querySelectorAll('tspan')].map((t) => t.textContent ?? '');
        return { x: r.x - base.x, y: r.y - base.y, width: r.width, height: r.height, text: lines.length ? lines.join(' ') : (el.textContent ?? '') };
      };
      const xAxis = [...root.querySelectorAll('[aria-roledescription="axis"]')].find((g) => g.getAttribute('aria-label')?.startsWith('X-axis'))!;
      return {
        width: base.width,
        height: base.height,
        axisTitle: box(xAxis.querySelector('.role-axis-title text')!),
        axisLabels: [...xAxis.querySelectorAll('.role-axis-label text')].map(box),
        legendTitle: [...root.querySelectorAll('.role-legend-title text')].map(box),
        legendLabels: [...root.querySelectorAll('.role-legend-label text')].map(box),
      };
    });
  } finally {
    await page.close();
  }
}

describe.skipIf(!canDraw)('the gap map drawn by a browser', () => {
  const layouts: Record<string, Layout> = {};
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    const dataset = await loadDataset('synthetic-demo');
    for (const across of ['region', 'country'] as const) {
      const map = gapMap(dataset, { across });
      layouts[`${across}`] = await layoutOf(await renderSvg(map.spec));
      layouts[`${across} weighted`] = await layoutOf(await renderSvg(map.weightedSpec));
    }
  }, 60_000);
  afterAll(async () => browser?.close());

  it('puts the area axis title just below its lowest label', () => {
    for (const [name, l] of Object.entries(layouts)) {
      const labelsEnd = Math.max(...l.axisLabels.map((b) => b.y + b.height));
      const gap = l.axisTitle.y - labelsEnd;
      expect(gap, `${name}: ${gap.toFixed(1)} px between the labels and "${l.axisTitle.text}"`).toBeGreaterThanOrEqual(0);
      expect(gap, `${name}: ${gap.toFixed(1)} px between the labels and "${l.axisTitle.text}"`).toBeLessThanOrEqual(14);
    }
  });

  it('shows the legend title whole, inside the canvas', () => {
    for (const [name, l] of Object.entries(layouts)) {
      const title = l.legendTitle.map((b) => b.text).join(' ');
      expect(title, name).not.toContain('…');
      for (const b of [...l.legendTitle, ...l.legendLabels]) expect(b.x + b.width, `${name}: "${b.text}"`).toBeLessThanOrEqual(l.width);
    }
    expect(layouts['region weighted'].legendTitle.map((b) => b.text).join(' ')).toBe('Quality-weighted sources (score-weighted sources)');
  });

  it('keeps country names whole on the axis, and the canvas no taller than its content', () => {
    const names = layouts.country.axisLabels.map((b) => b.text);
    expect(names).toContain('Bosnia and Herzegovina');
    expect(names.filter((n) => n.includes('…'))).toEqual([]);
    for (const l of Object.values(layouts)) expect(l.height - (l.axisTitle.y + l.axisTitle.height)).toBeLessThanOrEqual(10);
  });

  it('measures text as the browser draws it (within 8 %), where Vega guesses 0.8 em a character', async () => {
    const words = ['Mediterranean', 'Bosnia and Herzegovina', 'North America (MMP)', '(b) Countering smuggling while ensuring the safety', 'Türkiye', 'Region (UN M49)'];
    const page = await browser.newPage();
    const drawn: number[] = await page.evaluate((ws: string[]) => {
      const c = document.createElement('canvas').getContext('2d')!;
      c.font = '10px sans-serif';
      return ws.map((w) => c.measureText(w).width);
    }, words);
    await page.close();
    words.forEach((w, i) => expect(Math.abs(textWidth(w, 10) - drawn[i]) / drawn[i], `${w}: ${textWidth(w, 10)} vs ${drawn[i]}`).toBeLessThan(0.08));
  });
});

describe('textWidth', () => {
  it('gives accented letters their base letter\'s width and bold text more room', () => {
    expect(textWidth('Bosnia and Herzegovina', 10)).toBeLessThan(0.8 * 22 * 10 * 0.7);
    expect(textWidth('Región', 10)).toBe(textWidth('Region', 10));
    expect(textWidth('Sources', 11, true)).toBeGreaterThan(textWidth('Sources', 11));
  });
});
