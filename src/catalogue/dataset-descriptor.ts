import type { RecordType } from '../model/record-types.js';

/** One file of a shipped dataset. */
export interface DatasetFileInfo {
  /** Resource name (the record type). */
  name: string;
  /** Path relative to the dataset folder, e.g. `incident.csv`. */
  path: string;
  format: string;
  /** Record type of the rows. */
  recordType: RecordType;
  bytes: number;
  /** `sha256:<hex>` of the file. */
  hash: string;
  description?: string;
}

/** A shipped dataset's Data Package metadata, without the Table Schemas. */
export interface DatasetDescriptor {
  name: string;
  title: string;
  description: string;
  version: string;
  keywords?: string[];
  licenses: { name?: string; path?: string; title?: string }[];
  sources: { title: string; path?: string; version?: string }[];
  contributors: { title: string; roles?: string[] }[];
  resources: DatasetFileInfo[];
}
