/**
 * The worker's job: validate what the user picked (one file, or a dataset checked as a
 * whole, like `smuggling-evidence validate <folder>`), keep the valid records for the
 * summaries and downloads, and report progress now and then.
 */
import { isRecordLevel, makeIssue } from '../../src/errors/index.js';
import type { RecordType } from '../../src/model/record-types.js';
import { isReadError } from '../../src/read/read-error.js';
import type { LoadResult } from '../../src/read/result.js';
import { createDatasetCheck, referenceTargets } from '../../src/validate/dataset-check.js';
import { DEFAULT_MAX_ERRORS, type ValidationReport } from '../../src/validate/report.js';
import { createTableCheck } from '../../src/validate/table-check.js';
import { asLoadResult } from '../../src/validate/validate-records.js';
import { layoutOf, type PageFile } from './dataset-layout.js';
import { fileBatches } from './file-batches.js';
import type { InputFile } from './protocol.js';
import { typeFromName } from './type-from-name.js';

/** Issues held while checking: enough to tell every invalid row in all but pathological files. */
const HELD_ISSUES = 200_000;

export interface Progress {
  file: string;
  bytes: number;
  totalBytes: number;
  rows: number;
}

/** One file's records as read, by row number. */
interface Kept {
  file: string;
  type: RecordType | null;
  records: Record<string, unknown>[];
  rows: number[];
}

export interface Run {
  /** The full report (issue lists up to HELD_ISSUES). */
  report: ValidationReport;
  /** The valid records by type; null when they cannot be told apart (too many errors). */
  valid: Partial<Record<RecordType, Record<string, unknown>[]>> | null;
  seconds: number;
}

function batchesOf(f: PageFile, type: RecordType | undefined, onBytes: (n: number) => void): AsyncIterable<LoadResult> {
  if (f.data) return (async function* () { yield asLoadResult(f.data!, type ?? null); })();
  return fileBatches(f.file!, f.format, { ...f.options, type }, onBytes);
}

function keep(kept: Kept, batch: LoadResult): void {
  kept.type ??= batch.type;
  batch.records.forEach((r, i) => {
    if (batch.rows[i]?.skip) return;
    kept.records.push(r);
    kept.rows.push(batch.rows[i]?.row ?? i + 1);
  });
}

/** Split the kept records into valid ones by type, using the errors on their rows. */
function validRecords(report: ValidationReport, kept: Kept[]): Run['valid'] {
  // Without a record type only the structure was checked: there are no typed records to keep.
  if (report.type === null) return {};
  if (report.partial) return null;
  const bad = new Map<string, Set<number>>();
  for (const e of report.errors) {
    if (e.row === null || !isRecordLevel(e.code)) continue;
    const key = e.file ?? '';
    if (!bad.has(key)) bad.set(key, new Set());
    bad.get(key)!.add(e.row);
  }
  const out: NonNullable<Run['valid']> = {};
  let n = 0;
  const summaries = report.files ?? [{ file: '', type: report.type as RecordType | null, stats: report.stats }];
  for (const k of kept) {
    const summary = summaries.find((s) => s.file === k.file);
    if (!k.type || !summary || summary.stats.valid === 0) continue;
    const rows = bad.get(k.file) ?? new Set<number>();
    const list = (out[k.type] ??= []);
    k.records.forEach((r, i) => {
      if (!rows.has(k.rows[i])) {
        list.push(r);
        n++;
      }
    });
  }
  // Every row counted: if the split disagrees with the report's count, do not guess.
  return n === report.stats.valid ? out : null;
}

async function checkOne(f: PageFile, type: RecordType | undefined, progress: (p: Progress) => void, totalBytes: number): Promise<{ report: ValidationReport; kept: Kept }> {
  const check = createTableCheck({ type, maxErrors: HELD_ISSUES });
  const kept: Kept = { file: '', type: type ?? null, records: [], rows: [] };
  let bytes = 0;
  let rows = 0;
  for await (const batch of batchesOf(f, type, (n) => (bytes += n))) {
    check.add(batch);
    keep(kept, batch);
    rows += batch.records.length;
    progress({ file: f.name, bytes, totalBytes, rows });
  }
  const report = check.finish();
  return { report: { ...report, file: f.name, format: report.format ?? f.format }, kept };
}

