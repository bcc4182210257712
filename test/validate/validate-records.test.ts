import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fromCSV } from '../../src/read/from-csv.js';
import { fromJSON } from '../../src/read/from-json.js';
import { validateRecords } from '../../src/validate/validate-records.js';
import { triples } from '../helpers/read-cases.js';

const examples = fileURLToPath(new URL('../../examples/data/', import.meta.url));
const today = '2026-05-01';
const header = 'id,themes,source_ids,sensitivity,date,date_precision,country,count_convention';
const ok = (id: string) => `${id},safety-dignity,src-a,public,2017-07-05,day,ITA,minimum`;

describe('validateRecords', () => {
  it.each(readdirSync(examples).filter((f) => f.endsWith('.csv')))('examples/data/%s is valid, every record counted', (file) => {
    const loaded = fromCSV(readFileSync(examples + file));
    const report = validateRecords(loaded, undefined, { today });
    expect(report.errors).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.type).toBe(file.replace('.csv', ''));
    expect(report.stats.rows).toBe(loaded.records.length);
    expect(report.stats.valid).toBe(report.stats.rows);
  });

  it('names row, field, value and what was expected', () => {
    const rows = Array.from({ length: 12 }, (_, i) => ok(`inc-${i}`));
    const text = `${header},dead\n${rows.map((r) => r + ',1').join('\n')}\n${ok('inc-x')},abc\n`;
    const report = validateRecords(fromCSV(text, { type: 'incident' }), undefined, { today });
    expect(report.errors.map((e) => e.message)).toEqual(["row 14, field `dead`: 'abc' is not a whole number"]);
    expect(report.errors[0]).toMatchObject({ row: 14, field: 'dead', code: 'type-error', value: 'abc', expected: 'a whole number' });
  });

  it('counts every row once: rows == valid + invalid, whatever is wrong', () => {
    const text = `${header},dead\n${ok('inc-1')},1\n\n${ok('inc-1')},x\n${ok('inc-3')}\ninc-4\n`;
    const { stats } = validateRecords(fromCSV(text, { type: 'incident' }), undefined, { today });
    expect(stats).toMatchObject({ rows: 5, valid: 1, invalid: 4 });
  });

  it('suggests the code a mistyped value means', () => {
    const text = `${header},transport_mode\n${ok('inc-1').replace('ITA', 'Italy')},Sea\n`;
    const report = validateRecords(fromCSV(text, { type: 'incident' }), undefined, { today });
    expect(report.errors.map((e) => [e.field, e.message.match(/did you mean '(\w+)'/)?.[1]])).toEqual([
      ['country', 'ITA'],
      ['transport_mode', 'sea'],
    ]);
  });

  it('reports a required column missing from the header once, and counts every record invalid', () => {
    const text = 'id,themes,source_ids,sensitivity,date,date_precision,country\n' + ['inc-1', 'inc-2', 'inc-3'].map((i) => `${i},safety-dignity,src-a,public,2017,year,ITA`).join('\n');
    const report = validateRecords(fromCSV(text, { type: 'incident' }), undefined, { today });
    expect(triples(report.errors)).toEqual([[1, 'count_convention', 'missing-label']]);
    expect(report.stats).toMatchObject({ rows: 3, valid: 0, invalid: 3, errors: 1 });
  });

  it('counts a header problem (an unknown column) against every record: its cells are not checked', () => {
    const report = validateRecords(fromCSV(`${header},Remarks\n${ok('inc-1')},x\n`, { type: 'incident' }), undefined, { today });
    expect(report).toMatchObject({ valid: false, stats: { rows: 1, valid: 0, invalid: 1, errors: 1 } });
  });

  it('lists at most maxErrors errors, keeps exact counts and says the list is partial', () => {
    const text = `${header},dead\n` + Array.from({ length: 50 }, (_, i) => `${ok(`inc-${i}`)},x`).join('\n');
    const report = validateRecords(fromCSV(text, { type: 'incident' }), undefined, { maxErrors: 10, today });
    expect(report.errors).toHaveLength(10);
    expect(report.stats).toMatchObject({ errors: 50, invalid: 50 });
    expect(report.partial).toBe(true);
  });

  it('accepts a plain array: row = 1-based index; null is "no value"; every record with an unknown key is invalid', () => {
    const base = { themes: ['safety-dignity'], source_ids: ['src-a'], sensitivity: 'public', date: '2017', date_precision: 'year', country: 'ITA', count_convention: 'minimum' };
    const report = validateRecords(
      [
        { ...base, id: 'inc-1', dead: null },
        { ...base, id: 'inc-2', Remarks: 'x' },
        { ...base, id: 'inc-3', Remarks: 'y', dead: 'four' },
      ],
      'incident',
      { today },
    );
    expect(triples(report.errors)).toEqual([[2, 'Remarks', 'extra-key'], [3, 'Remarks', 'extra-key'], [3, 'dead', 'type-error']]);
    expect(report.stats).toMatchObject({ rows: 3, valid: 1, invalid: 2 });
  });

  it('checks only the structure when there is no record type', () => {
    const report = validateRecords(fromCSV('a,b\n1,2\n3\n'));
    expect(report.type).toBeNull();
    expect(triples(report.errors)).toEqual([[3, 'b', 'missing-cell']]);
    expect(report.stats).toMatchObject({ rows: 2, valid: 1, invalid: 1 });
  });

  it('refuses CSV records read without a type when asked to check a type (their cells are text)', () => {
    expect(() => validateRecords(fromCSV('id,dead\ninc-1,4\n'), 'incident')).toThrow(/load them with \{ type: 'incident' \}/);
  });

  it('JSON: a list given as text and a number given as text are type errors', () => {
    const report = validateRecords(fromJSON('[{"id":"inc-1","themes":"safety-dignity","dead":"4"}]', { type: 'incident' }), undefined, { today });
    expect(report.errors.filter((e) => e.code === 'type-error').map((e) => [e.field, e.expected])).toEqual([
      ['themes', 'a list (in JSON, an array such as ["a", "b"])'],
      ['dead', 'a whole number'],
    ]);
  });
});
