// Small per-cell checks shared by the CSV and JSON readers.

// The formula rule lives with the rest of the CSV cell codec.
export { unescapeFormula } from './csv-cell.js';

const LOST = /\p{L}\?\p{L}/u;

/**
 * True when a text probably lost characters to an encoding: a `?` between two letters
 * (`Alt?nova`) or U+FFFD. Web addresses are skipped (`page?id` is fine there).
 *
 * @example hasLostCharacters('Alt?nova, Ayval?k') // true
 */
export function hasLostCharacters(text: string): boolean {
  if (text.includes('\uFFFD')) return true;
  return text.includes('?') && !text.includes('://') && LOST.test(text);
}
