// OWASP "CSV Injection": a spreadsheet runs a cell that starts with one of these as a
// formula. Leading apostrophes are included so that text which already starts with
// `'=` keeps its apostrophe when the loader strips the one we add.
const trigger = /^'*[=+\-@\t\r]/;

/**
 * Neutralise text that a spreadsheet would run as a formula, by prefixing `'`
 * (OWASP guidance). Our loaders strip that `'` again, so the text round-trips.
 *
 * @example escapeFormula('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 */
export function escapeFormula(text: string): string {
  return trigger.test(text) ? `'${text}` : text;
}

/**
 * True when a spreadsheet would read `text` as a formula (or it starts with `'` before one).
 *
 * @example isFormulaLike('-5 dead') // true
 */
export function isFormulaLike(text: string): boolean {
  return trigger.test(text);
}
