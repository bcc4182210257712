import { describe, expect, it } from 'vitest';
import { combinedGapMap, gapMap } from '../../src/report/index.js';
import { summaryInfo } from '../../src/summarize/describe-columns.js';
import { combinedCells, datasetRecords, type Cell } from '../helpers/combined-cells.js';
import { incidents, sources } from '../summarize/fixtures.js';

/** The non-empty cells of a gap-map table, in the order combinedCells gives. */
function cellsOf(table: { objects(): object[] }): Cell[] {
  return (table.objects() as Record<string, any>[])
    .filter((r) => r.records > 0)
    .map((r) => ({ theme: r.theme, area: r.area, sources: r.sources, weighted_sources: r.weighted_sources, records: r.records }))
    .sort((a, b) => `${a.theme}|${a.area}`.localeCompare(`${b.theme}|${b.area}`));
}

describe('combinedGapMap', () => {
  it('over two shipped datasets: the cells worked out from their records independently', async () => {
    const istanbul = await datasetRecords('datasets/istanbul-2017');
    const annual = await datasetRecords('datasets/annual-figures');
    const map = combinedGapMap([
      { name: 'istanbul-2017', dataset: istanbul },
      { name: 'annual-figures', dataset: annual },
    ]);
    const want = combinedCells({ 'istanbul-2017': istanbul, 'annual-figures': annual });
    expect(want.length).toBeGreaterThan(10);
    expect(cellsOf(map.table)).toEqual(want);
    // Every other cell is a gap (outside the unknown column), and the gaps list says which.
    const empty = (map.table.objects() as Record<string, any>[]).filter((r) => r.records === 0);
    expect(map.gaps).toEqual(empty.filter((r) => r.area !== 'unknown').map((r) => ({ theme: r.theme, area: r.area })));
    expect(summaryInfo(map.table)?.notes[0]).toMatch(/^Combined over 2 datasets \(istanbul-2017, annual-figures\): a source cited by several of them counts once/);
    expect(JSON.stringify(map.spec)).toContain('Distinct sources of evidence by theme and region, across 2 datasets');
    expect(JSON.stringify(map.weightedSpec)).toContain('weighted_sources');
    expect(JSON.stringify(map.spec)).toContain("Region (UN M49, or the record's own)");
  });

  it('counts a source cited by two datasets once, and their records in each', async () => {
    const istanbul = await datasetRecords('datasets/istanbul-2017');
    const one = cellsOf(gapMap(istanbul).table);
    const both = cellsOf(combinedGapMap([{ name: 'a', dataset: istanbul }, { name: 'b', dataset: istanbul }]).table);
    expect(both).toEqual(one.map((c) => ({ ...c, records: c.records * 2 })));
  });

  it('never merges two datasets\u2019 records that cite no source, and takes the best quality given to a source', () => {
    const bare = { ...incidents[3], id: 'inc-1', source_ids: [] as string[] };
    const map = combinedGapMap([
      { name: 'a', dataset: { incident: [bare] } },
      { name: 'b', dataset: { incident: [bare] } },
    ]);
    expect(cellsOf(map.table)).toEqual([{ theme: 'business-model', area: 'americas', sources: 2, weighted_sources: 0.4, records: 2 }]);
    // src-1 has quality 4 in the fixtures; a second dataset gives it 5: the cell weighs it 5/5.
    const better = sources.map((s) => (s.id === 'src-1' ? { ...s, source_quality: 5 } : s));
    const weighted = combinedGapMap([
      { name: 'a', dataset: { incident: [incidents[0]], source: sources } },
      { name: 'b', dataset: { source: better } },
    ]);
    const cell = (weighted.table.objects() as Record<string, any>[]).find((r) => r.theme === 'safety-dignity' && r.area === 'mediterranean');
    expect(cell).toMatchObject({ sources: 1, records: 1, weighted_sources: 1 });
  });

  it('refuses two datasets with one name', () => {
    expect(() => combinedGapMap([{ name: 'a', dataset: {} }, { name: 'a', dataset: {} }])).toThrow(/two datasets are named "a"/);
  });
});
