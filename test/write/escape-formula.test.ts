import { describe, expect, it } from 'vitest';
import { fromCSV } from '../../src/read/from-csv.js';
import { escapeFormula, isFormulaLike } from '../../src/write/escape-formula.js';

describe('escapeFormula', () => {
  it.each(['=1+1', '+44 20', '-x', '@SUM(A1)', '\tx', '\rx', "'=x", "''-x"])('escapeFormula(%j) prefixes one apostrophe', (text) => {
    expect(isFormulaLike(text)).toBe(true);
    expect(escapeFormula(text)).toBe(`'${text}`);
  });

  it.each(['plain', "'quoted", 'a=b', ' =x', ''])('escapeFormula(%j) leaves safe text alone', (text) => {
    expect(isFormulaLike(text)).toBe(false);
    expect(escapeFormula(text)).toBe(text);
  });

  it.each(['=1+1', '-x', "'=x", "''@x", '\tx'])('fromCSV reads escapeFormula(%j) back to the original text', (text) => {
    const cell = `"${escapeFormula(text).replace(/"/g, '""')}"`;
    const { records, errors } = fromCSV(`id,notes\ninc-1,${cell}\n`, { type: 'incident' });
    expect(records[0].notes).toBe(text);
    expect(errors.filter((e) => e.field === 'notes')).toEqual([]);
  });
});
