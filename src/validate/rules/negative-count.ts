import { getFields } from '../../model/fields.js';
import { noneBelowZero } from './batch-quiet.js';
import { reading, type Rule } from './types.js';

/**
 * Negative values in count fields that allow them (MMP split-incident corrections): a warning.
 *
 * @example negativeCountRule.prepare('incident', { today: '2026-05-01' })?.(record, found)
 */
export const negativeCountRule: Rule = {
  code: 'negative-count',
  prepare(type) {
    // Fields with minimum >= 0 already fail the schema; only those allowing negatives are flagged here.
    const names = getFields(type)
      .filter((f) => f.kind === 'integer' && !f.list && (f.minimum === undefined || f.minimum < 0))
      .map((f) => f.name);
    if (!names.length) return undefined;
    const check = reading([...names, 'incident_type'], (r, found) => {
      for (const name of names) {
        const v = r[name];
        if (typeof v === 'number' && v < 0) {
          const split = r.incident_type === 'split-incident';
          found.push({ field: name, value: v, note: split ? undefined : 'and incident_type is not split-incident' });
        }
      }
    });
    // Only a count below zero is reported: a batch without one is skipped.
    check.quietOn = (column, n) => names.every((name) => noneBelowZero(column(name), n));
    return check;
  },
};
