// The column path (cells decoded into column batches, each property's check run down its
// column, rows with a problem read as records) against the record path (every row a record,
// Ajv the reference): the reports must be identical — same counts, rows, fields, codes and
// messages — on every CSV file the project ships, on a mutation corpus (every field of every
// type given each wrong value a contributor's file holds), and on property-generated files,
// with the error list open and past its cap (where issues are only counted).
//
//   FC_RUNS=10000 npx vitest run test/validate/column-check.test.ts    # the long run, locally
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { getFields, type FieldInfo } from '../../src/model/fields.js';
import { recordTypes, type RecordType } from '../../src/model/record-types.js';
import { validateFile } from '../../src/validate/node-validate-file.js';
import { streamFile } from '../../src/read/node-load.js';
import { exampleRecords, plainCSV } from '../helpers/hostile-records.js';

const runs = Number(process.env.FC_RUNS ?? 60);
const dir = mkdtempSync(join(tmpdir(), 'se-columns-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function write(text: string): string {
  const path = join(dir, `case-${n++}.csv`);
  writeFileSync(path, text);
  return path;
}

/** The report, or the one-line error of a file that cannot be read at all. */
const outcome = (p: Promise<unknown>) => p.catch((err: Error) => `${err.name}: ${err.message}`);

/** Both paths on one file, each with the error list open and nearly closed. */
async function expectSameReports(path: string, type?: RecordType): Promise<void> {
  for (const maxErrors of [1000, 3]) {
    const records = await outcome(validateFile(path, { type, maxErrors, columnar: false, today: '2026-12-01' }));
    const columns = await outcome(validateFile(path, { type, maxErrors, columnar: true, today: '2026-12-01' }));
    expect(columns, `${path} (maxErrors ${maxErrors})`).toEqual(records);
  }
}

/** True when the reader hands the file on as column batches (so the test checks the column path). */
async function readAsColumns(path: string, type: RecordType): Promise<boolean> {
  for await (const batch of streamFile(path, { type, columnBatch: 64 })) if (batch.columns?.length) return true;
  return false;
}

function csvFiles(root: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    if (statSync(path).isDirectory()) out.push(...csvFiles(path));
    else if (name.endsWith('.csv')) out.push(path);
  }
  return out;
}

const repo = new URL('../..', import.meta.url).pathname;
const shipped = ['examples', 'datasets', 'test/fixtures'].flatMap((d) => csvFiles(join(repo, d)));

describe('the column path reports what the record path reports', () => {
  it('finds the CSV files the project ships', () => {
    expect(shipped.length).toBeGreaterThan(20);
  });

  it.each(shipped.map((p) => [p.slice(repo.length)]))('%s', async (rel) => {
    await expectSameReports(join(repo, rel));
  });
});

/** Each text a cell of `field` holds when a file goes wrong. */
function badCells(field: FieldInfo): string[] {
  const out = ['', ' ', 'zz-unknown-code', '12.5', '-1', '1e309', 'true', 'NaN', '2021-02-30', '2021-13', '21-1-1', 'x'.repeat(2000), "'=1+1", ';', 'a;;b', ' 7 ', '007', 'Alt?nova', 'ali@example.org', '2099-01-01'];
  if (field.kind === 'integer' || field.kind === 'number') {
    out.push('1,022', '12.0', '+3', '0');
    if (field.minimum !== undefined) out.push(String(field.minimum - 1), String(field.minimum));
    if (field.maximum !== undefined) out.push(String(field.maximum + 1), String(field.maximum));
  }
  if (field.enum) out.push(String(field.enum[0]).toUpperCase(), String(field.enum[0]), `${field.enum[0]};${field.enum[0]}`, `${field.enum[0]};zz`);
  if (field.maxLength !== undefined) out.push('é'.repeat(field.maxLength), 'a'.repeat(field.maxLength + 1));
  if (field.format === 'partial-date') out.push('2020', '2020-02', '2020-02-29', '2019-02-29', '2020-00');
  if (field.pattern) out.push('INC-1', 'inc-', 'inc-ok_1.2-3');
  return out;
}

