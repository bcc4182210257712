import type { MessageParams } from '../../errors/index.js';
import type { RecordType } from '../../model/record-types.js';
import type { ColumnValues } from '../../read/csv-columns.js';
import { allBlank } from './batch-quiet.js';

/** What rules may know besides the record. */
export interface RuleContext {
  /** Today, as YYYY-MM-DD (for `future-date`). */
  today: string;
}

/**
 * Check one record, pushing findings onto `found` (row and code are added by the
 * caller). Pushing into a reused array keeps a million-record check allocation-free.
 */
export type RuleCheck = ((record: Readonly<Record<string, unknown>>, found: MessageParams[]) => void) & {
  /**
   * Every field the check may read, whatever the record holds. The column path fills only
   * these into the record it shows the rules; a check without the list is shown every field.
   */
  reads?: readonly string[];
  /**
   * True when the check can find nothing on any row of a column batch (e.g. no count below
   * zero): the column path then skips it for the batch. `column(field)`: the field's values
   * in the batch (as the reader decoded them), undefined when the header lacks it.
   */
  quietOn?: (column: (field: string) => ColumnValues | undefined, n: number) => boolean;
};

/**
 * A check with the fields it reads (see `RuleCheck.reads`).
 *
 * @example return reading(['dead', 'missing'], (r, found) => { ... });
 */
export function reading(fields: Iterable<string>, check: (record: Readonly<Record<string, unknown>>, found: MessageParams[]) => void): RuleCheck {
  const reads = Object.freeze([...new Set(fields)]);
  // Every rule finds nothing on a record where all it reads is blank (rules-reads.test.ts holds
  // each to it), so a batch blank in all those columns is quiet; a rule may say more.
  const quietOn = (column: (field: string) => ColumnValues | undefined, n: number) => reads.every((f) => allBlank(column(f), n));
  return Object.assign(check, { reads, quietOn });
}

/**
 * A cross-field rule. `prepare` looks at the record type's fields once and returns the
 * check for records of that type, or undefined when the rule does not apply to it.
 */
export interface Rule {
  /** Catalogue code of what it reports (its severity comes from the catalogue). */
  code: string;
  prepare(type: RecordType, ctx: RuleContext): RuleCheck | undefined;
}
