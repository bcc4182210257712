// Partial dates stand for periods: 2017 is 2017-01-01 … 2017-12-31.
import { daysInMonth } from '../../model/formats.js';

const RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * First and last day of the period a partial date stands for, as YYYY-MM-DD strings
 * (which compare correctly as text); undefined when it is not a partial date.
 *
 * @example dateSpan('2016-02') // ['2016-02-01', '2016-02-29']
 */
export function dateSpan(value: unknown): [string, string] | undefined {
  if (typeof value !== 'string') return undefined;
  const m = RE.exec(value);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (d) return [value, value];
  if (mo) return [`${y}-${mo}-01`, `${y}-${mo}-${String(daysInMonth(+y, +mo)).padStart(2, '0')}`];
  return [`${y}-01-01`, `${y}-12-31`];
}

/**
 * Names of the fields of a record type that hold partial dates.
 *
 * @example getFields('incident').filter(isDateField).map(f => f.name) // ['date']
 */
export function isDateField(f: { format?: string; list: boolean }): boolean {
  return f.format === 'partial-date' && !f.list;
}
