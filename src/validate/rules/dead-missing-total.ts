import { getField } from '../../model/fields.js';
import { allBlank } from './batch-quiet.js';
import { reading, type Rule } from './types.js';

/**
 * `dead_and_missing` = `dead` + `missing` when all three are given; when one of `dead` and
 * `missing` is blank (MMP leaves `missing` blank in most rows), the total is still at least the
 * other: `dead = 1, dead_and_missing = 999` may be true, `dead = 12, dead_and_missing = 5` cannot.
 *
 * @example deadMissingTotalRule.prepare('incident', { today: '2026-05-01' })?.(record, found)
 */
export const deadMissingTotalRule: Rule = {
  code: 'dead-missing-total',
  prepare(type) {
    if (!getField(type, 'dead') || !getField(type, 'missing') || !getField(type, 'dead_and_missing')) return undefined;
    const check = reading(['dead', 'missing', 'dead_and_missing'], (r, found) => {
      const { dead, missing, dead_and_missing: total } = r;
      if (typeof total !== 'number') return;
      const hasDead = typeof dead === 'number';
      const hasMissing = typeof missing === 'number';
      if (hasDead && hasMissing) {
        if (dead + missing !== total) found.push({ field: 'dead_and_missing', value: total, expected: `dead (${dead}) + missing (${missing}) = ${dead + missing}` });
      } else if (hasDead && total < dead) {
        found.push({ field: 'dead_and_missing', value: total, expected: `at least dead (${dead}); missing is blank` });
      } else if (hasMissing && total < missing) {
        found.push({ field: 'dead_and_missing', value: total, expected: `at least missing (${missing}); dead is blank` });
      }
    });
    // Nothing to compare without a total.
    check.quietOn = (column, n) => allBlank(column('dead_and_missing'), n);
    return check;
  },
};
