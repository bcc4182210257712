// Checks a file the way `readRecords` does (same validator, same counts, same first
// problems) but streamed, holding one batch at a time: `convert` calls it before it
// writes anything, then streams the file a second time to write it.
import type { Issue } from '../errors/index.js';
import type { RecordType } from '../model/record-types.js';
import { streamFile } from '../read/node-load.js';
import { isReadError } from '../read/read-error.js';
import { sortIssues, type IssueSink } from '../validate/report.js';
import { createTableCheck, type SharedCheck } from '../validate/table-check.js';
import { UsageError } from './command.js';

/** What a streamed check found (the counts `readRecords` gives, without the records). */
export interface FileCheck {
  records: number;
  /** Records with an error on their row (all of them when a required column is missing). */
  invalid: number;
  /** Errors not on a record's row: the header, the file as a whole. */
  fileProblems: number;
  /** Errors in all. */
  problemCount: number;
  /** The first `keep` errors, in report order. */
  problems: Issue[];
}

/** True when the bytes of `path` are valid UTF-8 or start with a BOM (streamed reads then decode them as whole-file reads do). */
export async function decodesAlike(path: string): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  try {
    const { createReadStream } = await import('node:fs');
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      const b = chunk as Buffer;
      if (first && ((b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) || (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) return true;
      first = false;
      decoder.decode(b, { stream: true });
    }
    decoder.decode();
    return true;
  } catch (err) {
    if (err instanceof TypeError) return false;
    throw err;
  }
}

/**
 * Stream-check a CSV / JSON / NDJSON file of `type`; a file that cannot be read is a UsageError.
 *
 * @example const c = await checkFile('big.csv', 'incident', 10); c.invalid // 0 when every record is valid
 */
export async function checkFile(path: string, type: RecordType, keep: number): Promise<FileCheck> {
  const result: FileCheck = { records: 0, invalid: 0, fileProblems: 0, problemCount: 0, problems: [] };
  let rowsHere = new Set<number>();
  let lastInvalid = -1;
  // A sink that classifies each error as it comes (issues arrive in row order) and keeps only the first few.
  const sink: IssueSink = {
    errors: [],
    warnings: [],
    errorCount: 0,
    warningCount: 0,
    max: Infinity,
    error(issue) {
      sink.errorCount++;
      result.problemCount++;
      if (result.problems.length < keep) result.problems.push(issue);
      if (issue.row !== null && rowsHere.has(issue.row)) {
        if (issue.row !== lastInvalid) result.invalid++;
        lastInvalid = issue.row;
      } else result.fileProblems++;
    },
    warning() {
      sink.warningCount++;
    },
  };
  const shared: SharedCheck = { sink, ids: new Map(), files: [''], bases: [0], fileIndex: 0 };
  const check = createTableCheck({ type }, shared);
  try {
    for await (const batch of streamFile(path, { type })) {
      rowsHere = new Set(batch.rows.map((r) => r.row));
      result.records += batch.records.length;
      check.add(batch);
    }
  } catch (err) {
    if (isReadError(err)) throw new UsageError(`${path}: ${(err as Error).message}`);
    throw err;
  }
  const report = check.finish();
  // A missing required column makes every record invalid, though its error is on the header row.
  if (report.stats.invalid > result.invalid) result.invalid = result.records;
  sortIssues(result.problems);
  return result;
}
