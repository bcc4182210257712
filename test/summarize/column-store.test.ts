import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCSV } from '../../src/read/node-load.js';
import { CodedColumn, EmptyColumn, NumberColumn, PlainColumn, createColumnStore } from '../../src/summarize/column-store.js';
import { loadColumns } from '../../src/summarize/node-load-columns.js';
import { storeTable } from '../../src/summarize/store-table.js';
import { packStore } from '../../src/summarize/stored-part.js';
import { allColumns, planSummary } from '../../src/summarize/spec.js';
import { summarize } from '../../src/summarize/summarize.js';
import { summaryPipeline } from '../../src/summarize/summary-pipeline.js';
import { toTable } from '../../src/summarize/to-table.js';
import type { RecordType } from '../../src/model/record-types.js';
import { incidents } from './fixtures.js';

const examples = 'examples/data';
const csvs = readdirSync(examples).filter((f) => f.endsWith('.csv'));
const dir = mkdtempSync(join(tmpdir(), 'se-column-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The valid public rows of a file, twice: as the plain arrays of `onColumns` (the DuckDB path)
// and through the compact store of the in-memory summary.
async function bothWays(file: string, type?: RecordType) {
  const arrays: Record<string, unknown[]> = {};
  const plain = await loadColumns(file, {
    type,
    columns: (t) => allColumns(t),
    onColumns(c) {
      for (const [k, v] of Object.entries(c)) (arrays[k] ??= []).push(...v);
    },
  });
  let store: ReturnType<typeof createColumnStore> | undefined;
  const compact = await loadColumns(file, {
    type,
    columns: (t) => allColumns(t),
    onRows(source, rows, count, t) {
      (store ??= createColumnStore(allColumns(t))).add(source, rows, count);
    },
  });
  return { plain, compact, arrays, table: store && storeTable(store) };
}

describe('createColumnStore', () => {
  it('holds exactly the valid public rows of every example file, value for value, every kind of column', async () => {
    for (const f of csvs) {
      const { plain, compact, arrays, table } = await bothWays(join(examples, f));
      expect(compact, f).toEqual(plain);
      expect(table!.numRows(), f).toBe(plain.kept);
      for (const name of table!.columnNames()) {
        expect(table!.array(name), `${f} ${name}`).toEqual(arrays[name] ?? new Array(plain.kept).fill(null));
      }
    }
  });

  it('reads record batches (NDJSON) as it reads column batches (CSV)', async () => {
    const { records } = await loadCSV(join(examples, 'incident.csv'), { type: 'incident' });
    const file = join(dir, 'incident.ndjson');
    writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const fromCsv = await bothWays(join(examples, 'incident.csv'));
    const fromNdjson = await bothWays(file, 'incident');
    expect(fromNdjson.table!.objects()).toEqual(fromCsv.table!.objects());
    for (const name of fromNdjson.table!.columnNames()) expect(fromNdjson.table!.array(name), name).toEqual(fromNdjson.arrays[name]);
  });

  it('keeps numbers typed, repeated texts and lists as codes, an unfilled column as nothing', async () => {
    const { table } = await bothWays(join(examples, 'incident.csv'));
    expect(table!.column('dead')).toBeInstanceOf(NumberColumn);
    expect(table!.column('country')).toBeInstanceOf(CodedColumn);
    expect(table!.column('themes')).toBeInstanceOf(CodedColumn);
    // No example incident has a value here.
    expect(table!.column('harms')).toBeInstanceOf(EmptyColumn);
    // Records citing the same sources share one list.
    const sources = table!.column('source_ids') as CodedColumn;
    expect(new Set(sources.dictionary.slice(1).map((l) => JSON.stringify(l))).size).toBe(sources.dictionary.length - 1);
  });

  it('keeps plain values past 65,536 distinct ones, and drops the rows of a file it is told to', () => {
    const store = createColumnStore(['id', 'n', 'tags']);
    const n = 70_000;
    const records = Array.from({ length: n }, (_, i) => ({ id: `inc-${i}-${'x'.repeat(20)}`, n: i % 3 ? i : null, tags: i % 2 ? ['a'] : ['a', 'b'] }));
    const rows = Int32Array.from(records.keys());
    store.add({ records }, rows, 1000);
    store.add({ records }, rows.subarray(1000), n - 1000);
    store.add({ records }, rows, 10);
    store.truncate(n);
    const t = storeTable(store);
    expect(t.column('id')).toBeInstanceOf(PlainColumn);
    expect(t.column('n')).toBeInstanceOf(NumberColumn);
    expect(t.column('tags')).toBeInstanceOf(CodedColumn);
    expect(t.numRows()).toBe(n);
    expect(t.objects()).toEqual(records);
  });
});

describe('store.addPart (a split file\'s second half, packed by its worker)', () => {
  // Every row through `add`, against the first rows through `add` and the rest packed from a
  // store of their own and appended whole: the same table, value for value.
  it('gives the table `add` gives, for every example file cut anywhere', async () => {
    for (const f of csvs) {
      const { table } = await bothWays(join(examples, f));
      if (!table) continue;
      const names = table.columnNames();
      const records = table.objects() as Record<string, unknown>[];
      for (const cut of [0, 1, Math.floor(records.length / 2), records.length - 1]) {
        const whole = createColumnStore(names);
        whole.add({ records }, Int32Array.from(records.keys()), records.length);
        const first = createColumnStore(names);
        const second = createColumnStore(names);
        first.add({ records }, Int32Array.from(records.keys()), cut);
        second.add({ records }, Int32Array.from(records.keys()).subarray(cut), records.length - cut);
        first.addPart(packStore(second));
        expect(storeTable(first).objects(), `${f} cut at ${cut}`).toEqual(storeTable(whole).objects());
      }
    }
  });

  it('mixes kinds: numbers after nothing, codes past 65,536, a column one side never fills', () => {
    const names = ['n', 'id', 'code', 'only_first'];
    const n = 70_000;
    const a = Array.from({ length: 10 }, (_, i) => ({ n: null, id: `a-${i}`, code: 'x', only_first: i }));
    const b = Array.from({ length: n }, (_, i) => ({ n: i, id: `b-${i}`, code: i % 2 ? 'y' : 'x', only_first: null }));
    const store = createColumnStore(names);
    store.add({ records: a }, Int32Array.from(a.keys()), a.length);
    const part = createColumnStore(names);
    part.add({ records: b }, Int32Array.from(b.keys()), b.length);
    store.addPart(packStore(part));
    const t = storeTable(store);
    expect(t.column('id')).toBeInstanceOf(PlainColumn);
    expect(t.column('n')).toBeInstanceOf(NumberColumn);
    expect(t.column('code')).toBeInstanceOf(CodedColumn);
    expect(t.objects()).toEqual([...a, ...b]);
  });
});

describe('the in-memory summary on the compact columns', () => {
  it('gives what summarize gives on toTable of the same valid records, for every example type and key', async () => {
    for (const f of csvs) {
      const { compact, table } = await bothWays(join(examples, f));
      const type = compact.type;
      const { records } = await loadCSV(join(examples, f), { type });
      const valid = records.filter((r) => table!.array('id').includes(r.id));
      for (const by of [['year'], ['region'], ['country', 'year'], ['subregion'], ['theme', 'region']]) {
        let expected;
        try {
          expected = summarize(toTable(valid, type), { type, by }).objects();
        } catch (err) {
          expect(() => summarize(table!, { type, by }), `${f} ${by}`).toThrow((err as Error).message);
          continue;
        }
        expect(summarize(table!, { type, by }).objects(), `${f} ${by}`).toEqual(expected);
      }
    }
  });

  it('groups by region without an unroll when a record has one country, with the groups of the unrolled lists', async () => {
    // Records with a region of their own, `unknown`, only a country, or neither.
    const records = [
      ...incidents,
      { ...incidents[0], id: 'inc-e', region: 'unknown', country: 'MEX' },
      { ...incidents[0], id: 'inc-f', region: undefined, country: 'UNK' },
      { ...incidents[1], id: 'inc-g', region: 'unknown', country: 'UNK' },
      { ...incidents[2], id: 'inc-h', country: 'AFG' },
    ];
    const file = join(dir, 'regions.ndjson');
    writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const { table, compact } = await bothWays(file, 'incident');
    expect(compact.problems.map((p) => p.message)).toEqual([]);
    expect(compact.kept).toBe(records.length);
    for (const by of [['region'], ['subregion', 'year']]) {
      expect(summarize(table!, { type: 'incident', by }).objects(), `${by}`).toEqual(summarize(toTable(records, 'incident'), { type: 'incident', by }).objects());
    }
    const plan = planSummary({ type: 'incident', by: ['year', 'region'] });
    const p = summaryPipeline(plan);
    expect(p.steps.map((s) => s.verb)).not.toContain('unroll');
    // The list form (one item per row) unrolled, as before: the same groups and measures.
    const lists = p.steps.map((s) =>
      s.verb === 'derive' && (s.args[0] as Record<string, string>).region
        ? { ...s, args: [{ ...(s.args[0] as Record<string, string>), region: 'd => op.se_regions("region", null, null, d["region"], d["country"])' }] }
        : s,
    );
    const unrolled = [...lists.slice(0, 1), { verb: 'unroll', args: ['region'] }, ...lists.slice(1)].reduce((t, s) => (t as any)[s.verb](...s.args), table!);
    const order = (rows: object[]) => rows.map((r) => JSON.stringify(r)).sort();
    const groups = p.apply(table!).objects() as { region: unknown }[];
    expect(order(groups)).toEqual(order(unrolled.rollup(p.rollup).objects()));
    expect(new Set(groups.map((g) => g.region))).toEqual(new Set(['mediterranean', 'europe', 'asia', 'americas', 'unknown']));
    // A type whose records name several countries still unrolls.
    expect(summaryPipeline({ type: 'cooperation-action', by: ['region'] }).steps.map((s) => s.verb)).toContain('unroll');
  });
});
