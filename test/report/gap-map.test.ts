import { describe, expect, it } from 'vitest';
import { gapMap } from '../../src/report/index.js';
import { tableEqual } from '../helpers/table-equal.js';
import { cooperation, courtCases, incidents, sources } from '../summarize/fixtures.js';

describe('gapMap', () => {
  it('crosses themes with the M49 regions and lists the empty cells as gaps', () => {
    const { table, gaps } = gapMap({ incident: incidents, 'cooperation-action': cooperation });
    // Areas: the five M49 regions, then the non-M49 region an incident gives (mediterranean).
    expect(table.numRows()).toBe(5 * 6);
    tableEqual(
      table.filter((d: any) => d.records > 0),
      [
        { theme: 'safety-dignity', area: 'asia', records: 1 },
        { theme: 'safety-dignity', area: 'europe', records: 1 },
        { theme: 'safety-dignity', area: 'mediterranean', records: 1 },
        { theme: 'business-model', area: 'americas', records: 1 },
        { theme: 'business-model', area: 'mediterranean', records: 1 },
        { theme: 'cooperation', area: 'africa', records: 1 },
        { theme: 'cooperation', area: 'europe', records: 1 },
      ],
    );
    expect(gaps.length).toBe(30 - 7);
    expect(gaps).toContainEqual({ theme: 'legal-capacity', area: 'africa' });
    expect(gaps).not.toContainEqual({ theme: 'cooperation', area: 'africa' });
  });

  it('works by country, with the areas you expect evidence for', () => {
    const { table, gaps } = gapMap({ 'court-case': courtCases }, { across: 'country', areas: ['GRC', 'ITA', 'LBY'] });
    expect([...new Set(table.array('area') as string[])]).toEqual(['GRC', 'ITA', 'LBY']);
    tableEqual(table.filter((d: any) => d.theme === 'business-model'), [
      { area: 'GRC', records: 2, gap: false },
      { area: 'ITA', records: 1, gap: false },
      { area: 'LBY', records: 0, gap: true },
    ]);
    expect(gaps.filter((g) => g.theme === 'legal-capacity').map((g) => g.area)).toEqual(['ITA', 'LBY']);
  });

  it('never counts source records as evidence about themselves', () => {
    const { table } = gapMap({ source: sources });
    expect(table.filter((d: any) => d.records > 0).numRows()).toBe(0);
    expect((table.array('area') as string[]).includes('unknown')).toBe(false);
  });

  it('counts distinct sources per cell, records beside, and weights each source by its quality', () => {
    // Two incidents in europe on safety-dignity cite src-1 (quality 4) and src-2 (quality 2):
    // inc-b cites both; inc-c (Turkey: asia) cites src-3, which is not in the dataset.
    const twice = [...incidents, { ...incidents[1], id: 'inc-b2' }];
    const { table, weightedSpec } = gapMap({ incident: twice, source: sources });
    tableEqual(table.filter((d: any) => d.theme === 'safety-dignity' && d.records > 0), [
      { area: 'asia', sources: 1, records: 1 },
      { area: 'europe', sources: 2, records: 2, weighted_sources: 4 / 5 + 2 / 5 },
      { area: 'mediterranean', sources: 1, records: 1, weighted_sources: 4 / 5 },
    ]);
    expect(JSON.stringify(weightedSpec)).toContain('weighted_sources');
  });

  it('names the region scheme on the axis', () => {
    const { spec } = gapMap({ incident: incidents });
    expect(JSON.stringify(spec)).toContain("Region (UN M49, or the record's own)");
  });

  it("names MMP's regions of incident on the axis for MMP imports, without padding the M49 regions as false gaps", () => {
    const mmp = incidents.map((r, i) => ({ ...r, mmp_region: ['mediterranean', 'northern-africa', 'western-asia', 'central-america'][i] }));
    const { spec, table } = gapMap({ incident: mmp });
    expect(JSON.stringify(spec)).toContain('Region (MMP region of incident)');
    expect([...new Set(table.array('area') as string[])].sort()).toEqual(['central-america', 'mediterranean', 'northern-africa', 'western-asia']);
    // Beside records on the M49 scheme, both schemes are named and the M49 regions are listed again.
    const mixed = gapMap({ incident: mmp, 'cooperation-action': cooperation });
    expect(JSON.stringify(mixed.spec)).toContain("Region (UN M49 or the record's own; MMP's region of incident for MMP records)");
    expect(mixed.table.array('area') as string[]).toContain('africa');
  });

  it('returns a heatmap spec over the same cells', () => {
    const { spec, table } = gapMap({ incident: incidents });
    expect((spec.data as { values: unknown[] }).values).toHaveLength(table.numRows());
    expect(spec.layer).toBeDefined();
  });
});
