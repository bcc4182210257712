import { describe, expect, it } from 'vitest';
import { summaryNotes, toTable, trends } from '../../src/summarize/index.js';
import { tableEqual } from '../helpers/table-equal.js';
import { courtCases, incidents } from './fixtures.js';

describe('trends', () => {
  it('gives every year with the change on the previous one', () => {
    const t = trends(toTable(courtCases, 'court-case'));
    tableEqual(t, [
      { year: 2018, records: 1, defendants: 3, records_change: null, defendants_change: null, records_change_pct: null },
      // No case in 2019: 0 records, and no defendants figure at all (null, not 0).
      { year: 2019, records: 0, defendants: null, records_change: -1, defendants_change: null, records_change_pct: -100 },
      { year: 2020, records: 1, defendants: 4, records_change: 1, defendants_change: null, records_change_pct: null },
    ]);
    expect(summaryNotes(t).join(' ')).toMatch(/1 record\(s\) without a date are not in the series/);
  });

  it('follows each route separately', () => {
    const t = trends(toTable(incidents, 'incident'), { by: 'route', measures: ['records', 'dead'] });
    tableEqual(t, [
      { route: 'central-mediterranean', year: 2019, records: 2, dead: 6, dead_change: null },
      { route: 'central-mediterranean', year: 2020, records: 0, dead: null, dead_change: null },
      { route: 'eastern-mediterranean', year: 2019, records: 0, dead: null, dead_change: null },
      { route: 'eastern-mediterranean', year: 2020, records: 1, dead: null, dead_change: null },
      { route: null, year: 2019, records: 0, dead: null, dead_change: null },
      { route: null, year: 2020, records: 1, dead: 0, dead_change: null },
    ]);
  });

  it('refuses year as a grouping key', () => {
    expect(() => trends(toTable(incidents, 'incident'), { by: 'year' })).toThrow(/time axis/);
  });
});
