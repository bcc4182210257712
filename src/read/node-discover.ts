/**
 * Finding the data files of a dataset on disk: a folder of files named after their
 * record types, or a Data Package descriptor (datapackage.json).
 *
 *   discoverDataset(path: string): Promise<DatasetLayout>
 *   typeFromName(fileName: string): RecordType | undefined
 *
 * In a folder, every `.csv`, `.json`, `.ndjson` and `.jsonl` file is data (hidden files
 * excepted); a folder holding a datapackage.json is read through it. In a descriptor,
 * a resource's type is its `x-record-type`, else its name, else its file name, else the
 * `record_type` column found when reading.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { isRecordType, recordTypes, type RecordType } from '../model/record-types.js';
import { remoteProblem } from './fetch-limited.js';
import { formatOf, type DataFormat } from './format-of.js';
import { resourceProblem } from './node-safe-path.js';
import { fsMessage } from './node-load.js';
import type { ReadOptions } from './options.js';
import { ReadError } from './read-error.js';

/** One data file of a dataset. */
export interface DatasetFile {
  /** Name in reports: the path relative to the folder or descriptor. */
  name: string;
  /** Absolute path, or a URL for remote resources. */
  path: string;
  format: DataFormat;
  /** Declared or named type (undefined: read it from `record_type`). */
  type?: RecordType;
  /** Dialect hints from a descriptor. */
  options?: ReadOptions;
  /** Inline records (`data` of a descriptor resource). */
  data?: object[];
  /** Why the file cannot be read, when known before reading. */
  problem?: string;
}

/** What {@link discoverDataset} finds. */
export interface DatasetLayout {
  root: string;
  /** The descriptor, when there is one. */
  descriptor?: string;
  files: DatasetFile[];
  /** Total bytes of the local files (for progress). */
  bytes: number;
}

/**
 * The record type a file name stands for: `incident.csv`, `incidents.csv`,
 * `court-case-2024.ndjson`, `court_cases.json`.
 *
 * @example typeFromName('court-cases-2024.csv') // 'court-case'
 */
export function typeFromName(fileName: string): RecordType | undefined {
  const stem = basename(fileName).replace(/\.[^.]+$/, '').toLowerCase().replace(/_/g, '-');
  const byLength = [...recordTypes].sort((a, b) => b.length - a.length);
  for (const t of byLength) {
    if (stem === t || stem === `${t}s`) return t;
    if (new RegExp(`^${t}s?[-.]`).test(stem)) return t;
  }
  return undefined;
}

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}

/** Options of {@link discoverDataset}. */
export interface DiscoverOptions {
  /** Read `http(s):` resources of a descriptor (then only `https:`); default false: they are reported, not fetched. */
  allowRemote?: boolean;
}

async function fromDescriptor(file: string, discover: DiscoverOptions = {}): Promise<DatasetLayout> {
  const root = dirname(resolve(file));
  let descriptor: any;
  try {
    descriptor = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new ReadError(err instanceof SyntaxError ? `${file} is not valid JSON: ${err.message}` : fsMessage(err, file));
  }
  if (!descriptor || !Array.isArray(descriptor.resources)) throw new ReadError(`${file} is not a Data Package descriptor: it has no "resources" list`);
  const files: DatasetFile[] = [];
  let bytes = 0;
  for (const [i, res] of descriptor.resources.entries()) {
    const declared = [res['x-record-type'], res.name].find(isRecordType);
    const options: ReadOptions = {};
    if (typeof res.dialect?.delimiter === 'string' && [',', ';', '\t', '|'].includes(res.dialect.delimiter)) options.delimiter = res.dialect.delimiter;
    if (typeof res.encoding === 'string' && /^(utf-16le|utf-16be|windows-1252)$/i.test(res.encoding)) options.encoding = res.encoding.toLowerCase();
    const label = res.name ?? `resource ${i + 1}`;
    if (Array.isArray(res.data)) {
      files.push({ name: `${label} (inline data)`, path: file, format: 'json', type: declared, data: res.data });
      continue;
    }
    const paths: unknown[] = Array.isArray(res.path) ? res.path : [res.path];
    for (const p of paths) {
      if (typeof p !== 'string' || !p) {
        files.push({ name: label, path: file, format: 'csv', problem: `resource "${label}" has no path and no data` });
        continue;
      }
      const remote = /^https?:\/\//i.test(p);
      const format = (typeof res.format === 'string' && formatOf(`x.${res.format}`)) || formatOf(p) || 'csv';
      const type = declared ?? typeFromName(p);
      // Paths stay inside the package folder (symlinks resolved); URLs are read only when asked, over https.
      const problem = remote
        ? discover.allowRemote
          ? remoteProblem(p)
          : `remote resource ${p} is not read: pass --allow-remote (API: allowRemote: true) to fetch it`
        : resourceProblem(root, p);
      if (problem) {
        files.push({ name: p, path: p, format, type, problem });
        continue;
      }
      const path = remote ? p : join(root, p);
      if (!remote) bytes += await sizeOf(path);
      files.push({ name: p, path, format, type, options });
    }
  }
  return { root, descriptor: file, files, bytes };
}

/**
 * The data files of a folder or Data Package descriptor.
 *
 * @example const { files } = await discoverDataset('datasets/istanbul-2017');
 */
export async function discoverDataset(path: string, options: DiscoverOptions = {}): Promise<DatasetLayout> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    throw new ReadError(fsMessage(err, path));
  }
  if (!info.isDirectory()) return fromDescriptor(path, options);
  const entries = await readdir(path, { withFileTypes: true });
  if (entries.some((e) => e.isFile() && e.name === 'datapackage.json')) return fromDescriptor(join(path, 'datapackage.json'), options);
  const root = resolve(path);
  const files: DatasetFile[] = [];
  let bytes = 0;
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!e.isFile() || e.name.startsWith('.')) continue;
    const format = formatOf(e.name);
    if (!format) continue;
    const full = join(root, e.name);
    bytes += await sizeOf(full);
    files.push({ name: relative(root, full).split(sep).join('/'), path: full, format, type: typeFromName(e.name) });
  }
  if (!files.length) throw new ReadError(`${path} holds no data files (.csv, .json, .ndjson, .jsonl)`);
  return { root, files, bytes };
}

/**
 * True when a path names a dataset (a folder, or a *.json file that is a descriptor by name).
 *
 * @example await isDatasetPath('datasets/istanbul-2017') // true
 */
export async function isDatasetPath(path: string): Promise<boolean> {
  try {
    if ((await stat(path)).isDirectory()) return true;
  } catch {
    return false;
  }
  return basename(path) === 'datapackage.json';
}
