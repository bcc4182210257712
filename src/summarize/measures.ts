import { getFields } from '../model/fields.js';
import type { RecordType } from '../model/record-types.js';

// Units whose values may be added up. `months` (sentences) and `usd` (fees) are measures
// of a single record, not counts: summing them has no meaning, so they never get a default sum.
const countUnits = new Set(['persons', 'detections', 'incidents', 'cases', 'requests', 'activities']);

/**
 * The count fields of a record type: the fields a summary sums under their own names.
 * These are the integer fields whose schema gives a count unit (`x-unit`), plus `value`
 * for `aggregate-observation`, whose unit is in the record's own `unit` field.
 *
 * @example countFields('incident') // ['dead', 'missing', 'dead_and_missing', 'survivors', ...]
 */
export function countFields(type: RecordType): string[] {
  if (type === 'aggregate-observation') return ['value'];
  return getFields(type)
    .filter((f) => f.kind === 'integer' && !f.list && f.unit !== undefined && countUnits.has(f.unit))
    .map((f) => f.name);
}

/**
 * The fields a record's date is read from, in order of preference (the first one present wins).
 * The date places the record in time for `year`, first/last date and trends.
 *
 * @example dateFields('court-case') // ['decision_date']
 */
export function dateFields(type: RecordType): readonly string[] {
  return dateFieldsByType[type];
}

const dateFieldsByType: Record<RecordType, readonly string[]> = {
  incident: ['date'],
  'court-case': ['decision_date'],
  // A law is evidence from the day it was adopted; in_force_date when only that is known.
  'legal-provision': ['adopted_date', 'in_force_date'],
  'treaty-action': ['action_date', 'status_as_at'],
  'fee-observation': ['date'],
  'cooperation-action': ['start_date'],
  'capacity-building': ['start_date'],
  'aggregate-observation': ['period_start'],
  source: ['published_date', 'year'],
};

/**
 * The fields that name the countries a record is about. A record can be about several
 * (a joint investigation, a fee from one country to another); it then counts once under each.
 *
 * @example countryFields('fee-observation') // ['from_country', 'to_country']
 */
export function countryFields(type: RecordType): readonly string[] {
  return countryFieldsByType[type];
}

const countryFieldsByType: Record<RecordType, readonly string[]> = {
  incident: ['country'],
  'court-case': ['country'],
  'legal-provision': ['country'],
  'treaty-action': ['country'],
  'fee-observation': ['from_country', 'to_country'],
  'cooperation-action': ['requesting_country', 'countries'],
  'capacity-building': ['host_country', 'countries'],
  'aggregate-observation': ['country'],
  source: ['coverage_countries'],
};

/**
 * What one record of a type is, as a unit: the `records` column of a summary counts these.
 *
 * @example recordUnit('incident') // 'incidents'
 */
export function recordUnit(type: RecordType | undefined): string {
  if (type === 'incident') return 'incidents';
  if (type === 'court-case') return 'cases';
  return 'records';
}

/**
 * The breakdown fields of `aggregate-observation`: person counts split by these are small-cell
 * suppressed by default.
 *
 * @example breakdownFields.includes('breakdown_sex') // true
 */
export const breakdownFields: readonly string[] = Object.freeze(['breakdown_sex', 'breakdown_age', 'breakdown_nationality']);
