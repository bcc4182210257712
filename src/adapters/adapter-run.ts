import { getValidator } from '../model/registry.js';
import type { RecordType } from '../model/record-types.js';
import type { AdapterReport, AdapterWarning } from './types.js';

/**
 * Drop keys whose value is undefined, null, '' or an empty list: absent means unknown,
 * and the schemas reject explicit nulls.
 *
 * @example compact({ a: 1, b: undefined, c: [] }) // { a: 1 }
 */
export function compact<T extends Record<string, unknown>>(record: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out as T;
}

/** Book-keeping shared by the adapters, so that every row ends up mapped or rejected with a reason. */
export interface AdapterRun {
  report: AdapterReport;
  /** Count a row as read. */
  read(): void;
  /** Reject a row, saying why. */
  reject(row: number, reason: string): void;
  /** Record a warning about one row or the file. */
  warn(warning: AdapterWarning): void;
  /** Count a warning kind that may occur on thousands of rows; reported once, with its count. */
  tally(message: string): void;
  /** Validate a record against its schema: push it (true) or reject its row with the schema's message. */
  accept<T extends object>(type: RecordType, row: number, record: T, into: T[]): boolean;
  /** Close the run: turn tallies into warnings and return the report. */
  finish(): AdapterReport;
}

/**
 * Start the report of one adapter run.
 *
 * @example const run = startRun('frontex-ibc', 'long', 'utf-8', [])
 */
export function startRun(adapter: string, layout: string, encoding: string, warnings: AdapterWarning[]): AdapterRun {
  const report: AdapterReport = { adapter, layout, encoding, read: 0, mapped: 0, rejected: 0, reasons: [], warnings: [...warnings] };
  const tallies = new Map<string, number>();
  return {
    report,
    read: () => void report.read++,
    reject(row, reason) {
      report.rejected++;
      report.reasons.push({ row, reason });
    },
    warn: (w) => void report.warnings.push(w),
    tally: (message) => void tallies.set(message, (tallies.get(message) ?? 0) + 1),
    accept(type, row, record, into) {
      const validate = getValidator(type);
      if (validate(record)) {
        into.push(record);
        report.mapped++;
        return true;
      }
      const first = validate.errors?.[0];
      const field = first?.instancePath.replace(/^\//, '').replace(/\//g, '.') || 'record';
      const value = first?.instancePath ? JSON.stringify(pick(record as Record<string, unknown>, first.instancePath)) : '';
      this.reject(row, `field ${field}${value ? ` = ${value}` : ''}: ${first?.message ?? 'does not match the schema'}`);
      return false;
    },
    finish() {
      for (const [message, n] of tallies) report.warnings.push({ message: `${message} (${n} row${n === 1 ? '' : 's'})` });
      return report;
    },
  };
}

function pick(record: Record<string, unknown>, pointer: string): unknown {
  let node: any = record;
  for (const part of pointer.split('/').filter(Boolean)) node = node?.[part];
  return node;
}
