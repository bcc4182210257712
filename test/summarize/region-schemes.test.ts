import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/summarize/summarize.js';
import { toTable } from '../../src/summarize/to-table.js';
import { summaryInfo } from '../../src/summarize/describe-columns.js';

const base = { record_type: 'incident', themes: ['safety-dignity'], source_ids: ['src-iom-mmp-2022'], sensitivity: 'public', date: '2021-06-01', date_precision: 'day', count_convention: 'minimum' };
// As the MMP import writes them: MMP's region and the UNSD grouping side by side.
const records = [
  { ...base, id: 'inc-1', country: 'USA', region: 'north-america', mmp_region: 'north-america', unsd_region: 'americas', unsd_subregion: 'northern-america', dead_and_missing: 5, dead: 5 },
  { ...base, id: 'inc-2', country: 'MEX', region: 'central-america', mmp_region: 'central-america', unsd_region: 'americas', unsd_subregion: 'central-america', dead_and_missing: 3, dead: 3 },
  { ...base, id: 'inc-3', country: 'LBY', region: 'mediterranean', mmp_region: 'mediterranean', unsd_region: 'uncategorized', unsd_subregion: 'uncategorized', dead_and_missing: 7, dead: 7 },
  { ...base, id: 'inc-4', country: 'ESP', region: 'europe', mmp_region: 'europe', dead_and_missing: 1, dead: 1 },
];

describe('summaries group by one geography scheme at a time', () => {
  it('region is UN M49 only when the records carry the UNSD grouping: MMP regions are not mixed in', () => {
    const s = summarize(toTable(records, 'incident'), { by: 'region', measures: ['records', 'dead_and_missing'] });
    expect(s.objects()).toEqual([
      { region: 'americas', records: 2, dead_and_missing: 8 },
      { region: 'europe', records: 1, dead_and_missing: 1 },
      { region: 'uncategorized', records: 1, dead_and_missing: 7 },
    ]);
    expect(summaryInfo(s)?.notes.some((n) => /^Geography scheme, region: the UNSD grouping \(UN M49 region\)/.test(n))).toBe(true);
  });

  it('MMP’s own scheme is the mmp_region field, and says so', () => {
    const s = summarize(toTable(records, 'incident'), { by: 'mmp_region', measures: ['records'] });
    expect(s.objects().map((r: any) => r.mmp_region)).toEqual(['central-america', 'europe', 'mediterranean', 'north-america']);
    expect(summaryInfo(s)?.notes.some((n) => n.includes("Missing Migrants Project's own region"))).toBe(true);
  });
});
