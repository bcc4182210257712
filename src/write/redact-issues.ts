/**
 * issueRedactor(loaded, includeRestricted, flagged?): (issue) => { row, field, code, message }
 *
 * Validation messages echo the offending value (`row 4, field \`dead\`: 'abc' is not a whole number`). A public
 * output (the report's Validation section) must not carry the values of restricted or confidential records, nor a
 * cell flagged as possible personal data, so their messages are re-written without the value.
 */
import { getErrorType, type Issue } from '../errors/index.js';
import { where } from '../errors/format.js';
import type { LoadResult } from '../read/result.js';
import { withheldSensitivities } from './public-records.js';

/** An issue as a public output lists it. */
export interface PublicIssue {
  row: number | null;
  field: string | null;
  code: string;
  message: string;
}

/**
 * The message of an issue without its value.
 *
 * @example withheldMessage({ row: 4, field: 'dead', code: 'type-error', message: '…' }, 'restricted record') // 'row 4, field `dead`: Type error (value withheld: restricted record)'
 */
export function withheldMessage(issue: Pick<Issue, 'row' | 'field' | 'code'>, why: string): string {
  return `${where(issue)}: ${getErrorType(issue.code)?.title ?? issue.code} (value withheld: ${why})`;
}

/**
 * A function turning the issues of `loaded` into public ones: messages about restricted records (unless
 * `includeRestricted`) or about flagged cells (`flagged`: "row\u0000field" keys) lose their value.
 *
 * @example const redact = issueRedactor(fromCSV(text, { type: 'incident' }), false); report.errors.map(redact)
 */
export function issueRedactor(loaded: Pick<LoadResult, 'records' | 'rows'>, includeRestricted: boolean, flagged: ReadonlySet<string> = new Set()): (issue: Issue) => PublicIssue {
  const restricted = new Set<number>();
  if (!includeRestricted) {
    loaded.records.forEach((r, i) => {
      if (withheldSensitivities.includes(r.sensitivity as string)) restricted.add(loaded.rows[i]?.row ?? i + 1);
    });
  }
  return (e) => {
    const base = { row: e.row, field: e.field, code: e.code };
    if (e.row !== null && restricted.has(e.row)) return { ...base, message: withheldMessage(e, 'restricted or confidential record') };
    if (e.code !== 'personal-data' && e.row !== null && e.field !== null && flagged.has(`${e.row}\u0000${e.field}`)) return { ...base, message: withheldMessage(e, 'may hold personal data') };
    return { ...base, message: e.message };
  };
}

/** What a public output shows instead of a cell that may hold personal data. */
export const WITHHELD_CELL = '[withheld: may hold personal data]';

/**
 * The "row\u0000field" keys of the cells a report flags as possible personal data (`personal-data` warnings).
 *
 * @example flaggedCells(report.warnings.filter((w) => w.file === 'incident.csv'))
 */
export function flaggedCells(warnings: readonly Issue[]): Set<string> {
  const out = new Set<string>();
  for (const w of warnings) if (w.code === 'personal-data' && w.row !== null && w.field !== null) out.add(`${w.row}\u0000${w.field}`);
  return out;
}

/**
 * The records of `loaded` with flagged cells replaced by {@link WITHHELD_CELL} (copies; the input is untouched),
 * and how many cells were withheld.
 *
 * @example withholdCells(loaded, flaggedCells(report.warnings)).withheld // 1
 */
export function withholdCells<L extends Pick<LoadResult, 'records' | 'rows'>>(loaded: L, flagged: ReadonlySet<string>): { result: L; withheld: number } {
  if (!flagged.size) return { result: loaded, withheld: 0 };
  let withheld = 0;
  const records = loaded.records.map((r, i) => {
    const row = loaded.rows[i]?.row ?? i + 1;
    let copy: Record<string, unknown> | undefined;
    for (const field of Object.keys(r)) {
      if (!flagged.has(`${row}\u0000${field}`)) continue;
      copy ??= { ...r };
      copy[field] = WITHHELD_CELL;
      withheld++;
    }
    return copy ?? r;
  });
  return { result: { ...loaded, records }, withheld };
}
