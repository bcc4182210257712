import { getFields } from '../../model/fields.js';
import { dateSpan, isDateField } from './date-span.js';
import { allBlank } from './batch-quiet.js';
import { reading, type Rule } from './types.js';

/**
 * Any `*start*` / `*end*` pair of date fields: the period cannot end before it starts.
 *
 * @example dateOrderRule.prepare('incident', { today: '2026-05-01' })?.(record, found)
 */
export const dateOrderRule: Rule = {
  code: 'date-order',
  prepare(type) {
    const dates = new Set(getFields(type).filter(isDateField).map((f) => f.name));
    const pairs: [string, string][] = [];
    for (const name of dates) {
      const parts = name.split('_');
      const at = parts.indexOf('start');
      if (at < 0) continue;
      const end = [...parts.slice(0, at), 'end', ...parts.slice(at + 1)].join('_');
      if (dates.has(end)) pairs.push([name, end]);
    }
    if (!pairs.length) return undefined;
    const check = reading(pairs.flat(), (r, found) => {
      for (const [s, e] of pairs) {
        const a = dateSpan(r[s]);
        const b = dateSpan(r[e]);
        if (a && b && b[1] < a[0]) found.push({ field: e, value: r[e], expected: `${s} '${r[s]}'` });
      }
    });
    // A pair is compared only when both of its fields hold a value.
    check.quietOn = (column, n) => pairs.every(([a, b]) => allBlank(column(a), n) || allBlank(column(b), n));
    return check;
  },
};
