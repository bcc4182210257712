import type { ErrorType } from './types.js';
import { show, where } from './format.js';

/**
 * Text where characters were probably lost to an encoding.
 *
 * @example lostCharacters.message(lostCharacters.example)
 */
export const lostCharacters: ErrorType = {
  code: 'lost-characters',
  title: 'Characters probably lost',
  description:
    'A text has a `?` between two letters (`Alt?nova`, `Gümü?lük`) or the replacement character `\uFFFD`: the file ' +
    'was probably saved in an encoding that could not hold some letters (Turkish `ı`, `ş`; Arabic; ...) and they were ' +
    'replaced. The loader cannot restore them; take the text from the original source.',
  level: 'cell',
  severity: 'warning',
  example: { row: 2, field: 'location_text', value: 'Off the coast of Alt?nova, Ayval?k' },
  message: (p) => `${where(p)}: ${show(p.value)} looks like it lost characters to an encoding (a '?' between letters or '\uFFFD')`,
};
