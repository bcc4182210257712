/**
 * The value keywords of one schema object fused into a single closure, for `compile-check.ts`:
 * a validator runs a property's check on every cell of a column, and one call testing a few
 * captured bounds costs far less than a chain of one closure per keyword.
 *
 *   scalarCheck(keywords): Check | undefined   (pattern, format, lengths, bounds, enum)
 *   arrayCheck(keywords): Check | undefined    (items, minItems, maxItems, uniqueItems)
 *
 * Each keyword keeps its JSON Schema meaning (a string keyword passes any non-string, …).
 */

/** A compiled check of one value. */
export type Check = (value: unknown) => boolean;

/** A check of numbers only against an inclusive range: a column of numbers may run it inline. */
export type RangeCheck = Check & { range?: readonly [number, number] };

/** Code points, as Ajv counts string lengths (a surrogate pair is one character). */
export function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a !== a && b !== b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual((a as any)[k], (b as any)[k]));
}

/** The scalar keywords of a schema object (undefined: absent). */
export interface ScalarKeywords {
  pattern?: RegExp;
  format?: (s: string) => boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  /** `enum` of primitives. */
  codes?: ReadonlySet<unknown>;
}

/** One check of every scalar keyword; undefined when there is none. */
export function scalarCheck(k: ScalarKeywords): Check | undefined {
  const { pattern: re, format: fmt, minLength: minLen, maxLength: maxLen, exclusiveMinimum: xlo, exclusiveMaximum: xhi, codes } = k;
  const strings = re !== undefined || fmt !== undefined || minLen !== undefined || maxLen !== undefined;
  const numbers = k.minimum !== undefined || k.maximum !== undefined || xlo !== undefined || xhi !== undefined;
  if (!strings && !numbers && codes === undefined) return undefined;
  const lo = k.minimum ?? -Infinity;
  const hi = k.maximum ?? Infinity;
  const check: RangeCheck = (v) => {
    if (typeof v === 'string') {
      // A length over the limit in UTF-16 units may still be within it in code points.
      if (maxLen !== undefined && v.length > maxLen && codePoints(v) > maxLen) return false;
      if (minLen !== undefined && v.length < minLen * 2 && codePoints(v) < minLen) return false;
      if (re !== undefined && !re.test(v)) return false;
      if (fmt !== undefined && !fmt(v)) return false;
    } else if (numbers && typeof v === 'number') {
      // NaN fails any bound, as in Ajv.
      if (!(v >= lo && v <= hi)) return false;
      if (xlo !== undefined && !(v > xlo)) return false;
      if (xhi !== undefined && !(v < xhi)) return false;
    }
    return codes === undefined || codes.has(v);
  };
  if (!strings && codes === undefined && xlo === undefined && xhi === undefined) check.range = [lo, hi];
  return check;
}

/** The array keywords of a schema object. */
export interface ArrayKeywords {
  items?: Check;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
}

/** One check of every array keyword; undefined when there is none. */
export function arrayCheck(k: ArrayKeywords): Check | undefined {
  const { items, minItems, maxItems, uniqueItems } = k;
  if (items === undefined && minItems === undefined && maxItems === undefined && !uniqueItems) return undefined;
  return (v) => {
    if (!Array.isArray(v)) return true;
    const n = v.length;
    if (minItems !== undefined && n < minItems) return false;
    if (maxItems !== undefined && n > maxItems) return false;
    if (items !== undefined) for (let i = 0; i < n; i++) if (!items(v[i])) return false;
    return !uniqueItems || n < 2 || unique(v);
  };
}

/** No two items equal (as Ajv's uniqueItems: deep equality, NaN equal to NaN). */
function unique(v: unknown[]): boolean {
  const n = v.length;
  let primitive = true;
  for (let i = 0; i < n; i++) {
    const e = v[i];
    if (e !== null && typeof e === 'object') primitive = false;
  }
  if (!primitive) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (deepEqual(v[i], v[j])) return false;
    return true;
  }
  // A short list (the usual one) is compared pairwise without building a Set.
  if (n > 16) return new Set(v).size === n;
  for (let i = 0; i < n; i++) {
    const a = v[i];
    for (let j = i + 1; j < n; j++) {
      const b = v[j];
      if (a === b || (a !== a && b !== b)) return false;
    }
  }
  return true;
}
