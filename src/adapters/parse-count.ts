/** A parsed cell: a value, nothing (blank cell), or an error saying what was expected. */
export type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; error: string };

// Thousands separators appear in real exports ("1,022" in MMP 2020): a plain Number() gives NaN
// and a loader that skips NaN silently loses about a thousand deaths.
const countPattern = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.0+)?$/;

/**
 * Parse a whole number as public spreadsheets write it: `"1,022"`, `"4"`, `"-2"`, `"12.0"`.
 * A blank cell is `undefined` (unknown), never 0.
 *
 * @example parseCount('1,022') // { ok: true, value: 1022 }
 */
export function parseCount(text: string | undefined): Parsed<number> {
  const s = (text ?? '').trim().replace(/\u00a0/g, '');
  if (s === '') return { ok: true, value: undefined };
  if (!countPattern.test(s)) return { ok: false, error: `expected a whole number (e.g. 12 or 1,022), got "${text}"` };
  const value = Number(s.replace(/,/g, ''));
  if (!Number.isSafeInteger(value)) return { ok: false, error: `number "${text}" is too large` };
  return { ok: true, value };
}

/**
 * Parse a decimal number (coordinates): `"38.61"`, `"-110.3"`. Blank is `undefined`.
 *
 * @example parseDecimal(' -110.366453 ') // { ok: true, value: -110.366453 }
 */
export function parseDecimal(text: string | undefined): Parsed<number> {
  const s = (text ?? '').trim();
  if (s === '' || s === 'NA') return { ok: true, value: undefined };
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return { ok: false, error: `expected a decimal number, got "${text}"` };
  return { ok: true, value: Number(s) };
}
