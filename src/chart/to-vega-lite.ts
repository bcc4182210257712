import type { ColumnTable } from 'arquero';
import { conventionPhrase, describeColumns, summaryInfo, type ColumnMeta } from '../summarize/describe-columns.js';
import { labeller } from '../summarize/format-summary.js';

/** A Vega-Lite v6 specification, as plain JSON-ready data. */
export type VegaLiteSpec = { $schema: string } & Record<string, unknown>;

/** Chart kinds `toVegaLite` draws. */
export type ChartKind = 'bar' | 'line' | 'heatmap';

/** Options of `toVegaLite`; every one has a default read from the summary. */
export interface ChartOptions {
  /** Category (bar), time (line) or column (heatmap) field. Default: the first key (heatmap: the second). */
  x?: string;
  /** Measure (bar, line) or row field (heatmap). Default: `records` (heatmap: the first key). */
  y?: string;
  /** Series (bar, line) or cell measure (heatmap). Default: the second key (heatmap: `records`). */
  color?: string;
  /** Chart title. Default: built from the column titles. */
  title?: string;
  /** Width in pixels. */
  width?: number;
}

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/**
 * A Vega-Lite v6 spec for a summary table: `bar`, `line` (over years) or `heatmap` (e.g. the gap map).
 * The data travels inline; codes get their labels; the measure's axis title says its unit and count
 * convention (e.g. persons, minimum estimates), and the subtitle carries the summary's caveats.
 * No dependency: render it with vega-embed, Observable, the Vega Editor, or `renderSvg`.
 *
 * @example toVegaLite(summarize(t, { by: 'theme' }), 'bar')
 */
