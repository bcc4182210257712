import { Ajv2020, type ValidateFunction, type ErrorObject } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import { recordSchemas, sharedSchemas, type JsonSchema } from './schemas.js';
import { isRecordType, type RecordType } from './record-types.js';
import { isPartialDate } from './formats.js';

// ajv-formats is CommonJS; its default export arrives wrapped under some bundlers.
const addFormats = ((formatsPlugin as any).default ?? formatsPlugin) as (ajv: Ajv2020) => Ajv2020;

/** Annotation keywords our schemas carry beside standard JSON Schema. */
export const annotationKeywords = ['x-labels', 'x-unit', 'x-protocol', 'x-themes', 'x-record-type', 'x-id-prefix', 'x-m49', 'x-deprecated'];

let ajv: Ajv2020 | undefined;

/**
 * The one Ajv instance: draft 2020-12, strict mode, all errors collected, our shipped
 * schemas only (never a contributed one), `$data` off.
 */
export function getAjv(): Ajv2020 {
  if (!ajv) {
    ajv = new Ajv2020({ strict: true, allErrors: true, $data: false, allowUnionTypes: false });
    addFormats(ajv);
    ajv.addFormat('partial-date', { type: 'string', validate: isPartialDate });
    ajv.addVocabulary(annotationKeywords);
    for (const s of [...sharedSchemas, ...Object.values(recordSchemas)]) ajv.addSchema(s as JsonSchema);
  }
  return ajv;
}

/**
 * The JSON Schema of a record type (the file in `schemas/`, as data).
 *
 * @example getSchema('incident').title // 'Incident'
 */
export function getSchema(type: RecordType): JsonSchema {
  if (!isRecordType(type)) throw new TypeError(`Unknown record type "${type}"`);
  return recordSchemas[type];
}

/**
 * A compiled record validator: returns true or false and leaves Ajv's error objects
 * on `.errors`. Typed as a plain predicate (not a type guard) so a failed check does
 * not narrow the record to `never`.
 */
export type RecordValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

const validators = new Map<RecordType, RecordValidator>();

/**
 * The compiled validator of a record type, compiled once and cached.
 *
 * @example getValidator('incident')(record) // true or false; errors on .errors
 */
export function getValidator(type: RecordType): RecordValidator {
  let v = validators.get(type);
  if (!v) {
    v = getAjv().getSchema(getSchema(type).$id) as ValidateFunction as RecordValidator;
    validators.set(type, v);
  }
  return v;
}

export type { ErrorObject };
