/**
 * The CSV cell codec, both ways, in one place: quoting, and the OWASP "CSV injection"
 * guard. Writers (`toCSV`, `toTemplate`, the CLI's summary CSV) quote and escape with
 * these; the reader undoes the escape with the same rule, so text round-trips.
 *
 *   quoteCell(text) · escapeFormula(text) · unescapeFormula(text) · isFormulaLike(text)
 */

// A spreadsheet runs a cell starting with one of these as a formula. Leading apostrophes
// are part of the rule so that text already starting with `'=` keeps its apostrophe when
// the reader strips the one the writer added.
const FORMULA = /^'*[=+\-@\t\r]/;

// Quoted: a quote, the delimiter, the list separator, a line break, or edge spaces.
const needsQuotes = /[",;\r\n]|^\s|\s$/;

/**
 * A cell as CSV text: quoted (quotes doubled) when it must be.
 *
 * @example quoteCell('a, "b"') // '"a, ""b"""'
 */
export function quoteCell(text: string): string {
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * True when a spreadsheet would run the text as a formula (after any leading `'`).
 *
 * @example isFormulaLike('=1+1') // true
 */
export function isFormulaLike(text: string): boolean {
  return FORMULA.test(text);
}

/**
 * Neutralise a formula-like text cell with a leading `'`.
 *
 * @example escapeFormula('=HYPERLINK("x")') // `'=HYPERLINK("x")`
 */
export function escapeFormula(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}

/**
 * Undo {@link escapeFormula}: a cell that starts with `'` followed by a formula start
 * (possibly after more `'`) loses one `'`.
 *
 * @example unescapeFormula("'=SUM(A1)") // '=SUM(A1)'
 * @example unescapeFormula("'hello")    // "'hello" (unchanged)
 */
export function unescapeFormula(text: string): string {
  return text.charCodeAt(0) === 39 && FORMULA.test(text) ? text.slice(1) : text;
}
