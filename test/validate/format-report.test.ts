import { describe, expect, it } from 'vitest';
import { fromCSV } from '../../src/read/from-csv.js';
import { formatReport } from '../../src/validate/format-report.js';
import { validateRecords } from '../../src/validate/validate-records.js';

const today = '2026-05-01';
const header = 'id,themes,source_ids,sensitivity,date,date_precision,country,count_convention,dead';
const row = (id: string, dead: string) => `${id},safety-dignity,src-a,public,2017,year,ITA,minimum,${dead}`;

describe('formatReport', () => {
  const text = [header, ...Array.from({ length: 8 }, (_, i) => row(`inc-${i}`, i % 2 ? 'x' : '1'))].join('\n');
  const report = validateRecords(fromCSV(text, { type: 'incident' }), undefined, { today });
  const out = formatReport(report);

  it('starts with a summary line', () => {
    expect(out.split('\n')[0]).toBe('✗ invalid  records (incident): 8 rows: 4 valid, 4 invalid; 4 errors, 0 warnings');
  });
  it('groups errors by field and code with counts, first rows and one example', () => {
    expect(out).toContain('`dead`: 4 errors');
    expect(out).toContain("type-error × 4 (Type error) — rows 3, 5, 7, 9");
    expect(out).toContain("e.g. row 3, field `dead`: 'x' is not a whole number");
  });
  it('shortens long row lists', () => {
    const many = validateRecords(fromCSV([header, ...Array.from({ length: 9 }, (_, i) => row(`inc-${i}`, 'x'))].join('\n'), { type: 'incident' }), undefined, { today });
    expect(formatReport(many)).toContain('rows 2, 3, 4, 5, 6 and 4 more');
  });
  it('colours only when asked', () => {
    expect(out).not.toMatch(/\x1b\[/);
    expect(formatReport(report, { color: true })).toMatch(/\x1b\[31m/);
  });
  it('says when all is well', () => {
    const good = validateRecords(fromCSV([header, row('inc-1', '1')].join('\n'), { type: 'incident' }), undefined, { today });
    expect(formatReport(good)).toBe('✓ valid  records (incident): 1 row, all valid; 0 errors, 0 warnings');
  });
});
