import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadDatasetFrom, type DatasetRecords } from './catalogue.js';
import { datasetsDir } from './node-dataset-files.js';

/**
 * Load a shipped dataset from the package's `datasets/` folder: records by type, a fresh copy
 * on every call (files are read when called, not at import).
 *
 * @example const { incident } = await loadDataset('synthetic-demo')
 */
export function loadDataset(name: string): Promise<DatasetRecords> {
  const dir = datasetsDir();
  return loadDatasetFrom(name, (file) => readFile(path.join(dir, name, file), 'utf8'));
}
