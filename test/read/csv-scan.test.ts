// The scanner (rows read from the text straight into column batches) against the record
// reader (`fromCSV`): however the text is cut into chunks, every row must come out with the
// same row and line numbers, the same values and, read the record way, the same issues.
// The texts are the project's example rows with hostile cells (quotes, doubled quotes,
// quoted line breaks, CR, CRLF, blank rows, short and long rows, formulas, bad numbers,
// dates and codes) put in at random.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCsvReader } from '../../src/read/csv-reader.js';
import { fromCSV } from '../../src/read/from-csv.js';
import { CLEAN } from '../../src/read/row-status.js';
import type { CsvColumns } from '../../src/read/csv-columns.js';
import { recordTypes, type RecordType } from '../../src/model/record-types.js';
import { exampleRecords, plainCSV } from '../helpers/hostile-records.js';

const runs = Number(process.env.FC_RUNS ?? 80);

const hostile = [
  '', '""', '"a,b"', '"say ""hi"""', '"two\nlines"', '"cr\rhere"', '"crlf\r\nhere"', "'=1+1", '12', '-0', '-5', '+3', '007', '1e3', '12.5',
  '2020', '2020-02', '2020-02-29', '2019-02-29', '2020-13', 'darien', 'DARIEN', ' darien', 'business-model;safety-dignity',
  'business-model;', ';', 'a;;b', 'x"y', '"ab"c', '"unclosed', 'Alt?nova', 'ali@example.org', 'é', '\uFFFD',
];

/** Every row of the reader's batches, as the record path would give it. */
function readColumns(text: string, type: RecordType, cuts: number[]) {
  const reader = createCsvReader({ type }, { columnBatch: 5 });
  const batches: CsvColumns[] = [];
  const records: unknown[] = [];
  let from = 0;
  const take = (r: ReturnType<typeof reader.push>) => {
    records.push(...r.records);
    batches.push(...(r.columns ?? []));
  };
  for (const cut of [...cuts.filter((c) => c < text.length).sort((a, b) => a - b), text.length]) {
    take(reader.push(text.slice(from, cut)));
    from = cut;
  }
  take(reader.end());
  let scanned = 0;
  const rows = batches.flatMap((b) =>
    Array.from({ length: b.length }, (_, i) => {
      if (b.raw[i] === undefined) scanned++;
      const one = b.recordOf(i);
      // A clean row's columns hold what the record path reads.
      if (b.status[i] === CLEAN) {
        const fromColumns: Record<string, unknown> = {};
        b.names.forEach((name, k) => {
          const v = b.values[k]?.[i];
          if (name && v !== null && v !== undefined && !(typeof v === 'number' && Number.isNaN(v))) fromColumns[name] = v;
        });
        expect(fromColumns).toEqual(one.records[0]);
      }
      return { row: one.rows[0], record: one.records[0], errors: one.errors, warnings: one.warnings };
    }),
  );
  return { rows, scanned, records: records.length };
}

function readRecords(text: string, type: RecordType) {
  const all = fromCSV(text, { type });
  const byRow = new Map<number, { errors: unknown[]; warnings: unknown[] }>();
  for (const r of all.rows) byRow.set(r.row, { errors: [], warnings: [] });
  for (const e of all.errors) byRow.get(e.row!)?.errors.push(e);
  for (const w of all.warnings) byRow.get(w.row!)?.warnings.push(w);
  return all.rows.map((row, j) => ({ row, record: all.records[j], ...byRow.get(row.row)! }));
}

describe('the scanner reads rows as the tokenizer does', () => {
  it.each(recordTypes)('%s: hostile cells, random chunks', (type) => {
    const base = plainCSV(exampleRecords(type), type).trimEnd().split('\n');
    const header = base[0];
    const width = header.split(',').length;
    let scannedAll = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(base.length - 2), fc.nat(width - 1), fc.constantFrom(...hostile)), { maxLength: 10 }),
        fc.array(fc.nat(4000), { maxLength: 30 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.constantFrom('', ',', ',,', 'short'),
        (edits, cuts, eol, odd) => {
          const lines = base.slice(1).map((l) => splitPlain(l));
          for (const [r, k, cell] of edits) lines[r % lines.length][k] = cell;
          const body = lines.map((cells) => cells.join(','));
          if (odd) body.splice(1, 0, odd);
          const text = [header, ...body].join(eol) + (cuts.length % 2 ? eol : '');
          const got = readColumns(text, type, cuts);
          const want = readRecords(text, type);
          expect(got.records).toBe(0);
          expect(got.rows).toEqual(want);
          scannedAll += got.scanned;
        },
      ),
      { numRuns: runs },
    );
    // The fast path did the reading (most rows are plain), not only the tokenizer.
    expect(scannedAll).toBeGreaterThan(runs);
  });
});

/** Cells of one line of our own plain CSV, kept as written (quotes included). */
function splitPlain(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    if (c === ',' && !quoted) {
      out.push(cell);
      cell = '';
    } else cell += c;
  }
  out.push(cell);
  return out;
}
