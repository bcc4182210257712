import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The folder of the installed package (where `package.json`, `schemas/` and
 * `examples/data/` are), found by walking up from this module: the same code runs
 * from `src/cli/` in development and from `dist/` once built.
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'smuggling-evidence') return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the smuggling-evidence package folder');
    dir = up;
  }
}
