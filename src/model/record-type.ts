/**
 * A record type compiled once: everything the reader, the validator, the writers, the
 * codebook and the type generator need from its schema, in one cached object, so no
 * module walks `schemas/*.json` itself.
 *
 *   compileType(type): CompiledType   (cached per type; `arrowColumns` gives the writers their column types)
 *   vocabularies(): Vocabulary[]      (the shared code lists, by their `$defs` name)
 */
import { compileCheck, compileProperties, type PropertyChecks, type RecordCheck } from './compile-check.js';
import { getFields, resolveRef, type FieldInfo } from './fields.js';
import { isPartialDate } from './formats.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { getSchema, getValidator, type RecordValidator } from './registry.js';
import { sharedSchemas, type JsonSchema } from './schemas.js';
import type { RecordType } from './record-types.js';

/** A compiled record type. */
export interface CompiledType {
  type: RecordType;
  /** The JSON Schema, as shipped. */
  schema: JsonSchema;
  /** Fields in schema order, `$ref`s resolved. */
  fields: readonly FieldInfo[];
  /** Field names, for "is this a field?". */
  names: ReadonlySet<string>;
  /** A field by name. */
  field(name: string): FieldInfo | undefined;
  /** The `$defs` name of a field's code list (`country`, `route`, …), when it uses a shared one. */
  vocabularyOf(name: string): string | undefined;
  /** The Ajv validator (the reference; its errors give the messages). */
  readonly validator: RecordValidator;
  /** The schema compiled to closures: the fields a record fails on (see `RecordCheck`);
   *  undefined when the schema uses a keyword the compiler does not cover. */
  check: RecordCheck | undefined;
  /** The same schema as one check per property, for column-wise validation (undefined as `check`). */
  properties: PropertyChecks | undefined;
  /** One Arrow column per field, in schema order: what `toArrow` (and any columnar writer) writes. */
  arrowColumns: readonly ArrowColumn[];
}

/** Arrow value types, by name (flechette's `utf8()`, `bool()`, `int32()`, `float64()` build them). */
export type ArrowKind = 'utf8' | 'bool' | 'int32' | 'float64';

