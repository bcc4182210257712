/**
 * The validation report: the same shape from the API (`validateRecords`,
 * `validateDataset`, `validateFile`) and from `smuggling-evidence validate --format json`.
 *
 *   { valid, type, stats: { rows, valid, invalid, errors, warnings }, errors: Issue[],
 *     warnings: Issue[], partial?, file?, format?, encoding?, delimiter?, files? }
 *
 * - `valid` is true when there is no error at all (warnings never make a report invalid).
 * - `stats.rows == stats.valid + stats.invalid`: every record of the input is counted.
 *   A record is invalid when an error sits on its row, or when a required column is
 *   missing from the header (reported once, as `missing-label`).
 * - `stats.errors` / `stats.warnings` count everything found; the lists stop at
 *   `maxErrors` each (default 1000) and `partial` is then true.
 * - Dataset reports (a folder or datapackage.json) have `type: 'dataset'`, `stats.files`,
 *   every issue carries its `file`, and `files[]` summarises each file.
 */
import type { Issue } from '../errors/index.js';
import type { RecordType } from '../model/record-types.js';
import type { DataFormat } from '../read/format-of.js';

export type { Issue } from '../errors/index.js';

/** Counts of a report. */
export interface ReportStats {
  /** Records read (blank and unparseable rows included). */
  rows: number;
  valid: number;
  invalid: number;
  /** Errors found (even beyond the list's cap). */
  errors: number;
  /** Warnings found (even beyond the list's cap). */
  warnings: number;
  /** Data files checked (dataset reports only). */
  files?: number;
}

/** One file of a dataset report. */
export interface FileSummary {
  /** Path relative to the folder or descriptor. */
  file: string;
  type: RecordType | null;
  format: DataFormat;
  valid: boolean;
  stats: ReportStats;
  encoding?: string;
  delimiter?: string;
}

/** The result of validation. */
export interface ValidationReport {
  valid: boolean;
  /** The record type checked; `'dataset'` for a folder or Data Package; null when no type was known (structure only). */
  type: RecordType | 'dataset' | null;
  stats: ReportStats;
  errors: Issue[];
  warnings: Issue[];
  /** True when more errors or warnings were found than the lists hold (`maxErrors`). */
  partial?: boolean;
  file?: string;
  format?: DataFormat;
  encoding?: string;
  delimiter?: string;
  /** Dataset reports: one summary per file. */
  files?: FileSummary[];
}

/** Where issues go: capped lists and exact counts, shared by the files of a dataset. */
export interface IssueSink {
  errors: Issue[];
  warnings: Issue[];
  errorCount: number;
  warningCount: number;
  max: number;
  error(issue: Issue): void;
  warning(issue: Issue): void;
}

/**
 * The default cap on listed errors (and, separately, warnings), as frictionless has it.
 *
 * @example validateRecords(records, 'incident', { maxErrors: DEFAULT_MAX_ERRORS * 10 })
 */
export const DEFAULT_MAX_ERRORS = 1000;

/**
 * A fresh issue sink holding at most `max` errors and `max` warnings.
 *
 * @example const sink = createSink(10); sink.error(issue); sink.errorCount // 1
 */
export function createSink(max = DEFAULT_MAX_ERRORS): IssueSink {
  const sink: IssueSink = {
    errors: [],
    warnings: [],
    errorCount: 0,
    warningCount: 0,
    max,
    error(issue) {
      sink.errorCount++;
      if (sink.errors.length < max) sink.errors.push(issue);
    },
    warning(issue) {
      sink.warningCount++;
      if (sink.warnings.length < max) sink.warnings.push(issue);
    },
  };
  return sink;
}

/**
 * True when a sink dropped issues beyond its cap.
 *
 * @example isPartial(sink) // true when issues were dropped
 */
export function isPartial(sink: IssueSink): boolean {
  return sink.errorCount > sink.errors.length || sink.warningCount > sink.warnings.length;
}

/**
 * Sort issues in place by file (in the given order) and row, keeping the order of
 * issues on the same row: streamed and whole-file reads then list issues alike.
 *
 * @example sortIssues(report.errors, ['source.csv', 'incident.csv'])
 */
export function sortIssues(issues: Issue[], files: readonly string[] = []): Issue[] {
  const fileRank = new Map(files.map((f, i) => [f, i]));
  const keyed = issues.map((issue, i) => ({ issue, i, f: issue.file ? (fileRank.get(issue.file) ?? files.length) : -1, r: issue.row ?? 0 }));
  keyed.sort((a, b) => a.f - b.f || a.r - b.r || a.i - b.i);
  keyed.forEach((k, i) => (issues[i] = k.issue));
  return issues;
}
