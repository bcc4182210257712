/**
 * Dice coefficient of the character trigrams of two texts, after case, accents and punctuation
 * are folded away: 1 for the same words, 0 for nothing in common. Good at the spelling and
 * word-order drift between vintages ("Off the coast of Lesvos, Greece" / "off Lesbos island").
 *
 * @example textSimilarity('Off Lesvos, Greece', 'off the coast of Lesvos') > 0.4 // true
 */
export function textSimilarity(a: string, b: string): number {
  return trigramSimilarity(trigrams(a), trigrams(b));
}

/**
 * {@link textSimilarity} on trigrams computed once per text (see {@link trigrams}).
 *
 * @example trigramSimilarity(trigrams('Lesvos'), trigrams('Lesbos')) // 0.5
 */
export function trigramSimilarity(x: Map<string, number>, y: Map<string, number>): number {
  if (!x.size || !y.size) return 0;
  let common = 0;
  for (const [g, n] of x) common += Math.min(n, y.get(g) ?? 0);
  let total = 0;
  for (const n of x.values()) total += n;
  for (const n of y.values()) total += n;
  return (2 * common) / total;
}

/** Fold a text for comparison: lower case, no accents, letters and digits separated by single spaces. */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Character trigrams of a folded text, with their counts. */
export function trigrams(s: string): Map<string, number> {
  const t = ` ${foldText(s)} `;
  const out = new Map<string, number>();
  if (t.length < 3) return out;
  for (let i = 0; i + 3 <= t.length; i++) {
    const g = t.slice(i, i + 3);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}
