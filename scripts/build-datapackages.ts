// Recompute bytes and sha256 of every resource of every dataset, so descriptors stay true
// after a data file is edited. Usage: npx tsx scripts/build-datapackages.ts [datasets-dir]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetFolders } from '../src/catalogue/node-dataset-files.js';
import { refreshDescriptor, writeCatalogueIndex } from './dataset-files.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(process.argv[2] ?? path.join(root, 'datasets'));
for (const name of datasetFolders(dir)) {
  const changed = refreshDescriptor(path.join(dir, name));
  console.log(`${name}: ${changed.length ? `updated ${changed.join(', ')}` : 'unchanged'}`);
}
if (dir === path.join(root, 'datasets')) writeCatalogueIndex();