async function checkDataset(files: PageFile[], totalBytes: number, progress: (p: Progress) => void): Promise<{ report: ValidationReport; kept: Kept[] }> {
  const check = createDatasetCheck({ maxErrors: HELD_ISSUES });
  const types = new Map<PageFile, RecordType | undefined>();
  // Pass 1: each file's type, and the ids that other records refer to.
  for (const f of files) {
    if (f.problem) continue;
    let type = f.type;
    try {
      for await (const batch of batchesOf(f, type, () => {})) {
        type ??= batch.type ?? undefined;
        if (!type && !batch.records.length) continue;
        if (!type || !referenceTargets.has(type)) break;
        check.collect(type, batch.records);
      }
    } catch (err) {
      if (!isReadError(err)) throw err;
    }
    types.set(f, type);
  }
  // Pass 2: check every file with references resolved.
  const kept: Kept[] = [];
  let bytes = 0;
  let rows = 0;
  for (const f of files) {
    if (f.problem) {
      check.fail(f.name, f.format, makeIssue('parse-error', { note: f.problem }));
      continue;
    }
    const table = check.table(f.name, types.get(f));
    const k: Kept = { file: f.name, type: types.get(f) ?? null, records: [], rows: [] };
    try {
      for await (const batch of batchesOf(f, types.get(f), (n) => (bytes += n))) {
        table.add(batch);
        keep(k, batch);
        rows += batch.records.length;
        progress({ file: f.name, bytes, totalBytes, rows });
      }
    } catch (err) {
      if (!isReadError(err)) throw err;
      check.fail(f.name, f.format, makeIssue('parse-error', { note: `cannot be read: ${(err as Error).message}` }));
      continue;
    }
    kept.push(k);
    check.done(table.finish(), f.name, f.format);
  }
  return { report: { ...check.finish(), file: files.length ? 'dataset' : undefined }, kept };
}

/**
 * Validate the picked files. `type` (single file only) overrides the record_type column.
 *
 * @example const run = await runValidation([{ file, path: 'incident.csv' }], null, () => {});
 */
export async function runValidation(input: InputFile[], type: RecordType | null, progress: (p: Progress) => void): Promise<Run> {
  const t0 = performance.now();
  const layout = await layoutOf(input);
  if (!layout.dataset) {
    const f = layout.files[0];
    let { report, kept } = await checkOne(f, type ?? undefined, progress, layout.bytes);
    // No record_type column and no choice: the file name may say it (incidents.csv), as in a folder.
    if (report.type === null && !type && f.type) ({ report, kept } = await checkOne(f, f.type, progress, layout.bytes));
    return { report, valid: validRecords(report, [kept]), seconds: (performance.now() - t0) / 1000 };
  }
  const { report, kept } = await checkDataset(layout.files, layout.bytes, progress);
  if (layout.descriptor) report.file = layout.descriptor;
  return { report, valid: validRecords(report, kept), seconds: (performance.now() - t0) / 1000 };
}

/**
 * The report as the CLI's `--format json` gives it: lists cut at 1000 each.
 *
 * @example shown(run.report).errors.length <= 1000
 */
export function shown(report: ValidationReport): ValidationReport {
  const cut = report.errors.length > DEFAULT_MAX_ERRORS || report.warnings.length > DEFAULT_MAX_ERRORS;
  const out = { ...report, errors: report.errors.slice(0, DEFAULT_MAX_ERRORS), warnings: report.warnings.slice(0, DEFAULT_MAX_ERRORS) };
  if (cut || report.partial) out.partial = true;
  return out;
}

export { typeFromName };
