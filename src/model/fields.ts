import { recordSchemas, sharedSchemas, type JsonSchema } from './schemas.js';
import type { RecordType } from './record-types.js';

/** The scalar kinds a field (or a list field's items) can hold. */
export type ScalarKind = 'string' | 'integer' | 'number' | 'boolean';

/**
 * A record field as the rest of the library sees it: the schema property with its
 * `$ref`s resolved, flattened into plain data. Loaders coerce cells with it, the
 * codebook and Table Schema export describe it, summaries know units from it.
 */
export interface FieldInfo {
  /** snake_case field name, as in CSV headers. */
  name: string;
  /** Human label (the schema `title`). */
  title: string;
  /** What the field holds (the schema `description`). */
  description: string;
  /** Scalar kind of the value, or of each item for a list. */
  kind: ScalarKind;
  /** True for list fields (arrays of scalars, `;`-separated in CSV). */
  list: boolean;
  /** True when every record must have it. */
  required: boolean;
  /** Allowed codes, when the field is a controlled vocabulary. */
  enum?: readonly (string | number)[];
  /** Human labels for the codes (`x-labels`). */
  labels?: Readonly<Record<string, string>>;
  /** A `const` value (e.g. `record_type`). */
  const?: string;
  /** Regular expression the value (or each item) must match. */
  pattern?: string;
  /** Format the value must have (`partial-date`, `uri`). */
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  /** Unit of a count field (`x-unit`), e.g. `persons`. */
  unit?: string;
  /** Protocol article the field relates to (`x-protocol`). */
  protocol?: string;
  /** An example value. */
  example?: unknown;
  /** Set when the field itself is deprecated (`x-deprecated` on the property). */
  deprecated?: Deprecation;
  /** Deprecated codes of a vocabulary field, each with its replacement (`x-deprecated.codes`). */
  deprecatedCodes?: Readonly<Record<string, Deprecation>>;
}

/** What `x-deprecated` says: since which schema version, what replaces it, and why. */
export interface Deprecation {
  since: string;
  replacement?: string;
  reason?: string;
}

const byId = new Map<string, JsonSchema>(
  [...sharedSchemas, ...Object.values(recordSchemas)].map((s) => [s.$id as string, s]),
);

/**
 * Resolve a `$ref` relative to the schema it appears in (our schemas only): the target
 * and the document holding it.
 *
 * @example resolveRef('common.schema.json#/$defs/count', getSchema('incident'))[0].type // 'integer'
 */
export function resolveRef(ref: string, base: JsonSchema): [JsonSchema, JsonSchema] {
  const [file, pointer = ''] = ref.split('#');
  const doc = file ? byId.get(new URL(file, base.$id).href) : base;
  if (!doc) throw new Error(`Unresolvable $ref ${ref} in ${base.$id}`);
  let node: any = doc;
  for (const part of pointer.split('/').filter(Boolean)) node = node[part];
  if (!node) throw new Error(`Unresolvable $ref ${ref} in ${base.$id}`);
  return [node, doc];
}

/** Merge a property with the chain of definitions it refers to; nearer keys win. */
function flatten(prop: JsonSchema, doc: JsonSchema): JsonSchema {
  if (!prop.$ref) return prop.items ? { ...prop, items: flatten(prop.items, doc) } : prop;
  const [target, targetDoc] = resolveRef(prop.$ref, doc);
  const { $ref, ...rest } = prop;
  return { ...flatten(target, targetDoc), ...rest };
}

function toField(name: string, raw: JsonSchema, doc: JsonSchema, required: boolean): FieldInfo {
  const p = flatten(raw, doc);
  const list = p.type === 'array';
  const s: JsonSchema = list ? p.items : p;
  const kind: ScalarKind = s.const !== undefined ? 'string' : (s.type as ScalarKind);
  const examples = p.examples as unknown[] | undefined;
  const info: FieldInfo = {
    name,
    title: p.title ?? name,
    description: p.description ?? '',
    kind,
    list,
    required,
  };
  const copy = <K extends keyof FieldInfo>(key: K, value: FieldInfo[K] | undefined) => {
    if (value !== undefined) info[key] = value;
  };
  copy('enum', s.enum);
  copy('labels', s['x-labels']);
  copy('const', s.const);
  copy('pattern', s.pattern);
  copy('format', s.format);
  copy('minimum', s.minimum);
  copy('maximum', s.maximum);
  copy('minLength', s.minLength);
  copy('maxLength', s.maxLength);
  copy('minItems', list ? p.minItems : undefined);
  copy('maxItems', list ? p.maxItems : undefined);
  copy('unit', p['x-unit'] ?? s['x-unit']);
  copy('protocol', p['x-protocol'] ?? s['x-protocol']);
  copy('example', examples?.[0]);
  // `x-deprecated` with `codes` deprecates codes of the vocabulary; without, the field itself.
  const dep = (p['x-deprecated'] ?? s['x-deprecated']) as (Deprecation & { codes?: Record<string, Deprecation> }) | undefined;
  if (dep?.codes) copy('deprecatedCodes', dep.codes);
  else if (dep) copy('deprecated', dep);
  return info;
}

const cache = new Map<RecordType, readonly FieldInfo[]>();

/**
 * The fields of a record type, in schema order, with `$ref`s resolved.
 *
 * @example getFields('incident').find(f => f.name === 'dead')?.kind // 'integer'
 */
export function getFields(type: RecordType): readonly FieldInfo[] {
  let fields = cache.get(type);
  if (!fields) {
    const schema = recordSchemas[type] as JsonSchema;
    const required = new Set<string>(schema.required ?? []);
    fields = Object.freeze(
      Object.entries(schema.properties as Record<string, JsonSchema>).map(([name, prop]) =>
        Object.freeze(toField(name, prop, schema, required.has(name))),
      ),
    );
    cache.set(type, fields);
  }
  return fields;
}

/** One field of a record type, or undefined when the type has no such field. */
export function getField(type: RecordType, name: string): FieldInfo | undefined {
  return getFields(type).find((f) => f.name === name);
}

/**
 * The human label of a code in a controlled vocabulary, or the code itself.
 *
 * @example labelOf('incident', 'route', 'central-mediterranean') // 'Central Mediterranean'
 */
export function labelOf(type: RecordType, field: string, code: string | number): string {
  return getField(type, field)?.labels?.[String(code)] ?? String(code);
}
