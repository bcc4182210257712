import { sharedDef } from '../model/record-type.js';
import { countriesNear, countryAt } from '../geo/country-at.js';
import { countriesInText } from './countries-in-text.js';
import { countryCode } from './countries.js';
import { regionCode } from './vocabularies.js';

const m49 = sharedDef('country')['x-m49'] as Record<string, [string, string]>;
// M49 sub-region → region, read off the country table so the two never disagree.
const parentOf = new Map<string, string>();
for (const [region, subregion] of Object.values(m49)) if (subregion !== region) parentOf.set(subregion, region);

/** MMP's `UNSD Geographical Grouping` read into the two M49 fields of an incident. */
export interface UnsdGrouping {
  unsd_region?: string;
  unsd_subregion?: string;
  /** True when the cell named nothing we know (the caller warns). */
  unknown: boolean;
}

/**
 * Read MMP's `UNSD Geographical Grouping` (an M49 sub-region, or `Uncategorized` for seas
 * bordering several sub-regions). Old spellings (`Central Africa`, `South Asia`) map to the
 * M49 code; nothing is guessed from the country.
 *
 * @example unsdGrouping('Northern Africa') // { unsd_region: 'africa', unsd_subregion: 'northern-africa', unknown: false }
 */
export function unsdGrouping(cell: string): UnsdGrouping {
  const text = cell.trim();
  if (!text) return { unknown: false };
  if (/^uncategori[sz]ed$/i.test(text)) return { unsd_region: 'uncategorized', unsd_subregion: 'uncategorized', unknown: false };
  const code = regionCode(text);
  const parent = code ? parentOf.get(code) : undefined;
  return parent ? { unsd_region: parent, unsd_subregion: code, unknown: false } : { unknown: true };
}

/** A country of incident and how it was found (the incident's `country_method`). */
export interface IncidentCountry {
  country: string;
  method: 'source' | 'coordinates' | 'coordinates-text' | 'nearest-coast' | 'text' | 'unknown';
}

// Boundaries at 1:50m are off by a few km, and incidents on a border (a river, a fence) are
// attributed by the side that reports them: near a border the location text decides.
const borderKm = 25;
// At sea, a country the text names is preferred to the nearest coast within this distance.
const seaKm = 300;

/**
 * The country of an incident: the source's own code when it has one; else from the coordinates
 * — the first country the location text names whose boundary is within 25 km, else the
 * boundary the point lies in; at sea, a named country within 300 km or else the nearest
 * coast — and the text alone when there are no coordinates or they lie far from every country
 * the text names (coordinates swapped or misplaced); else UNK.
 *
 * @example incidentCountry('', 26.3278, -98.724, 'Rio Bravo, Tamaulipas, Mexico') // { country: 'MEX', method: 'coordinates-text' }
 */
export function incidentCountry(sourceCode: string, latitude: number | undefined, longitude: number | undefined, location: string): IncidentCountry {
  const given = sourceCode ? countryCode(sourceCode) : undefined;
  if (given && given !== 'UNK') return { country: given, method: 'source' };
  const named = countriesInText(location);
  if (latitude !== undefined && longitude !== undefined) {
    const hit = countryAt(latitude, longitude);
    if (hit && named.length === 0) return { country: hit.country, method: hit.method };
    if (hit) {
      // The first country the text names whose boundary is near: texts name the reporting
      // side first ("Rio Bravo, Tamaulipas, Mexico (near … Texas)").
      const near = countriesNear(latitude, longitude, hit.method === 'coordinates' ? borderKm : seaKm).map((c) => c.country);
      const match = named.find((c) => near.includes(c));
      if (match) return { country: match, method: match === hit.country ? hit.method : 'coordinates-text' };
      // A point far from every country the text names: the text is the better witness
      // (a swapped latitude and longitude, a place geocoded to its namesake).
      if (hit.method === 'coordinates' || hit.distanceKm > seaKm) return { country: named[0], method: 'text' };
      return { country: hit.country, method: hit.method };
    }
  }
  if (named.length) return { country: named[named.length - 1], method: 'text' };
  return { country: 'UNK', method: 'unknown' };
}
