import { describe, expect, it } from 'vitest';
import { m49Regions, regionOf, splitRegion, subregionOf } from '../../src/summarize/index.js';

describe('regions', () => {
  it('maps countries to UN M49 regions and sub-regions', () => {
    expect([regionOf('LBY'), subregionOf('LBY')]).toEqual(['africa', 'northern-africa']);
    expect([regionOf('MEX'), subregionOf('MEX')]).toEqual(['americas', 'central-america']);
    expect(regionOf('XXX')).toBeNull();
    expect(regionOf(null)).toBeNull();
  });

  it('splits a record’s own region code into region and sub-region', () => {
    expect(splitRegion('western-asia')).toEqual({ region: 'asia', subregion: 'western-asia' });
    expect(splitRegion('europe')).toEqual({ region: 'europe', subregion: null });
    // Not an M49 area: kept at both levels rather than forced into one region.
    expect(splitRegion('mediterranean')).toEqual({ region: 'mediterranean', subregion: 'mediterranean' });
  });

  it('lists the five inhabited M49 regions', () => {
    expect(m49Regions).toEqual(['africa', 'americas', 'asia', 'europe', 'oceania']);
  });
});
