import { sharedDef } from '../model/record-type.js';
import { normalizeName } from './normalize-name.js';

/** Build a lookup from our codes' labels plus aliases, matched on `normalizeName`. */
function lookup(labels: Record<string, string>, aliases: Record<string, string>): (name: string) => string | undefined {
  const map = new Map<string, string>();
  for (const [code, label] of Object.entries(labels)) {
    map.set(normalizeName(code), code);
    map.set(normalizeName(label), code);
  }
  for (const [name, code] of Object.entries(aliases)) map.set(normalizeName(name), code);
  return (name) => map.get(normalizeName(name));
}

// MMP "Region of incident", all vintages. Old regions that are UN M49 areas map to the M49 code.
const regionAliases: Record<string, string> = {
  'North Africa': 'northern-africa',
  'South Asia': 'southern-asia',
  'Southeast Asia': 'south-eastern-asia',
  'South-eastern Asia': 'south-eastern-asia',
  'East Asia': 'eastern-asia',
  'Horn of Africa': 'horn-of-africa',
  'Middle East': 'middle-east',
  'US-Mexico Border': 'us-mexico-border',
  'North America': 'north-america',
  'Central Africa': 'middle-africa',
  Unknown: 'unknown',
};

/**
 * Our region code for a region name as MMP (any vintage) or UN M49 writes it.
 *
 * @example regionCode('North Africa') // 'northern-africa'
 */
export const regionCode = lookup(sharedDef('region')['x-labels'], regionAliases);

// Route names of MMP (2020, 2022, 2026 vintages), IOM GDI and Frontex.
const routeAliases: Record<string, string> = {
  'Calais to United Kingdom': 'english-channel',
  'English Channel to the UK': 'english-channel',
  'Mainland Europe to the UK': 'english-channel',
  'Central America to US': 'central-america-to-us',
  'Central American Route': 'central-america-to-us',
  'Comoros to Mayotte': 'comoros-to-mayotte',
  'Cuba to US': 'cuba-to-us',
  Darien: 'darien',
  'Darien Gap': 'darien',
  'Eastern Route to/from EHOA': 'horn-of-africa-to-yemen',
  'EHOA Eastern Route': 'horn-of-africa-to-yemen',
  'Horn Africa to Yemen': 'horn-of-africa-to-yemen',
  'Horn of Africa to Yemen crossing': 'horn-of-africa-to-yemen',
  'EHOA Southern Route': 'ehoa-southern',
  'EHOA Northern Route': 'ehoa-northern',
  'EHOA Horn of Africa Route': 'ehoa-horn-of-africa',
  'From Haiti to Dajabon, Dominican Republic': 'haiti-to-dominican-republic',
  'Haiti to Dominican Republic': 'haiti-to-dominican-republic',
  'Iran to Turkey': 'iran-to-turkiye',
  'Syria to Turkey': 'syria-to-turkiye',
  'Turkey-Europe land route': 'turkiye-europe-land',
  'Malaysia to Indonesia': 'asia-pacific',
  'Asia Pacific routes': 'asia-pacific',
  'Naf River crossing': 'naf-river',
  'Venezuela to Curaçao': 'venezuela-to-caribbean',
  'Venezuela to Caribbean': 'venezuela-to-caribbean',
  'Western African': 'western-african-atlantic',
  'Western African Atlantic Route': 'western-african-atlantic',
  'Western African Route': 'western-african-atlantic',
  'US-Mexico border crossing': 'us-mexico-border',
  'Intra-African routes': 'intra-african',
  'Intra-European routes': 'intra-european',
  'South American Route': 'south-american',
  'Central Mediterranean Route': 'central-mediterranean',
  'Eastern Mediterranean Route': 'eastern-mediterranean',
  'Western Mediterranean Route': 'western-mediterranean',
  'Western Balkan Route': 'western-balkans',
  'Eastern Borders Route': 'eastern-land-borders',
  'Circular Route from Albania to Greece': 'circular-albania-greece',
  'Black Sea Route': 'black-sea',
  Other: 'other',
  Undefined: 'unknown',
};

/**
 * Our route code for a route name as MMP, IOM GDI or Frontex writes it.
 *
 * @example routeCode('Central Mediterranean Route') // 'central-mediterranean'
 */
export const routeCode = lookup(sharedDef('route')['x-labels'], routeAliases);

