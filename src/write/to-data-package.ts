import { isRecordType, type RecordType } from '../model/record-types.js';
import { toTableSchema, type TableSchema } from './to-table-schema.js';

/**
 * The profile URL every exported Data Package declares.
 *
 * @example toDataPackage(dataset).$schema === DATA_PACKAGE_PROFILE // true
 */
export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
/**
 * The profile URL of the CSV dialect we write.
 *
 * @example toDataPackage(dataset).resources[0].dialect?.$schema === TABLE_DIALECT_PROFILE
 */
export const TABLE_DIALECT_PROFILE = 'https://datapackage.org/profiles/2.0/tabledialect.json';

/** A licence, as Data Package v2 describes one. */
export interface License {
  /** SPDX-style id, e.g. `CC-BY-4.0`. A licence needs a `name` or a `path`. */
  name?: string;
  path?: string;
  title?: string;
}

/** Where data came from, as Data Package v2 describes it. */
export interface PackageSource {
  title: string;
  path?: string;
  email?: string;
  version?: string;
}

/** Who made the dataset. */
export interface Contributor {
  title: string;
  path?: string;
  email?: string;
  givenName?: string;
  familyName?: string;
  organization?: string;
  /** E.g. `creator`, `contributor`, `publisher`. */
  roles?: string[];
}

/** One file of a dataset: the records of one type. */
export interface DatasetResource {
  /** Record type the file holds. */
  type: RecordType;
  /** Path of the file, relative to the descriptor (POSIX, no `..`), or several parts. */
  path: string | string[];
  /** Resource name. Default: the record type. */
  name?: string;
  title?: string;
  description?: string;
  /** File format. Default from the path's extension (`csv`, `json`, `ndjson`...). */
  format?: string;
  bytes?: number;
  /** `sha256:<hex>` or an MD5 hex digest. */
  hash?: string;
  licenses?: License[];
  sources?: PackageSource[];
}

/** What {@link toDataPackage} needs to describe a dataset. */
export interface DatasetDescription {
  /** Package name: lower case, `-`, `_`, `.` (e.g. `istanbul-2017-examples`). */
  name: string;
  title?: string;
  description?: string;
  /** Data version (semver), independent of the library version. */
  version?: string;
  homepage?: string;
  keywords?: string[];
  /** ISO 8601 date-time. */
  created?: string;
  licenses?: License[];
  sources?: PackageSource[];
  contributors?: Contributor[];
  resources: DatasetResource[];
}

/** A Data Package v2 resource descriptor, as we emit it. */
export interface DataPackageResource {
  name: string;
  type: 'table';
  path: string | string[];
  format: string;
  mediatype: string;
  encoding: 'utf-8';
  title?: string;
  description?: string;
  bytes?: number;
  hash?: string;
  licenses?: License[];
  sources?: PackageSource[];
  dialect?: { $schema: string; delimiter: string; header: boolean };
  schema: TableSchema;
  /** Our record type id, so our validator knows which schema a file follows. */
  'x-record-type': RecordType;
}

/** A Data Package v2 descriptor. */
export interface DataPackage extends Omit<DatasetDescription, 'resources'> {
  $schema: string;
  resources: DataPackageResource[];
}

const mediatypes: Record<string, string> = {
  csv: 'text/csv',
  json: 'application/json',
  ndjson: 'application/x-ndjson',
  jsonl: 'application/x-ndjson',
  arrow: 'application/vnd.apache.arrow.file',
};

function formatOf(path: string | string[]): string {
  const first = Array.isArray(path) ? path[0] : path;
  return /\.([a-z0-9]+)$/i.exec(first ?? '')?.[1]?.toLowerCase() ?? 'csv';
}

/**
 * The Data Package (v2) descriptor of a dataset: its metadata plus, for each file,
 * a tabular resource whose `schema` is the record type's Table Schema, with
 * foreign keys pointing at the dataset's own resource names.
 *
 * @example toDataPackage({ name: 'demo', resources: [{ type: 'source', path: 'source.csv' }] })
 */
export function toDataPackage(dataset: DatasetDescription): DataPackage {
  const { resources, ...meta } = dataset;
  if (!resources?.length) throw new Error(`dataset "${dataset.name}": a Data Package needs at least one resource`);
  const nameOf = new Map<RecordType, string>();
  for (const r of resources) {
    if (!isRecordType(r.type)) throw new Error(`dataset "${dataset.name}": unknown record type "${r.type}"`);
    if (!nameOf.has(r.type)) nameOf.set(r.type, r.name ?? r.type);
  }
  const seen = new Set<string>();
  const out = resources.map((r): DataPackageResource => {
    const name = r.name ?? r.type;
    if (seen.has(name)) throw new Error(`dataset "${dataset.name}": two resources are named "${name}"; give each a unique name`);
    seen.add(name);
    const format = r.format ?? formatOf(r.path);
    const { type, name: _n, format: _f, ...rest } = r;
    return {
      name,
      type: 'table',
      ...rest,
      format,
      mediatype: mediatypes[format] ?? 'application/octet-stream',
      encoding: 'utf-8',
      ...(format === 'csv' ? { dialect: { $schema: TABLE_DIALECT_PROFILE, delimiter: ',', header: true } } : {}),
      schema: toTableSchema(type, { resourceName: (t) => nameOf.get(t) ?? t }),
      'x-record-type': type,
    };
  });
  return { $schema: DATA_PACKAGE_PROFILE, ...meta, resources: out };
}
