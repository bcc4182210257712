import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The `datasets/` folder shipped with the package, found by walking up from this module
 * (the same code runs from `src/` in tests and from `dist/` when installed).
 *
 * @example datasetsDir() // '/…/node_modules/smuggling-evidence/datasets'
 */
export function datasetsDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'datasets');
    if (existsSync(path.join(candidate, 'istanbul-2017', 'datapackage.json'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('the shipped datasets/ folder was not found next to the package');
}

/**
 * Size and `sha256:` hash of a file, as a Data Package resource declares them.
 *
 * @example fileDigest('datasets/istanbul-2017/source.csv') // { bytes: 1234, hash: 'sha256:…' }
 */
export function fileDigest(file: string): { bytes: number; hash: string } {
  const data = readFileSync(file);
  return { bytes: data.length, hash: 'sha256:' + createHash('sha256').update(data).digest('hex') };
}

/** A resource whose declared bytes or hash differ from its file. */
export interface DigestMismatch {
  resource: string;
  path: string;
  declared: { bytes?: number; hash?: string };
  actual: { bytes: number; hash: string } | 'missing';
}

/**
 * Compare every resource of a `datapackage.json` with its file: empty when the descriptor is true.
 *
 * @example checkDatasetDigests('datasets/annual-figures') // []
 */
export function checkDatasetDigests(dir: string): DigestMismatch[] {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'datapackage.json'), 'utf8'));
  const out: DigestMismatch[] = [];
  for (const r of pkg.resources ?? []) {
    const file = path.join(dir, r.path);
    const actual = existsSync(file) ? fileDigest(file) : 'missing';
    if (actual === 'missing' || actual.bytes !== r.bytes || actual.hash !== r.hash) {
      out.push({ resource: r.name, path: r.path, declared: { bytes: r.bytes, hash: r.hash }, actual });
    }
  }
  return out;
}

/**
 * The names of the datasets in a folder (sub-folders holding a `datapackage.json`).
 *
 * @example datasetFolders(datasetsDir()) // ['annual-figures', 'istanbul-2017', 'synthetic-demo']
 */
export function datasetFolders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'datapackage.json')))
    .map((d) => d.name)
    .sort();
}
