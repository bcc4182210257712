import { table as aqTable, type ColumnTable } from 'arquero';
import { toVegaLite } from '../chart/to-vega-lite.js';
import { setSummaryInfo, summaryInfo } from '../summarize/describe-columns.js';
import { evidenceIndex, type DatasetInput } from '../summarize/evidence-index.js';
import { gapMap, type GapMap, type GapMapOptions } from './gap-map.js';

/** One dataset of a combined gap map: its name, and its records per type (or its `evidenceIndex`). */
export interface NamedDataset {
  /** Distinguishes the dataset's records from those of the others (its Data Package `name`). */
  name: string;
  dataset: DatasetInput | ColumnTable;
}

/**
 * One evidence-gap map over several datasets. Each cell counts the distinct sources behind the
 * evidence records of all the datasets: a source cited by two datasets (the same source id, as
 * ids such as `src-iom-2018-…` are meant to be stable across datasets) counts once; a record
 * citing no source counts as one source of its own dataset. Records are counted beside, in every
 * dataset; `source` records are never evidence. Quality-weighted as `gapMap`, a source's weight
 * the best quality any dataset gives it.
 *
 * Give each dataset only the records it may publish (valid, not restricted): the map counts what it is given.
 *
 * @example combinedGapMap([{ name: 'a', dataset: { incident: a } }, { name: 'b', dataset: { 'court-case': b } }]).gaps
 */
export function combinedGapMap(datasets: readonly NamedDataset[], options: GapMapOptions = {}): GapMap {
  const names = datasets.map((d) => d.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) throw new Error(`combinedGapMap: two datasets are named "${twice}"; give each its own name`);
  const indexes = datasets.map(({ name, dataset }) => ({
    name,
    index: typeof (dataset as ColumnTable).columnNames === 'function' ? (dataset as ColumnTable) : evidenceIndex(dataset as DatasetInput),
  }));
  const columns = [...new Set(indexes.flatMap((d) => d.index.columnNames()))];
  const cols: Record<string, unknown[]> = Object.fromEntries(columns.map((c) => [c, []]));
  for (const { name, index } of indexes) {
    const n = index.numRows();
    const kinds = index.array('record_type') as unknown[];
    for (const c of columns) {
      const values = index.columnNames().includes(c) ? (index.array(c) as unknown[]) : [];
      // Record ids are only unique within a dataset: an evidence record's own id is qualified by
      // its dataset, so the stand-in source of a record citing none is never merged across datasets.
      // Source ids (of source records and in source_ids) are kept: they name the same source everywhere.
      for (let i = 0; i < n; i++) cols[c].push(c === 'id' && kinds[i] !== 'source' ? `${name}/${String(values[i])}` : (values[i] ?? null));
    }
  }
  const map = gapMap(aqTable(cols), options);
  const info = summaryInfo(map.table);
  const across = options.across ?? 'region';
  const note = `Combined over ${datasets.length} datasets (${names.join(', ')}): a source cited by several of them counts once in a cell; records are counted in each dataset.`;
  if (info) setSummaryInfo(map.table, { ...info, notes: [note, ...info.notes] });
  // Rebuilt so that the charts' titles and subtitles say they combine datasets.
  const of = `by theme and ${across}, across ${datasets.length} datasets`;
  return {
    ...map,
    spec: toVegaLite(map.table, 'heatmap', { x: 'area', y: 'theme', color: 'sources', title: `Distinct sources of evidence ${of}` }),
    weightedSpec: toVegaLite(map.table, 'heatmap', { x: 'area', y: 'theme', color: 'weighted_sources', title: `Quality-weighted sources ${of}` }),
  };
}
