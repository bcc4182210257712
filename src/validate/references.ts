/**
 * Reference fields, read from the schemas: a field (or list field) whose pattern is the
 * id pattern of a record type refers to records of that type (`source_ids` → source,
 * `case_ids` → court-case, `national_provisions` → legal-provision, ...).
 *
 *   referenceFields(type): { field, target, list }[]
 *   referencedTypes(types): the record types some of `types` refer to
 */
import { getField, getFields } from '../model/fields.js';
import { recordTypes, type RecordType } from '../model/record-types.js';

/** A field holding ids of other records. */
export interface ReferenceField {
  field: string;
  target: RecordType;
  list: boolean;
}

let idPatterns: Map<string, RecordType> | undefined;
const cache = new Map<RecordType, ReferenceField[]>();

/**
 * The reference fields of a record type.
 *
 * @example referenceFields('court-case').map(r => r.field) // ['source_ids', 'national_provisions', 'fee_ids', 'cooperation_ids']
 */
export function referenceFields(type: RecordType): ReferenceField[] {
  let refs = cache.get(type);
  if (!refs) {
    idPatterns ??= new Map(recordTypes.map((t) => [getField(t, 'id')?.pattern ?? '', t]));
    refs = getFields(type)
      .filter((f) => f.name !== 'id' && f.pattern && idPatterns!.has(f.pattern))
      .map((f) => ({ field: f.name, target: idPatterns!.get(f.pattern!)!, list: f.list }));
    cache.set(type, refs);
  }
  return refs;
}

/**
 * The record types that records of `types` refer to.
 *
 * @example referencedTypes(['incident']) // Set { 'source' }
 */
export function referencedTypes(types: Iterable<RecordType>): Set<RecordType> {
  const out = new Set<RecordType>();
  for (const t of types) for (const r of referenceFields(t)) out.add(r.target);
  return out;
}
