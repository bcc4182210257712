/**
 * The validation engine for one table (a file, or an array of records), fed batch by
 * batch so a file of any size is checked in bounded memory.
 *
 *   createTableCheck(options, shared?): { add(batch: LoadResult): void; finish(): ValidationReport }
 *
 * For each record: the loader's issues, the JSON Schema (Ajv, all errors, mapped to one
 * issue per field), the cross-field rules, a unique `id` per type and, in a dataset,
 * references to other records. Each row counts once as valid or invalid.
 */
import type { RecordCheck } from '../model/compile-check.js';
import { compileType } from '../model/record-type.js';
import { getErrorType, isRecordLevel, makeIssue, type Issue, type MessageParams } from '../errors/index.js';
import { isRecordType, type RecordType } from '../model/record-types.js';
import type { RecordValidator } from '../model/registry.js';
import type { LoadResult } from '../read/result.js';
import { ajvFindings } from './ajv-issues.js';
import { createColumnCheck } from './column-check.js';
import type { CsvColumns } from '../read/csv-columns.js';
import { invalidatesEveryRecord } from './accounting.js';
import { createIdSet, type IdSet } from './id-set.js';
import { referenceFields, type ReferenceField } from './references.js';
import { createSink, isPartial, sortIssues, DEFAULT_MAX_ERRORS, type IssueSink, type ReportStats, type ValidationReport } from './report.js';
import { rulesFor, type RuleCheck } from './rules/index.js';

/** Options of every validation function. */
export interface ValidateOptions {
  /** Record type (default: the loader's, or the `record_type` of the first record). */
  type?: RecordType;
  /** Errors (and, separately, warnings) listed at most; default 1000. The counts stay exact. */
  maxErrors?: number;
  /** Today as YYYY-MM-DD, for `future-date`; default the current UTC date. */
  today?: string;
  /** Resolve a reference: is `id` a record of `type` in the dataset? Without it references are not checked. */
  resolve?: (type: RecordType, id: string) => boolean;
}

/** State shared by the tables of one dataset. */
export interface SharedCheck {
  sink: IssueSink;
  /** Ids seen per type, across files, with a dataset-wide sequence number (base of the file + row). */
  ids: Map<RecordType, IdSet>;
  /** File names, by index (for "already the id of row 4 in incident.csv"). */
  files: string[];
  /** Sequence base of each file: rows of file i are numbered bases[i] + row. */
  bases: number[];
  fileIndex: number;
}

/** The file and row of a dataset-wide sequence number. */
function locate(shared: SharedCheck, seq: number): [number, number] {
  let f = shared.bases.length - 1;
  while (f > 0 && shared.bases[f] > seq) f--;
  return [f, seq - shared.bases[f]];
}

/** A table being checked. */
export interface TableCheck {
  /** Check a batch; `onRow(i, invalid)` hears the verdict on each of its records, in order. */
  add(batch: LoadResult, onRow?: (index: number, invalid: boolean) => void): void;
  finish(): ValidationReport;
  /** Expect about `n` records (lets the id set size itself once for a big file). */
  reserve(n: number): void;
  /** The hashes of the ids checked so far (see `IdSet.pairs`). */
  idPairs(): Uint32Array;
  /** Is an id of these hash words one of the ids checked so far? */
  hasIdPair(a: number, b: number): boolean;
  /** What the table is so far: its type and format details, and whether the issue lists are full. */
  state(): TableState;
  /**
   * Count records checked elsewhere that add no listed issue here: the second part of a file
   * read on another thread, once its issues are known to fall past the caps (see
   * `node-validate-split.ts`).
   */
  absorb(part: CountedPart): void;
}

/** See `TableCheck.state`. */
export interface TableState {
  type: RecordType | null | undefined;
  delimiter?: string;
  encoding?: string;
  errorsFull: boolean;
  warningsFull: boolean;
}

/** The counts of records checked elsewhere (see `TableCheck.absorb`). */
export interface CountedPart {
  rows: number;
  valid: number;
  invalid: number;
  errors: number;
  warnings: number;
}

/**
 * Today as YYYY-MM-DD (UTC).
 *
 * @example todayUTC() // '2026-05-01'
 */
