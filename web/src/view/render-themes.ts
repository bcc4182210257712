/**
 * The theme overview of the valid rows: a table, and a bar chart drawn as plain SVG
 * (Vega would compile expressions with `Function`, which the page's CSP forbids).
 * Every bar carries its number as text, so the chart reads without colour.
 */
import type { GapCells, ThemeRow } from '../protocol.js';
import { fmt, h, s } from './dom.js';

export function themesTable(rows: ThemeRow[]): HTMLElement {
  return h(
    'table',
    { class: 'grid', id: 'themes' },
    h('caption', {}, 'Evidence per theme among the valid rows'),
    h('thead', {}, h('tr', {}, ...['Theme', 'Records', 'Countries', 'Years', 'Sources'].map((t) => h('th', { scope: 'col' }, t)))),
    h(
      'tbody',
      {},
      ...rows.map((r) =>
        h('tr', {}, h('th', { scope: 'row' }, r.title), h('td', { class: 'num' }, fmt(r.records)), h('td', { class: 'num' }, fmt(r.countries)),
          h('td', {}, r.first_year === null ? '—' : r.first_year === r.last_year ? String(r.first_year) : `${r.first_year}–${r.last_year}`), h('td', { class: 'num' }, fmt(r.sources))),
      ),
    ),
  );
}

/** Horizontal bars, records per theme; each title sits above its bar so it fits a phone's width. */
export function themesChart(rows: ThemeRow[]): SVGElement {
  const width = 620, barMax = 540, rowH = 46;
  const max = Math.max(1, ...rows.map((r) => r.records));
  const desc = rows.map((r) => `${r.title}: ${r.records}`).join('; ');
  return s(
    'svg',
    { viewBox: `0 0 ${width} ${rows.length * rowH + 4}`, role: 'img', 'aria-labelledby': 'chart-title chart-desc', class: 'chart', id: 'themes-chart' },
    s('title', { id: 'chart-title' }, 'Valid records per theme'),
    s('desc', { id: 'chart-desc' }, desc),
    ...rows.map((r, i) => {
      const y = i * rowH;
      const w = Math.max(1, Math.round((r.records / max) * barMax));
      return s(
        'g',
        {},
        s('text', { x: 0, y: y + 15, class: 'label' }, r.title),
        s('rect', { x: 0, y: y + 21, width: w, height: 18, class: 'bar' }),
        s('text', { x: w + 6, y: y + 35, class: 'value' }, fmt(r.records)),
      );
    }),
  );
}

/** The gap map: records per theme × region; an empty cell says "gap" in words. */
export function gapTable(g: GapCells): HTMLElement {
  return h(
    'table',
    { class: 'grid gaps', id: 'gap-map' },
    h('caption', {}, 'Evidence gap map: valid records per theme and UN M49 region (“gap” = no record)'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Theme'), ...g.areas.map((a) => h('th', { scope: 'col' }, a)))),
    h(
      'tbody',
      {},
      ...g.themes.map((t) =>
        h('tr', {}, h('th', { scope: 'row' }, t.title), ...g.areas.map((a) => {
          const n = g.records[t.id]?.[a] ?? 0;
          return n ? h('td', { class: 'num' }, fmt(n)) : h('td', { class: a === 'unknown' ? 'num' : 'num gap' }, a === 'unknown' ? '0' : 'gap');
        })),
      ),
    ),
  );
}
