import { getFields } from '../../model/fields.js';
import { allBlank } from './batch-quiet.js';
import { reading, type Rule } from './types.js';

/**
 * Any `*min*` / `*max*` pair of number fields: the minimum cannot exceed the maximum.
 *
 * @example minMaxRule.prepare('incident', { today: '2026-05-01' })?.(record, found)
 */
export const minMaxRule: Rule = {
  code: 'min-max',
  prepare(type) {
    const numbers = new Set(getFields(type).filter((f) => (f.kind === 'integer' || f.kind === 'number') && !f.list).map((f) => f.name));
    const pairs: [string, string][] = [];
    for (const name of numbers) {
      const parts = name.split('_');
      const at = parts.indexOf('min');
      if (at < 0) continue;
      const max = [...parts.slice(0, at), 'max', ...parts.slice(at + 1)].join('_');
      if (numbers.has(max)) pairs.push([name, max]);
    }
    if (!pairs.length) return undefined;
    const check = reading(pairs.flat(), (r, found) => {
      for (const [lo, hi] of pairs) {
        const a = r[lo];
        const b = r[hi];
        if (typeof a === 'number' && typeof b === 'number' && b < a) found.push({ field: hi, value: b, expected: `${lo} (${a})` });
      }
    });
    // A pair is compared only when both of its fields hold a value.
    check.quietOn = (column, n) => pairs.every(([a, b]) => allBlank(column(a), n) || allBlank(column(b), n));
    return check;
  },
};
