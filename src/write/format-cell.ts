/**
 * The text of a value in a CSV cell, before quoting: lists joined with `;`,
 * booleans as `true`/`false`, numbers in plain JavaScript notation, missing as ''.
 * The loaders read every one of these back to the same value.
 *
 * @example formatCell(['TUR', 'GRC']) // 'TUR;GRC'
 */
export function formatCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(formatCell).join(';');
  return String(value);
}

// Quote what a CSV reader would otherwise split: delimiters, quotes, line breaks, and
// `;` so that no reader guessing the delimiter mistakes a list cell for columns; also
// leading or trailing spaces, which some readers trim.
const needsQuotes = /[",;\r\n]|^\s|\s$/;

/**
 * A cell ready for a comma-separated line: quoted (quotes doubled) when needed.
 *
 * @example quoteCell('a, "b"') // '"a, ""b"""'
 */
export function quoteCell(text: string): string {
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
