import { getFields } from '../../model/fields.js';
import { reading, type Rule } from './types.js';

/**
 * A field or code marked `x-deprecated` in the schemas: a warning naming its replacement. The
 * list of deprecated fields and codes is read once per record type, so types without any skip it.
 *
 * @example deprecatedRule.prepare('legal-provision', { today: '2026-05-01' })?.({ humanitarian_exemption: true }, found)
 */
export const deprecatedRule: Rule = {
  code: 'deprecated',
  prepare(type) {
    const checks = getFields(type).filter((f) => f.deprecated || f.deprecatedCodes);
    if (!checks.length) return undefined;
    return reading(checks.map((f) => f.name), (r, found) => {
      for (const f of checks) {
        const value = r[f.name];
        if (value === undefined || value === null || value === '') continue;
        if (f.deprecated) {
          const d = f.deprecated;
          found.push({ field: f.name, value, expected: d.replacement ? `\`${d.replacement}\`` : undefined, note: `field deprecated in schema ${d.since}` });
          continue;
        }
        for (const code of Array.isArray(value) ? value : [value]) {
          const d = f.deprecatedCodes![String(code)];
          if (d) found.push({ field: f.name, value: code, expected: d.replacement ? `\`${d.replacement}\`` : undefined, note: `code deprecated in schema ${d.since}${d.reason ? `: ${d.reason}` : ''}` });
        }
      }
    });
  },
};
