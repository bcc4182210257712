/**
 * A record type's JSON Schema compiled once into plain closures that say, for one record,
 * which fields fail — without building an error, a message or a copy. The validator runs
 * it on every row and asks Ajv (the reference, for the exact messages) only about rows it
 * rejects while the report still lists errors; past the cap it only counts.
 *
 *   compileCheck(schema, resolve): RecordCheck | undefined
 *
 * It covers the keywords our schemas use; a schema with any other keyword compiles to
 * undefined and the validator runs Ajv on every row (so a new keyword can never make it
 * accept what Ajv rejects). `test/model/compile-check.test.ts` runs both on a mutation corpus
 * and on property-generated records and requires the same answer.
 */
import { arrayCheck, deepEqual, scalarCheck, type ArrayKeywords, type Check, type ScalarKeywords } from './fused-checks.js';
import type { JsonSchema } from './schemas.js';

export type { Check, RangeCheck } from './fused-checks.js';

/**
 * The fields a record fails on, as Ajv's errors would name them: a field for each
 * property or `required` error (`then`/`else`/`allOf` included), `null` for each failed
 * `anyOf`/`oneOf`. Empty when the record is valid. `additionalProperties` is not
 * reported (the validator strips unknown keys and reports them itself).
 */
export type RecordCheck = (record: Record<string, unknown>) => (string | null)[];

/** Resolve a `$ref` seen in `doc`: the target schema and the document it lives in. */
export type RefResolver = (ref: string, doc: JsonSchema) => [JsonSchema, JsonSchema];

/** A named format's test, as Ajv has it (a function or a regular expression). */
export type FormatLookup = (name: string) => ((s: string) => boolean) | undefined;

class Unsupported extends Error {}

// Keywords that never change what is valid.
const annotations = new Set(['title', 'description', 'examples', 'default', '$comment', '$schema', '$id', 'deprecated', 'readOnly', 'writeOnly']);

