import { getFields } from '../../model/fields.js';
import { findPersonalData, mayHoldPersonalData } from './personal-data-patterns.js';
import { reading, type Rule } from './types.js';

// The free-text fields where a contributor might paste a name's neighbours: contacts, documents, birth dates.
const scanned = new Set(['notes', 'location_text', 'court', 'title', 'instrument_title', 'url', 'source_url']);

/**
 * Free text that looks like personal data (e-mail, phone, passport or docket number, date of birth): a warning
 * naming the field and the kind, never the value. `report` withholds such cells.
 *
 * @example personalDataRule.prepare('incident', { today: '2026-05-01' })?.({ notes: 'call +90 532 123 45 67' }, found)
 */
export const personalDataRule: Rule = {
  code: 'personal-data',
  prepare(type) {
    const fields = getFields(type).filter((f) => scanned.has(f.name) && f.kind === 'string' && !f.list && !f.enum);
    if (!fields.length) return undefined;
    const names = fields.map((f) => f.name);
    const check = reading(names, (r, found) => {
      for (const name of names) {
        const v = r[name];
        if (typeof v !== 'string' || v.length < 6 || !mayHoldPersonalData(v)) continue;
        const kinds = findPersonalData(v, name.endsWith('url'));
        if (kinds.length) found.push({ field: name, note: kinds.join(', ') });
      }
    });
    // A batch none of whose texts holds a digit or an `@` is quiet: one pass down each column
    // (stopping at the first text that may hold something) instead of a call per row.
    check.quietOn = (column, n) =>
      names.every((name) => {
        const values = column(name);
        if (values === undefined) return true;
        if (values instanceof Float64Array) return false;
        for (let i = 0; i < n; i++) {
          const v = values[i];
          if (v !== null && (typeof v !== 'string' || (v.length >= 6 && mayHoldPersonalData(v)))) return false;
        }
        return true;
      });
    return check;
  },
};
