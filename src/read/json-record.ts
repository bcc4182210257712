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
import { readDefaults, type ReadOptions } from './options.js';
import type { LoadResult } from './result.js';

/** State kept across the records of one input. */
export interface JsonRecordContext {
  type: RecordType | null;
  settled: boolean;
  fields: Map<string, FieldInfo>;
  seenExtra: Set<string>;
  missing: Set<string>;
  options: ReadOptions;
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
  for (const key of Object.keys(input)) {
    const v = input[key];
    if (v === null || (typeof v === 'string' && ctx.missing.has(v))) continue;
    // `__proto__` as a plain assignment would replace the record's prototype: keep it as an own key instead.
    if (key === '__proto__') Object.defineProperty(record, key, { value: v, enumerable: true, writable: true, configurable: true });
    else record[key] = v;
    const field = ctx.fields.get(key);
    // Every record holding an unknown key is invalid, so each one is named (see validate/accounting.ts).
    if (ctx.type && !field) out.errors.push(makeIssue('extra-key', { row, field: key, expected: `a field of ${ctx.type}` }));
    if (typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v)) {
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
