/**
 * A matching key for names from public files: case, accents, punctuation and spacing do not
 * matter (`Türkiye-Europe land route` ≡ `turkiye europe land route`).
 *
 * @example normalizeName('Côte d’Ivoire') // 'cote d ivoire'
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
