/**
 * What the files of one dataset share while they are checked: the capped issue lists,
 * the ids per type (unique across files) and the ids other records may refer to.
 * Used by `validateDataset` (records in memory) and the Node `validateFile` (files).
 *
 *   createDatasetCheck(options): { collect, table, fail, finish, resolve }
 */
import { makeIssue, type Issue } from '../errors/index.js';
import { recordTypes, type RecordType } from '../model/record-types.js';
import type { DataFormat } from '../read/format-of.js';
import { createIdSet, type IdSet } from './id-set.js';
import { referenceFields } from './references.js';
import { createSink, DEFAULT_MAX_ERRORS, isPartial, sortIssues, type FileSummary, type ValidationReport } from './report.js';
import { createTableCheck, type SharedCheck, type TableCheck, type ValidateOptions } from './table-check.js';

/**
 * Record types that some record type refers to: their ids are collected before checking.
 *
 * @example referenceTargets.has('source') // true
 */
export const referenceTargets: ReadonlySet<RecordType> = new Set(recordTypes.flatMap((t) => referenceFields(t).map((r) => r.target)));

/** The shared state of a dataset check. */
export interface DatasetCheck {
  /** Remember the ids of records of `type` (first pass), so references to them resolve. */
  collect(type: RecordType, records: Iterable<Record<string, unknown>>): void;
  /** Start checking one file. */
  table(file: string, type: RecordType | undefined): TableCheck;
  /** Record that a file could not be read at all (or has no known type). */
  fail(file: string, format: DataFormat, issue: Issue): void;
  /** Add a finished file report to the dataset. */
  done(report: ValidationReport, file: string, format: DataFormat): void;
  finish(): ValidationReport;
  resolve(type: RecordType, id: string): boolean;
}

/**
 * A fresh dataset check.
 *
 * @example const d = createDatasetCheck({}); d.collect('source', sources); const t = d.table('incident.csv', 'incident');
 */
export function createDatasetCheck(options: ValidateOptions = {}): DatasetCheck {
  const sink = createSink(options.maxErrors ?? DEFAULT_MAX_ERRORS);
  const shared: SharedCheck = { sink, ids: new Map(), files: [], bases: [0], fileIndex: 0 };
  const known = new Map<RecordType, IdSet>();
  const files: FileSummary[] = [];
  const resolve = (type: RecordType, id: string) => known.get(type)?.has(id) ?? false;

  const summary = (r: ValidationReport, file: string, format: DataFormat): FileSummary => {
    const s: FileSummary = { file, type: r.type === 'dataset' ? null : r.type, format: r.format ?? format, valid: r.valid, stats: r.stats };
    if (r.encoding) s.encoding = r.encoding;
    if (r.delimiter) s.delimiter = r.delimiter;
    return s;
  };

  return {
    resolve,
    collect(type, records) {
      let set = known.get(type);
      if (!set) known.set(type, (set = createIdSet()));
      for (const r of records) if (typeof r.id === 'string') set.add(r.id, 1);
    },
    table(file, type) {
      shared.files.push(file);
      shared.fileIndex = shared.files.length - 1;
      shared.bases[shared.fileIndex] ??= shared.bases[shared.fileIndex - 1] ?? 0;
      return createTableCheck({ ...options, type, resolve }, shared);
    },
    fail(file, format, issue) {
      sink.error({ ...issue, file });
      files.push({ file, type: null, format, valid: false, stats: { rows: 0, valid: 0, invalid: 0, errors: 1, warnings: 0 } });
    },
    done(report, file, format) {
      if (report.type === null) {
        // Rows of a file whose type is unknown could not be checked: none of them counts as valid.
        sink.error({ ...makeIssue('unknown-type', {}), file });
        report.stats.errors++;
        report.stats.invalid = report.stats.rows;
        report.stats.valid = 0;
        report.valid = false;
      }
      files.push(summary(report, file, format));
    },
    finish() {
      const stats = { files: files.length, rows: 0, valid: 0, invalid: 0, errors: sink.errorCount, warnings: sink.warningCount };
      for (const f of files) {
        stats.rows += f.stats.rows;
        stats.valid += f.stats.valid;
        stats.invalid += f.stats.invalid;
      }
      const order = files.map((f) => f.file);
      const report: ValidationReport = { valid: sink.errorCount === 0, type: 'dataset', stats, errors: sortIssues(sink.errors, order), warnings: sortIssues(sink.warnings, order), files };
      if (isPartial(sink)) report.partial = true;
      return report;
    },
  };
}
