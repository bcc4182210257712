import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDuckDB, type DuckDBSession } from '../../src/sql/node-duckdb.js';

let dir: string;
let db: DuckDBSession;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'se-appender-'));
  db = await openDuckDB({ path: join(dir, 'test.duckdb'), memoryLimit: '64MB', threads: 1, tempDirectory: join(dir, 'spill') });
});
afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the DuckDB appender', () => {
  it('puts every kind of column into a table as given, NULLs and lists included, across chunks', async () => {
    await db.run('CREATE TABLE kinds (n BIGINT, x DOUBLE, b BOOLEAN, s VARCHAR, l VARCHAR[])');
    const rows = 5000; // more than two of DuckDB's 2048-row chunks
    const n = Array.from({ length: rows }, (_, i) => (i % 7 === 0 ? null : i * 3 - 40));
    const x = Array.from({ length: rows }, (_, i) => (i % 11 === 0 ? null : i / 8));
    const b = Array.from({ length: rows }, (_, i) => (i % 5 === 0 ? null : i % 2 === 0));
    const s = Array.from({ length: rows }, (_, i) => (i % 13 === 0 ? null : `text ${i} — "quoted", ünïcode and a longer tail past the inline size`));
    const l = Array.from({ length: rows }, (_, i) => (i % 17 === 0 ? null : i % 3 === 0 ? [] : [`a${i}`, `b${i % 4}`]));
    const appender = await db.appender('kinds');
    appender.append([n.slice(0, 3000), x.slice(0, 3000), b.slice(0, 3000), s.slice(0, 3000), l.slice(0, 3000)]);
    appender.append([n.slice(3000), x.slice(3000), b.slice(3000), s.slice(3000), l.slice(3000)]);
    appender.close();
    const back = await db.rows('SELECT n, x, b, s, l FROM kinds');
    expect(back.length).toBe(rows);
    // Row order is not preserved (preserve_insertion_order=false): compare as sorted rows.
    const key = (r: Record<string, unknown>) => JSON.stringify([r.n, r.x, r.b, r.s, r.l]);
    const want = n.map((_, i) => key({ n: n[i], x: x[i], b: b[i], s: s[i], l: l[i] })).sort();
    expect(back.map(key).sort()).toEqual(want);
  });

  it('refuses a batch whose columns do not match the table', async () => {
    await db.run('CREATE TABLE two (a BIGINT, b VARCHAR)');
    const appender = await db.appender('two');
    expect(() => appender.append([[1]])).toThrow(/1 columns to a table of 2/);
    appender.close();
  });
});
