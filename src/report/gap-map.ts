import { table as aqTable, type ColumnTable } from 'arquero';
import { themes } from '../model/themes.js';
import { toVegaLite, type VegaLiteSpec } from '../chart/to-vega-lite.js';
import { setSummaryInfo } from '../summarize/describe-columns.js';
import { evidenceIndex, type DatasetInput } from '../summarize/evidence-index.js';
import { countMeasure, groupRows, meanMeasure } from '../summarize/group-rows.js';
import { m49Regions } from '../summarize/regions.js';

/** Options of `gapMap`. */
export interface GapMapOptions {
  /** Area level: `region` (UN M49, default), `subregion` or `country`. */
  across?: 'region' | 'subregion' | 'country';
  /**
   * Areas that should have evidence. Default: the five M49 regions for `region`, else every area
   * with evidence on at least one theme. Areas with records on no theme can only be gaps if listed here.
   */
  areas?: readonly string[];
}

/** A theme × area cell without any record. */
export interface Gap {
  theme: string;
  area: string;
}

/** The evidence-gap map: the cells as a table, the gaps, and a heatmap spec. */
export interface GapMap {
  /** One row per theme × area: `theme`, `area`, `records`, `mean_source_quality`, `gap`. */
  table: ColumnTable;
  /** Cells with no record, theme by theme. */
  gaps: Gap[];
  /** Vega-Lite heatmap of records per cell. */
  spec: VegaLiteSpec;
}

/**
 * Where evidence is missing: records and mean source quality for each theme × area (region,
 * sub-region or country). A record about several areas or themes counts in each of its cells.
 * Records with no area known are in the column `unknown`, which is never counted as a gap.
 *
 * @example gapMap({ incident: incidents, 'court-case': cases }, { across: 'region' }).gaps
 */
export function gapMap(dataset: DatasetInput | ColumnTable, options: GapMapOptions = {}): GapMap {
  const across = options.across ?? 'region';
  const index = typeof (dataset as ColumnTable).columnNames === 'function' ? (dataset as ColumnTable) : evidenceIndex(dataset as DatasetInput);
  const column = { region: 'regions', subregion: 'subregions', country: 'countries' }[across];
  const areasCol = index.array(column) as unknown[][];
  const themesCol = index.array('themes') as unknown[][];
  const quality = index.array('source_quality') as unknown[];
  const listOr = (v: unknown[] | null, none: unknown) => (v && v.length ? v : [none]);
  const observed = new Set<string>();
  areasCol.forEach((a) => (a ?? []).forEach((x) => observed.add(x as string)));
  const wanted = options.areas ?? (across === 'region' ? m49Regions : []);
  const universe = [...wanted, ...[...observed].filter((a) => !wanted.includes(a) && a !== 'unknown').sort()];
  const hasUnknown = areasCol.some((a) => !a?.length || a.includes('unknown'));
  const table = groupRows(
    index.numRows(),
    [
      { name: 'theme', values: (i) => listOr(themesCol[i], null) },
      { name: 'area', values: (i) => listOr(areasCol[i], 'unknown') },
    ],
    [
      countMeasure('records'),
      meanMeasure('mean_source_quality', (i) => (typeof quality[i] === 'number' ? (quality[i] as number) : null)),
    ],
    { theme: themes.map((t) => t.id), area: hasUnknown ? [...universe, 'unknown'] : universe },
  );
  // groupRows sorts areas alphabetically; keep the universe order (M49 regions first) instead.
  const rank = (a: unknown) => (a === 'unknown' ? universe.length + 1 : (universe.indexOf(a as string) + 1 || universe.length));
  const themeRank = (t: unknown) => themes.findIndex((x) => x.id === t) >>> 0; // unknown themes (-1) last
  const rows = (table.objects() as Record<string, unknown>[]).sort(
    (a, b) => themeRank(a.theme) - themeRank(b.theme) || rank(a.area) - rank(b.area),
  );
  const out = aqTable({
    theme: rows.map((r) => r.theme),
    area: rows.map((r) => r.area),
    records: rows.map((r) => r.records),
    mean_source_quality: rows.map((r) => r.mean_source_quality),
    gap: rows.map((r) => r.area !== 'unknown' && r.records === 0),
  });
  const gaps: Gap[] = out
    .objects()
    .filter((r: any) => r.gap)
    .map((r: any) => ({ theme: r.theme, area: r.area }));
  setSummaryInfo(out, {
    by: ['theme', 'area'],
    columns: [
      { name: 'theme', role: 'key', title: 'Theme', description: 'Theme id.' },
      { name: 'area', role: 'key', title: across === 'country' ? 'Country' : across === 'subregion' ? 'Sub-region' : 'Region', description: `UN M49 ${across} (or the record's own region).` },
      { name: 'records', role: 'measure', title: 'Records', unit: 'records', description: 'Evidence records of any type on the theme in the area.' },
      { name: 'mean_source_quality', role: 'measure', title: 'Mean source quality', unit: 'score 1-5', description: 'Mean source quality of those records (1–5).' },
      { name: 'gap', role: 'flag', title: 'Gap', description: 'True when the cell has no record.' },
    ],
    notes: [`A record about several themes or ${across === 'country' ? 'countries' : 'areas'} counts in each of its cells.`, 'Empty cells are evidence gaps.'],
  });
  const spec = toVegaLite(out, 'heatmap', { x: 'area', y: 'theme', color: 'records', title: `Evidence records by theme and ${across}` });
  return { table: out, gaps, spec };
}
