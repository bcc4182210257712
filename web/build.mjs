/**
 * Builds the validator page into web/dist/ (a folder any static host can serve):
 *   1. web/gen/validators.js: Ajv standalone validators (no schema compiled in the browser);
 *   2. esbuild bundles of the page (main.js) and its worker (worker.js), with the core's
 *      src/model/registry.ts swapped for web/src/registry.ts, which uses those validators;
 *   3. index.html and style.css copied; the weight of the JavaScript printed (limit 200 kB gzip).
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const web = dirname(fileURLToPath(import.meta.url));
const root = resolve(web, '..');
const out = join(web, 'dist');
const LIMIT = 200 * 1024;

execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(web, 'scripts/gen-validators.ts')], { stdio: 'inherit' });

const coreRegistry = join(root, 'src/model/registry.ts');
const standIn = join(web, 'src/registry.ts');
/** Swap the core registry (Ajv compiling at run time) for the precompiled one, and acorn for a stub. */
const precompiled = {
  name: 'precompiled-validators',
  setup(b) {
    b.onResolve({ filter: /(^|\/)registry\.js$/ }, (args) => {
      const p = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
      return p === coreRegistry ? { path: standIn } : undefined;
    });
    // Arquero's expression parser (acorn, then Function): unused by the page, forbidden by its CSP.
    b.onResolve({ filter: /^acorn$/ }, () => ({ path: join(web, 'src/no-acorn.ts') }));
    // table.objects() compiles a row builder with Function: a loop instead.
    b.onResolve({ filter: /row-object\.js$/ }, (args) =>
      args.resolveDir.includes('node_modules/arquero/') ? { path: join(web, 'src/arquero-row-object.ts') } : undefined);
  },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const result = await build({
  entryPoints: { main: join(web, 'src/main.ts'), worker: join(web, 'src/worker.ts') },
  outdir: out,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['chrome110', 'firefox115', 'safari16'],
  platform: 'browser',
  plugins: [precompiled],
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
});
for (const f of ['index.html', 'style.css', 'favicon.svg']) copyFileSync(join(web, f), join(out, f));
writeFileSync(join(out, 'meta.json'), JSON.stringify(result.metafile));

let total = 0;
const lines = [];
for (const f of ['main.js', 'worker.js']) {
  const buf = readFileSync(join(out, f));
  const gz = gzipSync(buf, { level: 9 }).length;
  total += gz;
  lines.push(`  ${f.padEnd(10)} ${(buf.length / 1024).toFixed(1).padStart(7)} kB minified  ${(gz / 1024).toFixed(1).padStart(6)} kB gzip`);
}
console.log(`web/dist: page JavaScript\n${lines.join('\n')}\n  total      ${(total / 1024).toFixed(1)} kB gzip (limit ${LIMIT / 1024} kB)`);
if (total > LIMIT) {
  console.error(`web/dist: the page's JavaScript is ${(total / 1024).toFixed(1)} kB gzip, over the ${LIMIT / 1024} kB limit`);
  process.exit(1);
}
