// Where tests find the real public files (MMP, Frontex, CTDC). They are never copied into
// the repository: by default they sit in ../shared/data/external beside the clone, and
// SMUGGLING_EVIDENCE_EXTERNAL points anywhere else. Nothing here reads a file while vitest
// collects tests: a clone without the folder must skip those tests, not crash.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, from this file. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The folder of public raw files: $SMUGGLING_EVIDENCE_EXTERNAL, else ../shared/data/external. */
export const externalDir = path.resolve(
  repoRoot,
  process.env.SMUGGLING_EVIDENCE_EXTERNAL || path.join(repoRoot, '../shared/data/external'),
);

/** True when the folder holds the raw files; tests that need them skip otherwise. */
export const hasExternal = isFilledFolder(externalDir);

function isFilledFolder(dir: string): boolean {
  try {
    return existsSync(dir) && readdirSync(dir).length > 0;
  } catch {
    return false; // a file, or a folder we may not read: no raw files
  }
}

// One line per test file that needs the files (vitest loads this module once per file and
// prints the line under that file's name).
if (!hasExternal) {
  console.warn(`[skip] tests on the public MMP / Frontex / CTDC files: ${externalDir} is absent, empty or not a folder (set SMUGGLING_EVIDENCE_EXTERNAL to their folder)`);
}

/** Bytes of one raw file, e.g. `external('mmp-2020-webid/…csv')`; call it in a test or beforeAll, never at collection. */
export function external(relative: string): Uint8Array {
  return readFileSync(path.join(externalDir, relative));
}

/** Absolute path of one raw file, for tests that hand a path to the CLI or a loader. */
export function externalPath(relative: string): string {
  return path.join(externalDir, relative);
}

