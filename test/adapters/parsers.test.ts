import { describe, expect, it } from 'vitest';
import { parseCount, parseDecimal } from '../../src/adapters/parse-count.js';
import { parseDate, dateFromParts } from '../../src/adapters/parse-date.js';
import { parsePoint } from '../../src/adapters/parse-coordinates.js';
import { causeCodes, regionCode, routeCode, incidentTypeCode } from '../../src/adapters/vocabularies.js';
import { countryCode, isCountryCode } from '../../src/adapters/countries.js';
import { resolveColumns, detectLayout } from '../../src/adapters/column-aliases.js';
import { getField } from '../../src/model/fields.js';

describe('parseCount', () => {
  it('reads thousands separators, signs and blanks without losing a value', () => {
    expect(parseCount('1,022')).toEqual({ ok: true, value: 1022 });
    expect(parseCount('"4"'.replace(/"/g, ''))).toEqual({ ok: true, value: 4 });
    expect(parseCount('-2')).toEqual({ ok: true, value: -2 });
    expect(parseCount('12.0')).toEqual({ ok: true, value: 12 });
    expect(parseCount('')).toEqual({ ok: true, value: undefined });
  });
  it('refuses what is not a whole number, quoting the value', () => {
    const r = parseCount('1,02');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain('"1,02"');
    expect(parseCount('about 5').ok).toBe(false);
    expect(parseCount('3.5').ok).toBe(false);
  });
  it('parses decimals for coordinates', () => {
    expect(parseDecimal('-110.366453')).toEqual({ ok: true, value: -110.366453 });
    expect(parseDecimal('x').ok).toBe(false);
  });
});

describe('parseDate', () => {
  it('reads the four public formats to ISO day dates', () => {
    expect(parseDate('2014-01-06')).toEqual({ date: '2014-01-06', precision: 'day' });
    expect(parseDate('January 05, 2020')).toEqual({ date: '2020-01-05', precision: 'day' });
    expect(parseDate('14-Oct-19')).toEqual({ date: '2019-10-14', precision: 'day' });
    expect(parseDate('6-Jan-14')).toEqual({ date: '2014-01-06', precision: 'day' });
    expect(parseDate('Thu, 01/01/2026 - 12:00')).toEqual({ date: '2026-01-01', precision: 'day' });
    expect(parseDate('Fri, 05/01/2026 - 12:00')).toEqual({ date: '2026-05-01', precision: 'day' });
  });
  it('rejects impossible dates rather than rolling them over', () => {
    expect(parseDate('2017-02-30')).toBeUndefined();
    expect(parseDate('February 30, 2017')).toBeUndefined();
    expect(parseDate('next week')).toBeUndefined();
  });
  it('falls back to year and month name', () => {
    expect(dateFromParts('2020', 'February')).toEqual({ date: '2020-02', precision: 'month' });
    expect(dateFromParts('2020', '')).toEqual({ date: '2020', precision: 'year' });
  });
});

describe('parsePoint', () => {
  it('reads "lat, lon" latitude first and WKT POINT (lon lat) longitude first', () => {
    expect(parsePoint('38.610762461670, 26.651187816406')).toEqual({ ok: true, value: { latitude: 38.61076246167, longitude: 26.651187816406 } });
    expect(parsePoint('POINT (-110.366453 31.650259)')).toEqual({ ok: true, value: { latitude: 31.650259, longitude: -110.366453 } });
    expect(parsePoint('')).toEqual({ ok: true, value: undefined });
  });
  it('reports out-of-range or unreadable coordinates', () => {
    expect(parsePoint('120.5, 10').ok).toBe(false);
    expect(parsePoint('near Izmir').ok).toBe(false);
  });
});

describe('vocabularies', () => {
  it('maps MMP regions of every vintage to our region codes', () => {
    expect(regionCode('North Africa')).toBe('northern-africa');
    expect(regionCode('Northern Africa')).toBe('northern-africa');
    expect(regionCode('Mediterranean')).toBe('mediterranean');
    expect(regionCode('US-Mexico Border')).toBe('us-mexico-border');
    expect(regionCode('Southeast Asia')).toBe('south-eastern-asia');
    expect(regionCode('Atlantis')).toBeUndefined();
  });
  it('maps MMP, GDI and Frontex route names', () => {
    expect(routeCode('Central Mediterranean')).toBe('central-mediterranean');
    expect(routeCode('Central Mediterranean Route')).toBe('central-mediterranean');
    expect(routeCode('Türkiye-Europe land route')).toBe('turkiye-europe-land');
    expect(routeCode('Turkey-Europe land route')).toBe('turkiye-europe-land');
    expect(routeCode('Calais to United Kingdom')).toBe('english-channel');
    expect(routeCode('Western Balkan Route')).toBe('western-balkans');
    expect(routeCode('Eastern Borders Route')).toBe('eastern-land-borders');
  });
  it('every mapped code is in the schema vocabulary', () => {
    const routes = getField('incident', 'route')!.enum!;
    for (const name of ['Darien Gap', 'Horn Africa to Yemen', 'EHOA Southern Route', 'Asia Pacific routes', 'Undefined', 'Other']) {
      expect(routes).toContain(routeCode(name));
    }
  });
  it('splits multi-valued causes without breaking the category that contains commas', () => {
    expect(causeCodes('Drowning,Harsh environmental conditions / lack of adequate shelter, food, water').codes).toEqual(['drowning', 'harsh-conditions']);
    expect(causeCodes('Harsh environmental conditions / lack of adequate shelter, food, water,Mixed or unknown').codes).toEqual(['harsh-conditions', 'mixed-or-unknown']);
    const old = causeCodes('Sickness and lack of access to medicines, Starvation, Dehydration');
    expect(old.codes).toEqual(['sickness', 'harsh-conditions']);
    expect(old.recoded).toBe(true);
    expect(causeCodes('Hit by train').codes).toEqual(['hazardous-transport']);
    expect(causeCodes('Unknown (skeletal remains)').codes).toEqual(['mixed-or-unknown']);
    expect(causeCodes('Suicide').unmatched).toEqual(['Suicide']);
  });
  it('reads incident types', () => {
    expect(incidentTypeCode('Split Incident')).toBe('split-incident');
    expect(incidentTypeCode('Cumulative Incident')).toBe('cumulative-incident');
    expect(incidentTypeCode('Incident,Split Incident')).toBe('split-incident');
  });
  it('reads countries as ISO-3, ISO-2 or names', () => {
    expect(countryCode('KH')).toBe('KHM');
    expect(countryCode('US')).toBe('USA');
    expect(countryCode('Turkey')).toBe('TUR');
    expect(countryCode('Venezuela (Bolivarian Republic of)')).toBe('VEN');
    expect(countryCode('Unknown')).toBe('UNK');
    expect(countryCode('OOO')).toBeUndefined();
    for (const c of ['KHM', 'UKR', 'KEN', 'MDA', 'MMR', 'VNM', 'MYS', 'CHN', 'IND', 'SAU', 'BGD']) expect(isCountryCode(c)).toBe(true);
  });
});

describe('column aliases', () => {
  it('finds columns whatever the vintage calls them', () => {
    expect(resolveColumns(['Migration route', 'Number Dead'], { route: ['Migration Route'], dead: ['Number of Dead', 'Number Dead'] })).toEqual({ route: 0, dead: 1 });
    expect(detectLayout(['a', 'B'], [{ name: 'x', signature: ['c'] }, { name: 'y', signature: ['b'] }])?.name).toBe('y');
  });
});
