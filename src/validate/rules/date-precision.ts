import { getField, getFields } from '../../model/fields.js';
import { reading, type Rule } from './types.js';

const shapes: Record<string, [RegExp, string]> = {
  day: [/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'],
  week: [/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD (the first day of the week)'],
  month: [/^\d{4}-\d{2}$/, 'YYYY-MM'],
  quarter: [/^\d{4}-(01|04|07|10)$/, "YYYY-MM with the quarter's first month (01, 04, 07 or 10)"],
  year: [/^\d{4}$/, 'YYYY'],
};

/**
 * A date written at the precision its `*_precision` field gives.
 *
 * @example datePrecisionRule.prepare('incident', { today: '2026-05-01' })?.(record, found)
 */
export const datePrecisionRule: Rule = {
  code: 'date-precision',
  prepare(type) {
    const pairs: [string, string][] = [];
    for (const f of getFields(type)) {
      if (!f.name.endsWith('precision') || !f.enum?.includes('day')) continue;
      const base = f.name.replace(/_?precision$/, '');
      const isDate = (n: string) => getField(type, n)?.format === 'partial-date';
      if (isDate(base)) pairs.push([base, f.name]);
      for (const n of [`${base}_start`, `${base}_end`]) if (isDate(n)) pairs.push([n, f.name]);
    }
    if (!pairs.length) return undefined;
    // The shape a date of precision `p` lacks, if it does (an own key only: not `constructor`).
    const wrong = (value: unknown, p: unknown) =>
      typeof value === 'string' && typeof p === 'string' && Object.hasOwn(shapes, p) && !shapes[p][0].test(value);
    const check = reading(pairs.flat(), (r, found) => {
      for (const [date, precision] of pairs) {
        const value = r[date];
        const p = r[precision] as string;
        if (wrong(value, p)) found.push({ field: date, value, expected: `${precision} '${p}', which needs ${shapes[p][1]}` });
      }
    });
    // A batch where every date has its precision's shape is quiet: one pass down each pair.
    check.quietOn = (column, n) =>
      pairs.every(([date, precision]) => {
        const values = column(date);
        const ps = column(precision);
        if (values === undefined || ps === undefined) return true;
        if (values instanceof Float64Array || ps instanceof Float64Array) return false;
        for (let i = 0; i < n; i++) if (wrong(values[i], ps[i])) return false;
        return true;
      });
    return check;
  },
};
