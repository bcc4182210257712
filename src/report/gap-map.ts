import { table as aqTable, type ColumnTable } from 'arquero';
import { themes } from '../model/themes.js';
import { toVegaLite, type VegaLiteSpec } from '../chart/to-vega-lite.js';
import { setSummaryInfo } from '../summarize/describe-columns.js';
import { evidenceIndex, type DatasetInput } from '../summarize/evidence-index.js';
import { countMeasure, groupRows, meanMeasure, type Measure } from '../summarize/group-rows.js';
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

/** The evidence-gap map: the cells as a table, the gaps, and heatmap specs. */
export interface GapMap {
  /**
   * One row per theme × area: `theme`, `area`, `sources` (distinct sources), `weighted_sources`
   * (each source weighted by its quality, 5 = 1), `records`, `mean_source_quality`, `gap`.
   */
  table: ColumnTable;
  /** Cells with no record, theme by theme. */
  gaps: Gap[];
  /** Vega-Lite heatmap of distinct sources per cell (records beside, in the table). */
  spec: VegaLiteSpec;
  /** The same heatmap, quality-weighted. */
  weightedSpec: VegaLiteSpec;
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
  const full = typeof (dataset as ColumnTable).columnNames === 'function' ? (dataset as ColumnTable) : evidenceIndex(dataset as DatasetInput);
  // `source` records describe the sources; they are not evidence about a theme in an area.
  const kinds = full.array('record_type') as unknown[];
  const ids = full.array('id') as unknown[];
  const ownQuality = full.array('source_quality') as unknown[];
  const sourceQuality = new Map<unknown, number>();
  // The best quality given to a source id (it appears once per dataset; a combined map may hold it twice).
  kinds.forEach((k, i) => k === 'source' && typeof ownQuality[i] === 'number' && sourceQuality.set(ids[i], Math.max(ownQuality[i] as number, sourceQuality.get(ids[i]) ?? 0)));
  // Plain index arithmetic, not an Arquero filter: the validator page runs under a CSP with no eval.
  const keep: number[] = [];
  kinds.forEach((k, i) => k !== 'source' && keep.push(i));
  const index = { numRows: () => keep.length, array: (name: string) => { const a = full.array(name) as unknown[]; return keep.map((i) => a[i]); } };
  const column = { region: 'regions', subregion: 'subregions', country: 'countries' }[across];
  const areasCol = index.array(column) as unknown[][];
  const themesCol = index.array('themes') as unknown[][];
  const quality = index.array('source_quality') as unknown[];
  const cited = index.array('source_ids') as unknown[][];
  const recordIds = index.array('id') as unknown[];
  // A record citing no source stands for itself: it is still one piece of evidence.
  const sourcesOf = (i: number) => (cited[i]?.length ? cited[i] : [`record:${String(recordIds[i])}`]);
  const listOr = (v: unknown[] | null, none: unknown) => (v && v.length ? v : [none]);
  const observed = new Set<string>();
  areasCol.forEach((a) => (a ?? []).forEach((x) => observed.add(x as string)));
  // Which region scheme the areas follow, named on the axis: MMP imports give MMP's regions of
  // incident, which the five M49 regions would only pad with false gaps.
  const schemes = new Set(full.columnNames().includes('region_scheme') ? (index.array('region_scheme') as unknown[]) : []);
  const scheme = across !== 'region' ? 'm49' : schemes.has('mmp') ? (schemes.has('m49') ? 'mixed' : 'mmp') : 'm49';
  const wanted = options.areas ?? (across === 'region' && scheme !== 'mmp' ? m49Regions : []);
  const universe = [...wanted, ...[...observed].filter((a) => !wanted.includes(a) && a !== 'unknown').sort()];
  const hasUnknown = areasCol.some((a) => !a?.length || a.includes('unknown'));
  const table = groupRows(
    index.numRows(),
    [
      { name: 'theme', values: (i) => listOr(themesCol[i], null) },
      { name: 'area', values: (i) => listOr(areasCol[i], 'unknown') },
    ],
    [
      distinctSources('sources', sourcesOf),
      weightedSources('weighted_sources', sourcesOf, (s, i) => sourceQuality.get(s) ?? (typeof quality[i] === 'number' ? (quality[i] as number) : 1)),
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
    sources: rows.map((r) => r.sources),
    weighted_sources: rows.map((r) => r.weighted_sources),
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
      { name: 'area', role: 'key', title: areaTitle(across, scheme), description: areaDescription(across, scheme) },
      { name: 'sources', role: 'measure', title: 'Sources', unit: 'sources', description: 'Distinct sources behind the evidence records of the cell (a record citing none counts as one).' },
      { name: 'weighted_sources', role: 'measure', title: 'Quality-weighted sources', unit: 'score-weighted sources', description: 'Each distinct source weighted by its quality ÷ 5 (a corroborated official record = 1, a single unverified report = 0.2); unknown quality counts as 1 of 5.' },
      { name: 'records', role: 'measure', title: 'Records', unit: 'records', description: 'Evidence records of any type (not source records) on the theme in the area.' },
      { name: 'mean_source_quality', role: 'measure', title: 'Mean source quality', unit: 'score 1-5', description: 'Mean source quality of those records (1–5).' },
      { name: 'gap', role: 'flag', title: 'Gap', description: 'True when the cell has no record.' },
    ],
    notes: [
      `Cells count distinct sources, not rows: one event recorded twice from one source counts once. A record about several themes or ${across === 'country' ? 'countries' : 'areas'} counts in each of its cells; source records are not counted.`,
      'Empty cells are evidence gaps.',
    ],
  });
  const spec = toVegaLite(out, 'heatmap', { x: 'area', y: 'theme', color: 'sources', title: `Distinct sources of evidence by theme and ${across}` });
  const weightedSpec = toVegaLite(out, 'heatmap', { x: 'area', y: 'theme', color: 'weighted_sources', title: `Quality-weighted sources by theme and ${across}` });
  return { table: out, gaps, spec, weightedSpec };
}

