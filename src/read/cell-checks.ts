// Small per-cell checks shared by the CSV and JSON readers.

const FORMULA = /^'+[=+\-@\t\r]/;

/**
 * Undo the OWASP formula neutralisation of CSV writers: a cell that starts with `'`
 * followed by `=`, `+`, `-`, `@`, tab or CR (possibly after more `'`) loses one `'`.
 *
 * @example unescapeFormula("'=SUM(A1)") // '=SUM(A1)'
 * @example unescapeFormula("'hello")    // "'hello" (unchanged)
 */
export function unescapeFormula(text: string): string {
  return text.charCodeAt(0) === 39 && FORMULA.test(text) ? text.slice(1) : text;
}

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
