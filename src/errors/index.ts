/**
 * The error catalogue: every code a loader or validator can report, one file per code.
 *
 *   errorTypes                       every entry, in documentation order
 *   getErrorType(code)               one entry, or undefined
 *   makeIssue(code, params)          an Issue with its message filled from the template
 */
import type { ErrorType, Issue, MessageParams } from './types.js';
import { typeError } from './type-error.js';
import { constraintError } from './constraint-error.js';
import { missingCell } from './missing-cell.js';
import { extraCell } from './extra-cell.js';
import { blankRow } from './blank-row.js';
import { missingLabel } from './missing-label.js';
import { extraLabel } from './extra-label.js';
import { extraKey } from './extra-key.js';
import { loneSurrogate } from './lone-surrogate.js';
import { emptyString } from './empty-string.js';
import { personalData } from './personal-data.js';
import { duplicateLabel } from './duplicate-label.js';
import { blankLabel } from './blank-label.js';
import { primaryKey } from './primary-key.js';
import { foreignKey } from './foreign-key.js';
import { encodingError } from './encoding-error.js';
import { parseError } from './parse-error.js';
import { negativeCount } from './negative-count.js';
import { lostCharacters } from './lost-characters.js';
import { deadMissingTotal } from './dead-missing-total.js';
import { dateOrder } from './date-order.js';
import { minMax } from './min-max.js';
import { futureDate } from './future-date.js';
import { datePrecision } from './date-precision.js';
import { themeMismatch } from './theme-mismatch.js';
import { unknownType } from './unknown-type.js';
import { deprecated } from './deprecated.js';
import { schemaVersionNewer } from './schema-version-newer.js';

export type { ErrorType, Issue, IssueLevel, MessageParams, Severity } from './types.js';

/**
 * Every error and warning code, frictionless codes first, then our own rules.
 *
 * @example errorTypes.map(e => e.code).includes('type-error') // true
 */
export const errorTypes: readonly ErrorType[] = Object.freeze([
  typeError,
  constraintError,
  missingCell,
  extraCell,
  blankRow,
  missingLabel,
  extraLabel,
  extraKey,
  duplicateLabel,
  blankLabel,
  primaryKey,
  foreignKey,
  encodingError,
  parseError,
  negativeCount,
  lostCharacters,
  deadMissingTotal,
  dateOrder,
  minMax,
  futureDate,
  datePrecision,
  themeMismatch,
  unknownType,
  deprecated,
  schemaVersionNewer,
  loneSurrogate,
  emptyString,
  personalData,
]);

const byCode = new Map(errorTypes.map((e) => [e.code, e]));

/**
 * The catalogue entry of a code.
 *
 * @example getErrorType('blank-row')?.title // 'Blank row'
 */
export function getErrorType(code: string): ErrorType | undefined {
  return byCode.get(code);
}

/**
 * An issue with its message filled from the code's template. `value` and `expected`
 * are copied onto the issue when given.
 *
 * @example makeIssue('type-error', { row: 14, field: 'dead', value: 'abc', expected: 'a whole number' }).message
 * // "row 14, field `dead`: 'abc' is not a whole number"
 */
export function makeIssue(code: string, params: MessageParams = {}): Issue {
  const type = byCode.get(code);
  if (!type) throw new Error(`unknown error code "${code}"`);
  const issue: Issue = { row: params.row ?? null, field: params.field ?? null, code, message: type.message(params) };
  if (params.value !== undefined) issue.value = params.value;
  if (params.expected !== undefined) issue.expected = params.expected;
  return issue;
}

/**
 * True when issues of this code make the record on their row invalid.
 *
 * @example isRecordLevel('type-error') // true; isRecordLevel('extra-label') // false
 */
export function isRecordLevel(code: string): boolean {
  const type = byCode.get(code);
  return type !== undefined && type.severity === 'error' && (type.level === 'row' || type.level === 'cell');
}
