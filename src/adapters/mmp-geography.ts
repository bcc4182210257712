import countries from '../../schemas/countries.schema.json';
import { countryAt } from '../geo/country-at.js';
import { countryCode } from './countries.js';
import { regionCode } from './vocabularies.js';

const m49 = (countries as any).$defs.country['x-m49'] as Record<string, [string, string]>;
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
  method: 'source' | 'coordinates' | 'nearest-coast' | 'text' | 'unknown';
}

/**
 * The country of an incident: the source's own code when it has one; else point-in-polygon on
 * the coordinates (at sea: the nearest coast); else the last part of the location text when
 * it is exactly a country name; else UNK.
 *
 * @example incidentCountry('', 32.9, 13.2, 'Tripoli, Libya') // { country: 'LBY', method: 'coordinates' }
 */
export function incidentCountry(sourceCode: string, latitude: number | undefined, longitude: number | undefined, location: string): IncidentCountry {
  const given = sourceCode ? countryCode(sourceCode) : undefined;
  if (given && given !== 'UNK') return { country: given, method: 'source' };
  if (latitude !== undefined && longitude !== undefined) {
    const hit = countryAt(latitude, longitude);
    if (hit) return { country: hit.country, method: hit.method };
  }
  const text = countryFromLocation(location);
  if (text && text !== 'UNK') return { country: text, method: 'text' };
  return { country: 'UNK', method: 'unknown' };
}

// "Off the coast of Izmir, Turkey" → TUR. Only an exact country name as the last part counts:
// anything less certain stays UNK rather than a guess.
function countryFromLocation(text: string): string | undefined {
  const last = text.replace(/\([^)]*\)/g, '').split(',').pop()?.trim();
  return last ? countryCode(last) : undefined;
}
