// What `npm pack` puts in the published tarball: what users need (dist, schemas,
// datasets, example data, codebook, licence), and none of the development files.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[]; bin: Record<string, string>; scripts: Record<string, string> };
let files: string[] = [];
// npm adds these to every tarball whatever `files` says.
const alwaysPacked = /^(package\.json|README(\.md)?|LICEN[CS]E(\.md)?)$/i;
const promised = (f: string) => alwaysPacked.test(f) || pkg.files.some((entry) => f === entry || f.startsWith(`${entry}/`));

beforeAll(() => {
  if (!existsSync(join(root, 'dist/index.js'))) execFileSync('npx', ['tsup'], { cwd: root, stdio: 'ignore' });
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  files = JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
}, 120_000);

describe('npm pack', () => {
  it('holds exactly what `files` promises: nothing outside it, something for every entry', () => {
    expect(files.filter((f) => !promised(f))).toEqual([]);
    for (const entry of pkg.files) expect(files.some((f) => f === entry || f.startsWith(`${entry}/`)), entry).toBe(true);
  });

  it('builds dist/ before packing, so a fresh clone packs a working tarball', () => {
    expect(pkg.scripts.prepack).toMatch(/\btsup\b|npm run build/);
  });

  it('ships the file `bin` points at, with its shebang', () => {
    for (const target of Object.values(pkg.bin)) {
      const path = target.replace(/^\.\//, '');
      expect(files).toContain(path);
      expect(readFileSync(join(root, path), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    }
  });

  it('includes the built entries, their types and the CLI', () => {
    for (const f of ['dist/index.js', 'dist/index.d.ts', 'dist/node.js', 'dist/node.d.ts', 'dist/cli.js', 'package.json']) {
      expect(files).toContain(f);
    }
  });

  it('includes every schema', () => {
    for (const f of readdirSync(join(root, 'schemas'))) expect(files).toContain(`schemas/${f}`);
  });

  it('includes every dataset descriptor and the example data', () => {
    const datasets = existsSync(join(root, 'datasets'))
      ? readdirSync(join(root, 'datasets'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
      : [];
    for (const d of datasets) {
      if (existsSync(join(root, 'datasets', d, 'datapackage.json'))) expect(files).toContain(`datasets/${d}/datapackage.json`);
    }
    for (const f of readdirSync(join(root, 'examples/data'))) expect(files).toContain(`examples/data/${f}`);
  });

  it('includes the codebook, licence, changelog and citation', () => {
    for (const f of ['docs/codebook.md', 'LICENSE', 'CHANGELOG.md', 'CITATION.cff']) expect(files).toContain(f);
  });

  it('leaves out tests, sources, node_modules and local tooling', () => {
    const unwanted = files.filter((f) =>
      /^(test|src|node_modules|scripts|bench|\.ci|coverage|report)\//.test(f) || /\.test\.[cm]?[jt]s$/.test(f) || /^tsconfig|^vitest|^tsup/.test(f),
    );
    expect(unwanted).toEqual([]);
  });
});
