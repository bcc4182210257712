/**
 * Tests of a column batch that let a rule say it can find nothing in it (`RuleCheck.quietOn`):
 * conservative — a column of an unexpected shape never counts as quiet.
 *
 *   noneBelowZero(values, n), allBlank(values, n)
 */
import type { ColumnValues } from '../../read/csv-columns.js';

/**
 * No number below zero among the first `n` values (an absent column has none).
 *
 * @example noneBelowZero(Float64Array.of(0, NaN, 3), 3) // true
 */
export function noneBelowZero(values: ColumnValues | undefined, n: number): boolean {
  if (values === undefined) return true;
  if (!(values instanceof Float64Array)) return false;
  for (let i = 0; i < n; i++) if (values[i] < 0) return false;
  return true;
}

/**
 * No value at all among the first `n` (NaN or null is no value; an absent column has none).
 *
 * @example allBlank(Float64Array.of(NaN, NaN), 2) // true
 */
export function allBlank(values: ColumnValues | undefined, n: number): boolean {
  if (values === undefined) return true;
  if (values instanceof Float64Array) {
    for (let i = 0; i < n; i++) if (values[i] === values[i]) return false;
    return true;
  }
  for (let i = 0; i < n; i++) if (values[i] !== null) return false;
  return true;
}
