/**
 * `partial-date`: YYYY, YYYY-MM or YYYY-MM-DD, checked against the real calendar.
 * ajv-formats' `date` only accepts full dates, and the evidence we hold is often
 * known only to the month or year.
 *
 * @example isPartialDate('2017-02-30') // false
 */
export function isPartialDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const year = +m[1];
  if (m[2] === undefined) return true;
  const month = +m[2];
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = +m[3];
  return day >= 1 && day <= daysInMonth(year, month);
}

/** Number of days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
