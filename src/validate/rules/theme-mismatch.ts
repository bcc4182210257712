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
    return reading(['themes'], (r, found) => {
      const themes = r.themes;
      if (!Array.isArray(themes) || !themes.length) return;
      // A loop, not `some` with an arrow: no closure per record.
      for (let i = 0; i < themes.length; i++) if (set.has(themes[i])) return;
      found.push({ field: 'themes', value: themes.join(';'), expected: `${type} records serve (${usual.join(', ')})` });
    });
  },
};
