import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, from this file. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The public raw files, read in place (never copied into the repository). */
export const externalDir = path.resolve(repoRoot, '../shared/data/external');

/** True when the raw files are present; tests that need them skip otherwise. */
export const hasExternal = existsSync(externalDir);
if (!hasExternal) console.warn(`[skip] ${externalDir} is absent: tests on the public MMP / Frontex / CTDC files are skipped`);

/** Bytes of one raw file, e.g. `external('mmp-2020-webid/…csv')`. */
export function external(relative: string): Uint8Array {
  return readFileSync(path.join(externalDir, relative));
}