export function toVegaLite(summary: ColumnTable, kind: ChartKind, options: ChartOptions = {}): VegaLiteSpec {
  const info = summaryInfo(summary);
  const cols = describeColumns(summary);
  const keys = info?.by.filter((k) => summary.columnNames().includes(k)) ?? cols.filter((c) => c.role === 'key').map((c) => c.name);
  const measures = cols.filter((c) => c.role === 'measure').map((c) => c.name);
  const firstMeasure = measures.includes('records') ? 'records' : measures[0];
  const meta = (name: string | undefined) => cols.find((c) => c.name === name);
  const need = (name: string | undefined, what: string): string => {
    if (!name || !summary.columnNames().includes(name)) {
      throw new Error(`toVegaLite(${kind}): no ${what} column${name ? ` "${name}"` : ''} (columns: ${summary.columnNames().join(', ')})`);
    }
    return name;
  };

  let x: string, y: string, color: string | undefined;
  if (kind === 'heatmap') {
    x = need(options.x ?? keys[1], 'column key');
    y = need(options.y ?? keys[0], 'row key');
    color = need(options.color ?? firstMeasure, 'measure');
  } else {
    x = need(options.x ?? (kind === 'line' && keys.includes('year') ? 'year' : keys[0]), kind === 'line' ? 'time' : 'category');
    y = need(options.y ?? firstMeasure, 'measure');
    color = options.color ?? keys.find((k) => k !== x);
    if (color) need(color, 'series');
  }

  const labelled = [x, y, color].filter((f): f is string => !!f && keys.includes(f) && f !== 'year' && !!labeller(f, info?.type));
  let rowsIn = summary.objects() as Record<string, unknown>[];
  const series = kind !== 'heatmap' && color ? topSeries(rowsIn, x, y, color) : undefined;
  if (series) rowsIn = series.rows;
  if (kind === 'line' && x === 'year') rowsIn = withGaps(rowsIn, y, color);
  const values = rowsIn.map((row) => {
    const out: Record<string, unknown> = { ...row };
    for (const f of labelled) {
      out[`${f}_label`] = row[f] === OTHER ? series!.otherLabel : row[f] === null || row[f] === undefined ? '(none)' : labeller(f, info?.type)!(row[f]);
    }
    if (color && row[color] === OTHER && !labelled.includes(color)) out[color] = series!.otherLabel;
    return out;
  });
  const shown = (f: string) => (labelled.includes(f) ? `${f}_label` : f);
  // Axes and legends follow the summary's order (themes (a)–(e), years ascending, ...), given
  // explicitly: with `sort: null`, Vega-Lite would follow the rows left after dropping empty values.
  const orderOf = (f: string) => {
    const seen = new Set<unknown>(values.map((v) => v[shown(f)]));
    return f === 'year' ? [...seen].sort((a, b) => (a as number) - (b as number)) : [...seen];
  };
  const plain = (f: string) => ({ field: shown(f), type: f === 'year' ? 'ordinal' : 'nominal', title: meta(f)?.title ?? f });
  // At most `maxSeries` series (the rest summed as "Other"), so tableau10 gives each its own colour.
  const legend = (f: string) => ({ ...plain(f), title: legendTitle(plain(f).title), sort: orderOf(f), scale: { scheme: 'tableau10' }, legend: { labelLimit: 1000, orient: 'right' } });
  const nominal = (f: string) => ({ ...plain(f), sort: orderOf(f), axis: f === 'year' ? { labelAngle: 0, labelOverlap: 'parity' } : { labelLimit: 600 } });
  // Lines run over time: years on a numeric axis, so long series get sensible ticks.
  const time = (f: string) =>
    f === 'year' ? { field: f, type: 'quantitative', title: 'Year', scale: { zero: false }, axis: { format: 'd', tickMinStep: 1 } } : nominal(f);
  // Without node-canvas, vega estimates text widths and a row-axis title can overlap long labels;
  // the labels (themes, regions, routes) name themselves, so rows go without a title.
  const rows = (f: string) => ({ ...nominal(f), title: null });
  // Whole numbers get integer formats; scores, percentages and fractional measures (the gap map's
  // quality-weighted sources, 0.2 a source) keep their decimals.
  const whole = (f: string) => !['score 1-5', 'percent'].includes(meta(f)?.unit ?? '') && rowsIn.every((r) => r[f] === null || r[f] === undefined || typeof r[f] !== 'number' || Number.isInteger(r[f]));
  const quantitative = (f: string) => ({
    field: f,
    type: 'quantitative',
    title: axisTitle(meta(f), f),
    ...(whole(f) ? { axis: { format: ',d', tickMinStep: 1 } } : {}),
  });
  const title = options.title ?? `${meta(kind === 'heatmap' ? color : y)?.title ?? y} by ${[kind === 'heatmap' ? y : x, kind === 'heatmap' ? x : color].filter(Boolean).map((f) => (meta(f)?.title ?? f!).toLowerCase()).join(' and ')}`;
  const width = typeof options.width === 'number' ? options.width : 480;
  // Captions wrap to the plot's width (about 6 px a character), so they never widen the canvas.
  const notes = captions(summary, kind === 'heatmap' ? color! : y);
  if ([x, y, color].some((f) => f === 'region' || f === 'subregion')) notes.push(regionNote);
  if (series?.others) notes.push(`Other: the ${series.others} ${(meta(color)?.title ?? color!).toLowerCase()} values outside the top ${maxSeries - 1}, summed.`);
  const subtitle = notes.flatMap((line) => wrap(line, Math.max(60, Math.round(width / 6))));
  const base: VegaLiteSpec = {
    $schema: SCHEMA,
    description: [title, ...subtitle].join(' '),
    title: subtitle.length ? { text: title, subtitle } : title,
    data: { values },
  };
  base.width = options.width ?? (kind === 'heatmap' ? { step: 56 } : 480);

  if (kind === 'heatmap') {
    return {
      ...base,
      height: { step: 28 },
      encoding: { x: { ...nominal(x), axis: { labelAngle: -40, labelLimit: 160 } }, y: rows(y) },
      layer: [
        {
          mark: { type: 'rect', stroke: 'white' },
          encoding: {
            // Empty cells are the gaps: grey, so they do not read as "low".
            color: {
              condition: { test: `!datum['${color}']`, value: '#e8e8e8' },
              field: color,
              type: 'quantitative',
              title: legendTitle(axisTitle(meta(color), color!)),
              scale: { scheme: 'blues' },
              ...(whole(color!) ? { legend: { format: ',d', tickMinStep: 1 } } : {}),
            },
          },
        },
        {
          mark: { type: 'text', fontSize: 11 },
          encoding: {
            text: { field: color, type: 'quantitative', format: whole(color!) ? ',d' : '.1f' },
            // White on the darker half of the scale, so every number stays legible.
            color: { condition: { test: `datum['${color}'] > ${half(values, color!)}`, value: 'white' }, value: 'black' },
          },
        },
      ],
    };
  }
  if (kind === 'line') {
    return {
      ...base,
      // A year without a value is a gap in the line, never a straight segment across it.
      mark: { type: 'line', point: true, invalid: 'break-paths-show-path-domains' },
      encoding: {
        x: time(x),
        y: quantitative(y),
        ...(color ? { color: legend(color) } : {}),
      },
    };
  }
  // Bars run horizontally so long labels (themes, routes) stay readable; years run left to right.
  const horizontal = x !== 'year';
  const cat = nominal(x);
  const val = quantitative(y);
  return {
    ...base,
    mark: 'bar',
    encoding: {
      ...(horizontal ? { y: rows(x), x: val } : { x: cat, y: val }),
      ...(color ? { color: legend(color) } : {}),
      tooltip: [plain(x), { field: y, type: 'quantitative', title: val.title }, ...(color ? [plain(color)] : [])],
    },
  };
}