/** The Arrow column of a field. */
export interface ArrowColumn {
  name: string;
  /** Type of the value, or of each item of a list. */
  kind: ArrowKind;
  /** A list field: `List<kind>`. */
  list: boolean;
  /**
   * Whole numbers the schema lets go past Int32 (no bounds, or wider ones): a writer uses Float64 for the column
   * when a value does not fit (exact up to 2^53, the schemas' limit; Int64 would read back as BigInt).
   */
  widens: boolean;
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/**
 * The Arrow column a field is written as: text Utf8, booleans Bool, whole numbers Int32, other numbers Float64.
 *
 * @example arrowColumnOf(compileType('incident').field('dead')!) // { name: 'dead', kind: 'int32', list: false, widens: true }
 */
export function arrowColumnOf(f: FieldInfo): ArrowColumn {
  const kind: ArrowKind = f.kind === 'string' ? 'utf8' : f.kind === 'boolean' ? 'bool' : f.kind === 'integer' ? 'int32' : 'float64';
  const bounded = f.minimum !== undefined && f.maximum !== undefined && f.minimum >= INT32_MIN && f.maximum <= INT32_MAX;
  return { name: f.name, kind, list: f.list, widens: kind === 'int32' && !bounded };
}

/** A shared code list of `common.schema.json` or `countries.schema.json`. */
export interface Vocabulary {
  /** Its `$defs` name (`route`, `country`, …). */
  name: string;
  /** The schema file's `$id`. */
  schemaId: string;
  codes: readonly (string | number)[];
  labels?: Readonly<Record<string, string>>;
  title?: string;
  description?: string;
}

// The formats ajv-formats gives Ajv (its "full" mode, as `registry.ts` adds them), read from
// its table: building an Ajv instance here cost ~0.2 s at the start of every thread.
function formatTest(name: string): ((s: string) => boolean) | undefined {
  if (name === 'partial-date') return isPartialDate;
  const f = (fullFormats as Record<string, unknown>)[name];
  if (f === true) return () => true;
  if (f instanceof RegExp) return (s) => f.test(s);
  if (typeof f === 'function') return f as (s: string) => boolean;
  if (f && typeof f === 'object') {
    const v = (f as { validate?: unknown }).validate;
    if (v instanceof RegExp) return (s) => v.test(s);
    if (typeof v === 'function' && !(f as { async?: boolean }).async) return v as (s: string) => boolean;
  }
  return undefined;
}

/** The `$defs` name holding a property's enum, following its `$ref` chain (and `items`). */
function vocabularyName(prop: JsonSchema, doc: JsonSchema): string | undefined {
  let node = prop;
  let at = doc;
  for (let hops = 0; hops < 16; hops++) {
    if (node.items && !node.$ref) node = node.items;
    if (!node.$ref) return undefined;
    const [target, targetDoc] = resolveRef(node.$ref, at);
    const name = /#\/\$defs\/([^/]+)$/.exec(node.$ref)?.[1];
    if (name && (target.enum || target.items?.enum)) return name;
    node = target;
    at = targetDoc;
  }
  return undefined;
}

const cache = new Map<RecordType, CompiledType>();

/**
 * The compiled record type, built on first use and cached.
 *
 * @example compileType('incident').vocabularyOf('route') // 'route'
 * @example compileType('incident').check!({}) // ['id', 'record_type', …] (the missing required fields)
 */
export function compileType(type: RecordType): CompiledType {
  let t = cache.get(type);
  if (t) return t;
  const schema = getSchema(type);
  const fields = getFields(type);
  const byName = new Map(fields.map((f) => [f.name, f]));
  const vocab = new Map<string, string>();
  for (const [name, prop] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
    const v = vocabularyName(prop, schema);
    if (v) vocab.set(name, v);
  }
  let validator: RecordValidator | undefined;
  t = {
    type,
    schema,
    fields,
    names: new Set(byName.keys()),
    field: (name) => byName.get(name),
    vocabularyOf: (name) => vocab.get(name),
    get validator() {
      return (validator ??= getValidator(type));
    },
    check: compileCheck(schema, resolveRef, formatTest),
    properties: compileProperties(schema, resolveRef, formatTest),
    arrowColumns: fields.map(arrowColumnOf),
  };
  cache.set(type, t);
  return t;
}

let shared: Vocabulary[] | undefined;

/**
 * The shared code lists, by their `$defs` name, in schema order.
 *
 * @example vocabularies().find((v) => v.name === 'route')?.codes.includes('darien') // true
 */
export function vocabularies(): readonly Vocabulary[] {
  if (!shared) {
    shared = [];
    for (const doc of sharedSchemas) {
      for (const [name, def] of Object.entries((doc.$defs ?? {}) as Record<string, JsonSchema>)) {
        const s = def.enum ? def : def.items?.enum ? def.items : undefined;
        if (!s) continue;
        const v: Vocabulary = { name, schemaId: doc.$id as string, codes: s.enum };
        if (s['x-labels']) v.labels = s['x-labels'];
        if (def.title) v.title = def.title;
        if (def.description) v.description = def.description;
        shared.push(v);
      }
    }
  }
  return shared;
}

/**
 * A shared definition by its `$defs` name (`country`, `route`, …), as the schema has it
 * (annotations such as `x-labels` and `x-m49` included); throws on an unknown name, so a
 * renamed definition fails loudly where it is used.
 *
 * @example sharedDef('country')['x-m49'].LBY // ['africa', 'northern-africa']
 */
export function sharedDef(name: string): JsonSchema {
  for (const doc of sharedSchemas) {
    let def = (doc.$defs as Record<string, JsonSchema> | undefined)?.[name];
    let at = doc;
    // `common.schema.json#/$defs/country` only points at the countries file: follow it.
    for (let hops = 0; def?.$ref && hops < 8; hops++) [def, at] = resolveRef(def.$ref, at);
    if (def) return def;
  }
  throw new Error(`no shared definition "${name}" in schemas/common.schema.json or countries.schema.json`);
}
