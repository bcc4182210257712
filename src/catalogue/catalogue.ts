import type { RecordType } from '../model/record-types.js';
import type { RecordOf } from '../model/types.generated.js';
import type { DatasetDescriptor } from './dataset-descriptor.js';
import { shippedDatasets } from './datasets.generated.js';
import { fromCSV } from '../read/from-csv.js';

/** One line of the catalogue. */
export interface DatasetSummary {
  name: string;
  title: string;
  version: string;
  description: string;
  /** Record types it holds, in file order. */
  recordTypes: RecordType[];
}

/** A dataset's description: its Data Package metadata plus a licence line and citation text. */
export interface DatasetInfo extends DatasetDescriptor {
  /** Licence names joined, e.g. `CC-BY-4.0`. */
  licence: string;
  /** Text to cite the dataset by. */
  citation: string;
}

/** The records of a dataset, by record type, each typed by its interface (`incident` → `Incident[]`). */
export type DatasetRecords = { [T in RecordType]?: RecordOf<T>[] };

function find(name: string): DatasetDescriptor {
  const d = shippedDatasets.find((x) => x.name === name);
  if (!d) throw new Error(`unknown dataset "${name}": available datasets are ${shippedDatasets.map((x) => x.name).join(', ')}`);
  return d;
}

/**
 * The datasets shipped with the package.
 *
 * @example listDatasets().map(d => d.name) // ['annual-figures', 'istanbul-2017', 'synthetic-demo']
 */
export function listDatasets(): DatasetSummary[] {
  return shippedDatasets.map((d) => ({
    name: d.name,
    title: d.title,
    version: d.version,
    description: d.description,
    recordTypes: d.resources.map((r) => r.recordType),
  }));
}

/**
 * Licence, sources, version, files and citation text of a shipped dataset (a fresh copy).
 *
 * @example describeDataset('istanbul-2017').citation
 */
export function describeDataset(name: string): DatasetInfo {
  const d = structuredClone(find(name)) as DatasetDescriptor;
  const licence = d.licenses.map((l) => l.name ?? l.title ?? l.path).join(', ');
  const authors = d.contributors.map((c) => c.title).join(', ');
  const sources = d.sources.map((s) => s.title).join('; ');
  const citation = `${authors}. ${d.title} (dataset, version ${d.version}), in smuggling-evidence. Licence ${licence}.${sources ? ` Sources: ${sources}.` : ''}`;
  return { ...d, licence, citation };
}

/**
 * Load a shipped dataset through a file reader you supply (e.g. `fetch` in a browser); files are
 * read only when called, and every call parses a fresh copy you may change freely.
 * In Node, `loadDataset(name)` from `smuggling-evidence/node` supplies the reader.
 *
 * @example await loadDatasetFrom('istanbul-2017', (p) => fetch(`/datasets/istanbul-2017/${p}`).then(r => r.text()))
 */
export async function loadDatasetFrom(name: string, read: (path: string) => string | Promise<string>): Promise<DatasetRecords> {
  const d = find(name);
  const out: DatasetRecords = {};
  for (const r of d.resources) {
    const loaded = fromCSV(await read(r.path), { type: r.recordType });
    const first = loaded.errors[0];
    if (first) throw new Error(`${name}/${r.path}: ${first.message}${loaded.errors.length > 1 ? ` (and ${loaded.errors.length - 1} more errors)` : ''}`);
    // Every row is valid (errors were thrown above), so the records are what their type says.
    (out as Record<RecordType, unknown[]>)[r.recordType] = loaded.records;
  }
  return out;
}
