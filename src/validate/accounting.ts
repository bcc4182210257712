/**
 * The one accounting rule every report keeps, and a check of it:
 *
 * - a record with any error is invalid, and `rows = valid + invalid`;
 * - the rows named by errors are exactly the invalid rows;
 * - an error on the CSV header (`missing-label`, `extra-label`, `duplicate-label`, `blank-label`) is about every
 *   record of the file, so it makes every record invalid;
 * - file-level issues (a file that cannot be read, an unknown record type) name no row.
 *
 *   invalidatesEveryRecord(code): boolean
 *   accountingProblems(report, recordRows): string[]   (empty when the report keeps the rule)
 */
import { getErrorType, isRecordLevel } from '../errors/index.js';
import type { ValidationReport } from './report.js';

/**
 * True for errors that sit on the header and so concern every record of the file.
 *
 * @example invalidatesEveryRecord('extra-label') // true
 */
export function invalidatesEveryRecord(code: string): boolean {
  const type = getErrorType(code);
  return type !== undefined && type.severity === 'error' && type.level === 'label';
}

/**
 * What breaks the accounting rule in a (single-table, complete) report, given the row numbers of the records the
 * loader produced. Used by the property tests of every format and command.
 *
 * @example accountingProblems(validateRecords(records, 'incident'), records.map((_, i) => i + 1)) // []
 */
export function accountingProblems(report: ValidationReport, recordRows: readonly number[]): string[] {
  const s = report.stats;
  const out: string[] = [];
  if (s.rows !== s.valid + s.invalid) out.push(`rows ${s.rows} != valid ${s.valid} + invalid ${s.invalid}`);
  if (s.rows !== recordRows.length) out.push(`rows ${s.rows} but ${recordRows.length} records were read`);
  if (report.partial) return out;
  if (s.errors !== report.errors.length) out.push(`stats.errors ${s.errors} but ${report.errors.length} listed`);
  const rowSet = new Set(recordRows);
  const named = new Set<number>();
  let everyRecord = false;
  for (const e of report.errors) {
    if (invalidatesEveryRecord(e.code)) everyRecord = true;
    else if (e.row !== null && rowSet.has(e.row)) named.add(e.row); // any error on a record's row, whatever its level
    else if (e.row !== null && isRecordLevel(e.code)) out.push(`error ${e.code} names row ${e.row}, which holds no record`);
  }
  const expected = everyRecord ? rowSet.size : named.size;
  if (s.invalid !== expected) out.push(`invalid ${s.invalid} but errors name ${expected} record row(s)${everyRecord ? ' (a header error: every record)' : ''}`);
  if (report.valid !== (s.errors === 0)) out.push(`valid ${report.valid} with ${s.errors} errors`);
  return out;
}
