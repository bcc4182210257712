/** Column names as different vintages of a source write them, keyed by our own name for the column. */
export type ColumnAliases = Record<string, readonly string[]>;

/**
 * Normalise a header for matching: case, spacing, quotes and BOM do not matter
 * (`Migration Route` and `Migration route` are one column).
 *
 * @example normalizeHeader(' Incident year ') // 'incident year'
 */
export function normalizeHeader(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Find each of our columns in a header by its aliases; the first alias present wins.
 * Returns our name → column index, for the columns found.
 *
 * @example resolveColumns(['Number Dead'], { dead: ['Number of Dead', 'Number Dead'] }) // { dead: 0 }
 */
export function resolveColumns(header: readonly string[], aliases: ColumnAliases): Record<string, number> {
  const index = new Map(header.map((h, i) => [normalizeHeader(h), i] as const));
  const out: Record<string, number> = {};
  for (const [name, names] of Object.entries(aliases)) {
    for (const alias of names) {
      const i = index.get(normalizeHeader(alias));
      if (i !== undefined) {
        out[name] = i;
        break;
      }
    }
  }
  return out;
}

/** A known file layout: recognised when every `signature` column is in the header. */
export interface Layout {
  name: string;
  /** Columns (source spelling) that identify the layout. */
  signature: readonly string[];
}

/**
 * The first layout whose signature columns all appear in the header, or undefined.
 *
 * @example detectLayout(['Main ID', 'Incident Type'], [{ name: 'x', signature: ['Main ID'] }])?.name // 'x'
 */
export function detectLayout<L extends Layout>(header: readonly string[], layouts: readonly L[]): L | undefined {
  const present = new Set(header.map(normalizeHeader));
  return layouts.find((l) => l.signature.every((c) => present.has(normalizeHeader(c))));
}

/**
 * A cell reader for one row: `cell('dead')` gives the trimmed text of our column, '' when the
 * column is absent from this layout.
 *
 * @example rowReader(['4'], { dead: 0 })('dead') // '4'
 */
export function rowReader(row: readonly string[], columns: Record<string, number>): (name: string) => string {
  return (name) => {
    const i = columns[name];
    return i === undefined ? '' : (row[i] ?? '').trim();
  };
}
