/** The formats the loaders read. */
export type DataFormat = 'csv' | 'json' | 'ndjson';

/**
 * The data format of a file name or URL, from its extension; undefined when unknown.
 *
 * @example formatOf('incidents.jsonl') // 'ndjson'
 */
export function formatOf(name: string): DataFormat | undefined {
  const ext = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
  if (ext === 'json') return 'json';
  if (ext === 'ndjson' || ext === 'jsonl') return 'ndjson';
  return undefined;
}
