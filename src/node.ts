/**
 * smuggling-evidence/node: everything in the main entry, plus what needs Node's
 * file system (paths, fs streams, folders of files).
 */
export * from './index.js';