function typeCheck(type: unknown): Check {
  switch (type) {
    case 'string':
      return (v) => typeof v === 'string';
    case 'integer':
      return (v) => typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return (v) => typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'array':
      return (v) => Array.isArray(v);
    case 'object':
      return (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
    case 'null':
      return (v) => v === null;
    default:
      throw new Unsupported(`type ${JSON.stringify(type)}`);
  }
}

/** The check that passes every value (a column checker may skip it). */
export const ALWAYS: Check = () => true;

function all(checks: Check[]): Check {
  if (checks.length === 0) return ALWAYS;
  if (checks.length === 1) return checks[0];
  if (checks.length === 2) {
    const [a, b] = checks;
    return (v) => a(v) && b(v);
  }
  return (v) => {
    for (let i = 0; i < checks.length; i++) if (!checks[i](v)) return false;
    return true;
  };
}

interface Ctx {
  resolve: RefResolver;
  format: FormatLookup;
}

/**
 * A schema (any level) as a boolean check. `decoded`: the value comes from a reader that
 * converted it by the field's kind and checked its partial date (see `compileProperties`),
 * so `type` and `format: partial-date` hold already and are not checked again.
 */
function compileValue(schema: JsonSchema | boolean, doc: JsonSchema, ctx: Ctx, decoded = false, coded = false): Check {
  if (schema === true) return ALWAYS;
  if (schema === false) return () => false;
  const checks: Check[] = [];
  // Scalar and array keywords are gathered, then fused into one closure each (fused-checks.ts).
  const scalar: ScalarKeywords = {};
  const array: ArrayKeywords = {};
  // A decoded partial date passed `isPartialDate`, so the shape `partial_date` also gives is
  // implied: four digits, then optionally -two digits twice (10 characters at most).
  const knownDate = decoded && schema.format === 'partial-date';
  for (const [key, x] of Object.entries(schema)) {
    if (annotations.has(key) || key.startsWith('x-')) continue;
    switch (key) {
      case '$ref': {
        const [target, targetDoc] = ctx.resolve(x, doc);
        const c = compileValue(target, targetDoc, ctx, decoded, coded);
        if (c !== ALWAYS) checks.push(c);
        break;
      }
      case '$defs':
        break;
      case 'type':
        if (decoded) typeCheck(x);
        else checks.push(typeCheck(x));
        break;
      case 'enum': {
        if (coded) break;
        const values = x as unknown[];
        if (values.every((e) => e === null || typeof e !== 'object')) scalar.codes = new Set(values);
        else checks.push((v) => values.some((e) => deepEqual(e, v)));
        break;
      }
      case 'const':
        if (coded) break;
        checks.push((v) => deepEqual(x, v));
        break;
      case 'pattern':
        if (!(knownDate && x === PARTIAL_DATE_SHAPE)) scalar.pattern = new RegExp(x, 'u');
        break;
      case 'format': {
        const test = ctx.format(x);
        if (!test) throw new Unsupported(`format ${x}`);
        if (!knownDate) scalar.format = test;
        break;
      }
      case 'minLength':
        if (!(knownDate && x <= 4)) scalar.minLength = x;
        break;
      case 'maxLength':
        if (!(knownDate && x >= 10)) scalar.maxLength = x;
        break;
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        scalar[key] = x;
        break;
      case 'items': {
        const item = compileValue(x, doc, ctx, decoded, coded);
        if (item !== ALWAYS) array.items = item;
        break;
      }
      case 'minItems':
      case 'maxItems':
        array[key] = x;
        break;
      case 'uniqueItems':
        array.uniqueItems = x === true;
        break;
      case 'properties':
      case 'required':
      case 'additionalProperties':
      case 'if':
      case 'then':
      case 'else':
      case 'anyOf':
      case 'oneOf':
      case 'allOf': {
        // Object keywords: valid when the object-level check finds nothing (unknown keys included).
        if (checks.some((c) => (c as any).objectLevel)) break;
        const obj = compileObject(schema, doc, ctx, true);
        const c: Check = (v) => typeof v !== 'object' || v === null || Array.isArray(v) || obj(v as Record<string, unknown>).length === 0;
        (c as any).objectLevel = true;
        checks.push(c);
        break;
      }
      case 'not': {
        const inner = compileValue(x, doc, ctx);
        checks.push((v) => !inner(v));
        break;
      }
      default:
        throw new Unsupported(`keyword ${key}`);
    }
  }
  const s = scalarCheck(scalar);
  const a = arrayCheck(array);
  if (a) checks.unshift(a);
  if (s) checks.unshift(s);
  return all(checks);
}

// The pattern of `partial_date` (common.schema.json), implied by a decoded partial date.
const PARTIAL_DATE_SHAPE = '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$';

const objectKeys = new Set(['type', 'properties', 'required', 'additionalProperties', 'if', 'then', 'else', 'anyOf', 'oneOf', 'allOf', '$defs']);

/**
 * An object schema as a finder of failing fields. `strictExtra`: report unknown keys
 * (as `''`) when `additionalProperties` is false — used where validity, not naming, matters.
 */
function compileObject(schema: JsonSchema, doc: JsonSchema, ctx: Ctx, strictExtra: boolean): RecordCheck {
  for (const key of Object.keys(schema)) {
    if (!objectKeys.has(key) && !annotations.has(key) && !key.startsWith('x-')) throw new Unsupported(`object keyword ${key}`);
  }
  if (schema.type !== undefined && schema.type !== 'object') throw new Unsupported('non-object record schema');
  const props = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema | boolean>).map(([name, s]) => [name, compileValue(s, doc, ctx)] as const);
  const known = new Set(props.map(([n]) => n));
  const required = (schema.required ?? []) as string[];
  const closed = schema.additionalProperties === false;
  if (schema.additionalProperties !== undefined && typeof schema.additionalProperties !== 'boolean') throw new Unsupported('additionalProperties schema');
  const ifCheck = schema.if !== undefined ? compileValue(schema.if, doc, ctx) : undefined;
  const thenFind = schema.then !== undefined ? compileBranch(schema.then, doc, ctx) : undefined;
  const elseFind = schema.else !== undefined ? compileBranch(schema.else, doc, ctx) : undefined;
  const anyOf = schema.anyOf ? (schema.anyOf as JsonSchema[]).map((s) => compileValue(s, doc, ctx)) : undefined;
  const oneOf = schema.oneOf ? (schema.oneOf as JsonSchema[]).map((s) => compileValue(s, doc, ctx)) : undefined;
  const allOf = schema.allOf ? (schema.allOf as JsonSchema[]).map((s) => compileBranch(s, doc, ctx)) : undefined;
  const none: (string | null)[] = [];
  return (record) => {
    let out = none;
    const add = (name: string | null) => {
      if (out === none) out = [];
      if (name === null || !out.includes(name)) out.push(name);
    };
    for (let i = 0; i < props.length; i++) {
      const [name, check] = props[i];
      const v = record[name];
      if (v !== undefined && !check(v)) add(name);
    }
    for (let i = 0; i < required.length; i++) if (record[required[i]] === undefined) add(required[i]);
    if (ifCheck) {
      const branch = ifCheck(record) ? thenFind : elseFind;
      if (branch) for (const name of branch(record)) add(name);
    }
    if (anyOf && !anyOf.some((c) => c(record))) add(null);
    if (oneOf && oneOf.filter((c) => c(record)).length !== 1) add(null);
    if (allOf) for (const find of allOf) for (const name of find(record)) add(name);
    if (strictExtra && closed) {
      for (const key in record) if (!known.has(key)) add('');
    }
    return out;
  };
}

