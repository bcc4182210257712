/**
 * Text widths for charts drawn without a canvas (Node): Vega then guesses 0.8 × font size per character, about
 * 1.5 × the real width of a sans-serif label, so rotated axis labels look twice as tall as they are (the axis title
 * lands far below them) and titles are cut with "…" long before they run out of room. These are the advance widths
 * of Helvetica/Arial (the metrics of the sans-serif fonts browsers and PNG renderers fall back to), per 1000 em.
 *
 *   textWidth(text: string, fontSize = 11, bold = false): number
 *   vegaTextWidth(item, text): number   (the shape Vega's `textMetrics.width` takes)
 */

// ASCII 32 (space) to 126 (~), regular then bold.
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
const OTHER = 556; // letters outside ASCII without a base letter (Greek, Cyrillic: about a digit's width)
const WIDE = 1000; // CJK and other full-width characters

function advance(code: number, table: number[]): number {
  if (code >= 32 && code <= 126) return table[code - 32];
  if (code === 0x2026) return 1000; // …
  if (code === 0x2013) return 556; // –
  if (code === 0x2014) return 1000; // —
  if (code >= 0x2e80) return WIDE;
  // Accented Latin letters are as wide as their base letter (é as e, Ü as U).
  const base = String.fromCharCode(code).normalize('NFD').charCodeAt(0);
  return base >= 32 && base <= 126 ? table[base - 32] : OTHER;
}

/**
 * Width in pixels of one line of sans-serif text.
 *
 * @example textWidth('Europe', 10) // 32.8
 */
export function textWidth(text: string, fontSize = 11, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // the second half of a surrogate pair: counted with the first
    units += advance(c, table);
  }
  return (units * fontSize) / 1000;
}

/** The text item fields Vega passes to `textMetrics.width`. */
interface TextItem {
  fontSize?: number | string;
  fontWeight?: number | string;
  limit?: number;
}

/**
 * Vega's `textMetrics.width` from these metrics. A text wider than the item's `limit` (which Vega cuts with "…")
 * measures as the limit: Vega's own cutting keeps working, and a cut label is measured at its cut length.
 *
 * @example vega.textMetrics.width = vegaTextWidth
 */
export function vegaTextWidth(item: TextItem, text: unknown): number {
  const line = text == null ? '' : String(text).trim();
  const size = item.fontSize != null ? +item.fontSize || 0 : 11;
  const weight = item.fontWeight;
  const bold = weight === 'bold' || weight === 'bolder' || (typeof weight === 'number' && weight >= 600) || (typeof weight === 'string' && +weight >= 600);
  const width = textWidth(line, size, bold);
  const limit = Number(item.limit);
  return limit > 0 && width > limit ? limit : width;
}
