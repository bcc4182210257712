import { isPartialDate } from '../model/formats.js';

/** A date as our records hold it: ISO partial date plus its precision. */
export interface ParsedDate {
  date: string;
  precision: 'day' | 'month' | 'year';
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number | string) => String(n).padStart(2, '0');

/**
 * The month number (1-12) of an English month name or 3-letter abbreviation, or undefined.
 *
 * @example monthNumber('January') // 1
 */
export function monthNumber(name: string): number | undefined {
  const i = months.indexOf(name.trim().slice(0, 3).toLowerCase());
  return i < 0 ? undefined : i + 1;
}

// Each public layout writes dates its own way; every pattern is anchored so that a value
// that fits none is reported rather than half-read.
const formats: { name: string; re: RegExp; toIso: (m: RegExpMatchArray) => string | undefined }[] = [
  // 2014-01-06 (MMP 2022, IOM GDI)
  { name: 'iso', re: /^(\d{4})-(\d{2})-(\d{2})$/, toIso: (m) => `${m[1]}-${m[2]}-${m[3]}` },
  // January 05, 2020 (MMP 2020 "Web ID" export)
  {
    name: 'month-day-year',
    re: /^([A-Za-z]+)\.? (\d{1,2}), (\d{4})$/,
    toIso: (m) => (monthNumber(m[1]) ? `${m[3]}-${pad(monthNumber(m[1])!)}-${pad(m[2])}` : undefined),
  },
  // 14-Oct-19 (the same export re-saved by a spreadsheet program); two-digit years are 20yy,
  // as MMP starts in 2014.
  {
    name: 'day-mon-yy',
    re: /^(\d{1,2})-([A-Za-z]{3})-(\d{2}|\d{4})$/,
    toIso: (m) => (monthNumber(m[2]) ? `${m[3].length === 2 ? '20' + m[3] : m[3]}-${pad(monthNumber(m[2])!)}-${pad(m[1])}` : undefined),
  },
  // Thu, 01/01/2026 - 12:00 (MMP website export since 2024: Drupal, US order MM/DD/YYYY)
  {
    name: 'drupal',
    re: /^(?:[A-Za-z]{3}, )?(\d{2})\/(\d{2})\/(\d{4})(?: - \d{1,2}:\d{2})?$/,
    toIso: (m) => `${m[3]}-${m[1]}-${m[2]}`,
  },
];

/**
 * Parse a date in any of the formats public migration datasets use — `2014-01-06`,
 * `January 05, 2020`, `14-Oct-19`, `Thu, 01/01/2026 - 12:00` — into an ISO date at day
 * precision, checked against the calendar. Returns undefined when the text fits no format.
 *
 * @example parseDate('Thu, 01/01/2026 - 12:00') // { date: '2026-01-01', precision: 'day' }
 */
export function parseDate(text: string): ParsedDate | undefined {
  const s = text.trim();
  for (const f of formats) {
    const m = s.match(f.re);
    if (!m) continue;
    const iso = f.toIso(m);
    if (iso && isPartialDate(iso)) return { date: iso, precision: 'day' };
    return undefined;
  }
  if (/^\d{4}-\d{2}$/.test(s) && isPartialDate(s)) return { date: s, precision: 'month' };
  if (/^\d{4}$/.test(s)) return { date: s, precision: 'year' };
  return undefined;
}

/**
 * A date from a year and an optional month name, for rows whose full date is blank
 * (15 rows of the MMP 2022 export).
 *
 * @example dateFromParts('2020', 'February') // { date: '2020-02', precision: 'month' }
 */
export function dateFromParts(year: string | undefined, month?: string): ParsedDate | undefined {
  const y = (year ?? '').trim();
  if (!/^\d{4}$/.test(y)) return undefined;
  const m = month ? monthNumber(month) : undefined;
  return m ? { date: `${y}-${pad(m)}`, precision: 'month' } : { date: y, precision: 'year' };
}
