import { getField } from '../../model/fields.js';
import type { Rule } from './types.js';

/**
 * `dead_and_missing` = `dead` + `missing` when all three are given.
 *
 * @example deadMissingTotalRule.prepare('incident', { today: '2026-05-01' })?.(record, found)
 */
export const deadMissingTotalRule: Rule = {
  code: 'dead-missing-total',
  prepare(type) {
    if (!getField(type, 'dead') || !getField(type, 'missing') || !getField(type, 'dead_and_missing')) return undefined;
    return (r, found) => {
      const { dead, missing, dead_and_missing: total } = r;
      if (typeof dead !== 'number' || typeof missing !== 'number' || typeof total !== 'number') return;
      if (dead + missing !== total) found.push({ field: 'dead_and_missing', value: total, expected: `dead (${dead}) + missing (${missing}) = ${dead + missing}` });
    };
  },
};