const quote = (s: string) => (/[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s);

describe('on a mutation corpus of every field of every type', () => {
  it.each(recordTypes)('%s', async (type) => {
    const base = exampleRecords(type);
    const text = plainCSV(base, type);
    const [header, ...lines] = text.trimEnd().split('\n');
    const labels = header.split(',');
    const rows: string[] = [...lines];
    // Each field of each type given each wrong cell, on a copy of the first example row.
    const first = lines[0];
    const cells = parseLine(first);
    for (const field of getFields(type)) {
      const k = labels.indexOf(field.name);
      if (k < 0) continue;
      for (const bad of badCells(field)) {
        const copy = [...cells];
        copy[k] = bad;
        if (field.name === 'id' && bad === '') continue;
        rows.push(copy.map(quote).join(','));
      }
    }
    // Rows only the record path reads: blank, short, long, a quoting problem; and a repeated id.
    rows.push(',,', cells.slice(0, 2).map(quote).join(','), [...cells, 'extra'].map(quote).join(','), first + ',', first.replace(/,/, ',"x"y,'), first);
    const path = write([header, ...rows].join('\n') + '\n');
    expect(await readAsColumns(path, type)).toBe(true);
    await expectSameReports(path, type);
  });
});

describe('across column batches', () => {
  it('rules quiet in one batch and active in the next, and ids repeated from an earlier batch', async () => {
    // 6000 rows: three batches of validateFile. Batch 1 holds no negative count and no total
    // (negative-count and dead-missing-total are skipped there), the later ones do.
    const header = 'id,themes,source_ids,sensitivity,date,date_precision,country,count_convention,incident_type,dead,missing,dead_and_missing,notes';
    const rows: string[] = [];
    for (let i = 0; i < 6000; i++) {
      let dead = String(i % 7);
      let total = '';
      let id = `inc-${i}`;
      if (i === 2500) dead = '-2';
      if (i === 3000) total = '99';
      if (i === 4100) total = String((i % 7) + 1);
      if (i === 5000) id = 'inc-17';
      if (i === 5500) dead = '-1';
      rows.push(`${id},safety-dignity,src-a,public,2017-07-05,day,ITA,minimum,${i === 5500 ? 'split-incident' : 'incident'},${dead},1,${total},row ${i}`);
    }
    const path = write([header, ...rows].join('\n') + '\n');
    await expectSameReports(path, 'incident');
    const report = await validateFile(path, { type: 'incident', today: '2026-12-01' });
    expect(report.errors.map((e) => [e.code, e.row])).toEqual([
      ['dead-missing-total', 3002],
      ['primary-key', 5002],
    ]);
    expect(report.warnings.map((w) => [w.code, w.row])).toEqual([
      ['negative-count', 2502],
      ['negative-count', 5502],
    ]);
  });
});

/** One line of our own plain CSV (no quoted line breaks in the examples' first rows). */
function parseLine(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cell);
      cell = '';
    } else cell += c;
  }
  out.push(cell);
  return out;
}

describe('on property-generated files', () => {
  it.each(recordTypes)('%s: random cells in random rows', async (type) => {
    const base = plainCSV(exampleRecords(type), type).trimEnd().split('\n');
    const labels = base[0].split(',');
    const fields = getFields(type);
    const cellFor = (label: string) => {
      const f = fields.find((x) => x.name === label);
      return fc.oneof(fc.constantFrom(...(f ? badCells(f) : ['x'])), fc.string({ maxLength: 8 }));
    };
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(base.length - 2), fc.nat(labels.length - 1), fc.constantFrom(...labels).chain(cellFor)), { maxLength: 12 }),
        async (edits) => {
          const rows = base.slice(1).map(parseLine);
          for (const [r, k, text] of edits) rows[r % rows.length][k] = text;
          await expectSameReports(write([base[0], ...rows.map((c) => c.map(quote).join(','))].join('\n') + '\n'), type);
        },
      ),
      { numRuns: runs },
    );
  });
});
