import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDuckDB, summarizeInDuckDB, type DuckDBSession } from '../../src/sql/node-duckdb.js';
import { createCsvStage, csvStageSql } from '../../src/sql/node-duckdb-csv-stage.js';
import { table as aqTable } from 'arquero';
import { planSummary } from '../../src/summarize/spec.js';
import { summarize } from '../../src/summarize/summarize.js';
import { duckdbTypes } from '../../src/sql/node-duckdb.js';
import { toSQL } from '../../src/sql/to-sql.js';
import { repoRoot, spawnCli } from '../helpers/built-cli.js';

let dir: string;
let db: DuckDBSession;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'se-csv-stage-'));
  db = await openDuckDB({ memoryLimit: '64MB', threads: 1, tempDirectory: join(dir, 'spill') });
});
afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const types = { n: 'BIGINT', x: 'DOUBLE', b: 'BOOLEAN', s: 'VARCHAR', l: 'VARCHAR[]', li: 'BIGINT[]' };

describe('the CSV stage', () => {
  it('gives DuckDB back every kind of column as appended: NULL apart from empty text and empty lists, quotes, commas, line breaks', async () => {
    const rows = 5000;
    const awkward = ['', ' ', '"', '""', 'a,b', 'line\nbreak', 'cr\r\nlf', '[1, 2]', "it's", 'ünïcode — ✓', '\\N', 'NULL', '  padded  '];
    const n = Array.from({ length: rows }, (_, i) => (i % 7 === 0 ? null : i * 3 - 40 + (i % 2 ? 2 ** 52 : 0)));
    const x = Array.from({ length: rows }, (_, i) => (i % 11 === 0 ? null : [0.1, 1e-7, -2.5e300, 1 / 3, i / 8][i % 5]));
    const b = Array.from({ length: rows }, (_, i) => (i % 5 === 0 ? null : i % 2 === 0));
    const s = Array.from({ length: rows }, (_, i) => (i % 13 === 0 ? null : awkward[i % awkward.length] + (i % 3 ? '' : ` ${i}`)));
    const l = Array.from({ length: rows }, (_, i) => (i % 17 === 0 ? null : i % 3 === 0 ? [] : [awkward[i % awkward.length], `b${i % 4}`]));
    const li = Array.from({ length: rows }, (_, i) => (i % 19 === 0 ? null : [i, -i]));
    const file = join(dir, 'kinds.csv');
    const stage = createCsvStage(file, Object.values(types));
    stage.append([n.slice(0, 3000), x.slice(0, 3000), b.slice(0, 3000), s.slice(0, 3000), l.slice(0, 3000), li.slice(0, 3000)]);
    stage.append([n.slice(3000), x.slice(3000), b.slice(3000), s.slice(3000), l.slice(3000), li.slice(3000)]);
    expect(stage.rows).toBe(rows);
    stage.close();
    const back = await db.rows(`SELECT * FROM ${csvStageSql([file], types)}`);
    expect(back.length).toBe(rows);
    // Order is not kept (preserve_insertion_order=false): compare as sorted rows.
    const key = (r: Record<string, unknown>) => JSON.stringify([r.n, r.x, r.b, r.s, r.l, r.li]);
    const want = n.map((_, i) => key({ n: n[i], x: x[i], b: b[i], s: s[i], l: l[i], li: li[i] })).sort();
    expect(back.map(key).sort()).toEqual(want);
  });

  it('reads several stage files as one relation, and none as an empty one with the same columns', async () => {
    const files = [0, 1].map((k) => {
      const file = join(dir, `part-${k}.csv`);
      const stage = createCsvStage(file, ['BIGINT', 'VARCHAR']);
      stage.append([[k, k + 10], ['a', null]]);
      stage.close();
      return file;
    });
    const cols = { n: 'BIGINT', s: 'VARCHAR' };
    expect(await db.rows(`SELECT sum(n) AS t, count(s) AS c FROM ${csvStageSql(files, cols)}`)).toEqual([{ t: 22, c: 2 }]);
    expect(await db.rows(`SELECT count(*) AS c FROM ${csvStageSql([], cols)}`)).toEqual([{ c: 0 }]);
  });

  it('refuses a batch whose columns do not match, and appends after close', () => {
    const stage = createCsvStage(join(dir, 'two.csv'), ['BIGINT', 'VARCHAR']);
    expect(() => stage.append([[1]])).toThrow(/1 columns to a stage of 2/);
    stage.close();
    expect(() => stage.append([[1], ['a']])).toThrow(/closed/);
  });
});

