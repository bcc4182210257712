import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fromCSV } from '../../src/read/from-csv.js';
import { validateFile } from '../../src/validate/node-validate-file.js';
import { validateRecords } from '../../src/validate/validate-records.js';
import { readFileSync } from 'node:fs';

const fixtures = fileURLToPath(new URL('../fixtures/validate/', import.meta.url));
const today = '2026-05-01';

describe('validateFile', () => {
  it('streams a CSV to the report validateRecords(fromCSV(...)) gives', async () => {
    const path = fixtures + 'incident-messy.csv';
    const streamed = await validateFile(path, { today });
    const whole = validateRecords(fromCSV(readFileSync(path)), undefined, { today });
    expect(streamed).toEqual({ ...whole, file: path });
  });

  it('reports progress while reading', async () => {
    const seen: number[] = [];
    await validateFile(fixtures + 'incident-valid.csv', { onProgress: (p) => seen.push(p.rows) });
    expect(seen.at(-1)).toBe(3);
  });

  it('validates a folder as one dataset: references and ids across files', async () => {
    const report = await validateFile(fixtures + 'dataset', { today });
    expect(report.type).toBe('dataset');
    expect(report.errors.map((e) => [e.file, e.row, e.field, e.code])).toEqual([
      ['court-case.csv', 3, 'cooperation_ids', 'foreign-key'],
      ['incidents-2015.csv', 3, 'source_ids', 'foreign-key'],
      ['incidents-2016.csv', 3, 'id', 'primary-key'],
    ]);
    expect(report.stats).toMatchObject({ files: 5, rows: 9, valid: 6, invalid: 3, errors: 3 });
  });

  it('validates a Data Package by its descriptor, inline data included', async () => {
    const report = await validateFile(fixtures + 'package/datapackage.json', { today });
    expect(report.files?.map((f) => [f.file, f.type, f.stats.rows])).toEqual([
      ['data/src.csv', 'source', 2],
      ['data/inc.csv', 'incident', 2],
      ['more-incidents (inline data)', 'incident', 1],
      ['../incident-valid.csv', null, 0],
    ]);
    expect(report.errors.map((e) => [e.file, e.code])).toEqual([
      ['data/inc.csv', 'foreign-key'],
      ['../incident-valid.csv', 'parse-error'],
    ]);
  });

  it.each([
    ['empty.csv', /empty/],
    ['garbage.csv', /zip archive/],
    ['bad.json', /line 2, column 9/],
    ['nope.csv', /no such file/],
  ])('throws a ReadError for %s', async (file, message) => {
    await expect(validateFile(fixtures + file)).rejects.toThrow(message);
  });

  it('with requireType, refuses a file whose type cannot be told', async () => {
    await expect(validateFile(fixtures + 'no-type.csv', { requireType: true })).rejects.toThrow(/pass --type/);
    expect((await validateFile(fixtures + 'no-type.csv')).type).toBeNull();
  });
});
