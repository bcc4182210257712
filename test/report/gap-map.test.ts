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

  it('puts records with no country or region under "unknown", which is never a gap', () => {
    const { table, gaps } = gapMap({ source: sources });
    tableEqual(table.filter((d: any) => d.theme === 'evidence-base' && d.area === 'unknown'), [{ records: 2, gap: false, mean_source_quality: 3 }]);
    expect(gaps.some((g) => g.area === 'unknown')).toBe(false);
  });

  it('returns a heatmap spec over the same cells', () => {
    const { spec, table } = gapMap({ incident: incidents });
    expect((spec.data as { values: unknown[] }).values).toHaveLength(table.numRows());
    expect(spec.layer).toBeDefined();
  });
});
