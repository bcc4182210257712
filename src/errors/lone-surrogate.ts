import type { ErrorType } from './types.js';
import { where } from './format.js';

/**
 * A JSON string holding half of a UTF-16 surrogate pair (`"\ud800"`): not a Unicode character.
 *
 * @example loneSurrogate.message(loneSurrogate.example)
 */
export const loneSurrogate: ErrorType = {
  code: 'lone-surrogate',
  title: 'Lone surrogate',
  description:
    'A JSON text escapes half of a UTF-16 surrogate pair (`\\ud800` without its partner). That is not a Unicode ' +
    'character: UTF-8 (CSV, NDJSON, Arrow, Parquet) cannot store it, and writers would silently put U+FFFD in its ' +
    'place. So it is refused here rather than altered later; fix the text at its source (often a string cut in the ' +
    'middle of an emoji).',
  level: 'cell',
  severity: 'error',
  example: { row: 3, field: 'notes', note: 'at character 41' },
  message: (p) => `${where(p)}: holds a lone surrogate (half of a UTF-16 pair, not a character)${p.note ? ` ${p.note}` : ''}; no format we write can keep it`,
};