export function todayUTC(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Start checking one table.
 *
 * @example const t = createTableCheck({ type: 'incident' }); t.add(fromCSV(text, { type: 'incident' })); t.finish().valid
 */
export function createTableCheck(options: ValidateOptions = {}, shared?: SharedCheck): TableCheck {
  const sink = shared?.sink ?? createSink(options.maxErrors ?? DEFAULT_MAX_ERRORS);
  const file = shared ? shared.files[shared.fileIndex] : undefined;
  const base = shared ? shared.bases[shared.fileIndex] : 0;
  let maxRow = 0;
  let reserved = 0;
  const stats: ReportStats = { rows: 0, valid: 0, invalid: 0, errors: 0, warnings: 0 };
  const startErrors = sink.errorCount;
  const startWarnings = sink.warningCount;
  const ctx = { today: options.today ?? todayUTC() };
  let type: RecordType | null | undefined = options.type;
  // Ajv's validator, compiled on first use: a file whose rows all pass the compiled check never needs it.
  let compiledType: ReturnType<typeof compileType> | undefined;
  let validate: RecordValidator | undefined;
  const ajv = (): RecordValidator => (validate ??= compiledType!.validator);
  let fastCheck: RecordCheck | undefined;
  let names = new Set<string>();
  let checks: { code: string; check: RuleCheck }[] = [];
  let refs: ReferenceField[] = [];
  let ids: IdSet | undefined;
  let columnCheck: ((b: CsvColumns, onRow?: (index: number, invalid: boolean) => void) => void) | undefined;
  const missingLabels = new Set<string>();
  let headerErrors = 0;
  const extraReported = new Set<string>();
  let meta: Partial<LoadResult> = {};
  let lastType: RecordType | null = null;

  const error = (issue: Issue) => sink.error(file ? { ...issue, file } : issue);
  const warning = (issue: Issue) => sink.warning(file ? { ...issue, file } : issue);
  // Past the cap an error is only counted: its message is never rendered.
  const lazyError = (build: () => Issue) => {
    if (sink.errors.length >= sink.max) sink.errorCount++;
    else error(build());
  };

  let settled = false;
  function settle(batch: LoadResult): void {
    settled = true;
    if (type === undefined) type = batch.type ?? (isRecordType(batch.records[0]?.record_type) ? (batch.records[0].record_type as RecordType) : null);
    if (!type) return;
    const compiled = compileType(type);
    compiledType = compiled;
    fastCheck = compiled.check;
    names = compiled.names as Set<string>;
    checks = rulesFor(type, ctx);
    refs = options.resolve ? referenceFields(type) : [];
    if (shared) {
      ids = shared.ids.get(type);
      if (!ids) shared.ids.set(type, (ids = createIdSet()));
    } else ids = createIdSet();
    if (reserved) ids.reserve(ids.size + reserved);
    if (compiled.properties && compiled.check) {
      columnCheck = createColumnCheck({
        compiled,
        rules: checks,
        refs,
        resolve: options.resolve,
        sink,
        error,
        warning,
        ids,
        base,
        duplicate: (id, row, first) => {
          const [f, firstRow] = shared ? locate(shared, first) : [0, first];
          const where = shared && f !== shared.fileIndex ? ` in ${shared.files[f]}` : '';
          return makeIssue('primary-key', { row, field: 'id', value: id, note: `the record on row ${firstRow}${where}` });
        },
        recordPath: (b, i) => api.add(b.recordOf(i), columnOnRow && ((_, invalid) => columnOnRow!(i, invalid))),
        count(row, invalid) {
          stats.rows++;
          if (row > maxRow) maxRow = row;
          if (invalid) stats.invalid++;
          else stats.valid++;
        },
      });
    }
  }
  let columnOnRow: ((index: number, invalid: boolean) => void) | undefined;

  // True while reading a CSV whose header has no unknown column: records then need no key scan.
  let csvKnownColumns = false;
  const found: MessageParams[] = [];

  function checkRecord(input: Record<string, unknown>, row: number, failed: Set<string> | undefined): boolean {
    let invalid = false;
    // What the schema sees: no unknown keys (reported once), no cells that failed to convert, no nulls.
    // CSV records hold only header columns, so unless the header had unknown ones only failed cells go.
    let record = input;
    if (csvKnownColumns) {
      if (failed) {
        // A fresh object without the failed keys (not a copy and `delete`, which leaves a slow dictionary object).
        record = {};
        for (const key in input) if (!failed.has(key)) record[key] = input[key];
      }
    } else {
      for (const key in input) {
        const v = input[key];
        const unknown = !names.has(key);
        // "" cannot survive a write (every format reads it back as absent): named, never silently altered.
        if (v === '' && !unknown) warning(makeIssue('empty-string', { row, field: key }));
        // Half a surrogate pair cannot be written to UTF-8 without becoming U+FFFD: refused, not altered later.
        else if (typeof v === 'string' && !failed?.has(key) && !(v as string & { isWellFormed(): boolean }).isWellFormed()) {
          invalid = true;
          error(makeIssue('lone-surrogate', { row, field: key }));
          if (record === input) record = { ...input };
          delete record[key];
        }
        if (unknown || v === null || v === undefined || failed?.has(key)) {
          if (record === input) record = { ...input };
          delete record[key];
          // CSV: reported once on the header (extra-label). Objects: on every record that has the key
          // (unless the loader did already), and the record is invalid (see accounting.ts).
          if (unknown && !extraReported.has(key)) {
            invalid = true;
            if (!failed?.has(key)) error(makeIssue('extra-key', { row, field: key, expected: `a field of ${type}` }));
          }
        }
      }
    }
    // The compiled check says which fields fail; Ajv, the reference, is asked only for the
    // messages of a failing row, and not at all once the report's list is full.
    const failing = fastCheck ? fastCheck(record) : undefined;
    if (failing && failing.length && sink.errors.length >= sink.max) {
      for (const name of failing) {
        invalid = true;
        if (failed && (name === null || failed.has(name))) continue;
        if (name && missingLabels.has(name) && record[name] === undefined) continue;
        sink.errorCount++;
      }
    } else if (failing ? failing.length > 0 && !ajv()(record) : !ajv()(record)) {
      const { findings } = ajvFindings(validate!.errors ?? [], record, type!, row);
      for (const issue of findings) {
        // Cells that failed to convert were reported already; a rule combining fields
        // (field null, e.g. "at least one amount") may only be failing because of them.
        if (failed && (issue.field === null || failed.has(issue.field))) {
          invalid = true;
          continue;
        }
        invalid = true;
        // A required column missing from the header was reported once, as missing-label.
        if (issue.field && missingLabels.has(issue.field) && issue.value === undefined) continue;
        lazyError(issue.build);
      }
    }
    for (let k = 0; k < checks.length; k++) {
      checks[k].check(record, found);
      if (!found.length) continue;
      const code = checks[k].code;
      const recordLevel = isRecordLevel(code);
      for (const p of found) {
        if (recordLevel) {
          invalid = true;
          lazyError(() => makeIssue(code, { ...p, row }));
        } else if (sink.warnings.length >= sink.max) sink.warningCount++;
        else warning(makeIssue(code, { ...p, row }));
      }
      found.length = 0;
    }
    const id = record.id;
    if (typeof id === 'string' && ids) {
      const first = ids.add(id, base + row);
      if (first !== undefined) {
        invalid = true;
        const [file, firstRow] = shared ? locate(shared, first) : [0, first];
        const where = shared && file !== shared.fileIndex ? ` in ${shared.files[file]}` : '';
        error(makeIssue('primary-key', { row, field: 'id', value: id, note: `the record on row ${firstRow}${where}` }));
      }
    }
    for (const ref of refs) {
      const v = record[ref.field];
      for (const item of Array.isArray(v) ? v : [v]) {
        if (typeof item === 'string' && !options.resolve!(ref.target, item)) {
          invalid = true;
          error(makeIssue('foreign-key', { row, field: ref.field, value: item, expected: `${ref.target} record` }));
        }
      }
    }
    return invalid;
  }

  const api: TableCheck = {
    add(batch, onRow) {
      // The CSV reader knows the type (from `record_type`) only once a record is read.
      if (!settled && (type !== undefined || batch.records.length)) settle(batch);
      lastType = batch.type;
      meta = { ...meta, format: batch.format, encoding: batch.encoding ?? meta.encoding, delimiter: batch.delimiter ?? meta.delimiter };
      // Loader issues are listed with their row, in row order among the schema's issues.
      const rowsHere = new Set<number>();
      for (const info of batch.rows) rowsHere.add(info.row);
      let byRow: Map<number, Issue[]> | undefined;
      for (const e of batch.errors) {
        if (e.code === 'missing-label' && e.field) missingLabels.add(e.field);
        if (e.code === 'extra-label' && e.field) extraReported.add(e.field);
        if (invalidatesEveryRecord(e.code)) headerErrors++;
        if (e.row != null && rowsHere.has(e.row) && e.code !== 'extra-label') {
          byRow ??= new Map();
          const list = byRow.get(e.row);
          if (list) list.push(e);
          else byRow.set(e.row, [e]);
        } else error(e);
      }
      let warnByRow: Map<number, Issue[]> | undefined;
      for (const w of batch.warnings) {
        if (w.row != null && rowsHere.has(w.row)) {
          warnByRow ??= new Map();
          const list = warnByRow.get(w.row);
          if (list) list.push(w);
          else warnByRow.set(w.row, [w]);
        } else warning(w);
      }
      // CSV loaders report unknown columns on the header, before or with the first record.
      csvKnownColumns = batch.format === 'csv' && extraReported.size === 0;
      const { records, rows } = batch;
      for (let i = 0; i < records.length; i++) {
        const info = rows[i];
        stats.rows++;
        if (info.row > maxRow) maxRow = info.row;
        let invalid = !!info.skip;
        let failed: Set<string> | undefined;
        const loaderIssues = byRow?.get(info.row);
        if (loaderIssues) {
          for (const e of loaderIssues) {
            error(e);
            // Any error on a row makes its record invalid; cell errors also keep their cell from the schema.
            if (getErrorType(e.code)?.severity !== 'warning') invalid = true;
            if (isRecordLevel(e.code) && e.field) (failed ??= new Set()).add(e.field);
          }
        }
        const loaderWarnings = warnByRow?.get(info.row);
        if (loaderWarnings) for (const w of loaderWarnings) warning(w);
        if (!info.skip && type) {
          if (checkRecord(records[i], info.row, failed)) invalid = true;
        }
        // An error on the header (a missing, unknown, duplicate or blank column) concerns every record.
        if (headerErrors > 0) invalid = true;
        onRow?.(i, invalid);
        if (invalid) stats.invalid++;
        else stats.valid++;
      }
      if (batch.columns) {
        if (!settled) settle(batch);
        let offset = records.length;
        for (const cols of batch.columns) {
          const at = offset;
          columnOnRow = onRow && ((i, invalid) => onRow(at + i, invalid));
          if (!columnCheck) throw new Error(`column batches of ${type} cannot be checked column-wise`);
          columnCheck(cols, columnOnRow);
          offset += cols.length;
        }
        columnOnRow = undefined;
      }
    },
    idPairs() {
      return ids?.pairs() ?? new Uint32Array(0);
    },
    hasIdPair(a, b) {
      return ids?.hasPair(a, b) ?? false;
    },
    state() {
      return {
        type,
        delimiter: meta.delimiter,
        encoding: meta.encoding,
        errorsFull: sink.errors.length >= sink.max,
        warningsFull: sink.warnings.length >= sink.max,
      };
    },
    absorb(part) {
      stats.rows += part.rows;
      stats.valid += part.valid;
      stats.invalid += part.invalid;
      sink.errorCount += part.errors;
      sink.warningCount += part.warnings;
    },
    reserve(n) {
      reserved = n;
      if (ids) ids.reserve(ids.size + n);
    },
    finish() {
      // The next file of a dataset numbers its ids after this one's.
      if (shared) shared.bases[shared.fileIndex + 1] = base + maxRow + 1;
      if (!settled) {
        if (type === undefined) type = lastType ?? null;
        settled = true;
      }
      stats.errors = sink.errorCount - startErrors;
      stats.warnings = sink.warningCount - startWarnings;
      const report: ValidationReport = {
        valid: stats.errors === 0,
        type: type ?? null,
        stats,
        errors: shared ? [] : sortIssues(sink.errors),
        warnings: shared ? [] : sortIssues(sink.warnings),
      };
      if (!shared && isPartial(sink)) report.partial = true;
      if (file) report.file = file;
      if (meta.format) report.format = meta.format;
      if (meta.encoding) report.encoding = meta.encoding;
      if (meta.delimiter) report.delimiter = meta.delimiter;
      return report;
    },
  };
  return api;
}
