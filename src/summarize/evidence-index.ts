import { table as aqTable, type ColumnTable } from 'arquero';
import { isRecordType, recordTypes, type RecordType } from '../model/record-types.js';
import { dimensionAccessor, regionScheme } from './dimensions.js';
import { toTable } from './to-table.js';

/** Records of several types: per type, typed records or a table from `toTable`. */
export type DatasetInput = Partial<Record<RecordType, readonly object[] | ColumnTable>>;

/**
 * One row per record of every type, reduced to what cross-type summaries need:
 * `record_type`, `id`, `themes`, `year`, `countries`, `regions`, `subregions` (lists),
 * `route`, `source_ids`, `source_quality` and `region_scheme` (`mmp` where `regions` are MMP's
 * regions of incident, else `m49`: the record's own region or the UN M49 region of its countries).
 *
 * `source_quality` is the record's own where it gives one, else the mean quality of the
 * `source` records it cites (when the dataset has them), else null.
 *
 * @example evidenceIndex({ incident: incidents, source: sources }).objects()[0].regions // ['africa']
 */
export function evidenceIndex(dataset: DatasetInput): ColumnTable {
  const cols: Record<string, unknown[]> = {
    record_type: [],
    id: [],
    themes: [],
    year: [],
    countries: [],
    regions: [],
    subregions: [],
    route: [],
    source_ids: [],
    source_quality: [],
    region_scheme: [],
  };
  const sourceQuality = qualityOfSources(dataset);
  for (const [type, input] of Object.entries(dataset) as [string, DatasetInput[RecordType]][]) {
    if (!input) continue;
    if (!isRecordType(type)) throw new Error(`evidenceIndex: unknown record type "${type}" (types: ${recordTypes.join(', ')})`);
    const t = Array.isArray(input) ? toTable(input, type) : (input as ColumnTable);
    const n = t.numRows();
    const has = (c: string) => t.columnNames().includes(c);
    const ids = has('id') ? (t.array('id') as unknown[]) : [];
    const own = has('source_quality') ? (t.array('source_quality') as unknown[]) : [];
    const sources = has('source_ids') ? (t.array('source_ids') as unknown[]) : [];
    const dims = {
      themes: dimensionAccessor(t, type, 'theme'),
      year: dimensionAccessor(t, type, 'year'),
      countries: dimensionAccessor(t, type, 'country'),
      regions: dimensionAccessor(t, type, 'region'),
      subregions: dimensionAccessor(t, type, 'subregion'),
      route: dimensionAccessor(t, type, 'route'),
    };
    const list = (v: unknown[]) => v.filter((x) => x !== null);
    const scheme = regionScheme(t, type);
    for (let i = 0; i < n; i++) {
      cols.record_type.push(type);
      cols.id.push(ids[i] ?? null);
      cols.themes.push(list(dims.themes(i)));
      cols.year.push(dims.year(i)[0]);
      cols.countries.push(list(dims.countries(i)));
      cols.regions.push(list(dims.regions(i)));
      cols.subregions.push(list(dims.subregions(i)));
      cols.route.push(dims.route(i)[0]);
      const cited = Array.isArray(sources[i]) ? (sources[i] as string[]) : [];
      cols.source_ids.push(cited.slice());
      cols.source_quality.push(typeof own[i] === 'number' ? own[i] : meanOf(cited.map((s) => sourceQuality.get(s))));
      cols.region_scheme.push(scheme);
    }
  }
  return aqTable(cols);
}

function qualityOfSources(dataset: DatasetInput): Map<string, number> {
  const out = new Map<string, number>();
  const input = dataset.source;
  if (!input) return out;
  const t = Array.isArray(input) ? toTable(input, 'source') : (input as ColumnTable);
  if (!t.columnNames().includes('source_quality')) return out;
  const ids = t.array('id') as unknown[];
  const q = t.array('source_quality') as unknown[];
  ids.forEach((id, i) => {
    if (typeof id === 'string' && typeof q[i] === 'number') out.set(id, q[i] as number);
  });
  return out;
}

function meanOf(values: (number | undefined)[]): number | null {
  const nums = values.filter((v): v is number => typeof v === 'number');
  return nums.length ? nums.reduce((a, b) => a + b, 0) / nums.length : null;
}
