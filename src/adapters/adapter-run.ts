import type { RecordType } from '../model/record-types.js';
import type { LoadResult } from '../read/result.js';
import { createSink } from '../validate/report.js';
import { createIdSet, type IdSet } from '../validate/id-set.js';
import { createTableCheck, type TableCheck } from '../validate/table-check.js';
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
  /** Validate a record as `validate` does (schema, cross-field rules, unique id): push it (or hand it to a
   *  function) and return true, or reject its row with the first error's message. Importers so never write what
   *  `validate` rejects. */
  accept<T extends object>(type: RecordType, row: number, record: T, into: T[] | ((record: T) => void)): boolean;
  /** Close the run: turn tallies into warnings and return the report. */
  finish(): AdapterReport;
  /** Warnings so far, those past `limit` included (report.warnings holds the first `limit`). */
  readonly warningCount: number;
}

/** Bounds of a run read in streamed passes. */
export interface RunOptions {
  /** Keep at most this many reasons and warnings in the report (the rest are counted); default all. */
  limit?: number;
  /** Warnings met before the run that were left out of `warnings` by the limit, still to be counted. */
  dropped?: number;
  /** The adapter rejects repeated ids itself, before a record is checked: the check then keeps no id set
   *  (it could never find a duplicate), which saves 12-16 bytes a record on a large file. */
  idsUnique?: boolean;
}

// The id set of a run whose ids are unique by construction: nothing to remember.
const noIds: IdSet = { add: () => undefined, has: () => false, reserve() {}, size: 0, pairs: () => new Uint32Array(0), hasPair: () => false };

/**
 * Start the report of one adapter run.
 *
 * @example const run = startRun('frontex-ibc', 'long', 'utf-8', [])
 */
export function startRun(adapter: string, layout: string, encoding: string, warnings: AdapterWarning[], options: RunOptions = {}): AdapterRun {
  const limit = options.limit ?? Infinity;
  // Streamed imports keep the first `limit` reasons and warnings (all the CLI prints) and count the rest, so a
  // file of bad rows does not fill memory with messages.
  const report: AdapterReport = { adapter, layout, encoding, read: 0, mapped: 0, rejected: 0, reasons: [], warnings: warnings.slice(0, limit) };
  let warningCount = warnings.length + (options.dropped ?? 0);
  const tallies = new Map<string, number>();
  const checks = new Map<RecordType, RecordCheck>();
  const warn = (w: AdapterWarning) => {
    warningCount++;
    if (report.warnings.length < limit) report.warnings.push(w);
  };
  return {
    report,
    read: () => void report.read++,
    reject(row, reason) {
      report.rejected++;
      if (report.reasons.length < limit) report.reasons.push({ row, reason });
    },
    warn,
    tally: (message) => void tallies.set(message, (tallies.get(message) ?? 0) + 1),
    accept(type, row, record, into) {
      let check = checks.get(type);
      if (!check) checks.set(type, (check = recordCheck(type, undefined, options.idsUnique ? noIds : undefined)));
      const verdict = check(record as Record<string, unknown>, row);
      for (const w of verdict.warnings) tallies.set(`${w}`, (tallies.get(w) ?? 0) + 1);
      if (!verdict.error) {
        if (typeof into === 'function') into(record);
        else into.push(record);
        report.mapped++;
        return true;
      }
      this.reject(row, verdict.error);
      return false;
    },
    finish() {
      for (const [message, n] of tallies) warn({ message: `${message} (${n} row${n === 1 ? '' : 's'})` });
      tallies.clear();
      return report;
    },
    get warningCount() {
      return warningCount;
    },
  };
}

/** Checks one record after another with the validation engine; ids stay unique across the run. */
type RecordCheck = (record: Record<string, unknown>, row: number) => { error?: string; warnings: string[] };

/**
 * A record-at-a-time check with `validate`'s engine (one table check for the whole run, so duplicate ids are
 * caught too): the first error's message, and the codes of its warnings.
 *
 * @example recordCheck('incident')(record, 2).error // undefined when `validate` would accept it
 */
export function recordCheck(type: RecordType, today?: string, ids: IdSet = createIdSet()): RecordCheck {
  const sink = createSink(Infinity);
  const check: TableCheck = createTableCheck({ type, today }, { sink, ids: new Map([[type, ids]]), files: [], bases: [0], fileIndex: 0 });
  const batch: LoadResult = { records: [], rows: [], errors: [], warnings: [], format: 'json', type };
  return (record, row) => {
    batch.records[0] = record;
    batch.rows[0] = { row };
    check.add(batch);
    const error = sink.errors[0]?.message.replace(/^row \d+, /, '');
    const warnings = sink.warnings.map((w) => `validate warns: ${w.code}`);
    sink.errors.length = 0;
    sink.warnings.length = 0;
    return error ? { error, warnings } : { warnings };
  };
}

/** What {@link checkWritten} kept and rejected. */
export interface WrittenCheck<T> {
  records: T[];
  rejected: { id: string; reason: string }[];
}

/**
 * The records an import is about to write, checked together as `validate` will check the file (schema, rules,
 * unique ids): the invalid ones are taken out, with the reason. Aggregating adapters (CTDC) build records from
 * many rows, so this is their check; for the others it is the last guard.
 *
 * @example checkWritten(result.records, 'aggregate-observation').rejected // []
 */
export function checkWritten<T extends object>(records: readonly T[], type: RecordType, today?: string): WrittenCheck<T> {
  const check = recordCheck(type, today);
  const out: WrittenCheck<T> = { records: [], rejected: [] };
  records.forEach((r, i) => {
    const verdict = check(r as Record<string, unknown>, i + 1);
    if (verdict.error) out.rejected.push({ id: String((r as { id?: unknown }).id ?? `record ${i + 1}`), reason: verdict.error });
    else out.records.push(r);
  });
  return out;
}

/** The date range of records seen one at a time (see {@link coverWritten}). */
export interface Coverage {
  add(record: object): void;
  /** The source with `coverage_start` / `coverage_end` narrowed to the records added. */
  apply<S extends object>(source: S): S;
}

/**
 * Track the first date and the last end date of records as they are written, so a streamed import narrows the
 * coverage of its source without keeping the records.
 *
 * @example const c = createCoverage(); c.add({ date: '2020-01-05' }); c.apply(source).coverage_end // '2020-01'
 */
export function createCoverage(): Coverage {
  let first: string | undefined;
  let last: string | undefined;
  return {
    add(record) {
      const r = record as Record<string, unknown>;
      const start = r.date ?? r.period_start;
      if (typeof start === 'string' && (first === undefined || start < first)) first = start;
      const end = r.period_end ?? r.date ?? r.period_start;
      if (typeof end === 'string' && (last === undefined || end > last)) last = end;
    },
    apply(source) {
      const s = source as Record<string, unknown>;
      if (first === undefined) return source;
      const out: Record<string, unknown> = { ...s };
      if (typeof s.coverage_start === 'string') out.coverage_start = first.slice(0, s.coverage_start.length);
      if (typeof s.coverage_end === 'string' && last !== undefined) out.coverage_end = last.slice(0, s.coverage_end.length);
      return out as typeof source;
    },
  };
}

/**
 * The source record with its coverage (`coverage_start` / `coverage_end`) narrowed to the records actually
 * written, at the precision it had: rejected rows (a date typed 2099) must not stretch the citation.
 *
 * @example coverWritten(source, records).coverage_end // '2020-01'
 */
export function coverWritten<S extends object>(source: S, records: readonly object[]): S {
  const coverage = createCoverage();
  for (const r of records) coverage.add(r);
  return coverage.apply(source);
}
