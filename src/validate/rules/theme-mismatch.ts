import { getSchema } from '../../model/registry.js';
import { reading, type Rule } from './types.js';

/**
 * A record none of whose themes is one its type serves (`x-themes`): a warning. One usual
 * theme is enough (an incident may also concern cooperation). Sources are exempt: their
 * themes say which themes the publication informs, which can be any.
 *
 * @example themeMismatchRule.prepare('incident', { today: '2026-05-01' })?.({ themes: ['cooperation'] }, found)
 */
export const themeMismatchRule: Rule = {
  code: 'theme-mismatch',
  prepare(type) {
    const usual = getSchema(type)['x-themes'] as string[] | undefined;
    if (!usual?.length || type === 'source') return undefined;
    const set = new Set(usual);
    // A list with one usual theme, or none at all, is fine (a loop: no closure per record).
    const fine = (themes: unknown) => {
      if (!Array.isArray(themes) || !themes.length) return true;
      for (let i = 0; i < themes.length; i++) if (set.has(themes[i])) return true;
      return false;
    };
    const check = reading(['themes'], (r, found) => {
      const themes = r.themes;
      if (fine(themes)) return;
      found.push({ field: 'themes', value: (themes as unknown[]).join(';'), expected: `${type} records serve (${usual.join(', ')})` });
    });
    // A batch whose lists are all fine is quiet: one pass down the column.
    check.quietOn = (column, n) => {
      const values = column('themes');
      if (values === undefined) return true;
      if (values instanceof Float64Array) return false;
      for (let i = 0; i < n; i++) if (!fine(values[i])) return false;
      return true;
    };
    return check;
  },
};
