// docs/architecture.md draws the layers of src/; this test reads every import of every
// file under src/ and fails when a folder imports one above it, or when anything but
// src/model/ imports schemas/*.json, so the picture stays true.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const src = join(repo, 'src');

// Lowest first: a folder may import folders of a lower rank only (the same rank is a sibling, not allowed).
const rank: Record<string, number> = {
  errors: 0,
  model: 0,
  read: 1,
  validate: 2,
  write: 2,
  summarize: 3,
  codebook: 3,
  chart: 4,
  sql: 4,
  geo: 3,
  indicator: 5,
  link: 5,
  adapters: 4,
  catalogue: 4,
  report: 5,
  cli: 6,
  index: 7,
  node: 8,
  'node-worker': 8,
};
// Edges that break the picture and are on their way out (none now: the report composer sits
// above summarize/ and chart/).
const known = new Set<string>();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(p) ? [p] : [];
  });
}

const layerOf = (path: string) => relative(src, path).split('/')[0].replace(/\.ts$/, '');

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:\bfrom|\bimport\(|^import)\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
}

describe('the layers of docs/architecture.md', () => {
  const edges = new Map<string, string[]>();
  for (const file of files(src)) {
    const from = layerOf(file);
    for (const spec of imports(file)) {
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(src + '/')) continue;
      const to = layerOf(target);
      if (to === from) continue;
      const key = `${from} -> ${to}`;
      edges.set(key, [...(edges.get(key) ?? []), relative(repo, file)]);
    }
  }

  it('knows every folder of src/', () => {
    const folders = readdirSync(src).map((f) => f.replace(/\.ts$/, ''));
    expect(folders.filter((f) => !(f in rank))).toEqual([]);
  });

  it('no folder imports one above it or beside it', () => {
    const upward = [...edges]
      .filter(([key]) => !known.has(key))
      .filter(([key]) => {
        const [from, to] = key.split(' -> ');
        return rank[to] >= rank[from];
      })
      .map(([key, where]) => `${key} (${where[0]})`);
    expect(upward).toEqual([]);
  });

  it('only src/model/ imports schemas/*.json', () => {
    const offenders = [...files(src), ...files(join(repo, 'scripts'))].filter((file) => {
      if (file.startsWith(join(src, 'model') + '/')) return false;
      return imports(file).some((spec) => /schemas\/[^/]+\.json$/.test(spec));
    });
    expect(offenders.map((f) => relative(repo, f))).toEqual([]);
  });

  it('nothing in the browser-safe core imports node:*', () => {
    const offenders = files(src).filter((file) => {
      const rel = relative(src, file);
      if (rel === 'node.ts' || rel.startsWith('cli/') || /(^|\/)node-[^/]+\.ts$/.test(rel)) return false;
      return imports(file).some((spec) => spec.startsWith('node:'));
    });
    expect(offenders.map((f) => relative(repo, f))).toEqual([]);
  });
});
