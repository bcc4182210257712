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
const notes = (s: ReturnType<typeof summarize>) => summaryInfo(s)?.notes.filter((n) => n.startsWith('Geography scheme:'));

describe('summaries group by one geography scheme at a time, and say which', () => {
  it('region is MMP’s region of incident for MMP imports: never rolled up into M49 continents beside MMP regions', () => {
    const s = summarize(toTable(records, 'incident'), { by: 'region', measures: ['records', 'dead_and_missing'] });
    // Before, central-america became `americas` while north-america stayed apart (the "Americas" of issue 14).
    expect(s.objects().map((r: any) => [r.region, r.dead_and_missing])).toEqual([
      ['central-america', 3], ['europe', 1], ['mediterranean', 7], ['north-america', 5],
    ]);
    expect(notes(s)).toEqual([expect.stringMatching(/^Geography scheme: region = MMP region of incident/)]);
  });

  it('subregion is the UNSD grouping, with no country guess for records that have none', () => {
    const s = summarize(toTable(records, 'incident'), { by: 'subregion', measures: ['dead_and_missing'] });
    expect(s.objects().map((r: any) => [r.subregion, r.dead_and_missing])).toEqual([
      ['central-america', 3], ['northern-america', 5], ['uncategorized', 7], [null, 1],
    ]);
    expect(notes(s)).toEqual([expect.stringMatching(/^Geography scheme: subregion = UNSD geographical grouping/)]);
  });

  it('UN M49 regions are the unsd_region field, and say so', () => {
    const s = summarize(toTable(records, 'incident'), { by: 'unsd_region', measures: ['dead_and_missing'] });
    expect(s.objects().map((r: any) => [r.unsd_region, r.dead_and_missing])).toEqual([['americas', 8], ['uncategorized', 7], [null, 1]]);
    expect(notes(s)).toEqual([expect.stringMatching(/^Geography scheme: unsd_region = the UNSD grouping/)]);
  });
});
