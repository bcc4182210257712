// A summary of a big CSV file reads its second half on a worker thread: the rows handed on
// (to the in-memory store, or as arrays to the DuckDB stage) and the counts must be the ones a
// single thread gives, in the same order. The worker is the built one (dist/node-worker.js).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the bench generator is plain JavaScript
import { writeIncidentCSV } from '../../bench/generate.mjs';
import { createColumnStore } from '../../src/summarize/column-store.js';
import { loadColumns } from '../../src/summarize/node-load-columns.js';
import { storeTable } from '../../src/summarize/store-table.js';
import { allColumns } from '../../src/summarize/spec.js';
import { splitWorker } from '../../src/validate/node-validate-split.js';
import { ensureBuilt, repoRoot } from '../helpers/built-cli.js';

let dir: string;
let text: string;

beforeAll(async () => {
  ensureBuilt();
  splitWorker.url = pathToFileURL(join(repoRoot, 'dist/node-worker.js'));
  dir = mkdtempSync(join(tmpdir(), 'se-load-split-'));
  await writeIncidentCSV(join(dir, 'gen.csv'), 12_000);
  text = readFileSync(join(dir, 'gen.csv'), 'utf8');
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file's kept rows through the store and as arrays, on one thread or two. */
async function load(file: string, parallel: boolean) {
  let store: ReturnType<typeof createColumnStore> | undefined;
  const compact = await loadColumns(file, {
    type: 'incident',
    parallel,
    columns: (t) => allColumns(t),
    onRows: (source, rows, count, t) => (store ??= createColumnStore(allColumns(t))).add(source, rows, count),
  });
  const arrays: Record<string, unknown[]> = {};
  const plain = await loadColumns(file, {
    type: 'incident',
    parallel,
    columns: (t) => allColumns(t),
    onColumns: (c) => {
      for (const [k, v] of Object.entries(c)) (arrays[k] ??= []).push(...v);
    },
  });
  return { compact, plain, rows: store ? storeTable(store).objects() : [], arrays };
}

/** Data row `row` with its sensitivity, source quality or id changed. */
function edit(t: string, row: number, k: number, value: string): string {
  const lines = t.split('\n');
  lines[row] = lines[row].split(',').map((c, j) => (j === k ? value : c)).join(',');
  return lines.join('\n');
}

describe('loadColumns on two threads', () => {
  it('hands on the same rows, in the same order, with the same counts', async () => {
    // Restricted rows in both halves (withheld), an invalid row in the first (listed).
    const file = join(dir, 'mixed.csv');
    writeFileSync(file, edit(edit(edit(text, 3, 5, 'restricted'), 9_000, 5, 'confidential'), 7, 4, '9'));
    const two = await load(file, true);
    const one = await load(file, false);
    expect(two.compact).toEqual(one.compact);
    expect(two.plain).toEqual(one.plain);
    expect(two.rows).toEqual(one.rows);
    expect(two.arrays).toEqual(one.arrays);
    expect(one.compact).toMatchObject({ rows: 12_000, valid: 11_999, withheld: 2, kept: 11_997, problemCount: 1 });
  });

  it('says `again` and hands on nothing of the second half when one of its ids repeats the first', async () => {
    const file = join(dir, 'dup.csv');
    const firstId = text.split('\n')[1].split(',')[0];
    writeFileSync(file, edit(text, 11_000, 0, firstId));
    let handed = 0;
    const f = await loadColumns(file, { type: 'incident', parallel: true, columns: () => ['id'], onColumns: (c) => void (handed += c.id.length) });
    expect(f.again).toBe(true);
    expect(handed).toBeLessThan(7_000);
    const one = await load(file, false);
    expect(one.compact.problemCount).toBe(1);
  });
});