function areaTitle(across: 'region' | 'subregion' | 'country', scheme: 'm49' | 'mmp' | 'mixed'): string {
  if (across === 'country') return 'Country (ISO 3166-1)';
  if (across === 'region' && scheme === 'mmp') return 'Region (MMP region of incident)';
  if (across === 'region' && scheme === 'mixed') return "Region (UN M49 or the record's own; MMP's region of incident for MMP records)";
  return `${across === 'subregion' ? 'Sub-region' : 'Region'} (UN M49, or the record's own)`;
}

function areaDescription(across: 'region' | 'subregion' | 'country', scheme: 'm49' | 'mmp' | 'mixed'): string {
  if (across === 'country') return 'Country the record is about (ISO 3166-1 alpha-3).';
  const m49 = `UN M49 ${across} (or the record's own region)`;
  if (across === 'region' && scheme === 'mmp') return "MMP's region of incident (field mmp_region), as MMP publishes it.";
  if (across === 'region' && scheme === 'mixed') return `${m49}; for records imported from MMP, MMP's region of incident (field mmp_region).`;
  return `${m49}.`;
}

// Distinct sources over the cell's records.
function distinctSources(name: string, of: (row: number) => unknown[]): Measure {
  return {
    name,
    create() {
      const set = new Set<unknown>();
      return { add: (i) => of(i).forEach((s) => set.add(s)), value: () => set.size };
    },
  };
}

// Each distinct source once, weighted by its quality / 5 (the best quality a record gives it).
function weightedSources(name: string, of: (row: number) => unknown[], quality: (source: unknown, row: number) => number): Measure {
  return {
    name,
    create() {
      const best = new Map<unknown, number>();
      return {
        add(i) {
          for (const s of of(i)) best.set(s, Math.max(best.get(s) ?? 0, quality(s, i)));
        },
        value: () => Math.round(([...best.values()].reduce((a, q) => a + q / 5, 0)) * 100) / 100,
      };
    },
  };
}
