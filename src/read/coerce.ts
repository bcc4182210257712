/**
 * Schema-driven conversion of one CSV cell to a typed value, never by guessing.
 *
 *   coerce(text: string, field: FieldInfo | ScalarKind, options?: CoerceOptions): Coerced
 *
 * - a missing-value token (default only '') → `{ ok: true, value: undefined }`;
 * - strings stay strings (ids and codes keep leading zeros); `partial-date` fields are
 *   checked against the real calendar (`2017-02-30` is a type error);
 * - integers: optional sign and digits; beyond ±(2^53 − 1) a type error, never rounded;
 *   `1,234` is a type error unless `groupChar` is `','`;
 * - numbers: decimal or exponent notation, `decimalChar` and `groupChar` honoured;
 * - booleans: `trueValues` / `falseValues`, case-insensitive (true/false/yes/no/1/0);
 * - lists: split on `listSeparator` (`;`), items trimmed, each item converted.
 */
import type { FieldInfo, ScalarKind } from '../model/fields.js';
import { isPartialDate, daysInMonth } from '../model/formats.js';
import { readDefaults, type ReadOptions } from './options.js';

/** The options coercion uses (a subset of {@link ReadOptions}). */
export type CoerceOptions = Pick<
  ReadOptions,
  'missingValues' | 'groupChar' | 'decimalChar' | 'listSeparator' | 'trueValues' | 'falseValues'
>;

/** The result of {@link coerce}: a value, or why the text is not one. */
export type Coerced =
  | { ok: true; value: unknown }
  | { ok: false; code: 'type-error' | 'constraint-error'; expected: string; note?: string; value: string };

