import { getFields } from '../../model/fields.js';
import { isDateField } from './date-span.js';
import { reading, type Rule } from './types.js';

/**
 * No date (of any date field) lies wholly after today.
 *
 * @example futureDateRule.prepare('incident', { today: '2026-05-01' })?.(record, found)
 */
export const futureDateRule: Rule = {
  code: 'future-date',
  prepare(type, ctx) {
    const names = getFields(type).filter(isDateField).map((f) => f.name);
    if (!names.length) return undefined;
    // A partial date starts after today when it sorts after today cut to its length:
    // '2031' > '2026', '2026-07' > '2026-05', '2026-05-30' > '2026-05-29'.
    const cut: Record<number, string> = { 4: ctx.today.slice(0, 4), 7: ctx.today.slice(0, 7), 10: ctx.today.slice(0, 10) };
    const future = (v: unknown) => typeof v === 'string' && cut[v.length] !== undefined && v > cut[v.length];
    const check = reading(names, (r, found) => {
      for (const name of names) {
        const v = r[name];
        if (future(v)) found.push({ field: name, value: v, expected: `today is ${ctx.today}` });
      }
    });
    // A batch without a date after today is quiet: one pass down each date column.
    check.quietOn = (column, n) =>
      names.every((name) => {
        const values = column(name);
        if (values === undefined) return true;
        if (values instanceof Float64Array) return false;
        for (let i = 0; i < n; i++) if (future(values[i])) return false;
        return true;
      });
    return check;
  },
};
