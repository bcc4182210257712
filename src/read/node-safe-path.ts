/**
 * Paths taken from a dataset stay inside its folder (names written under `--out`: write/node-output-path.ts).
 *
 *   resourceProblem(root, path): string | undefined           (sync; why a descriptor path may not be read)
 *   resourcePath(root, path): string                          (the path inside root, or throws a ReadError)
 *
 * A descriptor path is relative, has no `..` segment, and once symbolic links are resolved (realpath) still lies
 * inside the descriptor's folder: `../x.csv`, `/etc/passwd`, `C:\x`, `file:` URLs and a link pointing out are all
 * refused with one line. A path that does not exist is left for the reader to report (it cannot point anywhere).
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { ReadError } from './read-error.js';

const inside = (root: string, target: string) => {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * Why `path` (from a descriptor in folder `root`) may not be read, or undefined when it may.
 *
 * @example resourceProblem('/data/pkg', '../outside/x.csv') // 'path "../outside/x.csv" leaves the package folder …'
 */
export function resourceProblem(root: string, path: string): string | undefined {
  const leaves = `path "${path}" leaves the package folder (Data Package paths are relative, without "..")`;
  if (path.includes('\0')) return `path "${path.replace(/\0/g, '\\0')}" holds a NUL character`;
  if (isAbsolute(path) || /^[a-zA-Z]:[\\/]/.test(path) || path.startsWith('\\') || /^[a-z][a-z0-9+.-]*:/i.test(path)) return leaves;
  if (path.split(/[\\/]/).includes('..')) return leaves;
  const full = resolve(root, path);
  if (!inside(resolve(root), full)) return leaves;
  let real: string;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return undefined;
  }
  try {
    real = realpathSync(full);
  } catch {
    return undefined; // missing: the reader says so
  }
  if (!inside(realRoot, real)) return `path "${path}" is a link to a file outside the package folder`;
  return undefined;
}

/**
 * `path` resolved inside `root`, or a ReadError saying why not.
 *
 * @example resourcePath('/data/pkg', 'incident.csv') // '/data/pkg/incident.csv'
 */
export function resourcePath(root: string, path: string): string {
  const problem = resourceProblem(root, path);
  if (problem) throw new ReadError(problem);
  return join(root, path);
}
