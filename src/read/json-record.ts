/**
 * Normalising parsed JSON values into records, shared by `fromJSON` and `fromNDJSON`:
 * `null` and missing-value strings mean "absent"; whole numbers beyond 2^53 (which
 * JSON.parse has already rounded) are type errors; keys that are not fields of the
 * record type are reported on every record that has them (`extra-key`) and kept.
 */
import { makeIssue } from '../errors/index.js';
import { getFields, type FieldInfo } from '../model/fields.js';
import { isRecordType, type RecordType } from '../model/record-types.js';
import { hasLostCharacters } from './cell-checks.js';
import { checkRowWidth, limitsOf, type ReadLimits } from './limits.js';
import { readDefaults, type ReadOptions } from './options.js';
import type { LoadResult } from './result.js';

/** False when a text holds a lone surrogate (String.prototype.isWellFormed, Node 20). */
const isWellFormed = (s: string): boolean => (s as string & { isWellFormed(): boolean }).isWellFormed();

function loneAt(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    else if (c >= 0xd800 && c <= 0xdfff) return i;
  }
  return -1;
}

/** State kept across the records of one input. */
export interface JsonRecordContext {
  type: RecordType | null;
  settled: boolean;
  fields: Map<string, FieldInfo>;
  seenExtra: Set<string>;
  missing: Set<string>;
  options: ReadOptions;
  limits: ReadLimits;
}

/**
 * A context for one input.
 *
 * @example const ctx = createJsonContext({ type: 'incident' })
 */
export function createJsonContext(options: ReadOptions): JsonRecordContext {
  return {
    type: options.type ?? null,
    settled: false,
    fields: new Map(),
    seenExtra: new Set(),
    missing: new Set(options.missingValues ?? readDefaults.missingValues),
    options,
    limits: limitsOf(options),
  };
}

function settle(ctx: JsonRecordContext, first: Record<string, unknown>): void {
  ctx.settled = true;
  if (!ctx.type && isRecordType(first.record_type)) ctx.type = first.record_type;
  if (ctx.type) for (const f of getFields(ctx.type)) ctx.fields.set(f.name, f);
}

/**
 * Add one parsed value as a record of `out` (row `row`, line `line`).
 *
 * @example addJsonRecord({ id: 'inc-1', dead: null }, 1, undefined, ctx, batch)
 */
export function addJsonRecord(value: unknown, row: number, line: number | undefined, ctx: JsonRecordContext, out: LoadResult): void {
  const info = line === undefined ? { row } : { row, line };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    out.records.push({});
    out.rows.push({ ...info, skip: true });
    out.errors.push(makeIssue('type-error', { row, value, expected: 'a record (a JSON object with field names as keys)' }));
    return;
  }
  const input = value as Record<string, unknown>;
  if (!ctx.settled) {
    settle(ctx, input);
    out.type = ctx.type;
  }
  const record: Record<string, unknown> = {};
  const keys = Object.keys(input);
  if (keys.length > ctx.limits.maxColumns) checkRowWidth(keys.length, ctx.limits, `record ${row}`);
  for (const key of keys) {
    const v = input[key];
    if (v === null || (typeof v === 'string' && ctx.missing.has(v))) {
      // "" means "no value" in every format we write; say so rather than drop it silently.
      if (v === '' && ctx.type) out.warnings.push(makeIssue('empty-string', { row, field: key }));
      continue;
    }
    // `__proto__` as a plain assignment would replace the record's prototype: keep it as an own key instead.
    if (key === '__proto__') Object.defineProperty(record, key, { value: v, enumerable: true, writable: true, configurable: true });
    else record[key] = v;
    const field = ctx.fields.get(key);
    // Every record holding an unknown key is invalid, so each one is named (see validate/accounting.ts).
    if (ctx.type && !field) out.errors.push(makeIssue('extra-key', { row, field: key, expected: `a field of ${ctx.type}` }));
    if (typeof v === 'string' && !isWellFormed(v)) {
      out.errors.push(makeIssue('lone-surrogate', { row, field: key, note: `at character ${loneAt(v) + 1}` }));
    } else if (Array.isArray(v) && v.some((x) => typeof x === 'string' && !isWellFormed(x))) {
      out.errors.push(makeIssue('lone-surrogate', { row, field: key, note: 'in an item of the list' }));
    } else if (typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v)) {
      out.errors.push(
        makeIssue('type-error', { row, field: key, value: v, expected: 'a whole number between -9007199254740991 and 9007199254740991', note: 'too large to be stored exactly; JSON readers round it' }),
      );
    } else if (typeof v === 'string' && (!field || (!field.enum && !field.pattern)) && hasLostCharacters(v)) {
      out.warnings.push(makeIssue('lost-characters', { row, field: key, value: v }));
    }
  }
  out.records.push(record);
  out.rows.push(info);
}