const MAX = Number.MAX_SAFE_INTEGER;
const INT = /^[+-]?\d+$/;
const NUM = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED_INT = /^[+-]?\d{1,3}([,.' \u00a0\u202f])\d{3}(?:\1\d{3})*$/;
const GROUPED = /^[+-]?\d{1,3}(?:([,.' \u00a0\u202f])\d{3})(?:\1\d{3})*(?:[.,]\d+)?$/;
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Why a date text is not a partial date, as `expected` and `note` for a type error.
 *
 * @example explainDate('2017-02-30') // { expected: 'a real calendar date', note: 'February 2017 has 28 days' }
 */
export function explainDate(text: string): { expected: string; note?: string } {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return { expected: 'a date written YYYY, YYYY-MM or YYYY-MM-DD', note: /^\d{1,2}[/.-]/.test(text) ? 'write the year first, e.g. 2017-07-05' : undefined };
  const month = +m[2];
  if (month < 1 || month > 12) return { expected: 'a real calendar date', note: `there is no month ${m[2]}` };
  const days = daysInMonth(+m[1], month);
  return { expected: 'a real calendar date', note: `${months[month - 1]} ${m[1]} has ${days} days` };
}

function fail(value: string, expected: string, note?: string): Coerced {
  return note ? { ok: false, code: 'type-error', expected, note, value } : { ok: false, code: 'type-error', expected, value };
}

function integer(s: string, o: CoerceOptions): Coerced {
  let t = s.trim();
  const g = o.groupChar;
  if (g && new RegExp(`^[+-]?\\d{1,3}(${escapeRe(g)}\\d{3})+$`).test(t)) t = t.split(g).join('');
  if (INT.test(t)) {
    const digits = t.replace(/^[+-]?0*/, '');
    if (digits.length > 15 && (BigInt(t) > BigInt(MAX) || BigInt(t) < -BigInt(MAX))) {
      return fail(s, 'a whole number between -9007199254740991 and 9007199254740991', 'too large to be stored exactly');
    }
    return { ok: true, value: Number(t) || 0 };
  }
  const grouped = GROUPED_INT.exec(t);
  if (grouped) {
    return fail(s, 'a whole number', `'${grouped[1]}' looks like a thousands separator: remove it, or read with groupChar '${grouped[1]}' / --group-char '${grouped[1]}'`);
  }
  if (/^[+-]?\d+\.0+$/.test(t)) return fail(s, 'a whole number', 'whole numbers have no decimals');
  return fail(s, 'a whole number');
}

function number(s: string, o: CoerceOptions): Coerced {
  let t = s.trim();
  const g = o.groupChar;
  const dec = o.decimalChar ?? '.';
  if (g && t.includes(g)) {
    const re = new RegExp(`^[+-]?\\d{1,3}(${escapeRe(g)}\\d{3})+(${escapeRe(dec)}\\d+)?$`);
    if (re.test(t)) t = t.split(g).join('');
  }
  if (dec !== '.') {
    if (t.includes('.')) return fail(s, `a number with '${dec}' as decimal mark`);
    t = t.replace(dec, '.');
  }
  if (NUM.test(t)) {
    const v = Number(t);
    if (Number.isFinite(v)) return { ok: true, value: Object.is(v, -0) ? 0 : v };
    return fail(s, 'a finite number');
  }
  if (dec === '.' && /^[+-]?\d+,\d+$/.test(t)) {
    return fail(s, 'a number', "',' is a thousands separator or a decimal comma: read with groupChar ',' / --group-char ',' or decimalChar ',' / --decimal-char ','");
  }
  if (GROUPED.test(t)) return fail(s, 'a number', 'it has a thousands separator: remove it, or set groupChar / --group-char');
  return fail(s, 'a number');
}

function boolean(s: string, o: CoerceOptions): Coerced {
  const t = s.trim().toLowerCase();
  const yes = o.trueValues ?? readDefaults.trueValues;
  const no = o.falseValues ?? readDefaults.falseValues;
  if (yes.some((v) => v.toLowerCase() === t)) return { ok: true, value: true };
  if (no.some((v) => v.toLowerCase() === t)) return { ok: true, value: false };
  return fail(s, `true or false (also ${[...yes, ...no].filter((v) => !/^(true|false)$/i.test(v)).join('/')})`);
}

function scalar(s: string, kind: ScalarKind, format: string | undefined, o: CoerceOptions): Coerced {
  switch (kind) {
    case 'integer':
      return integer(s, o);
    case 'number':
      return number(s, o);
    case 'boolean':
      return boolean(s, o);
    default:
      if (format === 'partial-date' && !isPartialDate(s)) {
        const { expected, note } = explainDate(s);
        return fail(s, expected, note);
      }
      return { ok: true, value: s };
  }
}

/**
 * Convert one cell's text to the value its field holds.
 *
 * @example coerce('1,022', getField('incident', 'dead')!) // { ok: false, code: 'type-error', expected: 'a whole number', ... }
 * @example coerce('1,022', 'integer', { groupChar: ',' })  // { ok: true, value: 1022 }
 */
export function coerce(text: string, field: FieldInfo | ScalarKind, options: CoerceOptions = {}): Coerced {
  const missing = options.missingValues ?? readDefaults.missingValues;
  if (missing.includes(text)) return { ok: true, value: undefined };
  const kind = typeof field === 'string' ? field : field.kind;
  const format = typeof field === 'string' ? undefined : field.format;
  if (typeof field === 'string' || !field.list) return scalar(text, kind, format, options);
  const sep = options.listSeparator ?? readDefaults.listSeparator;
  const items = text.split(sep).map((s) => s.trim());
  if (items.some((s) => s === '')) {
    return fail(text, `a list of values separated by '${sep}'`, 'it has an empty item; remove the extra separator');
  }
  const out: unknown[] = [];
  for (const item of items) {
    const r = scalar(item, kind, format, options);
    if (!r.ok) return { ...r, value: text, note: `item '${item}' is not ${r.expected}${r.note ? `; ${r.note}` : ''}`, expected: `a list of values separated by '${sep}'` };
    out.push(r.value);
  }
  return { ok: true, value: out };
}