/**
 * MMP's seven cause-of-death categories (2021 revision onward), in their exact wording → our codes.
 *
 * @example mmpCauseLabels['Violence'] // 'violence'
 */
export const mmpCauseLabels: Record<string, string> = {
  'Drowning': 'drowning',
  'Vehicle accident / death linked to hazardous transport': 'hazardous-transport',
  'Harsh environmental conditions / lack of adequate shelter, food, water': 'harsh-conditions',
  'Violence': 'violence',
  'Sickness / lack of access to adequate healthcare': 'sickness',
  'Accidental death': 'accidental',
  'Mixed or unknown': 'mixed-or-unknown',
};

// Before 2021 MMP wrote free-ish causes ("Starvation, Dehydration", "Hit by train"). Each part
// is placed in the category MMP's 2021 revision uses for it; the first rule that matches wins.
const oldCauseRules: [RegExp, string][] = [
  [/^unknown \(violence\)/, 'violence'],
  [/^(unknown|mixed)/, 'mixed-or-unknown'],
  [/drown|drowing/, 'drowning'],
  [/vehicle|train|truck|\bbus\b|\bcar\b|stowaway|collision|crushed|suffocat|asphyx|fuel burns|boat motor|fall from boat|railway/, 'hazardous-transport'],
  [/shot|stab|murder|abuse|rape|tortur|violence|air strike|helicopter|artillery|mortar|gassed/, 'violence'],
  [/dehydrat|starv|hypotherm|hypertherm|exposure|harsh|heat stroke|exhaust|malnutrition|hypoglyc|lightning/, 'harsh-conditions'],
  [/sick|cardiac|heart|pneumonia|respirat|pulmonary|organ failure|cancer|infection|bleeding|seizure|post-partum|atherosclerosis|illness|medicine/, 'sickness'],
  [/fall|fell|electrocut|landmine|crocodile|hippop|rockslide|envenomation|accident|burn|fire|poison|injur|canyon|crevice/, 'accidental'],
];

/** Cause-of-death codes read from one MMP cell, and whether the reading lost detail. */
export interface CauseReading {
  codes: string[];
  /** True when the cell used the pre-2021 free vocabulary (so the original text is worth keeping). */
  recoded: boolean;
  /** Parts that matched no category (mapped to `mixed-or-unknown`). */
  unmatched: string[];
}

/**
 * Read an MMP cause-of-death cell into our codes. Several causes are comma-joined, but one
 * category itself contains commas, so known categories are matched first and only the rest is
 * split; pre-2021 free text is placed in categories by keyword.
 *
 * @example causeCodes('Drowning,Harsh environmental conditions / lack of adequate shelter, food, water').codes // ['drowning', 'harsh-conditions']
 */
export function causeCodes(cell: string): CauseReading {
  let rest = cell.trim();
  const codes: string[] = [];
  const unmatched: string[] = [];
  let recoded = false;
  const labels = Object.keys(mmpCauseLabels).sort((a, b) => b.length - a.length);
  while (rest) {
    const label = labels.find((l) => rest.toLowerCase().startsWith(l.toLowerCase()) && /^\s*(,|$)/.test(rest.slice(l.length)));
    let part: string;
    let code: string | undefined;
    if (label) {
      part = label;
      code = mmpCauseLabels[label];
    } else {
      part = rest.split(',')[0];
      recoded = true;
      const key = part.trim().toLowerCase();
      code = key ? oldCauseRules.find(([re]) => re.test(key))?.[1] : undefined;
      if (key && !code) {
        unmatched.push(part.trim());
        code = 'mixed-or-unknown';
      }
    }
    if (code && !codes.includes(code)) codes.push(code);
    rest = rest.slice(part.length).replace(/^\s*,\s*/, '');
  }
  return { codes, recoded, unmatched };
}

/**
 * Our incident-type code for MMP's `Incident Type` (GDI `type`). A multi-valued cell
 * (`Incident,Split Incident`) is read as its most specific value.
 *
 * @example incidentTypeCode('Split Incident') // 'split-incident'
 */
export function incidentTypeCode(cell: string): 'incident' | 'split-incident' | 'cumulative-incident' | undefined {
  const s = cell.toLowerCase();
  if (!s.trim()) return undefined;
  if (s.includes('cumulative')) return 'cumulative-incident';
  if (s.includes('split')) return 'split-incident';
  if (s.includes('incident')) return 'incident';
  return undefined;
}
