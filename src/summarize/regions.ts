import { sharedDef } from '../model/record-type.js';

type M49 = Record<string, [string, string]>;
const m49 = sharedDef('country')['x-m49'] as M49;
const countryLabels = sharedDef('country')['x-labels'] as Record<string, string>;
const regionDef = sharedDef('region') as { enum: string[]; 'x-labels': Record<string, string> };

/**
 * The UN M49 regions every country maps to, in the order reports list them.
 * Antarctica is left out: no evidence record is expected there, so it would only add an empty row.
 *
 * @example m49Regions // ['africa', 'americas', 'asia', 'europe', 'oceania']
 */
export const m49Regions: readonly string[] = Object.freeze(['africa', 'americas', 'asia', 'europe', 'oceania']);

// Sub-region → its M49 region, read off the country table so the two can never disagree.
const parentOf = new Map<string, string>();
for (const [region, subregion] of Object.values(m49)) if (subregion !== region) parentOf.set(subregion, region);

/**
 * The UN M49 region of a country (ISO3), or null when the code is unknown.
 *
 * @example regionOf('LBY') // 'africa'
 */
export function regionOf(country: string | null | undefined): string | null {
  return (country && m49[country]?.[0]) || null;
}

/**
 * The UN M49 sub-region of a country (intermediate region for Africa and Latin America).
 *
 * @example subregionOf('LBY') // 'northern-africa'
 */
export function subregionOf(country: string | null | undefined): string | null {
  return (country && m49[country]?.[1]) || null;
}

/**
 * Split a record's own `region` code into the region and sub-region it stands for.
 * An M49 sub-region also names its region (`northern-africa` → `africa`); an M49 region
 * has no sub-region; a code outside M49 (`mediterranean`, `middle-east`) stays as it is at
 * both levels, because it cannot be placed inside one M49 region.
 *
 * @example splitRegion('northern-africa') // { region: 'africa', subregion: 'northern-africa' }
 */
export function splitRegion(code: string | null | undefined): { region: string | null; subregion: string | null } {
  if (!code) return { region: null, subregion: null };
  if (m49Regions.includes(code) || code === 'antarctica') return { region: code, subregion: null };
  const parent = parentOf.get(code);
  if (parent) return { region: parent, subregion: code };
  return { region: code, subregion: code };
}

/**
 * The scheme a region field stands for, to print beside a summary keyed by it.
 *
 * @example regionScheme('mmp_region') // "mmp_region = MMP region of incident …"
 */
export function regionScheme(key: string): string | undefined {
  if (key === 'mmp_region') return "mmp_region = the Missing Migrants Project's own region of incident (Mediterranean and Europe regions of their own)";
  if (key === 'unsd_region' || key === 'unsd_subregion') return `${key} = the UNSD grouping as the source publishes it (UN M49; uncategorized = a sea bordering several sub-regions)`;
  if (key === 'origin_region') return 'origin_region = region of origin of the migrants, not where the incident happened';
  return undefined;
}

/**
 * Human label of a region or sub-region code.
 *
 * @example regionLabel('western-asia') // 'Western Asia'
 */
export function regionLabel(code: string): string {
  return regionDef['x-labels'][code] ?? code;
}

/**
 * Human label of an ISO3 country code.
 *
 * @example countryLabel('ITA') // 'Italy'
 */
export function countryLabel(code: string): string {
  return countryLabels[code] ?? code;
}

/**
 * Every country with its UN M49 region and sub-region, for code that maps countries outside
 * JavaScript (the SQL form of a summary).
 *
 * @example m49Countries().find(([c]) => c === 'LBY') // ['LBY', 'africa', 'northern-africa']
 */
export function m49Countries(): [string, string, string][] {
  return Object.entries(m49).map(([c, [r, s]]) => [c, r, s]);
}

/**
 * Every region code a record's own `region` may hold (M49 regions and sub-regions, and the
 * codes outside M49 such as `mediterranean`).
 *
 * @example regionCodes().includes('mediterranean') // true
 */
export function regionCodes(): string[] {
  return [...regionDef.enum];
}