describe('a summary over the CSV stage in DuckDB', () => {
  it('streams 300,000 rows under a 64MB memory limit and equals summarize (regions from countries, distinct sources)', async () => {
    // With a lateral unnest or long IN lists, DuckDB materialised every row: 200,000 rows ran out of 64MB.
    const spec = { type: 'incident' as const, by: ['year', 'region'] };
    const types = duckdbTypes('incident', planSummary(spec).columns);
    const names = Object.keys(types);
    const rows = 300_000;
    const countries = ['LBY', 'NER', 'MEX', 'AFG', 'TUR', 'MMR', 'GRC', 'SDN'];
    const make: Record<string, (i: number) => unknown> = {
      date: (i) => `${2014 + (i % 9)}-${String(1 + (i % 12)).padStart(2, '0')}-0${1 + (i % 9)}`,
      country: (i) => (i % 23 === 0 ? null : countries[i % countries.length]),
      dead: (i) => (i % 4 === 0 ? null : i % 37),
      missing: (i) => i % 5,
      survivors: (i) => (i % 6 === 0 ? null : i % 50),
      source_ids: (i) => [`src-${i % 300}`, ...(i % 3 ? [] : ['src-shared'])],
      count_convention: (i) => (i % 2 ? 'minimum' : 'best-estimate'),
    };
    const columns: Record<string, unknown[]> = Object.fromEntries(names.map((n) => [n, Array.from({ length: rows }, (_, i) => make[n]?.(i) ?? null)]));
    const file = join(dir, 'incidents.csv');
    const stage = createCsvStage(file, names.map((n) => types[n]));
    for (let at = 0; at < rows; at += 8192) stage.append(names.map((n) => columns[n].slice(at, at + 8192)));
    stage.close();
    const tight = await openDuckDB({ memoryLimit: '64MB', threads: 1, tempDirectory: join(dir, 'spill-tight') });
    try {
      // The plan streams: no join, which DuckDB would feed by materialising every row.
      const plan = (await tight.rows(`EXPLAIN ${toSQL(spec, { table: csvStageSql([file], types) })}`)).map((r) => String(r.explain_value)).join('\n');
      expect(plan).toMatch(/HASH_GROUP_BY/);
      expect(plan).not.toMatch(/JOIN/);
      const sql = await summarizeInDuckDB(tight, csvStageSql([file], types), spec);
      const mem = summarize(aqTable(columns), spec);
      expect(sql.numRows()).toBeGreaterThan(30);
      expect(sql.objects()).toEqual(mem.objects());
    } finally {
      tight.close();
    }
  }, 180_000);
});

// The CLI's two engines on the same files: byte-identical output.
function bothEngines(args: string[]) {
  const mem = spawnCli('summarize', ...args);
  const duck = spawnCli('summarize', ...args, '--engine', 'duckdb');
  return { mem, duck };
}

describe('summarize --engine duckdb (rows through the CSV stage) against the in-memory engine', () => {
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
  }, 180_000);

  it('gives identical output where rows cannot be combined (medians: each row staged) and where they can', () => {
    for (const [file, measures] of [
      ['fee-observation', 'records,fee_usd_min,fee_usd_median,fee_usd_max,fee_usd_observations,fee_ranges'],
      ['fee-observation', 'records,fee_usd_min,fee_usd_max,fee_usd_observations,fee_ranges'],
      ['court-case', 'records,sentence_months_min,sentence_months_median,sentence_months_max,conviction_share'],
      ['court-case', 'records,sentence_months_min,sentence_months_max,conviction_share,mean_source_quality'],
    ]) {
      const { mem, duck } = bothEngines([join('examples/data', `${file}.csv`), '--by', 'year', '--measures', measures, '--format', 'json', '--include-illustrative']);
      expect(mem.status, mem.stderr).toBe(0);
      expect({ stdout: duck.stdout, stderr: duck.stderr }, `${file}: ${measures}`).toEqual({ stdout: mem.stdout, stderr: mem.stderr });
      expect((JSON.parse(mem.stdout) as unknown[]).length).toBeGreaterThan(0);
    }
  }, 120_000);

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
  }, 300_000);
});
