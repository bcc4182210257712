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

// Quoting is part of the one CSV cell codec (read/csv-cell.ts): it quotes delimiters,
// quotes, line breaks, `;` (so no reader guessing the delimiter splits a list cell) and
// edge spaces, which some readers trim.
export { quoteCell } from '../read/csv-cell.js';
