import type { FieldInfo } from '../model/fields.js';
import { compileType } from '../model/record-type.js';
import { idPrefix, isRecordType, recordTypes, type RecordType } from '../model/record-types.js';
import { formatCell } from './format-cell.js';

/**
 * The profile URL every exported Table Schema declares.
 *
 * @example toTableSchema('incident').$schema === TABLE_SCHEMA_PROFILE // true
 */
export const TABLE_SCHEMA_PROFILE = 'https://datapackage.org/profiles/2.0/tableschema.json';

/** A Frictionless Table Schema v2 field descriptor, as we emit it. */
export interface TableSchemaField {
  name: string;
  title: string;
  description: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'list';
  format?: 'uri';
  /** List fields: the separator between items in a cell (always `;`). */
  delimiter?: string;
  /** List fields: the type of each item. */
  itemType?: 'string' | 'integer' | 'number' | 'boolean';
  /** An example value, written as it appears in a CSV cell. */
  example?: string;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: (string | number)[];
    pattern?: string;
    minimum?: number;
    maximum?: number;
    minLength?: number;
    maxLength?: number;
  };
  categories?: { value: string | number; label: string }[];
  categoriesOrdered?: boolean;
  /**
   * List fields: the codes each item must be one of. Table Schema has no standard
   * keyword for item vocabularies, so this is a custom property; frictionless tools
   * ignore it, our validator enforces it.
   */
  'x-item-enum'?: (string | number)[];
  /** List fields: the pattern each item must match (custom property, as above). */
  'x-item-pattern'?: string;
  /** Unit of a count (custom property, from the schema's `x-unit`). */
  'x-unit'?: string;
  /** Smuggling Protocol article the field relates to (custom property). */
  'x-protocol'?: string;
}

/** A Frictionless Table Schema v2 descriptor. */
export interface TableSchema {
  $schema: string;
  name: string;
  title: string;
  description: string;
  fields: TableSchemaField[];
  fieldsMatch: 'exact' | 'equal' | 'subset' | 'superset' | 'partial';
  missingValues: string[];
  primaryKey: string[];
  foreignKeys?: { fields: string[]; reference: { resource?: string; fields: string[] } }[];
}

/** Options of {@link toTableSchema}. */
export interface TableSchemaOptions {
  /**
   * Name of the Data Package resource that holds each record type, used in
   * `foreignKeys`. Default: the record type id (`source`, `court-case`, ...).
   */
  resourceName?: (type: RecordType) => string;
  /**
   * How the columns of a file must match the fields. Default `'subset'`: a file may
   * leave out optional columns, as contributors' files do, but may not add any.
   */
  fieldsMatch?: TableSchema['fieldsMatch'];
}

// Which record type an id field points to, found from its pattern's prefix (`^src-`...).
const typeByPrefix = new Map<string, RecordType>(recordTypes.map((t) => [idPrefix(t), t]));

function referencedType(field: FieldInfo): RecordType | undefined {
  if (field.name === 'id' || !field.pattern) return undefined;
  const m = /^\^([a-z]+)-/.exec(field.pattern);
  return m ? typeByPrefix.get(m[1]) : undefined;
}

function toField(f: FieldInfo): TableSchemaField {
  const out: TableSchemaField = { name: f.name, title: f.title, description: f.description, type: f.list ? 'list' : f.kind };
  const c: NonNullable<TableSchemaField['constraints']> = {};
  if (f.required) c.required = true;
  if (f.name === 'id') c.unique = true;
  if (f.list) {
    out.delimiter = ';';
    out.itemType = f.kind;
    if (f.minItems !== undefined) c.minLength = f.minItems;
    if (f.maxItems !== undefined) c.maxLength = f.maxItems;
    if (f.enum) out['x-item-enum'] = [...f.enum];
    if (f.pattern) out['x-item-pattern'] = f.pattern;
  } else {
    if (f.format === 'uri') out.format = 'uri';
    if (f.const !== undefined) c.enum = [f.const];
    if (f.enum) c.enum = [...f.enum];
    if (f.pattern) c.pattern = f.pattern;
    if (f.minimum !== undefined) c.minimum = f.minimum;
    if (f.maximum !== undefined) c.maximum = f.maximum;
    if (f.minLength !== undefined) c.minLength = f.minLength;
    if (f.maxLength !== undefined) c.maxLength = f.maxLength;
    // Categories carry the labels; integer codes (quality, precision) are ordinal scales.
    if (f.labels && (f.kind === 'string' || f.kind === 'integer')) {
      const codes = f.enum ?? Object.keys(f.labels).map((k) => (f.kind === 'integer' ? Number(k) : k));
      out.categories = codes.map((value) => ({ value, label: f.labels![String(value)] ?? String(value) }));
      if (f.kind === 'integer') out.categoriesOrdered = true;
    }
  }
  if (Object.keys(c).length) out.constraints = c;
  if (f.example !== undefined) out.example = formatCell(f.example);
  if (f.unit) out['x-unit'] = f.unit;
  if (f.protocol) out['x-protocol'] = f.protocol;
  return out;
}

/**
 * The Frictionless Table Schema (v2) of a record type, so frictionless tools can
 * check our CSV files: types, required fields, codes with their labels as
 * `categories`, ranges, patterns, `id` as primary key and the references to other
 * record types (`source_ids`, `case_ids`, ...) as foreign keys.
 *
 * @example toTableSchema('incident').primaryKey // ['id']
 */
export function toTableSchema(type: RecordType, options: TableSchemaOptions = {}): TableSchema {
  if (!isRecordType(type)) throw new TypeError(`Unknown record type "${type}"`);
  const { resourceName = (t: RecordType) => t, fieldsMatch = 'subset' } = options;
  const { schema, fields } = compileType(type);
  const foreignKeys = fields.flatMap((f) => {
    const target = referencedType(f);
    if (!target) return [];
    // A reference to the same resource omits `resource` (Table Schema v2).
    const reference = target === type ? { fields: ['id'] } : { resource: resourceName(target), fields: ['id'] };
    return [{ fields: [f.name], reference }];
  });
  return {
    $schema: TABLE_SCHEMA_PROFILE,
    name: type,
    title: schema.title,
    description: schema.description,
    fields: fields.map(toField),
    fieldsMatch,
    missingValues: [''],
    primaryKey: ['id'],
    ...(foreignKeys.length ? { foreignKeys } : {}),
  };
}
