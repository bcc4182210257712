import { beforeAll, describe, expect, it } from 'vitest';
import { countriesNear, countryAt } from '../../src/geo/country-at.js';
import { incidentCountry } from '../../src/adapters/mmp-geography.js';
import { external, hasExternal } from '../adapters/external.js';
import { measureGeocoding, type GeocodingFigures } from '../../scripts/measure-geocoding.js';

describe('countryAt', () => {
  it('places a point inside the boundary it lies in, and a point at sea at the nearest coast', () => {
    expect(countryAt(32.9, 13.2)).toEqual({ country: 'LBY', method: 'coordinates', distanceKm: 0 }); // Tripoli
    expect(countryAt(31.650259, -110.366453)?.country).toBe('USA'); // Arizona, first row of the 2022 export
    const sea = countryAt(35.9, 11.9); // Strait of Sicily, west of Lampedusa
    expect(sea?.method).toBe('nearest-coast');
    expect(sea?.distanceKm).toBeGreaterThan(10);
    expect(countryAt(64.8, 177.5)?.country).toBe('RUS'); // Chukotka, across the antimeridian
  });

  it('lists the countries whose border is near, nearest first', () => {
    const near = countriesNear(26.327787, -98.724004, 25).map((c) => c.country); // Rio Bravo
    expect(near).toContain('USA');
    expect(near).toContain('MEX');
  });
});

describe('incidentCountry', () => {
  it('marks how the country was found', () => {
    expect(incidentCountry('TUR', 32.9, 13.2, '')).toEqual({ country: 'TUR', method: 'source' });
    expect(incidentCountry('', 32.9, 13.2, 'Tripoli')).toEqual({ country: 'LBY', method: 'coordinates' });
    // On a border river the text names the side: Rio Bravo, Mexico, with a point on the US bank.
    expect(incidentCountry('', 26.327787, -98.724004, 'Rio Bravo, Tamaulipas, Mexico (near Rio Grande, Texas)')).toEqual({ country: 'MEX', method: 'coordinates-text' });
    // Latitude and longitude swapped (Kantchari is at 12.48 N, 1.51 E): the text wins.
    expect(incidentCountry('', 1.515145, 12.479761, 'Kantchari, Burkina Faso')).toEqual({ country: 'BFA', method: 'text' });
    expect(incidentCountry('', undefined, undefined, 'Off the coast of Izmir, Turkey')).toEqual({ country: 'TUR', method: 'text' });
    expect(incidentCountry('', undefined, undefined, 'Unspecified location')).toEqual({ country: 'UNK', method: 'unknown' });
  });
});

// The targets of issue 14, on IOM GDI's file with its own country column blanked.
describe.skipIf(!hasExternal)('country of incident against IOM GDI (mmp-gdidata-2025)', () => {
  let f: GeocodingFigures;
  beforeAll(() => {
    f = measureGeocoding(external('mmp-gdidata-2025/iom_mmp_gdidata.csv'));
  }, 120_000);

  it('leaves under 1 % UNK and agrees on ≥ 98 % of points on land and ≥ 95 % overall', () => {
    expect(f.rows).toBe(19669);
    expect(f.unknown / f.rows).toBeLessThan(0.01);
    expect(f.landAgree / f.land).toBeGreaterThanOrEqual(0.98);
    expect(f.agree / f.rows).toBeGreaterThanOrEqual(0.95);
  });
});
