import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDuckDB, type DuckDBSession } from '../../src/sql/node-duckdb.js';
import { repoRoot, spawnCli } from '../helpers/built-cli.js';

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

// The CLI's two engines on the same files: byte-identical output.
function bothEngines(args: string[]) {
  const mem = spawnCli('summarize', ...args);
  const duck = spawnCli('summarize', ...args, '--engine', 'duckdb');
  return { mem, duck };
}

describe('summarize --engine duckdb (rows through the appender) against the in-memory engine', () => {
  it('gives identical output on 50,000 generated incidents, restricted records withheld', () => {
    const file = join(dir, 'generated.csv');
    const gen = spawnSync(process.execPath, [join(repoRoot, 'bench/generate.mjs'), '50000', file], { encoding: 'utf8' });
    expect(gen.status, gen.stderr).toBe(0);
    // Some records restricted: both engines must withhold them alike.
    const lines = readFileSync(file, 'utf8').split('\n');
    let restricted = 0;
    for (let i = 1; i < lines.length; i += 97) {
      if (lines[i].includes(',public,')) {
        lines[i] = lines[i].replace(',public,', ',restricted,');
        restricted++;
      }
    }
    writeFileSync(file, lines.join('\n'));
    for (const by of ['year,region', 'theme,country', 'month']) {
      const { mem, duck } = bothEngines([file, '--type', 'incident', '--by', by, '--format', 'json']);
      expect(mem.status, mem.stderr).toBe(0);
      expect(duck.status, duck.stderr).toBe(0);
      expect(duck.stdout).toBe(mem.stdout);
      expect(duck.stderr).toBe(mem.stderr);
      expect(mem.stderr).toContain(`${restricted} restricted or confidential record(s) left out`);
      const groups = JSON.parse(mem.stdout) as { records: number }[];
      expect(groups.length).toBeGreaterThan(5);
    }
  });

  it('gives identical output on every example record type (every kind of column), in json and text', () => {
    const files = readdirSync(join(repoRoot, 'examples/data')).filter((f) => f.endsWith('.csv'));
    let summarised = 0;
    for (const f of files) {
      for (const extra of [['--format', 'json'], ['--format', 'text', '--include-illustrative', '--include-restricted']]) {
        const { mem, duck } = bothEngines([join('examples/data', f), '--by', 'theme', ...extra]);
        // A type without a summary by theme fails the same way in both.
        expect({ status: duck.status, stdout: duck.stdout, stderr: duck.stderr }, f).toEqual({ status: mem.status, stdout: mem.stdout, stderr: mem.stderr });
        if (mem.status === 0) summarised++;
      }
    }
    expect(summarised).toBeGreaterThanOrEqual(12);
  });
});
