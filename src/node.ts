/**
 * smuggling-evidence/node: everything in the main entry, plus what needs Node's
 * file system (paths, fs streams, folders of files).
 */
export * from './index.js';

// Shipped datasets read from disk.
export { loadDataset } from './catalogue/node-load-dataset.js';
export { datasetsDir, fileDigest, checkDatasetDigests, datasetFolders, type DigestMismatch } from './catalogue/node-dataset-files.js';

// Files, folders and datapackage.json (these loaders also accept a path or file: URL).
export { loadCSV, loadJSON, loadNDJSON, streamFile, fileChunks, type StreamFileOptions } from './read/node-load.js';
export { discoverDataset, typeFromName, type DatasetLayout, type DatasetFile, type DiscoverOptions } from './read/node-discover.js';
export { resourceProblem, resourcePath } from './read/node-safe-path.js';
export { outputPath } from './write/node-output-path.js';
export { validateFile, type ValidateFileOptions, type Progress } from './validate/node-validate-file.js';
export { streamColumns, type StreamColumnsOptions } from './validate/node-stream-columns.js';
export { openDuckDB, summarizeInDuckDB, readRecordsSql, duckdbTypes, duckdbMissing, type DuckDBSession, type DuckDBOptions } from './sql/node-duckdb.js';
