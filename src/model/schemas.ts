// The JSON files in schemas/ are the source of truth; they are bundled here so the
// library works in browsers without file access.
import common from '../../schemas/common.schema.json';
import countries from '../../schemas/countries.schema.json';
import incident from '../../schemas/incident.schema.json';
import courtCase from '../../schemas/court-case.schema.json';
import legalProvision from '../../schemas/legal-provision.schema.json';
import treatyAction from '../../schemas/treaty-action.schema.json';
import feeObservation from '../../schemas/fee-observation.schema.json';
import cooperationAction from '../../schemas/cooperation-action.schema.json';
import capacityBuilding from '../../schemas/capacity-building.schema.json';
import aggregateObservation from '../../schemas/aggregate-observation.schema.json';
import source from '../../schemas/source.schema.json';

/** A JSON Schema document as plain data. */
export type JsonSchema = Record<string, any>;

/** The record-type schemas, keyed by record type id, in codebook order. */
export const recordSchemas = {
  incident,
  'court-case': courtCase,
  'legal-provision': legalProvision,
  'treaty-action': treatyAction,
  'fee-observation': feeObservation,
  'cooperation-action': cooperationAction,
  'capacity-building': capacityBuilding,
  'aggregate-observation': aggregateObservation,
  source,
} as const satisfies Record<string, JsonSchema>;

/** Schemas that record schemas reference (shared definitions and vocabularies). */
export const sharedSchemas: JsonSchema[] = [common, countries];
