/**
 * Allocation-free fast paths of `coerce` for the common, well-formed cell, used by the
 * CSV reader on every cell. Anything unusual returns FAIL and the reader calls the full
 * `coerce`, which either accepts it or explains what is wrong: both paths give the same
 * values, the fast one just skips regexes and result objects (and megamorphic field
 * lookups, by working from a small column spec of one shape).
 */
import type { FieldInfo } from '../model/fields.js';
import { daysInMonth } from '../model/formats.js';

/**
 * Returned when the fast path does not apply.
 *
 * @example fastCoerce('x', integerSpec, ';') === FAIL // true
 */
export const FAIL: unique symbol = Symbol('fail');

/** How one column converts its cells; every spec has this one shape. */
export interface ColumnSpec {
  label: string;
  /** 0 not read, 1 free text (checked for lost characters), 2 code or id text, 3 converted. */
  mode: number;
  /** 0 string, 1 integer, 2 number, 3 boolean. */
  kind: number;
  list: boolean;
  /** A `partial-date` string. */
  date: boolean;
  field: FieldInfo | undefined;
}

/**
 * The spec of a column fed by `field` (undefined: plain text).
 *
 * @example columnSpec('dead', getField('incident', 'dead'), true).kind // 1
 */
export function columnSpec(label: string, field: FieldInfo | undefined, read: boolean): ColumnSpec {
  if (!read) return { label, mode: 0, kind: 0, list: false, date: false, field };
  if (!field) return { label, mode: 1, kind: 0, list: false, date: false, field };
  const kind = field.kind === 'integer' ? 1 : field.kind === 'number' ? 2 : field.kind === 'boolean' ? 3 : 0;
  const date = field.format === 'partial-date';
  const converted = kind !== 0 || field.list || date;
  const code = field.enum !== undefined || field.pattern !== undefined || field.const !== undefined;
  return { label, mode: converted ? 3 : code ? 2 : 1, kind, list: field.list, date, field };
}

function digits(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

function fastInt(s: string): number | typeof FAIL {
  const n = s.length;
  if (n === 0 || n > 16) return FAIL;
  const c0 = s.charCodeAt(0);
  const sign = c0 === 45 || c0 === 43 ? 1 : 0;
  if (sign && n === 1) return FAIL;
  if (n - sign > 15) return FAIL;
  const v = digits(s, sign, n);
  if (v < 0) return FAIL;
  return c0 === 45 && v !== 0 ? -v : v;
}

function fastDate(s: string): string | typeof FAIL {
  const n = s.length;
  if (n !== 4 && n !== 7 && n !== 10) return FAIL;
  if (digits(s, 0, 4) < 0) return FAIL;
  if (n === 4) return s;
  if (s.charCodeAt(4) !== 45) return FAIL;
  const m = digits(s, 5, 7);
  if (m < 1 || m > 12) return FAIL;
  if (n === 7) return s;
  if (s.charCodeAt(7) !== 45) return FAIL;
  const d = digits(s, 8, 10);
  return d >= 1 && d <= daysInMonth(digits(s, 0, 4), m) ? s : FAIL;
}

const NUM = /^-?(?:\d+(?:\.\d+)?|\.\d+)$/;

function fastScalar(s: string, spec: ColumnSpec): unknown {
  switch (spec.kind) {
    case 1:
      return fastInt(s);
    case 2:
      return NUM.test(s) ? Number(s) || 0 : FAIL;
    case 3:
      return s === 'true' ? true : s === 'false' ? false : FAIL;
    default:
      return spec.date ? fastDate(s) : s;
  }
}

/**
 * The value of a well-formed cell, or FAIL (then call `coerce`). Only for the default
 * number options (no group or decimal char) and the `;` list separator.
 *
 * @example fastCoerce('12', spec) // 12
 */
export function fastCoerce(text: string, spec: ColumnSpec, sep: string): unknown {
  if (!spec.list) return fastScalar(text, spec);
  // Most lists hold one item; `split` on a cell (a slice of the file's text) costs ~10× the test.
  const parts = text.indexOf(sep) < 0 ? [text] : text.split(sep);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p.length === 0 || p.charCodeAt(0) <= 32 || p.charCodeAt(p.length - 1) <= 32) return FAIL;
    const v = fastScalar(p, spec);
    if (v === FAIL) return FAIL;
    (parts as unknown[])[i] = v;
  }
  return parts;
}
