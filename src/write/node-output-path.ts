/**
 * outputPath(outDir, ...names): string
 *
 * A path inside `outDir` for names that come from data (a dataset's name, a chart's name): each name is made one
 * safe segment (`safeName`), and the result is checked to lie inside `outDir`, so `../../x` writes `outDir/x`.
 */
import { isAbsolute, join, relative, resolve } from 'node:path';
import { safeName } from './safe-name.js';

/**
 * `outDir` joined with safe names; throws when the result would not be inside `outDir`.
 *
 * @example outputPath('report', '../../x', 'report.md') // 'report/x/report.md'
 */
export function outputPath(outDir: string, ...names: string[]): string {
  const full = join(outDir, ...names.map(safeName));
  const rel = relative(resolve(outDir), resolve(full));
  if (rel.startsWith('..') || isAbsolute(rel)) throw new Error(`refusing to write ${full}: it is outside ${outDir}`);
  return full;
}
