/**
 * The cross-field rules, one file each. Their codes and messages are in the error
 * catalogue (`src/errors/`); whether a finding is an error or a warning too.
 *
 *   rules: Rule[]
 *   rulesFor(type, ctx): RuleCheck-and-code pairs for records of `type`
 */
import type { RecordType } from '../../model/record-types.js';
import { dateOrderRule } from './date-order.js';
import { datePrecisionRule } from './date-precision.js';
import { deadMissingTotalRule } from './dead-missing-total.js';
import { futureDateRule } from './future-date.js';
import { minMaxRule } from './min-max.js';
import { negativeCountRule } from './negative-count.js';
import { themeMismatchRule } from './theme-mismatch.js';
import { deprecatedRule } from './deprecated.js';
import { schemaVersionRule } from './schema-version.js';
import { personalDataRule } from './personal-data.js';
import type { Rule, RuleCheck, RuleContext } from './types.js';

export type { Rule, RuleCheck, RuleContext } from './types.js';

/**
 * Every cross-field rule.
 *
 * @example rules.map(r => r.code) // ['dead-missing-total', 'date-order', ...]
 */
export const rules: readonly Rule[] = Object.freeze([
  deadMissingTotalRule,
  dateOrderRule,
  minMaxRule,
  futureDateRule,
  datePrecisionRule,
  negativeCountRule,
  themeMismatchRule,
  deprecatedRule,
  schemaVersionRule,
  personalDataRule,
]);

/**
 * The checks that apply to records of `type`.
 *
 * @example rulesFor('incident', { today: '2026-01-01' }).map(r => r.code)
 */
export function rulesFor(type: RecordType, ctx: RuleContext): { code: string; check: RuleCheck }[] {
  const out: { code: string; check: RuleCheck }[] = [];
  for (const rule of rules) {
    const check = rule.prepare(type, ctx);
    if (check) out.push({ code: rule.code, check });
  }
  return out;
}