const OTHER = Symbol('other');
const maxSeries = 8;
const regionNote = "Regions: UN M49 regions of the records' countries, or the record's own region (e.g. Mediterranean) where it gives one.";

// More series than distinct colours: keep the largest (by total of y) and sum the rest per x as "Other".
function topSeries(rows: Record<string, unknown>[], x: string, y: string, color: string) {
  const totals = new Map<unknown, number>();
  for (const r of rows) totals.set(r[color], (totals.get(r[color]) ?? 0) + (typeof r[y] === 'number' ? (r[y] as number) : 0));
  if (totals.size <= maxSeries) return undefined;
  const keep = new Set([...totals].sort((a, b) => b[1] - a[1]).slice(0, maxSeries - 1).map(([k]) => k));
  const out: Record<string, unknown>[] = [];
  const other = new Map<unknown, Record<string, unknown>>();
  for (const r of rows) {
    if (keep.has(r[color])) {
      out.push(r);
      continue;
    }
    let o = other.get(r[x]);
    if (!o) other.set(r[x], (o = { [x]: r[x], [color]: OTHER, [y]: null }));
    if (typeof r[y] === 'number') o[y] = ((o[y] as number | null) ?? 0) + (r[y] as number);
  }
  const others = totals.size - keep.size;
  return { rows: [...out, ...other.values()], others, otherLabel: `Other (${others})` };
}

// Every year of the range for every series, null where the summary has no row: lines break there.
function withGaps(rows: Record<string, unknown>[], y: string, color: string | undefined): Record<string, unknown>[] {
  const years = rows.map((r) => r.year).filter((v): v is number => typeof v === 'number');
  if (!years.length) return rows;
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  const id = (g: unknown, yr: unknown) => `${typeof g === 'symbol' ? 'other' : JSON.stringify(g ?? null)}\u0000${yr}`;
  const seen = new Set(rows.map((r) => id(color ? r[color] : null, r.year)));
  const out = rows.filter((r) => typeof r.year === 'number');
  const groups = color ? [...new Set(rows.map((r) => r[color]))] : [undefined];
  for (const g of groups) {
    for (let yr = lo; yr <= hi; yr++) {
      if (!seen.has(id(g ?? null, yr))) out.push({ year: yr, ...(color ? { [color]: g } : {}), [y]: null });
    }
  }
  return out;
}

function half(values: Record<string, unknown>[], field: string): number {
  const nums = values.map((v) => v[field]).filter((v): v is number => typeof v === 'number');
  return nums.length ? Math.max(...nums) / 2 : 0;
}

function axisTitle(meta: ColumnMeta | undefined, field: string): string {
  if (!meta) return field;
  const unit = meta.unit && meta.unit !== meta.title.toLowerCase() ? (meta.unit === 'detections' ? 'detections, not persons' : meta.unit) : undefined;
  const parts = [unit ?? (meta.unitColumn ? `unit: see ${meta.unitColumn}` : undefined), meta.convention ? shortConvention(meta.convention) : undefined].filter(Boolean);
  return parts.length ? `${meta.title} (${parts.join(', ')})` : meta.title;
}

function shortConvention(c: string): string {
  return c.includes(', ') ? 'mixed estimates' : c === 'reported' ? 'as reported' : `${c} estimates`;
}

// Legend titles are cut with "…" past 180 px (Vega's titleLimit): long ones (a measure and its unit) go on
// lines of at most 24 characters, about 160 px of bold 11 px text.
function legendTitle(title: string): string | string[] {
  const lines = wrap(title, 24);
  return lines.length > 1 ? lines : title;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

// The lines a reader needs beside the chart: what the plotted measure counts, then table-wide notes.
function captions(summary: ColumnTable, measure: string): string[] {
  const info = summaryInfo(summary);
  if (!info) return [];
  const m = info.columns.find((c) => c.name === measure);
  const lines: string[] = [];
  if (m?.convention) lines.push(`${m.title}: ${conventionPhrase(m.convention)}.`);
  if (m?.unit === 'detections' || m?.notes?.some((n) => n.startsWith('Detections'))) {
    lines.push('Detections are border-crossing events, not persons.');
  }
  return [...lines, ...info.notes];
}
