/**
 * Finding a code (an `enum` or `const` string of the schema) in a span of the file's text
 * without cutting the span out: the span's length and three of its characters pick a slot,
 * one native comparison (`startsWith`) confirms. The value kept is then the schema's own
 * string, which keeps no chunk of the file alive.
 *
 *   codeTable(codes): CodeTable
 *   codeAt(table, text, from, to): string | undefined
 */

/** Codes in an open-addressed table (see {@link codeTable}). */
export interface CodeTable {
  slots: (string | undefined)[];
  mask: number;
}

/** The slot key of text[from, to): its length, first, middle and last characters. */
function keyOf(text: string, from: number, to: number): number {
  const n = to - from;
  return (((n * 31 + text.charCodeAt(from)) * 31 + text.charCodeAt(from + (n >> 1))) * 31 + text.charCodeAt(to - 1)) | 0;
}

/**
 * A table of `codes` (compared exactly: case and spaces count; the empty string is never one).
 *
 * @example codeAt(codeTable(['darien', 'balkans']), 'x,balkans,y', 2, 9) // 'balkans'
 */
export function codeTable(codes: readonly string[]): CodeTable {
  const unique = [...new Set(codes)].filter((c) => c.length > 0);
  // At most a quarter full: a lookup mostly meets its code, or an empty slot, first.
  let size = 16;
  while (size < unique.length * 4) size *= 2;
  const slots: (string | undefined)[] = new Array(size).fill(undefined);
  const mask = size - 1;
  for (const c of unique) {
    let h = keyOf(c, 0, c.length) & mask;
    while (slots[h] !== undefined) h = (h + 1) & mask;
    slots[h] = c;
  }
  return { slots, mask };
}

/** The code spelled by text[from, to), or undefined. */
export function codeAt(table: CodeTable, text: string, from: number, to: number): string | undefined {
  const n = to - from;
  if (n <= 0) return undefined;
  const { slots, mask } = table;
  for (let h = keyOf(text, from, to) & mask; ; h = (h + 1) & mask) {
    const c = slots[h];
    if (c === undefined) return undefined;
    if (c.length === n && text.startsWith(c, from)) return c;
  }
}
