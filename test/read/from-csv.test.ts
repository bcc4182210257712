import { describe, expect, it } from 'vitest';
import { fromCSV } from '../../src/read/from-csv.js';
import { caseInput, csvCases, triples } from '../helpers/read-cases.js';

describe.each(csvCases)('fromCSV: $description', (c) => {
  const result = fromCSV(caseInput(c), c.options);
  const e = c.expected;

  it('numbers rows as the file does (header = row 1)', () => {
    if (e.rows) expect(result.rows.map((r) => r.row)).toEqual(e.rows);
    if (e.lines) expect(result.rows.map((r) => r.line)).toEqual(e.lines);
  });
  it('reads every record, typed by the schema', () => {
    if (e.records) expect(result.records).toEqual(e.records);
    expect(result.records.length).toBe(result.rows.length);
  });
  it('reports the expected errors and warnings', () => {
    // Cases list only a few columns; missing required columns are checked in their own case.
    const wantsLabels = e.errors?.some(([, , code]) => code === 'missing-label');
    if (e.errors) expect(triples(result.errors.filter((i) => wantsLabels || i.code !== 'missing-label'))).toEqual(e.errors);
    if (e.warnings) expect(triples(result.warnings)).toEqual(e.warnings);
  });
  it('tells the dialect, encoding and type it used', () => {
    if (e.encoding) expect(result.encoding).toBe(e.encoding);
    if (e.delimiter) expect(result.delimiter).toBe(e.delimiter);
    if (e.newline) expect(result.newline).toBe(e.newline);
    if (e.header) expect(result.header).toEqual(e.header);
    if (e.type !== undefined) expect(result.type).toBe(e.type);
  });
});

describe('fromCSV: input that cannot be read at all', () => {
  it.each([
    ['an empty file', ''],
    ['only blank lines', '\n\n'],
  ])('throws a ReadError for %s', (_, text) => {
    expect(() => fromCSV(text)).toThrow(/header/);
  });
  it('throws for an xlsx workbook, naming it', () => {
    expect(() => fromCSV(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toThrow(/Excel/);
  });
  it('throws when no column is a field of the named type (no header row?)', () => {
    expect(() => fromCSV('inc-1,4,2017\ninc-2,5,2018\n', { type: 'incident' })).toThrow(/none of the columns.*header row missing/);
  });
  it('names the error: ReadError', () => {
    try {
      fromCSV('');
    } catch (err) {
      expect((err as Error).name).toBe('ReadError');
    }
  });
});

describe('fromCSV on a large string', () => {
  it('reads 300,000 rows in one call without overflowing the call stack', () => {
    const body = Array.from({ length: 300_000 }, (_, i) => `inc-${i},2020`).join('\n');
    const result = fromCSV(`id,date\n${body}\n`, { type: 'incident' });
    expect(result.records.length).toBe(300_000);
    expect(result.rows.at(-1)?.row).toBe(300_001);
  });
});
