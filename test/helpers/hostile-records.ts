// Generators shared by the property and fuzz tests of issue 12: real valid records (examples/data) with
// random damage, and a plain CSV writer that writes whatever a record holds (unknown keys included).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { fromCSV } from '../../src/read/from-csv.js';
import type { RecordType } from '../../src/model/record-types.js';

export const examplesDir = fileURLToPath(new URL('../../examples/data/', import.meta.url));

/** Runs per property: short in `npm test`, long with FUZZ_RUNS=100000. */
export const runs = (short: number): number => Number(process.env.FUZZ_RUNS ?? short);

/** The valid records of examples/data/<type>.csv. */
export function exampleRecords(type: RecordType): Record<string, unknown>[] {
  return fromCSV(readFileSync(examplesDir + `${type}.csv`), { type }).records;
}

/** Keys a hostile record may carry besides its fields. */
const oddKeys = ['__proto__', 'constructor', 'prototype', 'Dead', 'notes ', 'toString', 'hasOwnProperty'];

const oddValue = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(''),
  fc.constant({ nested: { deep: 1 } }),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
  fc.constantFrom('2099-01-01', '=1+1', 'NaN', '-1', '1e400', '\u0000', 'sea;land'),
);

/** One damage to a record: change a field, add an odd key, drop a field, or nothing. */
export const damage = (fields: string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant({ kind: 'none' as const }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('set' as const), key: fc.constantFrom(...fields), value: oddValue }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('add' as const), key: fc.constantFrom(...oddKeys), value: oddValue }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const), key: fc.constantFrom(...fields) }) },
  );

export type Damage = { kind: 'none' } | { kind: 'set' | 'add'; key: string; value: unknown } | { kind: 'drop'; key: string };

/** A copy of `record` with the damage applied (`__proto__` as an own key, as JSON.parse makes it). */
export function applyDamage(record: Record<string, unknown>, d: Damage): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  if (d.kind === 'drop') delete out[d.key];
  else if (d.kind !== 'none') Object.defineProperty(out, d.key, { value: d.value, enumerable: true, writable: true, configurable: true });
  return out;
}

/** A list of damaged copies of the example records of `type` (ids may repeat: duplicates are errors too). */
export function damagedRecords(type: RecordType, maxLength = 12) {
  const base = exampleRecords(type);
  const fields = [...new Set(base.flatMap((r) => Object.keys(r)))];
  return fc.array(fc.tuple(fc.nat(base.length - 1), damage(fields)), { minLength: 0, maxLength }).map((picks) =>
    picks.map(([i, d]) => applyDamage(base[i], d as Damage)),
  );
}

const cellText = (v: unknown): string =>
  v === undefined || v === null ? '' : Array.isArray(v) ? v.map(String).join(';') : typeof v === 'object' ? JSON.stringify(v) : String(v);
const quote = (s: string) => (/[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s);

/** Records as CSV with every key any of them has as a column (so unknown keys become unknown columns). */
export function plainCSV(records: Record<string, unknown>[], type: RecordType, eol = '\n'): string {
  const keys = [...new Set(['id', 'record_type', ...records.flatMap((r) => Object.keys(r))])];
  const lines = [keys.map(quote).join(',')];
  for (const r of records) lines.push(keys.map((k) => quote(k === 'record_type' ? type : cellText(Object.prototype.hasOwnProperty.call(r, k) ? r[k] : undefined))).join(','));
  return lines.join(eol) + eol;
}

/** JSON text of records, keeping `__proto__` keys (JSON.stringify does, for own keys). */
export const jsonText = (records: object[]) => JSON.stringify(records);
export const ndjsonText = (records: object[]) => records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : '');

/** Inputs tried per target in this test file, printed at the end of the file (`[fuzz] target: n`). */
export const tried = new Map<string, number>();
export const tally = (target: string): void => void tried.set(target, (tried.get(target) ?? 0) + 1);
export function printTally(): void {
  for (const [target, n] of [...tried].sort()) console.log(`[fuzz] ${target}: ${n} inputs`);
}

/** Damage to real bytes: random bytes, a truncation, bit flips, or a slice repeated. */
export function mutatedBytes(seeds: readonly Uint8Array[]) {
  return fc.oneof(
    fc.uint8Array({ maxLength: 512 }).map((b) => ({ how: 'random bytes', bytes: b })),
    fc.tuple(fc.nat(seeds.length - 1), fc.double({ min: 0, max: 1, noNaN: true })).map(([i, f]) => ({ how: 'truncation', bytes: seeds[i].slice(0, Math.floor(seeds[i].length * f)) })),
    fc.tuple(fc.nat(seeds.length - 1), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 8 })).map(([i, flips]) => {
      const b = seeds[i].slice();
      for (const [at, bit] of flips) if (b.length) b[Math.floor(at * (b.length - 1))] ^= 1 << bit;
      return { how: 'bit flips', bytes: b };
    }),
    fc.tuple(fc.nat(seeds.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 64 })).map(([i, at, n]) => {
      const s = seeds[i];
      const cut = Math.floor(at * s.length);
      const piece = s.slice(cut, cut + n);
      const out = new Uint8Array(s.length + piece.length * 3);
      out.set(s.slice(0, cut));
      for (let k = 0; k < 3; k++) out.set(piece, cut + k * piece.length);
      out.set(s.slice(cut), cut + 3 * piece.length);
      return { how: 'repeated slice', bytes: out };
    }),
  );
}

/** Time allowed to a property test: generous by default, unbounded for long runs (FUZZ_RUNS). */
export const fuzzTimeout = (ms = 120_000): number => (process.env.FUZZ_RUNS ? 24 * 3600_000 : ms);
