/**
 * The data files of what the user picked: one file, several files, a folder, or a folder
 * with a datapackage.json (resources then say each file's path and record type), the
 * way the CLI reads a folder (src/read/node-discover.ts) but from browser Files.
 */
import { isRecordType, type RecordType } from '../../src/model/record-types.js';
import { formatOf, type DataFormat } from '../../src/read/format-of.js';
import type { ReadOptions } from '../../src/read/options.js';
import { ReadError } from '../../src/read/read-error.js';
import type { InputFile } from './protocol.js';
import { typeFromName } from './type-from-name.js';

export interface PageFile {
  /** Name in reports: the path relative to the folder or descriptor. */
  name: string;
  file?: Blob;
  format: DataFormat;
  type?: RecordType;
  options?: ReadOptions;
  data?: object[];
  problem?: string;
}

export interface PageLayout {
  /** True for a folder, several files or a Data Package: checked together as one dataset. */
  dataset: boolean;
  descriptor?: string;
  files: PageFile[];
  bytes: number;
}

const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/') + 1) : '');

async function fromDescriptor(desc: InputFile, all: InputFile[]): Promise<PageLayout> {
  let descriptor: any;
  try {
    descriptor = JSON.parse(await desc.file.text());
  } catch (err) {
    throw new ReadError(`${desc.path} is not valid JSON: ${(err as Error).message}`);
  }
  if (!descriptor || !Array.isArray(descriptor.resources)) throw new ReadError(`${desc.path} is not a Data Package descriptor: it has no "resources" list`);
  const root = dirOf(desc.path);
  const byPath = new Map(all.map((f) => [f.path.startsWith(root) ? f.path.slice(root.length) : f.path, f.file]));
  const files: PageFile[] = [];
  let bytes = 0;
  descriptor.resources.forEach((res: any, i: number) => {
    const declared = [res['x-record-type'], res.name].find(isRecordType);
    const label = res.name ?? `resource ${i + 1}`;
    const options: ReadOptions = {};
    if ([',', ';', '\t', '|'].includes(res.dialect?.delimiter)) options.delimiter = res.dialect.delimiter;
    if (typeof res.encoding === 'string' && /^(utf-16le|utf-16be|windows-1252)$/i.test(res.encoding)) options.encoding = res.encoding.toLowerCase();
    if (Array.isArray(res.data)) {
      files.push({ name: `${label} (inline data)`, format: 'json', type: declared, data: res.data });
      return;
    }
    for (const p of Array.isArray(res.path) ? res.path : [res.path]) {
      if (typeof p !== 'string' || !p) {
        files.push({ name: label, format: 'csv', problem: `resource "${label}" has no path and no data` });
        continue;
      }
      const format = (typeof res.format === 'string' && formatOf(`x.${res.format}`)) || formatOf(p) || 'csv';
      const type = declared ?? typeFromName(p);
      const file = byPath.get(p.replace(/^\.\//, ''));
      if (/^https?:\/\//i.test(p)) files.push({ name: p, format, type, problem: `remote resource "${p}" is not fetched by the page (nothing leaves your machine); check it with the CLI` });
      else if (!file) files.push({ name: p, format, type, problem: `file "${p}" named in ${desc.path} was not among the files picked: pick the whole folder` });
      else {
        bytes += file.size;
        files.push({ name: p, file, format, type, options });
      }
    }
  });
  return { dataset: true, descriptor: desc.path, files, bytes };
}

/**
 * What to check, from the files picked or dropped.
 *
 * @example await layoutOf([{ file, path: 'incident.csv' }]) // { dataset: false, files: [...] }
 */
export async function layoutOf(input: InputFile[]): Promise<PageLayout> {
  const desc = input.filter((f) => f.path.split('/').pop() === 'datapackage.json').sort((a, b) => a.path.length - b.path.length)[0];
  if (desc) return fromDescriptor(desc, input);
  const data = input.filter((f) => formatOf(f.path) && !f.path.split('/').some((part) => part.startsWith('.')));
  if (!data.length) throw new ReadError(`no data file among ${input.map((f) => f.path).join(', ') || 'the files given'}: give .csv, .json, .ndjson or .jsonl files`);
  data.sort((a, b) => a.path.localeCompare(b.path));
  const files = data.map((f) => ({ name: f.path, file: f.file, format: formatOf(f.path)!, type: typeFromName(f.path) }));
  return { dataset: files.length > 1, files, bytes: files.reduce((n, f) => n + f.file.size, 0) };
}
