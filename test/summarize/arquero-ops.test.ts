// The `se_` functions registered with Arquero: what a user's own expressions get from
// `op.se_year(d.date)` and friends once `registerSummaryOps()` has run (importing the package runs it).
import { table } from 'arquero';
import { describe, expect, it } from 'vitest';
import { registerSummaryOps } from '../../src/summarize/arquero-ops.js';

registerSummaryOps();

describe('op.se_year', () => {
  it('reads the year of full and partial dates, and of the first date that has one (the @example)', () => {
    const t = table({ date: ['2019-05-02', '2019-05', '2019', '0999-01-01', null, 'about 2019', '19', '２０１９'], end: ['2020', null, null, null, '2021-03', null, '2022', null] });
    const years = t.derive({ year: 'd => op.se_year(d.date)', either: 'd => op.se_year(d.date, d.end)' });
    expect(years.array('year')).toEqual([2019, 2019, 2019, 999, null, null, null, null]);
    expect(years.array('either')).toEqual([2019, 2019, 2019, 999, 2021, null, 2022, null]);
  });

  it('takes a finite number as a year, and skips NaN and infinities', () => {
    const t = table({ y: [2017, NaN, Infinity], d: ['2001', '2002', '2003'] });
    expect(t.derive({ year: 'd => op.se_year(d.y, d.d)' }).array('year')).toEqual([2017, 2002, 2003]);
  });
});