/** A `then` / `else` / `allOf` branch: its property and required errors name fields. */
function compileBranch(schema: JsonSchema | boolean, doc: JsonSchema, ctx: Ctx): RecordCheck {
  if (typeof schema === 'boolean') throw new Unsupported('boolean branch');
  // Ajv's additionalProperties errors are not findings (see RecordCheck), here as at the root.
  return compileObject(schema, doc, ctx, false);
}

/**
 * Compile a record schema; undefined when it uses a keyword this compiler does not know
 * (the validator then asks Ajv about every row).
 *
 * @example compileCheck(getSchema('incident'), resolveRef, format)!({ id: 'x' }) // ['id', 'record_type', …]
 */
export function compileCheck(schema: JsonSchema, resolve: RefResolver, format: FormatLookup): RecordCheck | undefined {
  try {
    return compileObject(schema, schema, { resolve, format }, false);
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}

/** A record schema's checks split for column-wise validation (see `compileProperties`). */
export interface PropertyChecks {
  /** Each property's own check (type, enum, pattern, format, lengths, ranges, items), by name. */
  properties: ReadonlyMap<string, Check>;
  required: readonly string[];
  /**
   * Each property's check of a value known to be one of its own codes (for a list, each
   * item): the reader found it among the field's `enum` or `const`, so those are not checked
   * again. `ALWAYS` when nothing else remains.
   */
  coded: ReadonlyMap<string, Check>;
  /** True when the record-level keywords are only `properties`, `required` and `additionalProperties`:
   *  a record whose present values pass their checks and that has every required field is valid. */
  presenceOnly: boolean;
}

/**
 * A record schema as one check per property, for validators that check a batch column
 * by column (each property's keywords only look at its own value); undefined when the
 * schema uses a keyword the compiler does not know. The checks are of values a reader
 * decoded by the field's kind (`coerce`): a value of the wrong type or an impossible
 * partial date never reaches them, so those two are not checked again.
 *
 * @example compileProperties(getSchema('incident'), resolveRef, format)!.properties.get('dead')!(-1) // false
 */
export function compileProperties(schema: JsonSchema, resolve: RefResolver, format: FormatLookup): PropertyChecks | undefined {
  try {
    const ctx = { resolve, format };
    const properties = new Map<string, Check>();
    const coded = new Map<string, Check>();
    for (const [name, s] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema | boolean>)) {
      properties.set(name, compileValue(s, schema, ctx, true));
      coded.set(name, compileValue(s, schema, ctx, true, true));
    }
    const presenceOnly = Object.keys(schema).every((k) => !['if', 'then', 'else', 'anyOf', 'oneOf', 'allOf'].includes(k));
    return { properties, coded, required: (schema.required ?? []) as string[], presenceOnly };
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}
