// The CSV writer neutralises formula-like text with a leading ' (OWASP); the reader
// must give the original text back, and never touch numbers such as -5.
import { describe, expect, it } from 'vitest';
import { fromCSV } from '../../src/read/from-csv.js';
import { toCSV } from '../../src/write/to-csv.js';
import { unescapeFormula } from '../../src/read/cell-checks.js';

const base = { record_type: 'incident', themes: ['safety-dignity'], source_ids: ['src-a'], sensitivity: 'public', date: '2020-01-01', date_precision: 'day', country: 'ITA', count_convention: 'minimum' };

describe('formula-neutralised text round-trips through toCSV and fromCSV', () => {
  const texts = ['=HYPERLINK("http://x","y")', '+1', '-1+2', '@SUM(A1)', '\tTabbed', '\rCR', "'=already quoted", "''=twice", "'plain apostrophe", 'plain', '-'];
  it.each(texts)('%j', (text) => {
    const record = { ...base, id: 'inc-1', location_text: text, notes: text, dead: -5 };
    const csv = toCSV([record], 'incident').text;
    const back = fromCSV(csv, { type: 'incident' });
    expect(back.errors).toEqual([]);
    expect(back.records[0]).toMatchObject({ location_text: text, notes: text, dead: -5 });
  });
});

describe('unescapeFormula', () => {
  it.each([
    ["'=A1", '=A1'],
    ["'+1", '+1'],
    ["'-1", '-1'],
    ["'@x", '@x'],
    ["'\tx", '\tx'],
    ["'\rx", '\rx'],
    ["''=x", "'=x"],
    ["'x", "'x"],
    ["'", "'"],
    ['-5', '-5'],
    ['=A1', '=A1'],
  ])('%j → %j', (input, out) => expect(unescapeFormula(input)).toBe(out));
});
