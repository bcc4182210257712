/**
 * validateDataset(resources: DatasetTable[], options?: ValidateOptions): ValidationReport
 *
 * Check several tables together, as one dataset: every record against its schema and
 * rules, ids unique per type across all tables, and every reference (`source_ids`,
 * `case_ids`, `fee_ids`, `cooperation_ids`, `national_provisions`) resolving to a
 * record of the dataset. The report has `type: 'dataset'`, `stats.files`, a `file` on
 * every issue and one summary per table in `files`. For folders and datapackage.json
 * files on disk, use `validateFile` from `smuggling-evidence/node`.
 */
import type { RecordType } from '../model/record-types.js';
import type { LoadResult } from '../read/result.js';
import { createDatasetCheck, referenceTargets } from './dataset-check.js';
import type { ValidationReport } from './report.js';
import type { ValidateOptions } from './table-check.js';
import { asLoadResult, isLoadResult } from './validate-records.js';
import { isRecordType } from '../model/record-types.js';

/** One table of a dataset held in memory. */
export interface DatasetTable {
  /** Name used in the report (e.g. the file name). */
  name: string;
  /** Record type; default the loader's, or the `record_type` of the first record. */
  type?: RecordType;
  /** What a loader returned, or a plain array of records. */
  data: LoadResult<object> | readonly object[];
}

function typeOf(r: DatasetTable, data: LoadResult): RecordType | undefined {
  if (r.type) return r.type;
  if (data.type) return data.type;
  const first = data.records[0]?.record_type;
  return isRecordType(first) ? first : undefined;
}

/**
 * Validate tables together as one dataset.
 *
 * @example validateDataset([{ name: 'source.csv', data: fromCSV(s) }, { name: 'incident.csv', data: fromCSV(i) }]).valid
 */
export function validateDataset(resources: readonly DatasetTable[], options: ValidateOptions = {}): ValidationReport {
  const check = createDatasetCheck(options);
  const tables = resources.map((r) => {
    // Typed loaders give LoadResult<Incident> etc.; the checks read records as plain objects.
    const data = (isLoadResult(r.data) ? r.data : asLoadResult(r.data, r.type ?? null)) as LoadResult;
    return { r, data, type: typeOf(r, data) };
  });
  for (const t of tables) if (t.type && referenceTargets.has(t.type)) check.collect(t.type, t.data.records);
  for (const t of tables) {
    const table = check.table(t.r.name, t.type);
    table.add(t.data);
    check.done(table.finish(), t.r.name, t.data.format);
  }
  return check.finish();
}
